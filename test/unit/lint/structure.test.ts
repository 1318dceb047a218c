import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../../src/core/lint/config';
import { fixAll } from '../../../src/core/lint/fix';
import { lint } from '../../../src/core/lint/lint';
import { parseDocument } from '../../../src/core/markdown/parse';
import { CHURN, edit, expectNone, expectOne, findings, fixed, lineOf } from './helpers';

// title

test('title: a document without an H1 gets the template title inserted on top', () => {
  const md = CHURN.replace('# Pipeline Architecture: Subscription Churn Prediction\n\n', '');
  const d = expectOne(md, 'title', 0, 'warning');
  assert.ok(fixed(md, d).startsWith('# Pipeline Architecture: [Project Name]\n\n## Overview\n'));
});

test('title: an H1 without the prefix is rewritten around its own name', () => {
  const md = edit(CHURN, '# Pipeline Architecture: Subscription Churn Prediction', '# Subscription Churn Prediction — Pipeline Architecture');
  const d = expectOne(md, 'title', 0, 'warning');
  assert.equal(fixed(md, d).split('\n')[0], '# Pipeline Architecture: Subscription Churn Prediction');
});

test('title: near miss — the template title passes', () => {
  expectNone(CHURN, 'title');
});

// required-section

test('required-section: a missing Cross-Pipeline Data Flow is inserted before Not-a-Pipeline Components', () => {
  const flow = CHURN.slice(CHURN.indexOf('## Cross-Pipeline Data Flow'), CHURN.indexOf('## Not-a-Pipeline Components'));
  const md = CHURN.replace(flow, '');
  const d = expectOne(md, 'required-section', 0, 'warning');
  assert.match(d.message, /Cross-Pipeline Data Flow/);
  const after = fixed(md, d);
  assert.ok(after.includes('## Cross-Pipeline Data Flow\n\nNone.\n\n## Not-a-Pipeline Components'), after);
  expectNone(after, 'required-section');
  expectNone(after, 'section-order');
});

test('required-section: a missing last section is appended at the end, separated by a blank line', () => {
  const md = CHURN.slice(0, CHURN.indexOf('## Open Questions'));
  const after = fixed(md, expectOne(md, 'required-section', 0, 'warning'));
  assert.ok(after.endsWith('tune once the pipeline is stable.\n\n## Open Questions\n\nNone.\n'), after.slice(-120));
  assert.equal(parseDocument(after).sections.at(-1)?.id, 'openQuestions');
});

test('required-section: pipelines without their section heading get the heading above the first pipeline', () => {
  const md = edit(CHURN, '## Pipeline Decomposition\n\n', '');
  const after = fixed(md, expectOne(md, 'required-section', 0, 'warning'));
  assert.ok(after.includes('## Pipeline Decomposition\n\n### Pipeline 1: Churn Model Training (MVP)'));
  assert.equal(parseDocument(after).pipelines.length, 2);
});

test('required-section: near miss — synonyms such as "Summary" and "Future Work" count', () => {
  const md = edit(edit(CHURN, '## Overview', '## Summary'), '## Deferred / Future Work', '## Future Work');
  expectNone(md, 'required-section');
});

test('title: a title holding U+2028/U+2029 is fixed once, to a fixed point', () => {
  for (const title of ['# Churn\u2028Prediction', '# Pipeline Architecture: Churn\u2029Prediction', '# Pipeline Architecture Churn\u2028Prediction']) {
    const md = CHURN.replace('# Pipeline Architecture: Subscription Churn Prediction', title);
    const once = fixAll(md);
    assert.deepEqual(findings(once, 'title'), [], JSON.stringify(title));
  }
});

// section-order

test('section-order: Open Questions before the decomposition is flagged and the fix restores the template order', () => {
  const questions = CHURN.slice(CHURN.indexOf('## Open Questions'));
  const md = edit(CHURN.replace(questions, ''), '## Pipeline Decomposition', `${questions}\n## Pipeline Decomposition`);
  const d = expectOne(md, 'section-order', lineOf(md, '## Open Questions'), 'warning');
  assert.match(d.message, /"Open Questions" is out of the template order: it belongs after "Deferred \/ Future Work"/);
  const after = fixed(md, d);
  assert.deepEqual(
    parseDocument(after).sections.map((s) => s.id),
    ['overview', 'pipelineDecomposition', 'crossPipelineDataFlow', 'notAPipeline', 'deferred', 'openQuestions'],
  );
  // Nothing lost: the same lines, in a different order.
  assert.deepEqual(after.split('\n').filter(Boolean).sort(), md.split('\n').filter(Boolean).sort());
});

