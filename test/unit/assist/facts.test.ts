/**
 * The facts planning needs reach the Reading whichever reader filled it: a model's answer has no
 * field for them, so `toReading` takes them from the offline reading of the same words. And a
 * Reading saved before they existed still parses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toReading } from '../../../src/core/assist/toReading';
import { readDescription } from '../../../src/core/reading';
import { ReadingSchema, type Reading } from '../../../src/core/reading/reading';
import { derive, initialChoices } from '../../../src/core/planning/scope';
import { DESCRIPTION, syntheticAnswer } from './synthetic';

const FACTS = ['simple', 'noMl', 'existing', 'evaluationSet', 'baseline', 'domainCues', 'sourceMentions'] as const;

const TEXT = `${DESCRIPTION}
I just want a simple training pipeline. We already have a notebook that trains the model with XGBoost.
Versions are judged on our golden set of 300 failures, and the model has to beat the current rules engine.
A one-off migration copies old readings from MySQL into Postgres.`;

function factsOf(reading: Reading) {
  return Object.fromEntries(FACTS.map((f) => [f, reading[f]]));
}

test('a model reading carries the offline reader\'s facts, and planning decides the same from either', () => {
  const offline = readDescription(TEXT, null);
  const model = toReading(syntheticAnswer().reading, TEXT, null);
  assert.deepEqual(factsOf(model), factsOf(offline));
  // The facts are what the description says: the test would prove nothing on an empty set.
  assert.equal(offline.simple, true);
  assert.equal(offline.existing?.method, 'XGBoost');
  assert.equal(offline.evaluationSet, 'golden');
  assert.equal(offline.baseline, 'the current rules engine');
  assert.equal(offline.sourceMentions.mysql, 1);

  // The same components with each reader's facts: the same scope.
  const withModelFacts: Reading = { ...offline, ...factsOf(model) };
  const scope = (r: Reading) => derive({ ...initialChoices(), reading: r }, r);
  assert.deepEqual(scope(withModelFacts), scope(offline));
  assert.ok(!scope(offline).allSources.includes('MySQL'), 'only the migration names MySQL');
  // And from the model's own components, planning reads them from the Reading too.
  const fromModel = scope(model);
  assert.equal(fromModel.simple, true);
  assert.deepEqual(fromModel.existing, offline.existing);
  assert.equal(fromModel.evaluationSet, 'golden');
  assert.equal(fromModel.baseline, 'the current rules engine');
});

test('a Reading saved before the facts existed parses, with none of them said', () => {
  const saved: Record<string, unknown> = JSON.parse(JSON.stringify(readDescription(TEXT, null)));
  for (const f of FACTS) delete saved[f];
  const parsed = ReadingSchema.parse(saved);
  assert.deepEqual(factsOf(parsed), { simple: false, noMl: false, existing: null, evaluationSet: null, baseline: null, domainCues: {}, sourceMentions: {} });
});

test('a goal the user stated in so many words wins over the model\'s guess; with none stated, the model\'s stands', () => {
  const answer = syntheticAnswer().reading;
  const stated = `${DESCRIPTION}\nOur goal is to automate model training.`;
  assert.equal(readDescription(stated, null).goalStated, true);
  const guessed = { ...answer, goal: 'deploy-predictions' as const };
  const fromStated = toReading(guessed, stated, null);
  assert.equal(fromStated.goal, readDescription(stated, null).goal);
  assert.equal(fromStated.goalStated, true);
  assert.equal(readDescription(DESCRIPTION, null).goalStated, false, 'the base description states no goal');
  assert.equal(toReading(guessed, DESCRIPTION, null).goal, 'deploy-predictions');
});

test('what the team does around the model reaches a model reading too: post-processing, who uses the output, explanations, an optimizer\'s decision', () => {
  const text = `${DESCRIPTION}
Post-processing caps each score at the plant's limit. The failure scores that the maintenance planners act on come with SHAP values, and a solver then assigns the technicians to pumps.`;
  const offline = readDescription(text, null);
  const model = toReading(syntheticAnswer().reading, text, null);
  for (const fact of ['afterModel', 'consumers', 'explanations', 'decision'] as const) {
    assert.ok(offline[fact] !== null, `${fact} is read offline`);
    assert.deepEqual(model[fact], offline[fact], fact);
  }
});

test('a budget the model read is shown in the user\'s words: the offline quote that states it is kept beside the model\'s', () => {
  const text = `${DESCRIPTION}\nThe plant app also asks for a single pump's score, and it must answer in under 150 ms.`;
  const answer = syntheticAnswer().reading;
  const served = { name: 'Pump score API', kind: 'online-inference' as const, cadence: null, latencyMs: 150, owner: null, fanOut: null, quote: "The plant app also asks for a single pump's score" };
  const model = toReading({ ...answer, components: [...answer.components, served] }, text, null);
  assert.match(model.components.find((c) => c.kind === 'online-inference')!.text, /under 150 ms/);
  const stated = { ...served, quote: 'it must answer in under 150 ms' };
  assert.equal(toReading({ ...answer, components: [...answer.components, stated] }, text, null).components.find((c) => c.kind === 'online-inference')!.text, 'it must answer in under 150 ms', 'a quote that says it stays as it is');
});
