/**
 * Tuning the team asks for becomes a Phase 2 pipeline after the fixed one it reuses (the seed's
 * gray area: start fixed, add tuning later; seed 003: a search is a fan-out); tuning only mentioned
 * stays deferred. With it: the method a configured model runs, a setting the team calls a
 * trade-off, automatic actions, and a source system named by its proper name. On wordings no
 * fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';
import { findTradeOff } from '../../../src/core/reading/tradeOff';
import { lint } from '../../../src/core/lint/lint';
import { renderArchitecture } from '../../../src/core/markdown/render';
import { draftArchitecture as draft } from '../drafts';

const WISHED =
  'We run fraud-ring detection on the payments graph: every ten minutes a job pulls the new transfers from Ledgerline, our payments database, and runs community detection with Louvain to find clusters of accounts that move money in circles; flagged accounts are frozen automatically. The resolution parameter is a trade-off: a high value splits real rings apart, a low one merges innocent accounts into them. We want to organise how we evaluate the detector and how we tune its parameters.';

test('tuning the team asks for is a Phase 2 pipeline after the evaluation it reuses, searching the method\'s settings', () => {
  const a = draft(WISHED);
  const names = a.pipelines.map((p) => `${p.name} (${p.phase})`);
  const tuning = a.pipelines.find((p) => /Tuning$/.test(p.name));
  assert.ok(tuning, names.join(', '));
  assert.equal(tuning.phase, 'Phase 2', names.join(', '));
  assert.notEqual(a.pipelines.find((p) => p.phase === 'MVP'), tuning, 'tuning is never the MVP');
  assert.deepEqual(tuning.steps.map((s) => s.name), ['load_reference_set', 'propose_candidates', 'score_candidate', 'select_best', 'register_best']);
  assert.match(tuning.purpose, /Searches Louvain's parameters and the resolution parameter/);
  assert.match(tuning.steps[3]!.description, /what the resolution parameter trades \(“a high value splits real rings apart, a low one merges innocent accounts into them”\)/);
  assert.match(a.dataFlow, /Tuning registers the best candidate of each run as a new version of `\w+` too/);
  assert.ok(!a.deferred.some((d) => /tuning/i.test(d.name)), 'asked for, so not deferred');
  assert.deepEqual(lint(renderArchitecture(a)).filter((d) => d.severity !== 'info').map((d) => d.rule), []);
});

test('the method a configured model runs and the source system it reads are named where the plan uses them', () => {
  const a = draft(WISHED);
  const evaluation = a.pipelines.find((p) => p.phase === 'MVP')!;
  assert.match(evaluation.steps.map((s) => s.description).join('\n'), /candidate configuration of `\w+` \(Louvain's parameters and the resolution parameter\)/);
  assert.ok(evaluation.orchestrator.some((o) => /^read access to Ledgerline\b/.test(o)), evaluation.orchestrator.join(' | '));
  assert.doesNotMatch(a.overview, /does not place yet[^.]*Louvain/);
});

test('actions taken with nobody in between are asked about: which should wait for a person', () => {
  const a = draft(WISHED);
  assert.ok(a.openQuestions.some((q) => /^Which of the actions taken automatically \(“[^”]*frozen automatically”\) should wait for a person's confirmation/.test(q)), a.openQuestions.join('\n'));
  const attended = draft('We retrain a churn classifier monthly on Vertex AI from BigQuery and score all accounts nightly; account managers call the riskiest customers.');
  assert.ok(!attended.openQuestions.some((q) => /actions taken automatically/.test(q)));
});

test('tuning only mentioned, or done in the past, stays deferred in the seed\'s words', () => {
  for (const text of [
    'We retrain a demand forecaster weekly on Vertex AI from BigQuery; last year we tuned its hyperparameters in a notebook. Two engineers.',
    'We retrain a lead scoring model monthly on SageMaker from Redshift and might look at hyperparameter tuning one day.',
  ]) {
    const a = draft(text);
    assert.ok(!a.pipelines.some((p) => /Tuning$/.test(p.name)), `${text} → ${a.pipelines.map((p) => p.name).join(', ')}`);
  }
});

test('a setting called a trade-off is read with what each side costs; a trade-off of nothing named is not a setting', () => {
  assert.deepEqual(findTradeOff('So the lookback window is a trade-off: a short one misses slow drifts, a long one reacts late.'), { setting: 'lookback window', said: 'a short one misses slow drifts, a long one reacts late' });
  assert.deepEqual(findTradeOff('Picking the batch size is a real trade-off, since larger batches delay every alert.'), { setting: 'batch size', said: 'since larger batches delay every alert' });
  assert.deepEqual(findTradeOff('There is a trade-off between recall and reviewer workload.'), { setting: null, said: 'a trade-off between recall and reviewer workload' });
  assert.equal(findTradeOff('It is a trade-off.'), null);
  assert.equal(findTradeOff('We trade off nothing.'), null);
});

test('a task the team runs every few minutes is their running system; the evaluation keeps its own trigger, not the job\'s pace', () => {
  const a = draft(WISHED);
  assert.ok(a.notAPipeline.some((n) => /^Fraud-ring detection$/i.test(n.name)), a.notAPipeline.map((n) => n.name).join(', '));
  const evaluation = a.pipelines.find((p) => p.phase === 'MVP')!;
  assert.doesNotMatch(evaluation.trigger, /hourly|every/i, 'the ingestion job\'s pace is not when candidates are judged');
  assert.ok(!a.deferred.some((d) => /Batch inference/i.test(d.name)), 'their job already applies the model');
  assert.match(a.dataFlow, /Tuning registers the best candidate[^.]*it is promoted the same way/);
  assert.doesNotMatch(a.dataFlow, /Tuning load/, 'the search reads the evaluation\'s data, not its own');
});

test('an irregular participle is read by its verb: "frozen" is freezing, an action on the model\'s verdict', () => {
  for (const text of ['Suspicious cards are frozen automatically.', 'Flagged accounts are frozen automatically and the owner is emailed.']) {
    const r = draftInterview(`We retrain a fraud classifier monthly on Vertex AI from BigQuery and score every card nightly. ${text}`);
    assert.ok(r.ok);
    assert.ok(r.draft.architecture.openQuestions.some((q) => /actions taken automatically/.test(q)) || r.draft.architecture.notAPipeline.some((n) => /Actions/.test(n.name)), text);
  }
});
