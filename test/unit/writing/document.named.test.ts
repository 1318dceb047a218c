/** The draft in the team's own terms: what it names, on wordings no fixture or case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';
import type { Architecture } from '../../../src/core/model/architecture';
import { draftArchitecture as draft } from '../drafts';

test('a system the description gives a part is in the document: placed by the plan, or named as not placed yet', () => {
  for (const [text, name] of [
    ['We pull shift rosters from Quarrytab every night, train a staffing model weekly and score each ward for the next day. Cluster labels come from KMeansLite.', 'KMeansLite'],
    ['Meter readings come from Voltgrid; a demand model is retrained monthly and scores every substation nightly, compared against Baselinr.', 'Baselinr'],
    ['We retrain a returns model weekly on order history and score all open orders daily; the scores are written to Parcelhub.', 'Parcelhub'],
  ] as const) {
    const a = draft(text);
    assert.match(JSON.stringify(a), new RegExp(name), `${name}: ${a.overview}`);
  }
});

test('a system only the work outside the pipelines names is placed with that work, not listed as unplaced', () => {
  const a = draft('We retrain a churn model weekly on the account events in Snowflake and score customers nightly. We also need a one-off migration of the old tickets from Helpdeskly into Snowflake. Two engineers.');
  assert.doesNotMatch(a.overview, /also names[^.]*Helpdeskly/);
});

test('with no use case named, the model the team trains names the project and the Model Control Plane model', () => {
  for (const [text, title, model] of [
    ['We want to retrain our parcel delay model every week on scan events and score open shipments nightly.', 'Parcel delay model', 'parcel_delay_model'],
    ['Every month we retrain the yield estimation network on the drone images and score all fields.', 'Yield estimation network', 'yield_estimation_network'],
    ['The plan: train a room occupancy regressor on sensor readings and score every building each night.', 'Room occupancy regressor', 'room_occupancy_regressor'],
  ] as const) {
    const a = draft(text);
    assert.equal(a.project, title, text);
    assert.ok(a.pipelines.some((p) => p.modelControlPlane.model === model), JSON.stringify(a.pipelines.map((p) => p.modelControlPlane)));
  }
  assert.notEqual(draft('We call GPT-4o to summarise support tickets every night and score them for urgency.').project, 'GPT-4o', 'a product name is someone else\'s model');
});

test('the Overview says what the system is, then the first version, then where it runs, one paragraph each', () => {
  const a = draft('We retrain a churn model weekly on the account events in Snowflake and score customers nightly into Salesforce. Two engineers.');
  const paragraphs = a.overview.split('\n\n');
  assert.equal(paragraphs.length, 3, a.overview);
  assert.match(paragraphs[0]!, /turns Snowflake into/);
  assert.match(paragraphs[1]!, /MVP/);
  assert.match(paragraphs[2]!, /orchestrator/);
});

test('the evaluation logs the measures the user named, not a generic "the metrics"', () => {
  for (const [text, said] of [
    ['We retrain a returns model weekly on order history and judge it by recall on the returned orders.', /logs recall on it/],
    ['A demand model retrained monthly on store sales; planners care about MAPE.', /logs MAPE/],
    ['We retrain the lead scorer weekly on CRM events; AUC and precision at the top decile decide.', /logs precision and AUC/],
  ] as const) {
    const training = draft(text).pipelines.find((p) => p.steps.some((s) => s.name.startsWith('evaluate')))!;
    assert.match(training.steps.find((s) => s.name.startsWith('evaluate'))!.description, said, text);
  }
});

test('the MVP\'s reason is the user\'s goal only when they said it; otherwise what the pipeline gives the others', () => {
  for (const text of [
    'We retrain a returns model on order history and score open orders nightly.',
    'A churn model is trained on account events from Snowflake; scores go to Salesforce every night.',
  ]) assert.doesNotMatch(draft(text).overview, /is the goal/, text);
  for (const text of [
    'We want to automate retraining of our returns model on order history, which someone runs by hand today.',
    'The main thing is a reproducible training pipeline for the churn model on Snowflake account events.',
  ]) assert.match(draft(text).overview, /because automating training is the goal/, text);
  assert.match(draft('We retrain a returns model on order history and score open orders nightly.').overview, /comes first because it produces the model every other pipeline depends on/);
});

test('the model the team names names the pipelines around it; the domain\'s stand-in model does not', () => {
  const named = draft('We retrain our parcel delay model every week on scan events, score open shipments nightly and serve it to the tracking page in 200 ms.');
  assert.deepEqual(named.pipelines.map((p) => p.name).sort(), ['Parcel Delay Model Batch Scoring', 'Parcel Delay Model Serving', 'Parcel Delay Model Training']);
  const unnamed = draft('We train a model weekly on the records in Postgres and score the new records nightly.');
  assert.ok(unnamed.pipelines.some((p) => p.name === 'Model Training'), unnamed.pipelines.map((p) => p.name).join(', '));
});

test('a product named with its vendor ("Amazon SageMaker") is placed where the plan names the product', () => {
  const r = draftInterview('We run on AWS and use Amazon SageMaker for training and for the weekly inference. We retrain the churn model weekly on the Redshift data and score every subscriber.');
  assert.ok(r.ok);
  const overview = r.draft.architecture.overview;
  assert.match(JSON.stringify(r.draft.architecture), /SageMaker/);
  assert.doesNotMatch(overview, /also names[^.]*Amazon SageMaker/);
});

test('not listed as unplaced: a product under another spelling of a name the plan uses, pipelines, and the team\'s own product', () => {
  const unplaced = (a: Architecture) => /The description also names ([^.]*), which this plan does not place yet/.exec(a.overview)?.[1] ?? '';
  const spelled = draft('We retrain a churn model weekly on the account events in PostgreSQL and write the scores back to Postgres every night. Two engineers.');
  assert.doesNotMatch(unplaced(spelled), /PostgreSQL/, spelled.overview);
  const own = draft('We run Tidewatch, a marketplace for boat parts, and we classify every new listing nightly with a model we retrain monthly from the listings in BigQuery. We want to move this onto proper ML pipelines.');
  assert.doesNotMatch(unplaced(own), /Tidewatch|pipelines/, own.overview);
  // A name the plan does not use stays listed: the check still finds what is missing.
  const missing = draft('We pull shift rosters from Quarrytab every night, train a staffing model weekly and score each ward for the next day. Cluster labels come from KMeansLite.');
  assert.match(JSON.stringify(missing), /KMeansLite/);
});

test('a name said again inside a fuller one is listed once, by the fuller name', () => {
  const a = draft('We will use the answers we already get from Claude to fine-tune a compact open model, Gemma 2 9B, through Predibase, and serve the tuned model for live chat.');
  const named = /also names ([^.]*), which/.exec(a.overview)?.[1] ?? '';
  assert.match(named, /Gemma 2 9B/, a.overview);
  assert.doesNotMatch(named, /\bGemma(?! 2 9B)/, named);
});

test('an alert channel the team already uses is where the people who act look: not asked again, and never asked what table it reads', () => {
  const a = draft('We score every vendor payment hourly with an isolation forest retrained weekly on the ledger in Postgres. Alerts for suspicious payments go to Slack. Two engineers.');
  assert.ok(a.pipelines.some((p) => p.steps.some((s) => s.name === 'predict')), 'the scoring is planned');
  const questions = a.openQuestions.join('\n');
  assert.doesNotMatch(questions, /Where do the people who act on the predictions look/);
  assert.doesNotMatch(questions, /does Slack read its numbers/);
});
