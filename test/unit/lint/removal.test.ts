/**
 * Removal fixes take the offending text, never the structure around it: a heading, a pipeline's
 * name and phase, a step's name, a roadmap period's label, an HTML comment on the same line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll, safeFixes } from '../../../src/core/lint/fix';
import { CHURN, edit, expectOne, findings, fixed, lineOf } from './helpers';

const HEADING = '### Pipeline 1: Churn Model Training (MVP)';
const TEAM = 'Team: 2 ML engineers maintain these pipelines.';

test('an estimate in a pipeline heading goes, the heading and its phase stay', () => {
  for (const tail of [' takes about 2 weeks to build', ' costs $400/month on GPUs', ' — 2 weeks to build']) {
    const md = edit(CHURN, HEADING, HEADING + tail);
    assert.equal(fixAll(md), CHURN, tail);
  }
});

test('an estimate before the phase label of a heading keeps the label', () => {
  const md = edit(CHURN, HEADING, '### Pipeline 1: Churn Model Training, about 2 weeks to build (MVP)');
  assert.equal(fixAll(md), CHURN);
});

test('a heading that is nothing but its estimate is not emptied by --fix', () => {
  const md = edit(CHURN, HEADING, '### Pipeline 1: 2 weeks to build (MVP)');
  const d = expectOne(md, 'time-estimate', lineOf(md, 'Pipeline 1:'), 'error');
  assert.equal(d.fixes[0]!.safe, false);
  assert.ok(fixAll(md).includes('### Pipeline 1:'));
});

test('a comment on the line of a removed sentence stays', () => {
  const alone = edit(CHURN, TEAM, `${TEAM}\nThe MVP takes about 10 weeks to build. <!-- reviewer note -->`);
  assert.equal(fixAll(alone), edit(CHURN, TEAM, `${TEAM}\n<!-- reviewer note -->`));
  const before = edit(CHURN, TEAM, `${TEAM}\n<!-- reviewer note --> The MVP takes about 10 weeks to build.`);
  assert.equal(fixAll(before), edit(CHURN, TEAM, `${TEAM}\n<!-- reviewer note -->`));
  const field = edit(CHURN, '- **Trigger**: Weekly on Monday at 04:00 UTC, plus manual runs while features are tuned.', '- **Trigger**: ETA by Q3. <!-- ask Ana -->');
  assert.ok(fixAll(field).includes('- **Trigger**: <!-- ask Ana -->'));
});

test('a comment inside the sentence makes the removal unsafe rather than lost', () => {
  const md = edit(CHURN, TEAM, `${TEAM}\nThe MVP takes <!-- sic --> about 10 weeks to build.`);
  const [d] = findings(md, 'time-estimate');
  assert.equal(d!.fixes[0]!.safe, false);
  assert.ok(fixAll(md).includes('<!-- sic -->'));
});

test('a step whose description is an estimate keeps its name', () => {
  const step = '  2. build_features — computes tenure, viewing trend and payment-failure features per subscriber → produces feature matrix';
  const md = edit(CHURN, step, '  2. build_features — takes about 2 weeks to build');
  assert.equal(fixed(md, expectOne(md, 'time-estimate', lineOf(md, 'build_features'), 'error')).split('\n')[lineOf(md, 'build_features')], '  2. build_features');
  const partial = edit(CHURN, step, `${step}. Takes about 2 weeks to build.`);
  assert.equal(fixAll(partial), edit(CHURN, step, `${step}.`));
});

test('stack-setup on a roadmap line keeps the line and its label (issue 11, item 8)', () => {
  const md = edit(CHURN, TEAM, `${TEAM}\n\n- Week 1: run \`zenml stack register prod -o k8s\` and train`);
  const out = fixAll(md);
  assert.ok(out.includes('\n- MVP:'), out);
  assert.deepEqual(safeFixes(out), []);
});
