/**
 * Models listed one per item, each named by what it is for: under a line that announces them, or
 * as an item whose label comes before the method it is built with. Remarks, wishes, methods and
 * items that say they are no ML are not models.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listedModels } from '../../../src/core/reading/listedModels';
import { readDescription } from '../../../src/core/reading';
import { draftInterview } from '../../../src/core/interview/autopilot';

const names = (text: string, trains = true) => listedModels(text, trains).map((m) => m.name);

test('items under a line announcing models are models, named by their labels', () => {
  const text = ['Our underwriting desk leans on four models:', '', '- Loss cost: expected claims per exposure year', '- Retention: whether the policyholder renews at the quoted price', '- Fraud flag. Isolation forest over claim features', '- Premium elasticity (price response per segment)'].join('\n');
  assert.deepEqual(names(text), ['loss cost model', 'retention model', 'fraud flag model', 'premium elasticity model']);
  const staged = ['Each new scan runs through two model stages:', '1) Lesion finder. A RetinaNet-style detector.', '2) Malignancy scorer — a gradient-boosted classifier on the crops.'].join('\n');
  assert.deepEqual(names(staged), ['lesion finder model', 'malignancy scorer model']);
});

test('an item whose label comes before the method it is built with is a model, announced or not', () => {
  const text = ['Nightly jobs:', '- Basket size forecast: LightGBM per store', '- Staffing curve: quantile regression on footfall', '- Footfall export: a CSV to the planners'].join('\n');
  assert.deepEqual(names(text), ['basket size forecast model', 'staffing curve model']);
  // "Models" alone in the body names no method: a note about models in general ("Ines: reload models at startup").
  const notes = ['Action items:', '- Ines: reload models at startup only', '- Bart: cache the models per region', '- Zone demand: per-zone models on the meter history'].join('\n');
  assert.deepEqual(names(notes), ['zone demand model']);
});

test('remarks, wishes, methods with their inputs and items that say they are no ML name no model', () => {
  const text = [
    'Models we have tried:',
    "- haven't looked at transformers yet, not sure it's worth it",
    '- RF on Morgan fingerprints: RMSE 0.9',
    '- Predict the right queue. We would like a classifier for this.',
    '- Blocklist lookup: a hash match against known images. Not ML, but it runs in the same call.',
  ].join('\n');
  assert.deepEqual(names(text), []);
  assert.deepEqual(names('A paragraph about models: nothing listed after it.\n\nWe retrain weekly.'), []);
  // A label that counts the models announces them; it is no model's name.
  assert.deepEqual(names('Summary:\n- Basically three models: (a) bed demand, (b) discharge timing, (c) transfer risk.'), []);
});

test('a global or shared model, or one the notes only call "really" one, is a choice of architecture, not a model of its own', () => {
  const models = (text: string) => readDescription(text, null).models.map((m) => m.name);
  assert.deepEqual(models('Open question: per-depot vs. one global model? We forecast parcel volume daily.'), []);
  assert.deepEqual(models('A shared model across all clinics may not work for the small ones.'), []);
});

test('a listed model is trained here when its item says so or the description trains its models', () => {
  const text = ['Two models:', '- Spam score: logistic regression we trained in 2022', '- Topic tagger: a vendor API we call'].join('\n');
  assert.deepEqual(listedModels(text, false).map((m) => [m.name, m.trained]), [['spam score model', 'here'], ['topic tagger', 'unknown']]);
});

test('a model a clause in an item names by its method is that item\'s model, and each listed model gets its own Model Control Plane name', () => {
  const text = [
    'We run fleet telematics scoring on Vertex AI, retrained monthly from BigQuery. Three models feed the nightly job:',
    '- Harsh braking: a 1D CNN we trained on accelerometer windows',
    '- Idle waste: gradient-boosted trees on engine hours',
    '- Route deviation: isolation forest on GPS traces',
    'The nightly job scores every truck and writes to the fleet dashboard table. Two engineers.',
  ].join('\n');
  const models = readDescription(text, null).models.map((m) => m.name);
  assert.ok(models.includes('harsh braking model') && !models.some((m) => /cnn/i.test(m)), models.join(', '));
  const r = draftInterview(text);
  assert.ok(r.ok);
  assert.match(r.draft.architecture.overview, /Model Control Plane models `harsh_braking_model`, `idle_waste_model` and `route_deviation_model`/);
});

test('an item labelled as a step of the flow names no model: its body names the models', () => {
  assert.deepEqual(names('What we have in mind:\n1. Ranking step. Our own LightGBM models score each listing.\n2. Review stage - moderators check the top 50.'), []);
  const models = readDescription('Plan:\n1. Scoring step. Our own gradient-boosted models (one for delay risk, one for damage risk) on the shipment fields.', null).models.map((m) => [m.name, m.trained]);
  assert.deepEqual(models.filter(([n]) => /risk/.test(n!)), [['delay risk model', 'here'], ['damage risk model', 'here']]);
});

test('a model is not named by layout marks, emphasis, or words that only say its standing ("the main model", "a fine-tuned model")', () => {
  const names = (text: string) => readDescription(text, null).models.map((m) => m.name);
  assert.deepEqual(names('The main model is a graph transformer we retrain monthly.').filter((n) => /^main/i.test(n)), []);
  assert.deepEqual(names('Maybe a fine-tuned model would do; the trained model from last year is stale.').filter((n) => /^(?:fine-tuned|trained) model$/i.test(n)), []);
  // Who made it is standing too: "an in-house model", "our homegrown classifier", "a bespoke model".
  for (const text of ['Amounts are read by an in-house model we retrain monthly.', 'Our homegrown classifier flags the odd ones.', 'A bespoke model from the vendor scores each cheque.']) {
    assert.deepEqual(names(text).filter((n) => /in-house|homegrown|bespoke/i.test(n)), [], text);
  }
  assert.ok(names('scan → OCR → LLM to pull the totals.').every((n) => /^[\p{L}\d]/u.test(n)));
  assert.ok(names('- **Re-scoring:** XGBoost on the merged basket features, retrained weekly.').includes('re-scoring model'));
  // A noun phrase ends at a semicolon: "the feature platform; new scorers…" is two things.
  assert.ok(!names('- **Shadow:** in-house feature platform; new scorers get a week in shadow mode.').some((n) => /platform/.test(n)));
});

test('a label that names a topic of the plan ("eval:", "Monitoring:") is no model, whatever its item says of models', () => {
  const names = (text: string) => listedModels(text, false).map((m) => m.name);
  assert.deepEqual(names('- eval: nothing yet. need a way to check when we swap prompts/models\n- monitoring: none of our models has any'), []);
  assert.deepEqual(names('- Budget: the models must fit in €500 a month'), []);
  assert.deepEqual(names('- Churn: XGBoost on the billing history'), ['churn model']);
});

test('items whose label ends on a model noun are models by the list\'s own word, lettered "(a)" or not', () => {
  const scope = [
    'Scope for v1:',
    '(a) Berth delay model — hours late per vessel call, refreshed hourly from the AIS feed.',
    '(b) Crane fault classifier — which cranes will fault in the next shift, from the PLC logs.',
    '- Yard dashboard — a Grafana board for the planners.',
  ].join('\n');
  assert.deepEqual(listedModels(scope, false).map((m) => m.name), ['berth delay model', 'crane fault classifier']);
});

test('a second model named for its purpose inside a listed item is a model of its own; one named by its method is the item\'s', () => {
  const text = ['What we want:', '1. a dwell-time model (hours a box sits in the yard) + a no-show model so we can plan the cranes. trained on our own gate logs.', '2. Damage classifier — a small CNN we trained on 2,000 photos.'].join('\n');
  const names = readDescription(text, null).models.map((m) => m.name.toLowerCase());
  assert.ok(names.includes('dwell-time model') && names.includes('no-show model'), names.join(', '));
  assert.ok(!names.some((n) => /\bcnn\b/.test(n)), names.join(', '));
});

test('an item key in front of a model ("AC-1 Batch model") is where it is filed, and a model called by its use names none', () => {
  const names = (text: string) => readDescription(text, null).models.map((m) => m.name);
  assert.deepEqual(names('AC-1 Batch model scores every parcel by 06:00.'), []);
  assert.deepEqual(names('FR-12 Online model answers each quote request.'), []);
  assert.ok(names('US-3 Churn model scores every account weekly.').includes('Churn model'));
  // A model family with a number keeps its name.
  assert.ok(names('GPT-4 Turbo model drafts the replies.').some((n) => /^GPT-4/.test(n)));
});

test('a ticket\'s tags ("Labels: eta, ml, tracking") label no data', () => {
  const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);
  assert.ok(!kinds('EPIC OPS-3: arrival estimates\nLabels: eta, ml, customer-comms\nWe retrain the model weekly.').includes('labeling'));
  assert.ok(!kinds('Tags: fraud, payments, q3-okr\nWe score every payment nightly.').includes('labeling'));
  assert.ok(kinds('Labels: two annotators tag 500 photos a week in CVAT. We retrain the detector monthly.').includes('labeling'));
});

test('models listed under counting labels ("Model 1:", "Model 2:") are named by what their items open on', () => {
  const text = 'How it works\n- Model 1: price elasticity per category cluster (hierarchical, refit monthly).\n- Model 2: basket affinity for each pair of products (retrained quarterly by finance).\n- Rules pick the offer.';
  const names = readDescription(text, null).models.map((m) => m.name);
  assert.deepEqual(names, ['price elasticity model', 'basket affinity model']);
  // Read by the wish-list reader too, each is still one model.
  const twice = readDescription('- Model 1: churn risk per subscriber (XGBoost, trained monthly).\n- Model 2: upsell propensity for each account (logistic regression, refit quarterly).', null).models.map((m) => m.name);
  assert.equal(new Set(twice).size, twice.length, JSON.stringify(twice));
});

test('a bold label opens a listed model where no colon or dash does', () => {
  const text = 'Proposal, in order:\n1. **Intent classifier** on the message text plus account features. Fine-tuned small transformer on 200k past chats.\n2. **Refund risk model** for each refund request, XGBoost, trained monthly.';
  const names = listedModels(text, false).map((m) => m.name);
  assert.deepEqual(names, ['intent classifier', 'refund risk model']);
  // A bold label with its own colon reads the same.
  assert.deepEqual(listedModels('- **Re-ranking:** LightGBM on click logs.', false).map((m) => m.name), ['re-ranking model']);
});
