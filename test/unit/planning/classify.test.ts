import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyBucketChoices, classify } from '../../../src/core/planning/classify';
import { readDescription } from '../../../src/core/reading';
import { ClassifiedComponentSchema } from '../../../src/core/planning/proposals';
import { draftInterview } from '../../../src/core/interview/autopilot';

/** The classification of the component of `kind` in what the user wrote. */
function verdict(text: string, kind: string) {
  const reading = readDescription(text, null);
  const id = reading.components.find((c) => c.kind === kind)?.id;
  assert.ok(id, `no ${kind} component in: ${text}`);
  const found = classify(reading).find((c) => c.id === id)!;
  ClassifiedComponentSchema.parse(found);
  return found;
}

test('batch ML work is a pipeline, and the recommendation is the initial bucket', () => {
  for (const [text, kind] of [
    ['we pull transactions from Postgres and train a model weekly', 'ingestion'],
    ['we pull transactions from Postgres and train a model weekly', 'training'],
    ['clean and dedupe the data, then train', 'processing'],
    ['nightly batch scoring of every customer with the churn model', 'batch-inference'],
  ] as const) {
    const v = verdict(text, kind);
    assert.equal(v.bucket, 'pipeline', `${kind}: ${v.reason}`);
    assert.equal(v.recommended, v.bucket);
    assert.equal(v.alternative, undefined);
  }
});

test('real-time with a moderate budget is a deployed pipeline: benchmark, disable materialization', () => {
  const v = verdict('fraud scores from a real-time API, p99 under 50 ms', 'online-inference');
  assert.equal(v.bucket, 'deployed');
  assert.match(v.reason, /pipeline\.deploy\(\)/);
  assert.match(v.reason, /benchmark/i);
  assert.match(v.reason, /materialization/);
  assert.match(v.reason, /50 ms/);
});

test('real-time with no budget is deployed, and the reason says the budget must be asked', () => {
  const v = verdict('recommendations served by an API when the app opens', 'online-inference');
  assert.equal(v.bucket, 'deployed');
  assert.match(v.reason, /budget is unknown: ask for it/);
});

test('sub-10ms, HFT and video frames go to dedicated serving, after a benchmark', () => {
  for (const text of [
    'a real-time scoring endpoint with a sub-10ms budget',
    'real-time predictions must come back in under 5 ms',
    'inference sits in the HFT execution path',
    'object detection on live video frames',
  ]) {
    const v = verdict(text, 'online-inference');
    assert.equal(v.bucket, 'not-a-pipeline', text);
    assert.match(v.alternative ?? '', /Triton/);
    assert.match(v.reason, /benchmark/i);
  }
  assert.equal(verdict('a real-time API, p99 under 11 ms', 'online-inference').bucket, 'deployed', '11 ms is a benchmark, not a verdict');
});

test("the seed's not-a-pipeline table, with its alternatives", () => {
  const cases: [string, string, RegExp][] = [
    ['we consume from Kafka continuously and train nightly', 'streaming', /Kafka, Flink or Spark Streaming/],
    ['a Grafana dashboard for the fraud team, and weekly training', 'dashboard', /Streamlit, Grafana/],
    ['alerting to on-call when the model misbehaves, and weekly training', 'alerting', /PagerDuty/],
    ['CI/CD for the model code, and weekly training', 'cicd', /GitHub Actions/],
    ['a one-off migration of the old Oracle data, then weekly training', 'migration', /a script/],
  ];
  for (const [text, kind, alternative] of cases) {
    const v = verdict(text, kind);
    assert.equal(v.bucket, 'not-a-pipeline', text);
    assert.match(v.alternative ?? '', alternative);
    assert.ok(v.reason.length > 20);
  }
});

test('ETL with no ML: a lighter tool, unless the team already runs ZenML', () => {
  const plain = verdict('every night copy tables from Postgres into BigQuery and aggregate revenue per region', 'ingestion');
  assert.equal(plain.bucket, 'not-a-pipeline');
  assert.match(plain.alternative ?? '', /Airflow, Prefect, dbt or a cron job/);
  const zenml = verdict('We already run ZenML. Every night copy tables from Postgres into BigQuery and aggregate revenue', 'ingestion');
  assert.equal(zenml.bucket, 'pipeline');
  assert.match(zenml.reason, /already run ZenML/);
  assert.equal(verdict('every night copy tables from Postgres into BigQuery, then train the churn model', 'ingestion').bucket, 'pipeline', 'with a model it is ML data work');
});

