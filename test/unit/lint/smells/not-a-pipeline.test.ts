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
