/** readDescription as a whole: components, near misses, follow-ups and merging with a previous reading. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  followUpQuestion,
  lexiconUnderstanding,
  missingCategories,
  readDescription,
} from '../../../src/core/reading';

const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);
const component = (text: string, kind: string) => readDescription(text, null).components.find((c) => c.kind === kind);

test('near misses: an abandoned dashboard, weekly monitoring, batch instead of real-time', () => {
  assert.ok(!kinds('We tried a dashboard before and nobody used it').includes('dashboard'));
  assert.deepEqual(kinds("we don't need a dashboard"), []);
  const weekly = component('we monitor weekly for drift', 'monitoring');
  assert.equal(weekly?.cadence, 'weekly');
  assert.ok(!kinds('we monitor weekly for drift').includes('alerting'), 'weekly monitoring is not an alerting service');
  assert.ok(kinds('we want alerting in Slack when drift is high').includes('alerting'));
  assert.deepEqual(kinds("we don't need real-time predictions, nightly batch scoring for every customer is fine"), ['batch-inference']);
});

test('batch scoring and question answering in their everyday phrasings', () => {
  assert.deepEqual(kinds('a batch job every night that scores all open loans and writes predictions to a table'), ['batch-inference']);
  assert.deepEqual(kinds('we precompute recommendations for every user'), ['batch-inference']);
  assert.deepEqual(kinds('the agent answers customer questions over our knowledge base'), ['online-inference']);
  assert.ok(kinds('we call the Stripe API to get payouts data').includes('ingestion'));
});

test('the longest phrase wins: real-time retraining is a retraining trigger, not a serving API', () => {
  const k = kinds('we want real-time retraining of the model');
  assert.ok(k.includes('retraining-trigger'));
  assert.ok(!k.includes('online-inference'));
  assert.ok(k.includes('training'), 'retraining implies a training component');
  assert.ok(!kinds('we fine-tune Llama with LoRA').includes('tuning'), 'fine-tuning is training, not hyperparameter tuning');
});

test('training started by an amount of new data is an automatic trigger; training once there is enough data is not', () => {
  for (const text of [
    "we'd train a YOLOv8 model whenever we have a few hundred new labels",
    'retrain the classifier once there are 500 new samples',
    'train again as soon as we have collected more labelled images',
  ]) {
    assert.ok(kinds(text).includes('retraining-trigger'), text);
  }
  for (const text of ['we train the model once we have enough data to make it work', 'we plan to collect 5000 more images before training']) {
    assert.ok(!kinds(text).includes('retraining-trigger'), text);
  }
});

test('scoring an entity on a schedule is batch inference; scoring well on a metric is not', () => {
  assert.ok(kinds('We train an xgboost churn model weekly and score customers nightly.').includes('batch-inference'));
  assert.ok(kinds('We score leads daily with the model.').includes('batch-inference'));
  assert.ok(!kinds('the model should score well on recall every week').includes('batch-inference'));
});

test('one component per kind of work, named from what the user said', () => {
  const r = readDescription('We pull orders from Snowflake and S3. Clean them and dedupe. Later: compute features and clean again.', null);
  assert.deepEqual(r.components.map((c) => c.kind), ['ingestion', 'processing']);
  assert.equal(r.components[0]!.name, 'Data ingestion from Snowflake and S3');
  assert.equal(r.components[1]!.name, 'Cleaning, deduplication and feature engineering');
  assert.equal(r.components[0]!.text, 'We pull orders from Snowflake and S3');
});

test('a cadence in the next sentence ("It runs every night.") belongs to the work just described', () => {
  assert.equal(component('We retrain the churn model. It should run every night.', 'training')?.cadence, 'daily');
});

test('several cadences in one clause go to the work they follow', () => {
  const r = readDescription('pull everything daily, normalise it, fit the model weekly', null);
  assert.equal(r.components.find((c) => c.kind === 'ingestion')?.cadence, 'daily');
  assert.equal(r.components.find((c) => c.kind === 'training')?.cadence, 'weekly');
});

test('serving takes its latency budget, also from a sentence of its own', () => {
  assert.equal(component('a real-time API for fraud scores. It must answer in under 40 ms.', 'online-inference')?.latencyMs, 40);
  assert.equal(component('a real-time API for fraud scores, p99 <80ms', 'online-inference')?.latencyMs, 80);
  assert.equal(component('a real-time API for fraud scores', 'online-inference')?.latencyMs, null);
});

test('the owning team is read from "owned by" and "X own Y"', () => {
  assert.equal(component('the data engineering team owns ingestion from Kafka topics', 'ingestion')?.owner, 'data engineering team');
  assert.equal(component('we ingest data from Kafka topics', 'ingestion')?.owner, null);
  assert.equal(component('data ingestion is owned by the platform team', 'ingestion')?.owner, 'platform team');
  assert.equal(component('the data engineers own the ingestion of raw events', 'ingestion')?.owner, 'data engineers');
});

test('project names: the use case, with what it is for', () => {
  const project = (t: string) => readDescription(t, null).project;
  assert.equal(project("we're building fraud detection for card payments, scoring in real time"), 'Fraud detection for card payments');
  assert.equal(project('card fraud model'), 'Card fraud detection');
  assert.equal(project('the project is called Sentinel and it scores claims'), 'Sentinel');
  assert.equal(project('demand forecasting for our 1400 stores'), 'Demand forecasting for our 1400 stores');
  assert.equal(project('just some data processing and training'), null);
});

test('the goal follows the seed\'s MVP table: stated first, else from the work described', () => {
  const goal = (t: string) => readDescription(t, null).goal;
  assert.equal(goal('We mainly want to retrain when the data drifts'), 'retrain-on-drift');
  assert.equal(goal('we need to get our model into production, training already works'), 'deploy-predictions');
  assert.equal(goal('our data quality is terrible, the model is fine'), 'data-quality');
  assert.equal(goal('train a model weekly on Postgres data'), 'automate-training');
  assert.equal(goal('serve predictions from a real-time API'), 'deploy-predictions');
  assert.equal(goal('pull the sales data nightly and clean it'), 'data-quality');
  assert.equal(goal('hello there'), 'unknown');
});

test('what a "Risks" section or label says may go wrong is no goal of the team', () => {
  const goal = (t: string) => readDescription(t, null).goal;
  const plan = 'We want to train a model that predicts late deliveries per order, scored every night from the WMS.';
  for (const risks of [
    ['Risks', '- Data quality of the scanner feeds', '- Depot managers ignoring the list'],
    ['Key risks and mitigations:', '* Poor data quality in the older depots: audit first'],
    ['Risk: data quality of the handheld scans, which drop out in tunnels.'],
  ]) {
    assert.equal(goal([plan, '', ...risks].join('\n')), 'automate-training', risks[0]);
  }
  // The same words as what the team is after still state the goal, and a heading after the risks closes them.
  assert.equal(goal(['Our main pain is data quality: the scanner feeds are a mess.', plan].join('\n')), 'data-quality');
  assert.equal(goal(['Risks', '- Depot managers ignoring the list', '', 'Why now', 'Our data quality is so poor nobody trusts the depot reports.'].join('\n')), 'data-quality');
});

test('the follow-up names exactly the missing categories, and only when fewer than four are covered', () => {
  const thin = readDescription('we train a model and deploy it behind an API', null);
  assert.deepEqual(missingCategories(thin), ['dataSources', 'processing', 'operations', 'infrastructure', 'team']);
  const q = followUpQuestion(thin)!;
  assert.match(q, /^That's a good start/);
  assert.match(q, /Where does your data come from/);
  assert.match(q, /Who will maintain this/);
  assert.doesNotMatch(q, /How does the model actually get used/, 'deployment was covered');
  const full = readDescription('We pull from Postgres, clean it, train weekly and serve a real-time API. Two ML engineers.', null);
  assert.equal(followUpQuestion(full), null);
});

test('nothing recognisable gets the follow-up, never a guess', () => {
  const r = readDescription('asdf qwerty lorem ipsum 123', null);
  assert.deepEqual(r.components, []);
  assert.equal(missingCategories(r).length, 7);
  assert.match(followUpQuestion(r)!, /^I couldn't pick out an ML workflow/);
});

test('a follow-up answer adds to the previous reading without duplicating components', () => {
  const first = readDescription('We train an XGBoost churn model weekly and serve it from a real-time API.', null);
  const second = readDescription(
    'Data comes from Snowflake, we clean it and train the model again. The API must answer under 60 ms. Me and a data engineer.',
    first,
  );
  assert.equal(second.components.filter((c) => c.kind === 'training').length, 1);
  assert.equal(second.components.find((c) => c.kind === 'training')!.cadence, 'weekly', 'earlier details are kept');
  assert.equal(second.components.find((c) => c.kind === 'online-inference')!.latencyMs, 60, 'new details fill in');
  assert.ok(second.components.some((c) => c.kind === 'processing'));
  assert.ok(second.tools.includes('XGBoost') && second.tools.includes('Snowflake'));
  assert.equal(second.team.engineers, 2);
  assert.equal(second.project, first.project);
  assert.ok(missingCategories(second).length < missingCategories(first).length);
  assert.equal(first.components.find((c) => c.kind === 'online-inference')!.latencyMs, null, 'the previous reading is not mutated');
});

test('a follow-up can clear a readiness signal raised earlier', () => {
  const first = readDescription("We don't have a working prototype yet.", null);
  assert.deepEqual(first.readinessSignals, ['no-prototype']);
  const second = readDescription('Update: we now have a working notebook that trains the model.', first);
  assert.deepEqual(second.readinessSignals, []);
  const unrelated = readDescription('Data is in BigQuery.', first);
  assert.deepEqual(unrelated.readinessSignals, ['no-prototype']);
});

test('red flags come from the shared red-flag table, once each', () => {
  const r = readDescription(
    'We want a master pipeline that spawns child pipelines, plus a feature store from day one. We also want to set up a feature store.',
    null,
  );
  assert.deepEqual(r.redFlags.map((f) => f.rule).sort(), ['feature-store-mvp', 'meta-pipeline']);
  assert.ok(r.redFlags.every((f) => f.evidence.length > 0));
});

test('the Understanding seam is the same reader', () => {
  const text = 'nightly batch scoring of every customer';
  assert.deepEqual(lexiconUnderstanding.read(text, null), readDescription(text, null));
});

test('a result wanted within a budget is request-time serving, even without the word API', () => {
  assert.equal(component('the checkout service needs a fraud score in under 100 ms', 'online-inference')?.latencyMs, 100);
  assert.equal(component('the support widget should get answers within 2 seconds', 'online-inference')?.latencyMs, 2000);
  assert.equal(component('ranking must come back in <80ms for the search page', 'online-inference')?.latencyMs, 80);
  assert.equal(component('training takes about 40 seconds on one GPU', 'online-inference'), undefined);
});

test('"then deploy it" registers a deployment; a deployed pipeline, a batch job or an edge export does not', () => {
  assert.equal(component('we retrain weekly, evaluate it and then deploy it', 'online-inference')?.name, 'Model deployment');
  assert.ok(component('train a classifier on the tickets and deploy it behind an endpoint', 'online-inference'));
  assert.equal(component('we write the training pipeline and deploy it on Vertex', 'online-inference'), undefined);
  assert.equal(component('deploy it as a nightly batch job', 'online-inference'), undefined);
  assert.equal(component('then we deploy the model to the edge devices in the stores', 'online-inference'), undefined);
  assert.equal(component("we don't deploy it yet", 'online-inference'), undefined);
});

test("each component quotes the clause that names it, not the first sentence that touches it", () => {
  const r = readDescription(
    "We're building a Q&A assistant over contracts. Lawyers ask questions in our web app and it should answer within 3 seconds. We also want a Grafana dashboard and one day we'd like to fine-tune our own model but not now.",
    null,
  );
  const quote = (kind: string) => r.components.find((c) => c.kind === kind)?.text;
  assert.equal(quote('dashboard'), 'We also want a Grafana dashboard');
  assert.equal(quote('online-inference'), 'it should answer within 3 seconds');
  assert.equal(quote('training'), "one day we'd like to fine-tune our own model but not now");
  const split = readDescription('We pull new and changed documents from SharePoint and an S3 bucket, parse the PDFs, chunk and embed them nightly.', null);
  assert.equal(split.components.find((c) => c.kind === 'ingestion')?.text, 'We pull new and changed documents from SharePoint and an S3 bucket');
  assert.equal(split.components.find((c) => c.kind === 'processing')?.text, 'parse the PDFs, chunk and embed them nightly');
});

test('infrastructure the team already runs is not a component they want', () => {
  const r = readDescription('We run Kubernetes on AWS with GitHub Actions.', null);
  assert.deepEqual(r.components, []);
  assert.ok(r.categories.infrastructure!.includes('GitHub Actions'));
  assert.deepEqual(kinds('our CI/CD already runs on GitHub Actions'), []);
  assert.deepEqual(kinds('we need CI/CD for the model code with GitHub Actions'), ['cicd']);
  assert.deepEqual(kinds('a pipeline that runs our unit tests on every PR'), ['cicd']);
  // Tests that run on every change to the code are CI, whatever they are called.
  for (const text of ['hundreds of quick assertions that run on every change to the prompts', 'smoke tests executed on each merge', 'regression tests that run on each pull request']) {
    assert.deepEqual(kinds(text), ['cicd'], text);
  }
  assert.deepEqual(kinds('the evaluation runs on every new dataset version'), ['evaluation']);
});

test('the subject of a verb after "so", "where" or "when" is the phrase after that word: people reviewing in a tool', () => {
  for (const text of ['We want a small web app so the claims handlers can review and label the flagged claims.', 'We need a queue where our analysts check each uncertain match.']) {
    assert.ok(kinds(text).includes('human-review'), `${text}: ${kinds(text)}`);
  }
  // A tool that does the work itself is not people reviewing.
  assert.ok(!kinds('We want a script so the nightly job can label the new photos automatically.').includes('human-review'));
});

test('infrastructure reads as a noun where prose names it; each team phrase once, in its fullest wording', () => {
  assert.deepEqual(readDescription('we run Kubernetes on premises', null).categories.infrastructure, ['on-premises servers', 'Kubernetes']);
  assert.deepEqual(readDescription('two data scientists and a data engineer, the data scientists own training', null).categories.team, [
    'two data scientists',
    'a data engineer',
  ]);
  assert.equal(readDescription('We are 4 people: 2 ML engineers, a data engineer and me.', null).team.engineers, 4);
});

test('a mobile app is the client of a served model when serving is described, and the device only otherwise', () => {
  assert.deepEqual(kinds('we want to deploy the model behind a mobile app, responses under 200 ms'), ['online-inference']);
  assert.deepEqual(kinds('The mobile app shows a risk score. It calls our scoring API.'), ['online-inference']);
  assert.deepEqual(kinds('we ship a TFLite model inside the mobile app'), ['other']);
  assert.deepEqual(kinds('the model should run inside our mobile app, offline'), ['other']);
});

test('a simple fan-out is marked on the work it fans out', () => {
  const fan = (text: string) => readDescription(text, null).components.map((c) => [c.kind, c.fanOut ?? null]);
  assert.deepEqual(fan('we fan out one embedding job per batch, anywhere from 10 to 400 batches a night'), [['processing', 'batch']]);
  assert.deepEqual(fan('we parse every document in parallel'), [['processing', 'document']]);
  assert.deepEqual(fan('train with 5-fold cross-validation weekly'), [['training', 'fold']]);
  assert.deepEqual(fan('we score all customers nightly and expose a real-time API'), [['batch-inference', null], ['online-inference', null]]);
  assert.deepEqual(fan('we score all customers nightly with one scoring job per region, and a real-time API'), [['batch-inference', 'region'], ['online-inference', null]]);
});

test('work that goes over each piece its input was split into fans out over those pieces', () => {
  const fan = (text: string) => readDescription(text, null).components.filter((c) => c.fanOut).map((c) => [c.kind, c.fanOut]);
  assert.deepEqual(fan('We break every contract into clauses. Each clause is run through the risk classifier we trained.'), [['batch-inference', 'clause']]);
  assert.deepEqual(fan('Calls are divided into 30-second segments; our emotion model tags every segment.'), [['batch-inference', 'segment']]);
  assert.deepEqual(fan('Long manuals are chopped into overlapping passages and we embed each passage with a sentence-transformer.'), [['processing', 'passage']]);
  // Split into sets, no work over each of them: nothing to fan out.
  assert.deepEqual(fan('We split the labelled rows into train and test sets and train a gradient-boosted model every week.'), []);
  assert.deepEqual(fan('We split orders into batches for the nightly scoring job.'), []);
});

test('a model that is the agent of a passive is the model applied to the records', () => {
  assert.ok(kinds('Every tile is classified by the production model.').includes('batch-inference'));
  assert.ok(kinds('The scanned forms get read with our LayoutLM model and the fields land in Postgres.').includes('batch-inference'));
  assert.ok(!kinds('The churn model was trained by a contractor last year.').includes('batch-inference'), 'made, not used');
});

test('the team calling or prompting a model to do something uses it, like using it to', () => {
  assert.ok(kinds('We call Gemini to rewrite the listing titles when a seller saves a draft.').includes('batch-inference'));
  assert.ok(kinds('We are prompting Llama 3 to turn each meeting note into action items.').includes('batch-inference'));
  assert.ok(!kinds('We call the vendor to renew the licence every year.').includes('batch-inference'), 'no model, no model use');
  assert.ok(!kinds('Our pricing service calls a hosted LLM to explain each quote to the buyer.').includes('batch-inference'), 'a system of theirs calling it already runs it');
});

test('a network is a model when its words say what it learns; the production network is machines', () => {
  const models = (text: string) => readDescription(text, null).models.map((m) => m.name);
  assert.deepEqual(models('A consumer in the production network reads the queries and writes the results to Kafka.'), []);
  assert.deepEqual(models('Our office network syncs the files to S3 every night.'), []);
  assert.ok(models('We retrain the damage estimation network monthly.').includes('damage estimation network'));
  assert.ok(models('We trained a convolutional neural network on the scans.').some((m) => /neural network/.test(m)));
});

test('in notes written as "label: value" lines, the label names the topic and is no work of its own', () => {
  assert.deepEqual(kinds('- serving: a cron on a VM scores all open accounts nightly and writes the scores to HubSpot').sort(), ['batch-inference']);
  assert.deepEqual(kinds('Training: every Sunday on the last 90 days of orders').sort(), ['training']);
  assert.ok(!kinds('Inference: nightly batch over all stores, results to BigQuery').includes('online-inference'));
});

test('a relative clause after a model says what the model does: sorting, triaging and prioritising are its use', () => {
  assert.ok(kinds("We'd like a classifier that pre-sorts the incoming claims so urgent ones come first.").includes('batch-inference'));
  assert.ok(kinds('We need a model which triages the new tickets by severity.').includes('batch-inference'));
  assert.ok(kinds('We want a ranker that prioritises the open leads for the sales team.').includes('batch-inference'));
  assert.ok(!kinds('We bought a new server that sorts the mail.').includes('batch-inference'), 'no model before the relative clause');
});

test('data that arrives or lands in a store is there for the pipelines to read; what is written there goes to it', () => {
  const role = (text: string, name: string) => readDescription(text, null).systems.find((s) => s.name === name)?.role;
  assert.equal(role('Inspection reports arrive every day into our Maximo instance.', 'Maximo instance'), 'source');
  assert.equal(role('The sensor files land in Azure Blob Storage each hour.', 'Azure Blob Storage'), 'source');
  assert.equal(role('We write the scores in Snowflake every night.', 'Snowflake'), 'destination');
});

test('the team detecting or spotting things in its records is the model applied; wanting the task names no run', () => {
  assert.ok(kinds('Every morning we detect empty facings in the new shelf photos.').includes('batch-inference'));
  assert.ok(kinds('We spot duplicate invoices in each day\'s batch before they are paid.').includes('batch-inference'));
  assert.ok(!kinds('We would like to detect fraudulent claims.').includes('batch-inference'), 'a wish for the task is no run of it');
});

test('a wished task whose findings the next clause hands on to a place is a run of it', () => {
  assert.ok(kinds('We want to detect cracked tiles and loose cables and push a work order back to the field app.').includes('batch-inference'));
  assert.ok(kinds('We would like to classify the reviews and store them in BigQuery.').includes('batch-inference'));
  assert.ok(!kinds('We would like to classify the reviews some day.').includes('batch-inference'), 'nothing handed on: a wish for the task');
});

test('raising or sounding an alarm is alerting work, kept outside the pipelines', () => {
  assert.ok(kinds('A score above the threshold raises an alarm in ServiceNow so an engineer is called out.').includes('alerting'));
  assert.ok(kinds('When the vibration model sees a bad pattern it sounds the alarm on the control room screen.').includes('alerting'));
});

test('a model trained once per group fans its training out over the groups', () => {
  const fan = (text: string) => readDescription(text, null).components.filter((c) => c.kind === 'training').map((c) => c.fanOut ?? null);
  assert.deepEqual(fan('We retrain per pump family every month on the newest sensor data.'), ['pump family']);
  assert.deepEqual(fan('We fit a separate forecaster for each warehouse every Sunday.'), ['warehouse']);
  // A pipeline asked for per customer is the pipeline smell, not a fan-out the method plans.
  assert.deepEqual(fan('We want a separate training pipeline for every customer.'), [null]);
});

test('document extraction with a fine-tuned layout model is batch inference, and a review UI is named for what it is', () => {
  const text = 'We run OCR + a fine-tuned LayoutLM over supplier invoices every night. Results go into Postgres and finance checks them in a review UI.';
  assert.deepEqual(kinds(text).sort(), ['batch-inference', 'dashboard', 'processing']);
  assert.equal(component(text, 'batch-inference')?.name, 'Document extraction');
  assert.equal(component(text, 'dashboard')?.name, 'Review UI');
  assert.equal(component(text, 'training'), undefined, 'a fine-tuned model that is only used is not fine-tuning work');
  assert.equal(component('We fine-tune Llama 3 on our support conversations.', 'training')?.name, 'Fine-tuning', 'LLM fine-tuning is still training');
});

test('three categories are enough when they run end to end, from the data to how the model gets used', () => {
  const ask = (text: string) => followUpQuestion(readDescription(text, null));
  assert.equal(ask('We learn from meter readings and outage reports, train a gradient-boosted model on them, and re-score every feeder twice a week.'), null);
  assert.equal(ask('We want to predict which parcels arrive late from the carrier scan logs, and serve the prediction to the checkout in under 300 ms.'), null);
  // Three that stop short of how the model is used still get the follow-up.
  assert.ok(ask('We pull carrier scan logs, clean them and join the weather feed; two data engineers and a scientist will own it.'));
});

test('"clean" after an article or a degree word describes, it is not the work of cleaning', () => {
  assert.ok(kinds('We clean the sensor data every night and retrain the model.').includes('processing'));
  assert.ok(kinds('Cleaning the raw logs takes most of the week.').includes('processing'));
  for (const text of ['We want a clean setup: retrain the churn model every week.', 'The clean data lands in BigQuery, where we retrain the model weekly.', 'We want a really clean design for training.']) {
    assert.ok(!kinds(text).includes('processing'), `${text}: ${kinds(text)}`);
  }
});

test('tuning a model by name is tuning work; fine-tuning is training', () => {
  assert.ok(kinds('We want to organise how we evaluate and tune the ranker.').includes('tuning'));
  assert.ok(kinds('We also tune its thresholds every quarter; retrain the fraud model weekly on Snowflake.').includes('tuning'));
  assert.ok(kinds('Twice a year someone tunes the demand forecaster by hand.').includes('tuning'));
  const fine = kinds('We fine-tune the classifier weekly on Postgres tickets.');
  assert.ok(fine.includes('training') && !fine.includes('tuning'), fine.join(', '));
});

test('evaluating or assessing every one of a population is scoring it; evaluating models or candidates stays evaluation', () => {
  for (const text of [
    'Each quarter a batch job assesses every active policy for a premium change.',
    'A weekly run evaluates all open invoices for late-payment risk.',
    'Every night we evaluate each of the pending loan applications and write a risk grade.',
  ]) {
    const found = kinds(text);
    assert.ok(found.includes('batch-inference') && !found.includes('evaluation'), `${text}: ${found.join(', ')}`);
  }
  for (const text of ['We evaluate every candidate on the same holdout before promoting it.', 'Each new model version is evaluated against last month\'s orders.']) {
    assert.ok(kinds(text).includes('evaluation'), text);
  }
});

test('a scheduled refresh over a whole population is batch scoring', () => {
  for (const text of ['A nightly refresh for the whole customer base is enough.', 'We want a weekly re-score of all open accounts.', 'A daily rerun across the entire portfolio, written to Snowflake.', 'Merchandising wants a weekly batch over the whole assortment, results into Looker.']) {
    assert.ok(kinds(text).includes('batch-inference'), `${text}: ${kinds(text).join(', ')}`);
  }
  assert.ok(!kinds('The dashboard gets a nightly refresh from the warehouse.').includes('batch-inference'), 'a refresh of a dashboard is no scoring');
  assert.ok(!kinds('A nightly batch of ETL jobs loads the warehouse.').includes('batch-inference'), 'a batch of jobs is no scoring');
});
