import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocumentStrict as parse } from '../../../src/core/markdown/parse';
import { renderArchitecture } from '../../../src/core/markdown/render';
import { FIELD_IDS, SECTION_IDS } from '../../../src/core/markdown/document';

const DIR = join(__dirname, '../../fixtures/docs/good');
const read = (name: string) => parse(readFileSync(join(DIR, name), 'utf8'));
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();

interface Expected {
  project: string;
  engineers: number;
  /** [name, phase, step count, deployed, latency, dynamic, MCP model] per pipeline. */
  pipelines: [string, string, number, boolean, number | null, boolean, string | null][];
  /** 0-based line of the MVP heading and the MVP trigger value as written. */
  mvpHeadingLine: number;
  mvpTrigger: string;
}

const EXPECTED: Record<string, Expected> = {
  'card-fraud-detection.md': {
    project: 'Card Fraud Detection',
    engineers: 2,
    pipelines: [
      ['Fraud Model Training', 'MVP', 4, false, null, false, 'fraud_classifier'],
      ['Authorisation Scoring', 'Phase 2', 3, true, 150, false, 'fraud_classifier'],
      ['Label Refresh', 'Phase 2', 3, false, null, false, null],
    ],
    mvpHeadingLine: 14,
    mvpTrigger: 'Weekly schedule, Sunday 02:00 UTC; manual runs while the thresholds are being tuned.',
  },
  'cv-defect-detection.md': {
    project: 'Weld Seam Defect Detection',
    engineers: 3,
    pipelines: [
      ['Defect Classifier Training', 'MVP', 4, false, null, false, 'weld_defect_classifier'],
      ['Shift Batch Inspection', 'Phase 2', 4, false, null, false, 'weld_defect_classifier'],
      ['Labelling Sample Selection', 'Phase 3', 3, false, null, false, 'weld_defect_classifier'],
    ],
    mvpHeadingLine: 14,
    mvpTrigger: 'Manual, after the quality engineers close a labelling round.',
  },
  'document-rag.md': {
    project: 'Policy Document Assistant',
    engineers: 3,
    pipelines: [
      ['Document Ingestion and Embedding', 'MVP', 5, false, null, true, 'policy_index'],
      ['Question Answering', 'Phase 2', 3, true, 2000, false, 'policy_index'],
      ['Retrieval Quality Evaluation', 'Phase 3', 3, false, null, false, 'policy_index'],
    ],
    mvpHeadingLine: 14,
    mvpTrigger: 'Nightly schedule, 00:30 UTC; manual runs after a bulk upload by the knowledge team.',
  },
  'ecommerce-recommendations.md': {
    project: 'Storefront Product Recommendations',
    engineers: 2,
    pipelines: [
      ['Recommender Training', 'MVP', 4, false, null, false, 'storefront_recommender'],
      ['Batch Recommendations', 'Phase 2', 4, false, null, false, 'storefront_recommender'],
      ['Click-Through Evaluation', 'Phase 3', 3, false, null, false, 'storefront_recommender'],
    ],
    mvpHeadingLine: 13,
    mvpTrigger: 'Weekly schedule, Monday 03:00 UTC, plus manual runs during the first tuning rounds.',
  },
  'llm-support-fine-tuning.md': {
    project: 'Support Reply Fine-Tuning',
    engineers: 1,
    pipelines: [['Reply Model Fine-Tuning', 'MVP', 5, false, null, false, 'support_reply_adapter']],
    mvpHeadingLine: 15,
    mvpTrigger: 'Manual, when the support lead has tagged a new batch of exemplary replies.',
  },
  'retail-demand-forecasting.md': {
    project: 'Store Demand Forecasting',
    engineers: 3,
    pipelines: [
      ['Forecast Model Training', 'MVP', 4, false, null, false, 'store_demand'],
      ['Weekly Store Forecasts', 'Phase 2', 4, false, null, false, 'store_demand'],
      ['Forecast Accuracy Tracking', 'Phase 3', 3, false, null, false, null],
    ],
    mvpHeadingLine: 13,
    mvpTrigger: 'Weekly schedule on Airflow, Sunday 22:00 CET, after the week\'s sales are closed.',
  },
};

test('there are at least six good fixtures and each has expectations here', () => {
  assert.ok(FIXTURES.length >= 6);
  assert.deepEqual(FIXTURES, Object.keys(EXPECTED).sort());
});

for (const name of FIXTURES) {
  test(`${name}: extracts the concrete model values`, () => {
    const { architecture } = read(name);
    const expected = EXPECTED[name];
    assert.equal(architecture.project, expected.project);
    assert.equal(architecture.team.engineers, expected.engineers);
    assert.deepEqual(
      architecture.pipelines.map((p) => [p.name, p.phase, p.steps.length, p.deployed, p.latencyBudgetMs, p.dynamic, p.modelControlPlane.model]),
      expected.pipelines,
    );
  });

  test(`${name}: positions of the MVP heading, its trigger value and every step name`, () => {
    const doc = read(name);
    const expected = EXPECTED[name];
    const mvp = doc.pipelines[0];
    assert.equal(mvp.headingRange.start.line, expected.mvpHeadingLine);
    const trigger = mvp.fields.trigger!.valueRange;
    assert.equal(doc.lines[trigger.start.line].slice(trigger.start.character, trigger.end.character), expected.mvpTrigger);
    doc.pipelines.forEach((parsed, i) => {
      parsed.steps.forEach((step, j) => {
        const line = doc.lines[step.nameRange.start.line];
        assert.equal(line.slice(step.nameRange.start.character, step.nameRange.end.character), doc.architecture.pipelines[i].steps[j].name);
      });
    });
  });

  test(`${name}: follows the seeds' shape (sections in order, one MVP, all fields, 3-7 steps, 1-3 questions, no code)`, () => {
    const doc = read(name);
    const { architecture: a } = doc;
    assert.deepEqual(doc.sections.map((s) => s.id), [...SECTION_IDS]);
    assert.match(doc.title!.text, /^Pipeline Architecture: /);
    assert.equal(a.pipelines.filter((p) => p.phase === 'MVP').length, 1);
    for (const p of doc.pipelines) assert.deepEqual(Object.keys(p.fields), [...FIELD_IDS]);
    for (const p of a.pipelines) assert.ok(p.steps.length >= 3 && p.steps.length <= 7, p.name);
    assert.ok(a.openQuestions.length >= 1 && a.openQuestions.length <= 3);
    assert.deepEqual(doc.codeBlocks, []);
    assert.ok(doc.lines.length <= 151, 'at most 150 lines');
    if (a.pipelines.length > 1) assert.ok(doc.lines.length >= 81, 'multi-pipeline scopes fill 80 lines');
    assert.ok(a.pipelines.length <= 3 * a.team.engineers!, 'at most 3 pipelines per engineer');
  });

  test(`${name}: every stage a pipeline reads is promoted by another, and deployed pipelines state a budget`, () => {
    const { architecture: a } = read(name);
    for (const p of a.pipelines) {
      const { model, consumesStage } = p.modelControlPlane;
      if (consumesStage) {
        assert.ok(
          a.pipelines.some((q) => q !== p && q.modelControlPlane.model === model && q.modelControlPlane.promotesTo === consumesStage),
          `${p.name} reads ${model}@${consumesStage}`,
        );
      }
      if (p.deployed) assert.notEqual(p.latencyBudgetMs, null);
    }
  });

  test(`${name}: re-rendered in canonical form, it reads back to the same model`, () => {
    const { architecture } = read(name);
    assert.deepEqual(parse(renderArchitecture(architecture)).architecture, architecture);
  });
}
