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
