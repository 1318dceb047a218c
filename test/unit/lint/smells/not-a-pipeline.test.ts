import assert from 'node:assert/strict';
import { test } from 'node:test';
import { notAPipeline } from '../../../../src/core/lint/rules/smells/not-a-pipeline';
import { FRAUD_TRAINING, fraudDoc } from './domains';
import { architectureDoc, expectNone, expectOne, runRule, type PipelineSpec } from './harness';

const DASHBOARD: PipelineSpec = {
  name: 'Fraud Analyst Dashboard',
  phase: 'Phase 2',
  purpose: 'Shows the flagged transactions of the day to the fraud analysts, with filters per merchant.',
  trigger: 'Always on.',
  steps: ['load_flags — reads the flagged transactions → produces table', 'aggregate — groups them per merchant → produces summary', 'render — draws the charts → produces HTML page'],
  dataSources: 'The scored-transactions table',
  orchestrator: 'Kubernetes',
  mcp: 'Not used.',
};

test('a pipeline named for a dashboard is flagged on its heading, naming the alternative', () => {
  const md = architectureDoc(fraudDoc({ pipelines: [FRAUD_TRAINING, DASHBOARD], notAPipeline: ['None.'] }));
  const f = expectOne(runRule(notAPipeline, md), notAPipeline, md, '### Pipeline 2: Fraud Analyst Dashboard');
  assert.match(f.message, /Streamlit, Grafana/);
});

test('a pipeline whose purpose is continuous streaming is flagged on its Purpose line', () => {
  const streaming: PipelineSpec = {
    ...DASHBOARD,
    name: 'Card Event Capture',
    purpose: 'Continuously consumes card authorisation events from the Kafka topic and lands them in the lake.',
    steps: ['consume_events — reads the topic → produces event batch', 'write_lake — appends Parquet files → produces lake partition', 'commit_offsets — commits the consumer offsets → produces offsets'],
  };
  const md = architectureDoc(fraudDoc({ pipelines: [FRAUD_TRAINING, streaming] }));
  const f = expectOne(runRule(notAPipeline, md), notAPipeline, md, '**Purpose**: Continuously consumes');
  assert.match(f.message, /Kafka, Flink or Spark Streaming/);
});

test('a one-off migration and a high-frequency-trading serving path are flagged', () => {
  const migration: PipelineSpec = { ...DASHBOARD, name: 'Warehouse Move', purpose: 'One-off migration of five years of transactions from the legacy Oracle warehouse to BigQuery.' };
  const hft: PipelineSpec = { ...DASHBOARD, name: 'Quote Pricing', purpose: 'Prices every quote for the high-frequency trading engine on each market tick.' };
  for (const [spec, alternative] of [[migration, /a script/], [hft, /dedicated serving framework/]] as const) {
    const md = architectureDoc(fraudDoc({ pipelines: [FRAUD_TRAINING, spec] }));
    const f = expectOne(runRule(notAPipeline, md), notAPipeline, md, `**Purpose**: ${spec.purpose}`);
    assert.match(f.message, alternative);
  }
});

test('near miss: a deployed pipeline with a 150 ms budget is a pipeline (seed 001)', () => {
  expectNone(runRule(notAPipeline, architectureDoc(fraudDoc())));
});

test('near miss: a batch drift pipeline that alerts, and training that feeds a dashboard, are still pipelines', () => {
  const drift: PipelineSpec = {
    ...DASHBOARD,
    name: 'Score Drift Report',
    purpose: 'Compares yesterday\'s score distribution with the training window and alerts the on-call channel when PSI exceeds 0.2.',
    trigger: 'Daily at 06:00.',
    steps: ['load_scores — reads yesterday\'s scores → produces score sample', 'compute_drift — PSI per feature and on the score → produces drift report', 'notify — posts the report to Slack → produces message id'],
  };
  const training: PipelineSpec = { ...FRAUD_TRAINING, purpose: 'Trains the fraud classifier; its metrics show up on the analysts\' dashboard.' };
  expectNone(runRule(notAPipeline, architectureDoc(fraudDoc({ pipelines: [training, drift] }))));
});

// A job its trigger runs once, whatever its name: the seed's one-off job. Three unseen wordings.
const ARCHIVE_IMPORT: PipelineSpec = {
  ...DASHBOARD,
  name: 'Chargeback History Import',
  purpose: 'Copies ten years of chargeback records from the retired mainframe extract into the disputes table.',
  steps: ['read_extract — parses the fixed-width files → produces records', 'map_codes — maps the old reason codes → produces mapped records', 'write_table — inserts them → produces load report'],
};

test('a job whose trigger runs it once is flagged on its Trigger line, in several wordings', () => {
  for (const trigger of ['By hand, a single time before the mainframe is retired.', 'One-shot, kicked off manually.', 'Started manually once; never scheduled.']) {
    const md = architectureDoc(fraudDoc({ pipelines: [FRAUD_TRAINING, { ...ARCHIVE_IMPORT, trigger }] }));
    assert.match(expectOne(runRule(notAPipeline, md), notAPipeline, md, `**Trigger**: ${trigger}`).message, /one-off job.*a script/, trigger);
  }
});

test('near miss: "once" as a cadence or a conjunction, or a one-off run beside a schedule, is not a one-off job', () => {
  for (const trigger of ['Once a fortnight, Sunday night.', 'Runs once the chargeback extract has landed.', 'Twice a year, and a one-time backfill by hand at launch.', 'Manually, once per quarter end.']) {
    expectNone(runRule(notAPipeline, architectureDoc(fraudDoc({ pipelines: [FRAUD_TRAINING, { ...ARCHIVE_IMPORT, trigger }] }))));
  }
});

test('a pipeline consuming a stream one message at a time is streaming, even when it scores each message', () => {
  for (const purpose of [
    'Scores card authorisations message by message as they come off the payments topic.',
    'Subscribes to the authorisations topic and applies the fraud model to one event at a time.',
    'Takes each authorisation event from the Pub/Sub queue and writes a fraud score back.',
  ]) {
    const md = architectureDoc(fraudDoc({ pipelines: [FRAUD_TRAINING, { ...ARCHIVE_IMPORT, name: 'Authorisation Scoring', trigger: 'Always running.', purpose }] }));
    assert.match(expectOne(runRule(notAPipeline, md), notAPipeline, md, `**Purpose**: ${purpose}`).message, /consumes a stream.*Kafka, Flink/, purpose);
  }
});

test('near miss: a batch pipeline that reads what a stream consumer landed, or rules per-message work out', () => {
  for (const purpose of [
    'Scores the hourly file of authorisations that the existing Kafka consumer lands in the lake.',
    'Rather than scoring message by message, scores the last hour of authorisations in one batch.',
  ]) {
    expectNone(runRule(notAPipeline, architectureDoc(fraudDoc({ pipelines: [FRAUD_TRAINING, { ...ARCHIVE_IMPORT, name: 'Authorisation Scoring', trigger: 'Hourly.', purpose }] }))));
  }
});
