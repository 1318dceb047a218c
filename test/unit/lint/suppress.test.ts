import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes } from '../../../src/core/lint/fix';
import { lint } from '../../../src/core/lint/lint';
import { suppressionFixes } from '../../../src/core/lint/suppress';
import { parseDocument } from '../../../src/core/markdown/parse';
import { CHURN, edit, findings } from './helpers';

const ESTIMATE = 'The MVP should take 2-3 weeks to build.';
const COST = 'Serving costs roughly $300/month on GPUs.';
const TEAM = 'Team: 2 ML engineers maintain these pipelines.';
const withLines = (...lines: string[]): string => edit(CHURN, TEAM, [TEAM, ...lines].join('\n'));
const rulesOf = (md: string): string[] => lint(md).map((d) => d.rule).filter((r) => r !== 'doc-length');

test('disable-next-line silences the named rule on the next line only', () => {
  const md = withLines('<!-- zenml-scope-disable-next-line time-estimate -->', ESTIMATE, ESTIMATE);
  assert.deepEqual(findings(md, 'time-estimate').map((d) => d.range.start.line), [md.split('\n').lastIndexOf(ESTIMATE)]);
});

test('a directive lists several rules, or none for all of them', () => {
  const both = `${ESTIMATE} ${COST}`;
  assert.deepEqual(rulesOf(withLines('<!-- zenml-scope-disable-next-line time-estimate cost-estimate -->', both)), []);
  assert.deepEqual(rulesOf(withLines('<!-- zenml-scope-disable-next-line -->', both)), []);
  assert.deepEqual(rulesOf(withLines('<!-- zenml-scope-disable-next-line time-estimate -->', both)), ['cost-estimate']);
});

test('disable … enable covers the lines between; enable of one rule inside a disable-all re-enables just it', () => {
  const md = withLines('<!-- zenml-scope-disable time-estimate -->', ESTIMATE, '<!-- zenml-scope-enable time-estimate -->', ESTIMATE);
  assert.equal(findings(md, 'time-estimate').length, 1);
  const all = withLines('<!-- zenml-scope-disable -->', `${ESTIMATE} ${COST}`, '<!-- zenml-scope-enable cost-estimate -->', `${ESTIMATE} ${COST}`);
  assert.deepEqual(rulesOf(all), ['cost-estimate']);
});

test('disable-line silences the line it ends; disable-file silences the rule anywhere', () => {
  assert.deepEqual(rulesOf(withLines(`${ESTIMATE} <!-- zenml-scope-disable-line time-estimate -->`)), []);
  const md = withLines(ESTIMATE, COST, '<!-- zenml-scope-disable-file time-estimate -->');
  assert.deepEqual(rulesOf(md), ['cost-estimate']);
});

test('directives inside code blocks are text, not directives', () => {
  const md = withLines('```text', '<!-- zenml-scope-disable-file -->', '```', ESTIMATE);
  assert.ok(rulesOf(md).includes('time-estimate'));
});

test('"Disable for this line" on a field line appends a trailing directive that keeps the list intact', () => {
  const md = edit(CHURN, '- **Orchestrator requirements**: Vertex AI, CPU only\n- **Model Control Plane**: `churn_classifier` — produces', '- **Orchestrator requirements**: Vertex AI, one GPU, about $400/month on GPUs\n- **Model Control Plane**: `churn_classifier` — produces');
  const d = findings(md, 'cost-estimate')[0]!;
  const [line, file] = suppressionFixes(md, d);
  assert.equal(line!.title, 'Disable cost-estimate for this line');
  assert.equal(line!.safe, false);
  const after = applyFixes(md, [line!]);
  assert.ok(after.includes('about $400/month on GPUs <!-- zenml-scope-disable-line cost-estimate -->\n'));
  assert.equal(findings(after, 'cost-estimate').length, 0);
  // The parser still sees the same pipeline, with the field value free of the directive.
  const pipeline = parseDocument(after).architecture.pipelines[0]!;
  assert.deepEqual(pipeline.orchestrator, ['Vertex AI, one GPU, about $400/month on GPUs']);
  assert.equal(pipeline.steps.length, 4);
  assert.equal(file!.title, 'Disable cost-estimate for this file');
});

test('"Disable for this line" on a heading puts the directive on the line above', () => {
  const md = edit(CHURN, '### Pipeline 1: Churn Model Training (MVP)', '### Pipeline 1: Churn Model Training');
  const d = findings(md, 'mvp-marker')[0]!;
  const after = applyFixes(md, [suppressionFixes(md, d)[0]!]);
  assert.ok(after.includes('<!-- zenml-scope-disable-next-line mvp-marker -->\n### Pipeline 1: Churn Model Training\n'));
  assert.equal(findings(after, 'mvp-marker').length, 0);
  assert.equal(parseDocument(after).architecture.pipelines[0]!.name, 'Churn Model Training');
});

test('"Disable for this file" goes under the title, and extends an existing file directive', () => {
  const md = withLines(ESTIMATE, COST);
  const first = applyFixes(md, [suppressionFixes(md, findings(md, 'time-estimate')[0]!)[1]!]);
  assert.ok(first.startsWith('# Pipeline Architecture: Subscription Churn Prediction\n<!-- zenml-scope-disable-file time-estimate -->\n'));
  const second = applyFixes(first, [suppressionFixes(first, findings(first, 'cost-estimate')[0]!)[1]!]);
  assert.ok(second.includes('<!-- zenml-scope-disable-file time-estimate cost-estimate -->\n'));
  assert.deepEqual(rulesOf(second), []);
  assert.equal(parseDocument(second).title?.text, 'Pipeline Architecture: Subscription Churn Prediction');
});
