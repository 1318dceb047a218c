import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pipelineChain } from '../../../../src/core/lint/rules/smells/pipeline-chain';
import { FRAUD_SCORING, FRAUD_TRAINING, fraudDoc } from './domains';
import { architectureDoc, expectNone, expectOne, runRule, type PipelineSpec } from './harness';

const INGESTION: PipelineSpec = {
  name: 'Transaction Ingestion',
  phase: 'MVP',
  purpose: 'Lands yesterday\'s card transactions from the core banking export and cleans them.',
  trigger: 'Daily at 01:00.',
  steps: [
    'load_export — reads the nightly export from S3 → produces raw transactions',
    'clean — fixes currencies, drops test merchants and deduplicates → produces clean transactions',
    'store — writes the partition to the lake → produces lake partition',
  ],
  dataSources: 'Core banking nightly export on S3',
  orchestrator: 'Kubernetes',
  mcp: 'Not used.',
};

const FEATURES: PipelineSpec = {
  ...INGESTION,
  name: 'Feature Build',
  phase: 'Phase 2',
  purpose: 'Computes merchant and velocity features from the clean transactions.',
  trigger: 'On completion of the Transaction Ingestion pipeline.',
  steps: ['load_clean — reads the new partition → produces transactions', 'velocity — rolling counts per card → produces velocity features', 'merchant — merchant risk aggregates → produces merchant features'],
};

test('three pipelines started by each other\'s completion are one fragile chain, reported at its end', () => {
  const training = { ...FRAUD_TRAINING, phase: 'Phase 2', trigger: 'After the Feature Build pipeline completes.' };
  const md = architectureDoc(fraudDoc({ pipelines: [INGESTION, FEATURES, training, FRAUD_SCORING] }));
  const f = expectOne(runRule(pipelineChain, md), pipelineChain, md, '**Trigger**: After the Feature Build pipeline completes.');
  assert.match(f.message, /"Transaction Ingestion" → "Feature Build" → "Fraud Model Training"/);
});

test('a chain can be written by number ("when Pipeline 2 finishes")', () => {
  const training = { ...FRAUD_TRAINING, phase: 'Phase 2', trigger: 'When Pipeline 2 finishes.' };
  const md = architectureDoc(fraudDoc({ pipelines: [INGESTION, FEATURES, training] }));
  expectOne(runRule(pipelineChain, md), pipelineChain, md, '**Trigger**: When Pipeline 2 finishes.');
});

test('near miss: data → training on completion, and scoring updated on promotion, is the seed\'s standard decomposition', () => {
  const training = { ...FRAUD_TRAINING, phase: 'Phase 2', trigger: 'On completion of the Transaction Ingestion pipeline.' };
  const scoring = { ...FRAUD_SCORING, trigger: 'Per request; updated when a new fraud_model version is promoted to production.' };
  expectNone(runRule(pipelineChain, architectureDoc(fraudDoc({ pipelines: [INGESTION, training, scoring] }))));
});

test('a cycle of triggers does not hang and is reported once', () => {
  const a = { ...INGESTION, trigger: 'On completion of the Fraud Model Training pipeline.' };
  const training = { ...FRAUD_TRAINING, phase: 'Phase 2', trigger: 'On completion of the Feature Build pipeline.' };
  const found = runRule(pipelineChain, architectureDoc(fraudDoc({ pipelines: [a, FEATURES, training] })));
  assert.equal(found.length, 1);
});

test('completion-started pipelines in other words still make the chain', () => {
  for (const [featuresTrigger, trainingTrigger] of [
    ['Once Transaction Ingestion is done.', 'As soon as Feature Build has published its outputs.'],
    ['Kicked off by Transaction Ingestion.', "On Feature Build's successful completion."],
    ['Downstream of Transaction Ingestion, no schedule of its own.', 'Chained after the Feature Build pipeline.'],
  ]) {
    const features = { ...FEATURES, trigger: featuresTrigger };
    const training = { ...FRAUD_TRAINING, phase: 'Phase 2', trigger: trainingTrigger };
    const md = architectureDoc(fraudDoc({ pipelines: [INGESTION, features, training] }));
    assert.match(expectOne(runRule(pipelineChain, md), pipelineChain, md, `**Trigger**: ${trainingTrigger}`).message, /3 pipelines/, trainingTrigger);
  }
});

test('near miss: completion of something that is not a pipeline of the document links nothing', () => {
  const features = { ...FEATURES, trigger: 'Once the bank\'s export job is done.' };
  const training = { ...FRAUD_TRAINING, phase: 'Phase 2', trigger: 'Weekly, following the Monday settlement run.' };
  expectNone(runRule(pipelineChain, architectureDoc(fraudDoc({ pipelines: [INGESTION, features, training] }))));
});
