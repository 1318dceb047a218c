import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interpret } from '../../../src/core/assist/interpret';
import { quoted } from '../../../src/core/assist/grounding';
import { DESCRIPTION, reply, syntheticAnswer } from './synthetic';

test('a quote is found with case, whitespace, typographic quotes and end punctuation normalised', () => {
  assert.ok(quoted('we  LOAD pump\nsensor readings.', DESCRIPTION));
  assert.ok(quoted('“A Grafana dashboard”', DESCRIPTION));
  assert.ok(!quoted('a Kafka stream', DESCRIPTION));
  assert.ok(!quoted('  ', DESCRIPTION));
});

test('the grounded reading is the same Reading the offline reader produces: every quoted item kept', () => {
  const r = interpret(DESCRIPTION, reply(), null);
  assert.ok(r.ok);
  assert.deepEqual(r.value.reading.components.map((c) => c.kind), ['ingestion', 'training', 'batch-inference', 'dashboard']);
  assert.equal(r.value.reading.team.engineers, 2);
  assert.equal(r.value.reading.project, 'Pump Failure Prediction');
  assert.deepEqual(r.value.notes, []);
});

test('a hallucinated quote drops its item, and the drop is said', () => {
  const answer = syntheticAnswer();
  answer.reading.components.push({ name: 'Kafka stream', kind: 'streaming', cadence: 'realtime', latencyMs: null, owner: null, fanOut: null, quote: 'we consume a Kafka stream of events' });
  answer.reading.team.quote = 'a team of 40';
  const r = interpret(DESCRIPTION, reply(answer), null);
  assert.ok(r.ok);
  assert.ok(!r.value.reading.components.some((c) => c.name === 'Kafka stream'));
  assert.equal(r.value.reading.team.engineers, null);
  assert.ok(r.value.notes.some((n) => /Dropped the model's component "Kafka stream".*not in the description/.test(n)));
  assert.ok(r.value.notes.some((n) => /team reading/.test(n)));
});

test('a malformed reply is refused with one line, never half-read', () => {
  for (const bad of ['Sorry, I cannot help with that.', '{"reading": {}}', '{not json']) {
    const r = interpret(DESCRIPTION, bad, null);
    assert.ok(!r.ok);
    assert.ok(!r.error.includes('\n'));
  }
  const fenced = interpret(DESCRIPTION, `Here you go:\n\`\`\`json\n${reply()}\n\`\`\``, null);
  assert.ok(fenced.ok, 'JSON wrapped in a code fence is still read');
});

test('a release the model files as an action on predictions is the engine release work, and said so', () => {
  const text = `${DESCRIPTION} We want new model versions to be rolled out to our KServe endpoint without hand work.`;
  const answer = syntheticAnswer();
  answer.reading.components.push({ name: 'Model version rollout', kind: 'action', cadence: null, latencyMs: null, owner: null, fanOut: null, quote: 'We want new model versions to be rolled out to our KServe endpoint' });
  answer.reading.components.push({ name: 'Blocking risky pumps', kind: 'action', cadence: null, latencyMs: null, owner: null, fanOut: null, quote: 'train a gradient boosted model weekly to predict pump failures' });
  const r = interpret(text, reply(answer), null);
  assert.ok(r.ok);
  assert.ok(!r.value.reading.components.some((c) => c.name === 'Model version rollout'));
  assert.ok(r.value.reading.components.some((c) => c.name === 'Blocking risky pumps'), 'an action that is no release stays');
  assert.ok(r.value.notes.some((n) => /Planned "Model version rollout" as the engine's release work/.test(n)));
  assert.ok(r.value.reading.release);
});

test('a model read from an example of work ("such as", "e.g.") is no model to plan, and the drop is said; a named model in an example stays', () => {
  const text = `${DESCRIPTION} The same Postgres already feeds live checks, e.g. valve alarms or pressure warnings, and other models, such as a vibration classifier.`;
  const answer = syntheticAnswer();
  answer.reading.models.push(
    { name: 'Valve alarm model', trained: 'here', use: 'request', quote: 'valve alarms' },
    { name: 'Pressure warning model', trained: 'here', use: 'request', quote: 'pressure warnings' },
    { name: 'Vibration classifier', trained: 'here', use: 'batch', quote: 'a vibration classifier' },
  );
  const r = interpret(text, reply(answer), null);
  assert.ok(r.ok);
  assert.deepEqual(r.value.reading.models.map((m) => m.name), ['pump failure model', 'Vibration classifier']);
  assert.ok(r.value.notes.some((n) => /Dropped the model's model "Valve alarm model": "valve alarms" is an example of work/.test(n)), r.value.notes.join('\n'));
  const turbines = syntheticAnswer();
  turbines.reading.models.push({ name: 'Turbine failure model', trained: 'here', use: 'batch', quote: 'predict failures for the turbines' });
  const wish = interpret(`${DESCRIPTION} We would like to predict failures for the turbines too.`, reply(turbines), null);
  assert.ok(wish.ok);
  assert.equal(wish.value.reading.models.length, 2, 'a wish ("would like to") is no example');
});
