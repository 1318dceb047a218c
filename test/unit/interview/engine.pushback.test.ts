import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as E from '../../../src/core/interview/engine';
import type { Question } from '../../../src/core/interview/questions';
import { ok, runInterview, text } from './engineHelpers';

const BASE = 'We pull customer data from Postgres, clean it, train a churn model weekly and score all customers nightly into Snowflake. We run Kubernetes. ';

/** What the user says, and the push-back slug it must raise (the linter's slug where it has one). */
const RED_FLAGS: [string, string][] = [
  ['meta-pipeline', 'We want an orchestrator pipeline that triggers all the other pipelines.'],
  ['pipeline-chain', 'The data pipeline triggers training which then triggers the scoring pipeline.'],
  ['dynamic-overuse', 'All of our pipelines should be dynamic.'],
  ['team-capacity', 'We are 2 engineers and we plan 9 pipelines.'],
  ['feature-store-mvp', 'We need a feature store for the MVP.'],
  ['realtime-retraining', 'We also want real-time retraining.'],
  ['variant-pipelines', 'We want a separate pipeline for each region.'],
  ['too-many-sources', 'Eventually it should read from 40 data sources.'],
  ['microservice-steps', 'Each step should be its own microservice.'],
  ['duplicate-tracking', 'Evaluation stores the metrics as an artifact and also as metadata.'],
  ['tiny-step', 'Each transformation gets its own step.'],
  ['mega-pipeline', 'Honestly I want one pipeline that does everything.'],
  ['automate-everything', 'We want to automate everything from day one.'],
];

function noticesAfterPicture(description: string) {
  const s = ok(E.answer(E.start(), 'picture', text(description)));
  return { state: s, notices: E.nextQuestion(s)!.notices };
}

for (const [rule, phrase] of RED_FLAGS) {
  test(`red flag ${rule}: pushed back with its concrete cost`, () => {
    const { notices } = noticesAfterPicture(BASE + phrase);
    const n = notices.find((x) => x.rule === rule);
    assert.ok(n, `expected ${rule} among ${notices.map((x) => x.rule).join(', ') || 'nothing'}`);
    assert.equal(n.tone, 'pushback');
    assert.ok(n.message.length > 80, 'the message explains the cost, not just "bad"');
  });
}

test('a near miss raises nothing: a plain, well-scoped description', () => {
  const { notices } = noticesAfterPicture(BASE + 'We do not need a feature store and retrain on a schedule.');
  assert.deepEqual(notices.map((n) => n.rule), []);
});

test('each rule is pushed back once: repeating it in the follow-up does not raise it again', () => {
  let s = ok(E.answer(E.start(), 'picture', text('We want real-time retraining of a model.')));
  const first = E.nextQuestion(s)!;
  assert.equal(first.id, 'picture-followup');
  assert.ok(first.notices.some((n) => n.rule === 'realtime-retraining'));
  s = ok(E.answer(s, 'picture-followup', text('Data comes from Postgres; predictions go to a nightly batch job. And yes, real-time retraining please. Two ML engineers on Kubernetes.')));
  const all = runToEnd(s);
  assert.equal(all.filter((n) => n === 'realtime-retraining').length, 0, 'not shown again after the follow-up');
});

function runToEnd(state: E.InterviewState): string[] {
  const rules: string[] = [];
  for (let q = E.nextQuestion(state); q; q = E.nextQuestion(state)) {
    rules.push(...q.notices.map((n) => n.rule));
    state = ok(E.answer(state, q.id, E.recommendedAnswer(q)));
  }
  return rules;
}

test('arrival: the kitchen sink (dashboards, alerting, CI as pipelines) is named and moved off the pipeline list', () => {
  const { notices } = noticesAfterPicture(BASE + 'We also need pipelines for the Grafana dashboard, for alerting when churn spikes, and for CI/CD that runs the tests on every commit.');
  const n = notices.find((x) => x.rule === 'kitchen-sink');
  assert.ok(n);
  assert.match(n.message, /dashboard/i);
});

test('arrival: premature architecture (eight interconnected pipelines) is pushed back', () => {
  const { notices } = noticesAfterPicture(BASE + 'I have sketched 8 interconnected pipelines already.');
  assert.ok(notices.some((n) => n.rule === 'premature-architecture' && /8 interconnected pipelines/.test(n.message)));
});

test('arrival: foggy scope ("we want to do MLOps") gets a redirect notice', () => {
  const { notices } = noticesAfterPicture('Management wants us to do MLOps. Not sure where to start.');
  const n = notices.find((x) => x.rule === 'foggy-scope');
  assert.ok(n);
  assert.equal(n.tone, 'redirect');
});

