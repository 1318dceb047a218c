/** A screen or tool the team already has is kept by name, and the draft asks only what it does not know. On wordings no fixture or case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';

const draft = (text: string) => {
  const r = draftInterview(text);
  assert.ok(r.ok, text);
  return r.draft.architecture;
};

test('a screen described around a product name is theirs; the draft asks where it reads from, not where people look', () => {
  const a = draft('Each night a CatBoost model, trained in a notebook by our analyst, predicts next week\'s returns per warehouse, and the planners see those numbers in an internal Retool dashboard. We retrain it monthly on Postgres order history. Two engineers.');
  const screen = a.notAPipeline.find((n) => /^your internal Retool dashboard, which you already use/.test(n.alternative));
  assert.ok(screen, JSON.stringify(a.notAPipeline));
  assert.ok(a.openQuestions.some((q) => /^Which table or file does your internal Retool dashboard read its numbers from today\?/.test(q)), a.openQuestions.join('\n'));
  assert.ok(!a.openQuestions.some((q) => /look for/.test(q)), 'where people look is already said');
});

test('a phrase around a product name that is no system ("a different Kafka topic") is not kept as theirs', () => {
  const a = draft('Click events stream through Kafka; a consumer writes the aggregates into a different Kafka topic. We retrain a ranking model weekly on those aggregates in BigQuery. Two engineers.');
  assert.ok(!a.notAPipeline.some((n) => /your different Kafka topic/.test(n.alternative)), JSON.stringify(a.notAPipeline));
});

test('a person the work is for is not a system of theirs to keep', () => {
  const a = draft('We retrain a churn model monthly on Snowflake and score every account nightly. Later, a retention dashboard for the CFO, probably just BI on top of the scores. Two engineers.');
  const dashboard = a.notAPipeline.find((n) => /dashboard/i.test(n.name));
  assert.ok(dashboard, JSON.stringify(a.notAPipeline));
  assert.doesNotMatch(dashboard.alternative, /CFO, which you already use/);
});

test('a kind\'s own noun opening a sentence is no product, and the store a screen reads from is where the predictions land', () => {
  const text = 'We retrain a ward admissions forecaster monthly on the Clarity extract in SQL Server and want new forecasts every morning.\nDashboard is Looker, reading from our Postgres warehouse.';
  const r = draftInterview(text);
  assert.ok(r.ok);
  const a = r.draft.architecture;
  assert.ok(a.notAPipeline.some((n) => /Looker, which you already use/.test(n.reason + (n.alternative ?? ''))) || JSON.stringify(a.notAPipeline).includes('Looker, which you already use'), JSON.stringify(a.notAPipeline));
  const publish = a.pipelines.flatMap((p) => p.steps).find((s) => s.name === 'publish_predictions');
  assert.match(publish?.description ?? '', /Postgres/);
  assert.ok(!a.openQuestions.some((q) => /read its numbers from/.test(q)), a.openQuestions.join('\n'));
});

test('only a product or a named system is kept: a team, an event or a status word in the clause is none, and "Kafka topic" is Kafka', () => {
  const stream = (text: string) => draft(text).notAPipeline.find((n) => /stream/i.test(n.name))?.alternative ?? '';
  assert.doesNotMatch(stream('Since the Spring Cup 2 launch, match-end events stream continuously through the Warehouse Events bus. We retrain a cheat detector weekly on BigQuery and score accounts hourly. Two engineers.'), /Spring Cup 2 launch, which you already use/);
  assert.match(stream('Ride events stream continuously through a Kinesis stream owned by Platform. We retrain an ETA model weekly on Redshift and score trips hourly. Two engineers.'), /^Kinesis, which you already use/);
  const dashboard = draft('We retrain a churn model monthly on Snowflake and score accounts nightly. Growth wants a live dashboard of the scores. Two engineers.').notAPipeline.find((n) => /dashboard/i.test(n.name));
  assert.ok(dashboard, 'the dashboard is listed');
  assert.doesNotMatch(dashboard.alternative, /^Growth, which you already use/);
});

test('a screen or alert tool is kept only when it is said with the screen or the alert, not when the screen reads from it or the alert is about it', () => {
  const outside = (text: string, kind: RegExp) => draft(text).notAPipeline.find((n) => kind.test(n.name))?.alternative ?? '';
  // The product before the kind's noun, or after "built with / in / via": theirs.
  assert.match(outside('We retrain a spoilage model monthly on Postgres and score every pallet each night. Warehouse leads watch the Metabase dashboards on top of ClickHouse. Two engineers.', /dashboard/i), /^Metabase dashboards, which you already use/);
  assert.match(outside('We retrain a spoilage model monthly on Postgres and score every pallet each night. Shift leads read a dashboard built with Superset that sits on ClickHouse. Two engineers.', /dashboard/i), /^Superset, which you already use/);
  // The store a dashboard reads from, or a message beside it, is no screen tool.
  assert.doesNotMatch(outside('We retrain a spoilage model monthly on Postgres and score every pallet each night. There is a dashboard on ClickHouse of pallet ages. Two engineers.', /dashboard/i), /ClickHouse, which you already use/);
  assert.doesNotMatch(outside('We retrain a spoilage model monthly on Postgres and score every pallet each night. We built the EDI feed that tells the depot, a dashboard of spoilage rates and a monthly audit. Two engineers.', /dashboard/i), /EDI feed, which you already use/);
  // What an alert is about is no alert channel; a catalogued one named in a chain of systems is kept by its own name.
  assert.doesNotMatch(outside('We retrain a spoilage model monthly on Postgres and score every pallet each night. We want an alert when the Maximo export is more than a day stale. Two engineers.', /alert/i), /Maximo export, which you already use/);
  assert.match(outside('We retrain a spoilage model monthly on Postgres and score every pallet each night. Job failures page the on-call engineer (Airflow -> Opsgenie -> PagerDuty) within minutes. Two engineers.', /alert/i), /^PagerDuty, which you already use/);
});

test('a screen with no product name is theirs only when they say they have it', () => {
  const screen = (text: string) => draft(text).notAPipeline.find((n) => /UI|dashboard/i.test(n.name))?.alternative ?? '';
  assert.match(screen('We retrain a spoilage model monthly on Postgres and score every pallet each night. Shift leads sign off flagged pallets in our review UI. Two engineers.'), /^your existing review UI, which you already use|^your review UI, which you already use/);
  assert.doesNotMatch(screen('We retrain a spoilage model monthly on Postgres and score every pallet each night. Requirement: confidence per pallet shown in review UI. Two engineers.'), /which you already use/);
});

test('a person who built or reads a screen is not the screen\'s tool', () => {
  const a = draft('We retrain a spoilage model monthly on Postgres and score every pallet each night. Ops reads a dashboard of pallet ages that Ingrid put together last spring. Two engineers: Ingrid (data engineer) and Tobias (analyst).');
  const dashboard = a.notAPipeline.find((n) => /dashboard/i.test(n.name));
  assert.ok(dashboard, JSON.stringify(a.notAPipeline));
  assert.doesNotMatch(dashboard.alternative, /Ingrid|Tobias/);
});

test('a feature store the team already runs is kept and read, not deferred as one to add; one they want is still deferred', () => {
  const store = (text: string) => {
    const a = draft(text);
    return { kept: a.notAPipeline.find((n) => /feature store/i.test(n.name)), deferred: a.deferred.find((d) => /feature store/i.test(d.name)) };
  };
  const theirs = store('We retrain a basket-size model weekly on BigQuery. Request-time features come from our existing Tecton feature store, and the checkout calls the model per order. Three engineers.');
  assert.match(theirs.kept?.alternative ?? '', /^Tecton, which you already run/);
  assert.equal(theirs.deferred, undefined);
  const unnamed = store('We retrain a basket-size model weekly on BigQuery; the features it needs already sit in our feature store. Three engineers.');
  assert.match(unnamed.kept?.alternative ?? '', /^your feature store, which you already run/);
  const wanted = store('We retrain a basket-size model weekly on BigQuery and want to set up a feature store for it. Three engineers.');
  assert.equal(wanted.kept, undefined);
  assert.ok(wanted.deferred, 'a feature store to add stays deferred');
});

test('a cloud\'s feature store already in use is kept by its product name', () => {
  const a = draft('We retrain a basket-size model weekly with SageMaker Training, and keep serving features from the SageMaker Feature Store we already have. Three engineers.');
  assert.match(a.notAPipeline.find((n) => /feature store/i.test(n.name))?.alternative ?? '', /^SageMaker Feature Store, which you already run/);
});

test('the tool named in brackets after a screen is the screen\'s tool, before a place the screen is in', () => {
  const a = draft('We retrain two delay regressors weekly on the sailing log in Postgres and score every sailing each morning. 1. The ops dashboard in the Harbour Ops room (Metabase, refreshes every 10 min). Two engineers.');
  assert.match(a.notAPipeline.find((n) => /dashboard/i.test(n.name))?.alternative ?? '', /^Metabase, which you already use/);
});