test('the gray area is deferred: tuning, A/B tests, feature store, automatic retraining', () => {
  const cases: [string, string, RegExp][] = [
    ['train weekly with a big hyperparameter sweep', 'tuning', /fixed training pipeline/],
    ['train weekly, then A/B test new models on 5% of traffic', 'ab-testing', /first model is in production/],
    ['train weekly and we need a feature store', 'feature-store', /artifacts in a preprocessing step/],
    ['retrain automatically when drift is detected', 'retraining-trigger', /Manual triggers are fine for v1/],
  ];
  for (const [text, kind, reason] of cases) {
    const v = verdict(text, kind);
    assert.equal(v.bucket, 'defer', text);
    assert.match(v.reason, reason);
  }
});

test('monitoring: a scheduled drift report is a pipeline, a live one an alerting service, an unscheduled one deferred', () => {
  assert.equal(verdict('train weekly; we monitor weekly for drift with a report', 'monitoring').bucket, 'pipeline');
  const live = verdict('train weekly; we monitor the model continuously', 'monitoring');
  assert.equal(live.bucket, 'not-a-pipeline');
  assert.match(live.alternative ?? '', /PagerDuty/);
  assert.equal(verdict('train weekly and monitor for drift', 'monitoring').bucket, 'defer');
});

test('applyBucketChoices moves what the user moved and keeps the recommendation', () => {
  const board = classify(readDescription('train weekly with a hyperparameter sweep and a Grafana dashboard', null));
  const moved = applyBucketChoices(board, { tuning: 'pipeline', 'not-a-component': 'defer' });
  const tuning = moved.find((c) => c.id === 'tuning')!;
  assert.equal(tuning.bucket, 'pipeline');
  assert.equal(tuning.recommended, 'defer');
  assert.deepEqual(
    moved.filter((c) => c.id !== 'tuning'),
    board.filter((c) => c.id !== 'tuning'),
  );
  assert.equal(board.find((c) => c.id === 'tuning')!.bucket, 'defer', 'the input is not mutated');
});

test('work the user put off ("one day … but not now", "eventually", "maybe later") is deferred, and the reason says they put it off', () => {
  for (const text of [
    "one day we'd like to fine-tune our own model but not now",
    'eventually we want to retrain the model on fresh data',
    'batch scoring for every customer, maybe later',
    "we'll add a dashboard later",
    // Parked until a time named: "park it for next quarter", "parked until phase 2".
    'a churn dashboard for the marketing team: park it for next quarter',
  ]) {
    const reading = readDescription(text, null);
    assert.ok(reading.components.length > 0, text);
    for (const c of classify(reading)) {
      assert.equal(c.bucket, 'defer', `${text}: ${c.name}`);
      assert.match(c.reason, /put this off yourself/);
    }
  }
  assert.equal(verdict('we fine-tune Llama every week', 'training').bucket, 'pipeline');
  assert.equal(verdict('Retraining can be manual for now, we retrain monthly', 'training').bucket, 'pipeline');
});

test('serving the team runs or chose (KServe, BentoML, Seldon) is kept: not a pipeline, loading production', () => {
  for (const [text, tool] of [
    ['We retrain the ranking model weekly and serve it per request with KServe on our cluster.', 'KServe'],
    ['The fraud model is served in real time from a BentoML service we maintain; retraining happens monthly.', 'BentoML'],
  ] as const) {
    const v = verdict(text, 'online-inference');
    assert.equal(v?.bucket, 'not-a-pipeline', text);
    assert.match(v?.alternative ?? '', new RegExp(`^${tool}, which you already use`), text);
  }
  // No serving system named: a deployed pipeline, as before.
  assert.equal(verdict('We retrain the ranking model weekly and serve it per request to the shop.', 'online-inference')?.bucket, 'deployed');
});

test('a company\'s own system ("Acme\'s in-house streaming platform") is kept as theirs; the company is not the tool', () => {
  const cases: [string, RegExp][] = [
    ['We built the fraud checks on top of Acme\'s in-house real-time event streaming platform, and we retrain the fraud model weekly from Snowflake.', /^your in-house real-time event streaming platform, which you already run/],
    ['The moderation checks run inside Initech\'s homegrown event streaming service as photos arrive, and we retrain the nudity classifier monthly from labelled photos in S3.', /^your homegrown event streaming service, which you already run/],
  ];
  for (const [text, kept] of cases) {
    const r = draftInterview(text);
    assert.ok(r.ok);
    const alternatives = r.draft.architecture.notAPipeline.map((n) => n.alternative);
    assert.ok(alternatives.some((a) => kept.test(a)), `${text}: ${alternatives}`);
    assert.ok(!alternatives.some((a) => /^(?:Acme|Initech)\b/.test(a)), 'the owner is not the system');
  }
});
