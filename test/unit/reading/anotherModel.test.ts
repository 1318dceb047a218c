/**
 * A model said to be one more ("a second model", "a separate forecaster") is a model of its own, named by
 * what it is made on or by the output the next sentence opens on. On wordings no fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anotherModels } from '../../../src/core/reading/anotherModel';
import { readDescription } from '../../../src/core/reading';

const names = (text: string) => anotherModels(text).map((m) => m.name);

test('"second", "separate", "additional" before a model noun name one more model, by what it is made on', () => {
  assert.deepEqual(names('Phase one scores the meter readings. Then a second model on the pressure logs, maybe a detector for bursts.'), ['pressure detector']);
  assert.deepEqual(names('We would like an additional classifier over the nightly call transcripts where consent exists.'), ['call transcripts classifier']);
  assert.deepEqual(names('Rosa: separate model, different owner (me). Monthly churn risk per branch, one quarter ahead.'), ['churn risk model']);
});

test('a second anything that is no model, or a model with nothing said of what it does, names none', () => {
  assert.deepEqual(names('A second opinion from the clinicians is always needed.'), []);
  assert.deepEqual(names('There is a separate model, but nobody knows where it lives.'), []);
  assert.deepEqual(names('We run one model per region and it works.'), []);
});

test('the model said to be one more sits beside the others, trained here when the description trains its models', () => {
  const r = readDescription('We retrain the dwell-time model weekly on yard events in BigQuery. Two, a second model on the crane telemetry, probably a classifier of faults.', null);
  const second = r.models.find((m) => m.name === 'crane telemetry classifier');
  assert.ok(second, JSON.stringify(r.models));
  assert.equal(second.trained, 'here');
});

test('training said with no object of its own, right after the only model its sentence names, trains that model', () => {
  const trained = (text: string) => readDescription(text, null).models.map((m) => `${m.name}:${m.trained}`);
  assert.deepEqual(trained('Priya keeps the scrap-rate model in her notebook, and we retrain it every quarter by hand.'), ['scrap-rate model:here']);
  assert.deepEqual(trained('We need lineage for the yield model, we will be retraining each season as new hybrids arrive.'), ['yield model:here']);
  // Another object, or another sentence, is another matter.
  assert.deepEqual(trained('Finance trusts the margin model, and we retrain the volume one weekly.'), ['margin model:unknown']);
  assert.deepEqual(trained('Finance trusts the margin model. We retrain every quarter.'), ['margin model:unknown']);
});

test('"a second uplift model": the word between names the second model', () => {
  assert.deepEqual(anotherModels('A churn model scores every member nightly. A second uplift model estimates who answers an offer.').map((m) => m.name), ['uplift model']);
  assert.deepEqual(anotherModels('We keep the ranker. The separate freshness classifier flags stale listings.').map((m) => m.name), ['freshness classifier']);
  // "A second model for the refunds" keeps reading what the model is made on.
  assert.deepEqual(anotherModels('A second model on the refund notes, maybe later.').map((m) => m.name), ['refund notes model']);
});
