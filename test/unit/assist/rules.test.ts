import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interpret } from '../../../src/core/assist/interpret';
import { forbiddenIn } from '../../../src/core/assist/forbidden';
import { DESCRIPTION, reply, syntheticAnswer } from './synthetic';

const read = (answer = syntheticAnswer()) => {
  const r = interpret(DESCRIPTION, reply(answer), null);
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.value;
};

test('a dashboard proposed as a pipeline stays out of pipelines, and the pipeline for it is dropped, both said', () => {
  const answer = syntheticAnswer();
  answer.proposals.components[3] = { component: 'Plant dashboard', bucket: 'pipeline', reason: 'Refreshes the charts.', instead: null };
  answer.proposals.pipelines.push({
    name: 'Dashboard Refresh Pipeline',
    purpose: 'Refreshes the dashboard.',
    trigger: 'hourly',
    components: ['Plant dashboard'],
    steps: [{ name: 'load_scores', does: 'Loads.', produces: 'scores' }, { name: 'render_charts', does: 'Renders.', produces: 'charts' }, { name: 'publish', does: 'Publishes.', produces: 'page' }],
    artifacts: [],
  });
  const r = read(answer);
  const dashboard = r.reading.components.find((c) => c.kind === 'dashboard')!;
  assert.equal(r.proposals.buckets[dashboard.id], undefined, "the model's bucket is not taken");
  assert.ok(r.notes.some((n) => /Kept "Plant dashboard" out of pipelines: the model proposed pipeline/.test(n)));
  assert.ok(!r.proposals.pipelines.some((p) => /Dashboard/.test(p.name)));
  assert.ok(r.notes.some((n) => /Dropped the model's pipeline "Dashboard Refresh Pipeline": dashboard/i.test(n)));
});

test('sub-10 ms serving proposed as deployed stays outside ZenML', () => {
  const text = `${DESCRIPTION}\nThe pump controller calls a scoring API that must answer in 5 ms.`;
  const answer = syntheticAnswer();
  answer.reading.components.push({ name: 'Scoring API', kind: 'online-inference', cadence: 'realtime', latencyMs: 5, owner: null, fanOut: null, quote: 'a scoring API that must answer in 5 ms' });
  answer.proposals.components.push({ component: 'Scoring API', bucket: 'deployed', reason: 'Real-time requests.', instead: null });
  const r = interpret(text, reply(answer), null);
  assert.ok(r.ok);
  const api = r.value.reading.components.find((c) => c.name === 'Scoring API')!;
  assert.equal(r.value.proposals.buckets[api.id], undefined);
  assert.ok(r.value.notes.some((n) => /Kept "Scoring API" out of pipelines: the model proposed deployed, but a 5 ms budget/i.test(n)));
});

test('serving with a budget of 10 ms or more, or none stated, proposed outside ZenML stays a deployed pipeline (seed 001)', () => {
  for (const [said, ms] of [['must answer in 80 ms', 80], ['answers each request quickly', null]] as const) {
    const text = `${DESCRIPTION}\nThe pump controller calls a scoring API that ${said}.`;
    const answer = syntheticAnswer();
    answer.reading.components.push({ name: 'Scoring API', kind: 'online-inference', cadence: 'realtime', latencyMs: ms, owner: null, fanOut: null, quote: `a scoring API that ${said}` });
    answer.proposals.components.push({ component: 'Scoring API', bucket: 'not-a-pipeline', reason: 'Needs low latency.', instead: 'a dedicated model server' });
    const r = interpret(text, reply(answer), null);
    assert.ok(r.ok);
    const api = r.value.reading.components.find((c) => c.name === 'Scoring API')!;
    assert.equal(r.value.proposals.buckets[api.id], undefined, said);
    assert.ok(r.value.notes.some((n) => /Kept "Scoring API" as a deployed pipeline: the model proposed serving it outside ZenML/.test(n)), said);
  }
});

test('steps the linter would flag (a step that does almost nothing) are replaced by the engine\'s, and said', () => {
  const answer = syntheticAnswer();
  answer.proposals.pipelines[0]!.steps = [
    { name: 'load_readings', does: 'Loads the pump sensor readings from Postgres and cleans them, with the schema checks folded in.', produces: 'cleaned readings' },
    { name: 'check_not_empty', does: 'Checks the table has rows.', produces: 'nothing' },
    { name: 'train_failure_model', does: 'Trains the gradient boosted failure model on the cleaned readings.', produces: 'the failure model' },
    { name: 'evaluate_failure_model', does: 'Scores held-out weeks and logs precision and recall as model metadata.', produces: 'an evaluation report' },
  ];
  const r = read(answer);
  assert.equal(r.proposals.pipelines[0]!.steps, null, "the engine's steps stand");
  assert.ok(r.notes.some((n) => /Replaced the model's steps for .*: .*\(tiny-step\)/.test(n)), r.notes.join(' | '));
});

test('a key artifact is written as the engine writes its own: an identifier as code, then why it matters', () => {
  const answer = syntheticAnswer();
  answer.proposals.pipelines[0]!.artifacts = [{ name: 'pump_failure_model', why: 'each version is compared with production' }, { name: 'evaluation report', why: 'read before promoting' }];
  const pipeline = read(answer).proposals.pipelines[0]!;
  assert.deepEqual(pipeline.keyArtifacts, ['`pump_failure_model` — each version is compared with production', 'evaluation report — read before promoting']);
});

test('a 12-step pipeline keeps the engine\'s steps; a step name with spaces is renamed; both said', () => {
  const answer = syntheticAnswer();
  answer.proposals.pipelines[0]!.steps = Array.from({ length: 12 }, (_, i) => ({ name: `step_${i + 1}`, does: 'Does work.', produces: 'output' }));
  let r = read(answer);
  assert.equal(r.proposals.pipelines[0]!.steps, null);
  assert.ok(r.notes.some((n) => /Replaced the model's 12 steps for Failure Model Training with the engine's: a pipeline keeps 3-7 steps/.test(n)));

  const renamed = syntheticAnswer();
  renamed.proposals.pipelines[0]!.steps[0]!.name = 'Load Readings';
  r = read(renamed);
  assert.equal(r.proposals.pipelines[0]!.steps![0]!.name, 'load_readings');
  assert.ok(r.notes.some((n) => /Renamed the model's step "Load Readings"/.test(n)));
});

test('a forbidden sentence is dropped (the linter\'s own rules), and at most three open questions are kept', () => {
  assert.equal(forbiddenIn('Building this takes about 3 weeks.'), 'time-estimate');
  assert.equal(forbiddenIn('Training reads the production version.'), null);
  const answer = syntheticAnswer();
  answer.proposals.dataFlow.push('Building this takes about 3 weeks.');
  answer.proposals.openQuestions = ['Q one?', 'Q two?', 'Q three?', 'Q four?'];
  const r = read(answer);
  assert.deepEqual(r.proposals.dataFlow, ['Training registers each version; the nightly scoring reads the production version.']);
  assert.ok(r.notes.some((n) => /Dropped the model's data-flow sentence "Building this takes about 3 weeks\.".*time-estimate/.test(n)));
  assert.deepEqual(r.proposals.openQuestions, ['Q one?', 'Q two?', 'Q three?']);
  assert.ok(r.notes.some((n) => /first 3 of its 4 open questions/.test(n)));
});

test('model work the description asks for is kept as a pipeline when the model defers it; data work may still fold in', () => {
  const text = `${DESCRIPTION}\nWe want to tune the failure model's thresholds and features properly.`;
  const answer = syntheticAnswer();
  answer.reading.components.push({ name: 'Model tuning', kind: 'tuning', cadence: null, latencyMs: null, owner: null, fanOut: null, quote: "tune the failure model's thresholds and features" });
  answer.proposals.components.push({ component: 'Model tuning', bucket: 'defer', reason: 'Later, once evaluation is trusted.', instead: null });
  const r = interpret(text, reply(answer), null);
  assert.ok(r.ok);
  const tuning = r.value.reading.components.find((c) => c.name === 'Model tuning')!;
  assert.equal(r.value.proposals.buckets[tuning.id], undefined, "the model's deferral is not taken");
  assert.ok(r.value.notes.some((n) => /Kept "Model tuning" as a pipeline: the model proposed deferring it, but the description asks for it/.test(n)), r.value.notes.join('\n'));
  // Not asked for: the model's deferral stands.
  const plain = syntheticAnswer();
  plain.reading.components.push({ name: 'Model tuning', kind: 'tuning', cadence: null, latencyMs: null, owner: null, fanOut: null, quote: 'tune the failure model' });
  plain.proposals.components.push({ component: 'Model tuning', bucket: 'defer', reason: 'Later.', instead: null });
  const quiet = interpret(`${DESCRIPTION}\nSomeday someone might tune the failure model.`, reply(plain), null);
  assert.ok(quiet.ok);
  assert.ok(!quiet.value.notes.some((n) => /Kept "Model tuning" as a pipeline/.test(n)));
});