test('section-order: a section the template does not know moves with the section above it', () => {
  const md = edit(CHURN, '## Cross-Pipeline Data Flow', '## Risks\n\nLabels lag by one billing cycle.\n\n## Open Questions\n\n1. Who owns the CRM table?\n\n## Cross-Pipeline Data Flow')
    .replace(/\n## Open Questions\n\n1\. Can Vertex[^\n]*\n$/, '\n');
  const after = fixed(md, findings(md, 'section-order')[0]!);
  assert.deepEqual(
    parseDocument(after).sections.map((s) => s.heading),
    ['Overview', 'Pipeline Decomposition', 'Risks', 'Cross-Pipeline Data Flow', 'Not-a-Pipeline Components', 'Deferred / Future Work', 'Open Questions'],
  );
});

test('section-order: a directive that covers what follows makes the reorder unsafe, so --fix adds no error', () => {
  const questions = CHURN.slice(CHURN.indexOf('## Open Questions'));
  const base = edit(CHURN.replace(questions, ''), '## Pipeline Decomposition', `${questions}\n## Pipeline Decomposition`);
  // Clean apart from the order: the directive at the end of Overview silences the estimate after it.
  const md = edit(base, '## Open Questions', '<!-- zenml-scope-disable time-estimate -->\n## Open Questions\n\nThe MVP should take 2-3 weeks to build.\n');
  const errors = (text: string): string[] => lint(text).filter((d) => d.severity === 'error').map((d) => d.rule);
  assert.deepEqual(errors(md), []);
  assert.equal(findings(md, 'section-order')[0]!.fixes[0]!.safe, false);
  assert.deepEqual(errors(fixAll(md)), []);
});

test('section-order: no longer quadratic in the number of sections (14,000 sections, was 5 s)', () => {
  const names = ['Open Questions', 'Overview', 'Deferred / Future Work', 'Pipeline Decomposition', 'Not-a-Pipeline Components', 'Cross-Pipeline Data Flow'];
  const md = `# Pipeline Architecture: X\n\n${Array.from({ length: 14_000 }, (_, i) => `## ${names[(i * 7) % names.length]}\n\ntext ${i}\n`).join('\n')}`;
  const started = performance.now();
  const found = findings(md, 'section-order');
  assert.ok(found.length > 1000);
  assert.ok(performance.now() - started < 1500, `${Math.round(performance.now() - started)} ms`);
});

test('section-order: near miss — the template order passes', () => {
  expectNone(CHURN, 'section-order');
});

// doc-length

test('doc-length: over 150 lines is a warning on the first line past the budget', () => {
  const padding = Array.from({ length: 120 }, (_, i) => `Detail line ${i + 1} about a feature column and its encoding.`).join('\n');
  const md = edit(CHURN, '## Pipeline Decomposition', `${padding}\n\n## Pipeline Decomposition`);
  const d = expectOne(md, 'doc-length', 150, 'warning');
  assert.match(d.message, /over the 150/);
  assert.equal(d.fixes.length, 0);
});

test('doc-length: a short document is info only; linesMin/linesMax come from the config', () => {
  const d = expectOne(CHURN, 'doc-length', 0, 'info');
  assert.match(d.message, /under the usual 80/);
  expectNone(CHURN, 'doc-length', { ...DEFAULT_CONFIG, thresholds: { ...DEFAULT_CONFIG.thresholds, linesMin: 40 } });
});

// pipeline-field

test('pipeline-field: a missing Trigger is reported on the heading and inserted after Purpose', () => {
  const md = edit(CHURN, '- **Trigger**: Weekly on Monday at 04:00 UTC, plus manual runs while features are tuned.\n', '');
  const d = expectOne(md, 'pipeline-field', lineOf(md, '### Pipeline 1'), 'warning');
  assert.match(d.message, /"Churn Model Training" has no Trigger field/);
  const after = fixed(md, d);
  const lines = after.split('\n');
  assert.equal(lines[lineOf(after, '**Purpose**: Trains the churn') + 1], '- **Trigger**: Not decided yet.');
  expectNone(after, 'pipeline-field');
});

test('pipeline-field: a missing first field goes right under the heading', () => {
  const md = edit(CHURN, '- **Purpose**: Scores every active subscriber with the production model and hands the riskiest accounts to the retention team.\n', '');
  const after = fixed(md, expectOne(md, 'pipeline-field', lineOf(md, '### Pipeline 2'), 'warning'));
  assert.ok(after.includes('### Pipeline 2: Weekly Churn Scoring (Phase 2)\n\n- **Purpose**: Not decided yet.\n- **Trigger**: Weekly on Monday at 07:00'));
});

test('pipeline-field: near miss — plain (unbolded) labels and synonyms such as "Schedule" count', () => {
  const md = edit(CHURN, '- **Trigger**: Weekly on Monday at 04:00 UTC', '- Schedule: Weekly on Monday at 04:00 UTC');
  expectNone(md, 'pipeline-field');
});

// mvp-marker

test('mvp-marker: no MVP label marks the first unlabelled pipeline (safe fix)', () => {
  const md = edit(CHURN, '### Pipeline 1: Churn Model Training (MVP)', '### Pipeline 1: Churn Model Training');
  const d = expectOne(md, 'mvp-marker', lineOf(md, '### Pipeline 1'), 'warning');
  assert.equal(d.fixes[0]!.safe, true);
  assert.ok(fixed(md, d).includes('### Pipeline 1: Churn Model Training (MVP)\n'));
});

test('mvp-marker: relabelling another phase is offered but not safe', () => {
  const md = edit(CHURN, 'Churn Model Training (MVP)', 'Churn Model Training (Phase 1)');
  const d = expectOne(md, 'mvp-marker', lineOf(md, '### Pipeline 1'), 'warning');
  assert.equal(d.fixes[0]!.safe, false);
  assert.ok(fixed(md, d).includes('### Pipeline 1: Churn Model Training (MVP)\n'));
});

test('mvp-marker: two MVPs are flagged on the second, without a fix', () => {
  const md = edit(CHURN, 'Weekly Churn Scoring (Phase 2)', 'Weekly Churn Scoring (MVP)');
  const d = expectOne(md, 'mvp-marker', lineOf(md, '### Pipeline 2'), 'warning');
  assert.match(d.message, /2 pipelines are marked MVP/);
  assert.equal(d.fixes.length, 0);
});

test('mvp-marker: near miss — exactly one MVP, written "MVP, batch", passes', () => {
  expectNone(edit(CHURN, '(MVP)', '(MVP, batch)'), 'mvp-marker');
});

// step-count

const TWO_STEPS = `  1. load_activity — reads the last 12 months of viewing and billing events from BigQuery and drops test accounts → produces activity table
  2. build_features — computes tenure, viewing trend and payment-failure features per subscriber → produces feature matrix
`;

test('step-count: two steps might be a script', () => {
  const md = edit(CHURN, TWO_STEPS + CHURN.slice(CHURN.indexOf('  3. train_classifier'), CHURN.indexOf('- **Data sources**: BigQuery `viewing')), TWO_STEPS);
  const d = expectOne(md, 'step-count', lineOf(md, '**Steps**'), 'warning');
  assert.match(d.message, /has 2 steps, fewer than 3: it might be a script/);
});

test('step-count: eight steps suggest splitting or folding tiny steps; thresholds come from the config', () => {
  const extra = ['check_rows — checks the activity table has rows', 'dedupe — drops duplicate events', 'impute — fills missing tenure', 'scale — scales numeric columns']
    .map((s, i) => `  ${i + 5}. ${s} → produces activity table`)
    .join('\n');
  const md = edit(CHURN, 'on a time-based holdout → produces evaluation report\n', `on a time-based holdout → produces evaluation report\n${extra}\n`);
  const d = expectOne(md, 'step-count', lineOf(md, '**Steps**'), 'warning');
  assert.match(d.message, /8 steps, more than 7: split it .* or fold tiny steps/);
  expectNone(md, 'step-count', { ...DEFAULT_CONFIG, thresholds: { ...DEFAULT_CONFIG.thresholds, stepsMax: 8 } });
});

test('step-count: near miss — steps left "Not decided yet." are not counted as zero', () => {
  const steps = CHURN.slice(CHURN.indexOf('- **Steps** (approximate — describe in prose, no code):\n  1. load_activity'), CHURN.indexOf('- **Data sources**: BigQuery `viewing'));
  const md = CHURN.replace(steps, '- **Steps** (approximate — describe in prose, no code): Not decided yet.\n');
  expectNone(md, 'step-count');
  expectNone(CHURN, 'step-count');
});

// open-questions

function withQuestions(n: number): string {
  const questions = [
    'Can Vertex AI workers read the CRM export dataset?',
    'Which retention campaigns consume the top decile?',
    'How long do cancellations take to appear in billing events?',
    'Who signs off the precision target?',
    'Should paused accounts count as churned?',
    'Does the CRM accept a weekly full refresh?',
  ].slice(0, n);
  return CHURN.replace(/## Open Questions\n\n[\s\S]*$/, `## Open Questions\n\n${questions.map((q, i) => `${i + 1}. ${q}`).join('\n')}\n`);
}

test('open-questions: four questions is over the maximum of three', () => {
  const md = withQuestions(4);
  const d = expectOne(md, 'open-questions', lineOf(md, '## Open Questions'), 'warning');
  assert.match(d.message, /4 open questions, more than 3/);
});

test('open-questions: five or more says to resolve them now in the interview', () => {
  const d = expectOne(withQuestions(5), 'open-questions', lineOf(CHURN, '## Open Questions'), 'warning');
  assert.match(d.message, /resolve them now in the interview/);
});

test('open-questions: near miss — three questions, or a raised threshold, pass', () => {
  expectNone(withQuestions(3), 'open-questions');
  expectNone(withQuestions(6), 'open-questions', { ...DEFAULT_CONFIG, thresholds: { ...DEFAULT_CONFIG.thresholds, openQuestionsMax: 6 } });
});