test('arrival: foggy scope also catches "set up MLOps" and an ML platform with no specifics, in the user’s own words', () => {
  const mlops = noticesAfterPicture('Our CTO asked me to set up MLOps for the data science team.').notices.find((x) => x.rule === 'foggy-scope');
  assert.ok(mlops && /"MLOps"/.test(mlops.message));
  const platform = noticesAfterPicture('We need an ML platform for the whole company.').notices.find((x) => x.rule === 'foggy-scope');
  assert.ok(platform, 'an ML platform with nothing specific is foggy');
  assert.match(platform.message, /"ML platform"/);
  assert.doesNotMatch(platform.message, /MLOps/, 'the user never said MLOps');
});

test('foggy scope near misses: an ML platform team with a concrete workflow, and text with nothing recognisable', () => {
  const specific = noticesAfterPicture('Our ML platform team runs Kubeflow. We train a churn model weekly from Postgres and score all customers nightly.');
  assert.ok(!specific.notices.some((x) => x.rule === 'foggy-scope'));
  const nonsense = noticesAfterPicture('hello?? testing testing 123. lorem ipsum dolor sit amet, consectetur adipiscing elit. asdf qwerty');
  assert.deepEqual(nonsense.notices.map((x) => x.rule), [], 'only the follow-up question, no push-back');
  assert.equal(E.nextQuestion(nonsense.state)!.id, 'picture-followup');
});

test('team capacity in the decomposition: pipelines over 3 per engineer are deferred, the producer kept', () => {
  const desc =
    'Solo ML engineer here, just me. We ingest clickstream events from S3 hourly and CRM data from Salesforce daily, clean them and build features, train a ranking model weekly, score all users nightly into BigQuery, serve recommendations from a real-time API in under 200 ms, and run a weekly drift report. Everything on Kubernetes.';
  const { state, asked } = runInterview(desc);
  const arch = E.architecture(state);
  assert.ok(arch.pipelines.length <= 3, `kept ${arch.pipelines.length}`);
  assert.ok(arch.pipelines.some((p) => p.modelControlPlane.producesVersions), 'the pipeline that produces model versions stays');
  assert.ok(arch.deferred.some((d) => /pipeline$/.test(d.name) && /\b(?:person|people)\b/.test(d.reason)));
  const notice = asked.flatMap((q) => q.notices).find((n) => n.rule === 'team-capacity');
  assert.ok(notice && /deferred/.test(notice.message));
});

test('too many sources: a multiple-choice question keeps 1-3 for the first version, the rest deferred', () => {
  const desc =
    'We forecast demand. Sales come from Snowflake, promotions from a Google Sheet, weather from a vendor API, store footfall from Kafka, and holidays from a CSV. Train weekly, batch forecasts nightly. 3 ML engineers on Vertex AI.';
  const s = ok(E.answer(E.start(), 'picture', text(desc)));
  const { state, asked } = runInterview(desc, {}, 'sources');
  const q = E.nextQuestion(state) as Extract<Question, { kind: 'multi' }> | null;
  assert.ok(q && q.id === 'sources' && q.kind === 'multi', `asked ${asked.map((x) => x.id).join(', ')}`);
  assert.ok(q.notices.some((n) => n.rule === 'too-many-sources') || E.nextQuestion(s)!.notices.some((n) => n.rule === 'too-many-sources'));
  const tooMany = E.answer(state, 'sources', { kind: 'multi', options: q.options.map((o) => o.id) });
  assert.ok(!tooMany.ok && /Pick one to 3/.test(tooMany.error));
  const picked = ok(E.answer(state, 'sources', { kind: 'multi', options: [q.options[0]!.id] }));
  const arch = E.architecture(picked);
  assert.ok(arch.deferred.some((d) => /More data sources/.test(d.name)));
});

test('an edited proposal is pushed back on: too many steps, a check-only step, a schedule the orchestrator cannot run', () => {
  const desc = 'I train a churn model from a CSV export, locally on my laptop. One engineer, the notebook works.';
  const { state } = runInterview(desc, { orchestrator: { kind: 'single', option: 'local' } }, 'pipeline:training');
  const q = E.nextQuestion(state) as Extract<Question, { kind: 'pipeline' }>;
  assert.equal(q.kind, 'pipeline');
  const steps = Array.from({ length: 8 }, (_, i) => ({ name: `step_${i + 1}`, description: 'does a part of the work', produces: 'a table' }));
  steps[1] = { name: 'check_rows', description: 'Checks the CSV has rows', produces: 'nothing' };
  const s = ok(E.answer(state, q.id, { kind: 'pipeline', proposal: { ...q.proposal, trigger: 'Scheduled daily', steps } }));
  const rules = E.nextQuestion(s)!.notices.map((n) => n.rule);
  for (const rule of ['step-count', 'tiny-step', 'schedule-unsupported']) assert.ok(rules.includes(rule), `${rule} in ${rules.join(', ')}`);
  const dup = E.answer(state, q.id, { kind: 'pipeline', proposal: { ...q.proposal, steps: [steps[0]!, steps[0]!, steps[2]!] } });
  assert.ok(!dup.ok && /Two steps are called step_1/.test(dup.error));
});
