/**
 * What the team runs today, named where the plan uses it: the models they say work now, the cloud
 * their orchestrator already stands for, and the task a forecast of a future time names. On
 * wordings no fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDescription } from '../../../src/core/reading';
import { findTask } from '../../../src/core/reading/project';
import { derive, initialChoices } from '../../../src/core/planning/scope';
import { draftArchitecture as draft } from '../drafts';

test('the models a subject lists ("range from … to …", "include …", "vary from …") are the team\'s models, each end of the range one', () => {
  const cases: [string, string[]][] = [
    ['Our staffing models range from a seasonal naive baseline to a gradient-boosted tree per depot.', ['seasonal naive baseline', 'gradient-boosted tree']],
    ['Our pricing models include a ridge regression and a LightGBM ensemble.', ['ridge regression', 'LightGBM ensemble']],
    ['Our demand forecasters vary from exponential smoothing to a small neural network.', ['exponential smoothing', 'small neural network']],
  ];
  for (const [text, expected] of cases) {
    const names = readDescription(text, null).models.map((m) => m.name);
    for (const name of expected) assert.ok(names.includes(name), `${text} → ${names.join(', ')}`);
    assert.ok(!names.some((n) => /\b(?:depot|per)\b/.test(n)), 'a distributive "per depot" names no model');
  }
});

test('a distributive "per X" or "each X" is no store named X', () => {
  for (const text of ['Our models range from a naive baseline to one boosted tree per warehouse.', 'We keep a small model for each warehouse and retrain them weekly.']) {
    assert.ok(!readDescription(text, null).sources.some((s) => /warehouse/i.test(s.name)), text);
  }
});

test('the models the team says work today are the first versions the plan registers, by their names', () => {
  const a = draft('We run on Amazon Web Services and use SageMaker. Our staffing models range from a seasonal naive baseline to a gradient-boosted tree per depot, and each Sunday we score every depot and write next week\'s staffing forecasts to Redshift for the shift planners. We want that Sunday run to be reproducible.');
  assert.match(a.dataFlow, /the models you use today \(a seasonal naive baseline and a gradient-boosted tree\) are registered once as the first `[a-z_]+` versions/);
  assert.doesNotMatch(a.overview, /does not place yet: [^.]*(?:Amazon Web Services|naive baseline)/, 'the cloud SageMaker runs in and the models in use are placed');
});

test('the cloud a managed orchestrator runs in is placed by the orchestrator, by any of its names', () => {
  for (const [cloud, platform] of [['Google Cloud', 'Vertex AI'], ['GCP', 'Vertex AI'], ['Microsoft Azure', 'Azure ML']]) {
    const a = draft(`We are all-in on ${cloud} and use ${platform} for training. We retrain a churn classifier monthly on the subscription events in our warehouse tables and score all accounts nightly into a table the CRM reads.`);
    assert.doesNotMatch(a.overview, new RegExp(`names [^.]*${cloud}[^.]*does not place`), `${cloud} with ${platform}`);
  }
});

test('a cadence word says when, not which task: "the weekly scoring run" names no task; a forecast of a future time does', () => {
  assert.equal(findTask('We want the weekly scoring run to be reproducible.'), null);
  assert.equal(findTask('Our nightly matching job is slow.'), null);
  const cases: [string, string, string][] = [
    ['Every Monday the models predict next week\'s orders for each store.', 'Order forecasting', 'order_forecaster'],
    ['We estimate tomorrow\'s call volume for the contact centre.', 'Call volume forecasting', 'call_volume_forecaster'],
    ['The team forecasts the coming month\'s sales per region.', 'Sales forecasting', 'sales_forecaster'],
  ];
  for (const [text, name, model] of cases) assert.deepEqual(findTask(text), { name, model }, text);
  assert.deepEqual(findTask('We predict the next few days of web traffic.'), { name: 'Web traffic forecasting', model: 'web_traffic_forecaster' }, 'the span is when, what it is of is the forecast');
  assert.equal(findTask('We forecast the next few weeks.'), null, 'a span of time alone is no thing forecast');
  assert.deepEqual(findTask('Basket size predictions feed the promotions planner.'), { name: 'Basket size prediction', model: 'basket_size_prediction_model' }, 'the plural names the same task');
});

test('a wish about a run, named or pointed back at ("that Sunday run"), is the MVP\'s reason in the team\'s words', () => {
  const cases: [string, RegExp][] = [
    ['Each night we score every open loan with our default model on Databricks and write the scores to Delta tables. We want that nightly job to be auditable and cheaper.', /comes first because it is the run you want auditable and cheaper/],
    ['We predict next month\'s churn for every subscriber in a weekly batch job on Vertex AI. We would like the weekly batch job to become repeatable.', /comes first because it is the run you want repeatable/],
    ['We retrain our lead scoring classifier by hand on Snowflake exports. We need retraining to be one command our analysts can run.', /comes first because training is the work you want one command your analysts can run/],
  ];
  for (const [text, expected] of cases) assert.match(draft(text).overview, expected, text);
  const twoWishes = draft('Each night we score every open loan with our default model on Databricks. We want that nightly job to be auditable, and we want alerts when scores shift.');
  assert.match(twoWishes.overview, /the run you want auditable[;.]/, 'the wish ends where a clause with its own subject starts');
  const unrelated = draft('We score every open loan nightly with our default model on Databricks. We want a dashboard for the credit team.');
  assert.doesNotMatch(unrelated.overview, /the run you want/, 'a wish for other work says nothing of the run');
});

test('training "on" a platform trains no model called after it, and one Model Control Plane model is named in the singular', () => {
  const r = readDescription('We train on Vertex AI and on SageMaker, and our fraud classifiers score each payment.', null);
  assert.ok(!r.models.some((m) => /Vertex|SageMaker/.test(m.name)), r.models.map((m) => m.name).join(', '));
  const a = draft('Our routing models decide which courier takes each order; we retrain them weekly on Kubeflow from the order history in Postgres and score open orders every hour.');
  assert.ok(a.pipelines.every((p) => !/_models`?$/.test(p.modelControlPlane.model ?? '')), a.pipelines.map((p) => p.modelControlPlane.model).join(', '));
});

test('a more frequent cadence kept for part of the work is deferred as a second schedule of the same pipeline', () => {
  const cases: [string, RegExp][] = [
    ['We re-price the catalogue weekly, and daily for a few fast-moving categories: our pricing model scores every product and writes the prices to Postgres. We retrain the model monthly on Vertex AI from the sales history in BigQuery.', /^Daily runs for a few fast-moving categories$/],
    ['Every night, and for the most important stores every hour, we score stock-out risk for each shelf with our gradient-boosted model and publish it to the store app. The model is retrained weekly on Kubeflow from the sales history in Snowflake.', /^Hourly runs for the most important stores$/],
  ];
  for (const [text, name] of cases) {
    const a = draft(text);
    const item = a.deferred.find((d) => name.test(d.name));
    assert.ok(item, `${text}\n→ ${a.deferred.map((d) => d.name).join(' | ')}`);
    assert.match(item.reason, /Batch Scoring covers everything on the (?:weekly|daily) cadence first; .* second schedule of the same pipeline/);
  }
  assert.ok(!draft('We score every product weekly with our pricing model and retrain it monthly on Vertex AI from BigQuery.').deferred.some((d) => /runs for/.test(d.name)), 'one cadence, nothing deferred');
});

test('several targets trained by one pipeline register under models of their own, since a model has one production version', () => {
  const a = draft('Every Monday we estimate, for each store, the quantities that drive staffing: walk-in traffic, basket size, checkout time and returns volume. Our models run on Vertex AI from BigQuery and we score every store weekly into a planning table the area managers read.');
  const said = /Each target registers under a model of its own[^.]*\./.exec(a.dataFlow)?.[0];
  assert.ok(said, a.dataFlow);
  assert.doesNotMatch(a.project, /weekly/i, 'a cadence adverb is no part of what is scored');
  assert.match(said, /`walk_in_traffic_\w+`, `basket_size_\w+` and so on/);
  assert.match(said, /promoting a new basket size version would replace the walk-in traffic one/);
  assert.doesNotMatch(draft('We retrain a churn classifier monthly on Vertex AI from BigQuery and score all accounts nightly.').dataFlow, /Each target/);
});

test('a title that holds the task names the model by the task, not by the organisation or the rest of the title', () => {
  const cases: [string, string, string][] = [
    ['We built automated shelf gap detection that reads camera frames from the store cameras every hour. We want to organise how we evaluate the detector.', 'Brightline shelf gap detection and restocking', 'shelf_gap_detector'],
    ['We rank listings for the search page with a LambdaMART ranker retrained weekly on Vertex AI. The ranking is served by our Go search service.', 'Homely search listing ranking at scale', 'listing_ranker'],
  ];
  for (const [text, title, model] of cases) {
    const base = readDescription(text, null);
    const reading = { ...base, project: title };
    const scope = derive({ ...initialChoices(), reading }, reading);
    assert.equal(scope.project, title);
    assert.equal(scope.model, model, `${title}: task ${JSON.stringify(base.task)}`);
  }
});
