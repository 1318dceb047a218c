/** Which models have a lifecycle of their own, and how their training pipelines are shared. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_TRAINING_PIPELINES, ownCadence, trainedModels, trainingLifecycles, type TrainedModel } from '../../../src/core/planning/trainedModels';
import { emptyReading, readDescription } from '../../../src/core/reading';
import { draftInterview } from '../../../src/core/interview/autopilot';

const model = (id: string, names: string[] = [id.replace(/_/g, ' ')]): TrainedModel => ({ id, names, use: 'unknown', domain: 'tabular' });

test('models whose training has different steps get a pipeline each; the same steps share one', () => {
  const [a, b, c] = [model('basket_model'), model('returns_model'), model('photo_model')];
  const shape = (m: TrainedModel) => (m === c ? 'images' : 'tables');
  assert.deepEqual(trainingLifecycles([a!, b!, c!], shape).map((g) => g.map((m) => m.id)), [['basket_model', 'returns_model'], ['photo_model']]);
});

test(`more than ${MAX_TRAINING_PIPELINES} models are one pipeline whatever their steps`, () => {
  const models = ['a_model', 'b_model', 'c_model', 'd_model'].map((id) => model(id));
  assert.equal(trainingLifecycles(models, (m) => m.id).length, 1);
});

test('a schedule belongs to the model it is said of, up to the next model named', () => {
  const tariff = model('tariff_model', ['tariff model']);
  const outage = model('outage_classifier', ['outage classifier']);
  const texts = ['we fine-tune the tariff model on meter data, and retrain the outage classifier every night on grid alarms'];
  assert.equal(ownCadence(tariff, [tariff, outage], texts), null);
  assert.equal(ownCadence(outage, [tariff, outage], texts), 'daily');
});

test('"newer ranking models" and "better models" are versions still to come, not a lifecycle of their own', () => {
  const mention = (name: string) => ({ name, trained: 'here' as const, use: 'unknown' as const, quote: name });
  const reading = { ...emptyReading(), models: [mention('basket ranking model'), mention('newer ranking models'), mention('refund abuse model')] };
  assert.deepEqual(trainedModels(reading, 'tabular').map((m) => m.id).sort(), ['basket_ranking_model', 'refund_abuse_model']);
  const one = { ...emptyReading(), models: [mention('basket ranking model'), mention('better models')] };
  assert.deepEqual(trainedModels(one, 'tabular'), []);
});

test('with one way of using the models, each model whose use was not said is used that way: none is trained for nothing', () => {
  const r = draftInterview('We train our own CatBoost models (one for delay risk, one for no-show risk) on the booking history in Snowflake. The booking app calls them when a booking is made and needs the answer within 300 ms.');
  assert.ok(r.ok);
  const serving = r.draft.architecture.pipelines.find((p) => /Serving/.test(p.name));
  assert.ok(serving, r.draft.architecture.pipelines.map((p) => p.name).join(', '));
  assert.match(serving.purpose, /delay_risk_model[^.]*no_show_risk_model|no_show_risk_model[^.]*delay_risk_model/);
});

test('two models named with hyphenated modifiers, then a predicate sharing their subject that trains them, are two lifecycles', () => {
  for (const text of [
    'Two things. A dwell-time model and a late-risk model for every inbound trailer. Trained on our own yard history in BigQuery.',
    'We need a lead-score model + a deal-size model. Retrained monthly on the CRM history in Snowflake.',
  ]) {
    const reading = readDescription(text, null);
    assert.deepEqual(reading.models.map((m) => [m.name, m.trained]), reading.models.map((m) => [m.name, 'here']), JSON.stringify(reading.models));
    assert.equal(trainedModels(reading, 'tabular').length, 2, `${text}: ${JSON.stringify(reading.models)}`);
  }
  // An order opens on its verb with an object of its own: it says nothing of the model before it.
  const order = readDescription('The dwell-time model is what the planners look at. Train a baseline on the yard history first.', null);
  assert.equal(order.models.find((m) => m.name === 'dwell-time model')?.trained, 'unknown', JSON.stringify(order.models));
});

test('a model of another kind than the prepared data learns from its own data: no image dataset or image GPU for a forecaster', () => {
  const text = [
    'We photograph pallets at the dock and want a damage detector trained on those images; we retrain the image model monthly, photos live in S3 and labels in Label Studio.',
    'Then a separate model, owned by planning. Daily pallet volume forecast per dock, two weeks ahead.',
    'Two engineers.',
  ].join(' ');
  const r = draftInterview(text);
  assert.ok(r.ok);
  const forecast = r.draft.architecture.pipelines.find((p) => p.modelControlPlane.model === 'pallet_volume_forecast_model' && p.steps.some((s) => s.name === 'train_model'));
  assert.ok(forecast, r.draft.architecture.pipelines.map((p) => `${p.name}:${p.modelControlPlane.model}`).join(', '));
  assert.ok(!forecast.dataSources.some((d) => /Dataset|S3/.test(d)), forecast.dataSources.join('; '));
  assert.ok(!forecast.orchestrator.some((o) => /images/.test(o)), forecast.orchestrator.join('; '));
});
