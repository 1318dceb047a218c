import assert from 'node:assert/strict';
import { test } from 'node:test';
import { metaPipeline } from '../../../../src/core/lint/rules/smells/meta-pipeline';
import { FRAUD_SCORING, FRAUD_TRAINING, fraudDoc } from './domains';
import { architectureDoc, expectNone, expectOne, runRule, type PipelineSpec } from './harness';

const RUNNER: PipelineSpec = {
  name: 'Nightly Runner',
  phase: 'MVP',
  purpose: 'Starts the rest of the platform every night.',
  trigger: 'Nightly at 01:00.',
  steps: [
    'start_training — triggers the Fraud Model Training pipeline and waits for it → produces run id',
    'start_scoring — kicks off the Transaction Scoring pipeline with the new model → produces run id',
    'summarise — collects both run statuses → produces run summary',
  ],
  dataSources: 'ZenML run metadata',
  orchestrator: 'Kubernetes',
  mcp: 'Not used.',
};

test('an "orchestrator pipeline that spawns" others is flagged on the line that says so', () => {
  const orchestrator: PipelineSpec = { ...RUNNER, purpose: 'Orchestrator pipeline that spawns the training and scoring pipelines in order each night.' };
  const md = architectureDoc(fraudDoc({ pipelines: [orchestrator, { ...FRAUD_TRAINING, phase: 'Phase 2' }, FRAUD_SCORING] }));
  const f = expectOne(runRule(metaPipeline, md), metaPipeline, md, '**Purpose**: Orchestrator pipeline');
  assert.match(f.message, /schedules/);
});

test('a pipeline whose steps launch two sibling pipelines is flagged on its heading', () => {
  const md = architectureDoc(fraudDoc({ pipelines: [RUNNER, { ...FRAUD_TRAINING, phase: 'Phase 2' }, FRAUD_SCORING] }));
  const f = expectOne(runRule(metaPipeline, md), metaPipeline, md, '### Pipeline 1: Nightly Runner');
  assert.match(f.message, /"Fraud Model Training" and "Transaction Scoring"/);
});

test('near miss: pipelines connected through the Model Control Plane and a completion trigger', () => {
  const training = { ...FRAUD_TRAINING, trigger: 'On completion of the Transaction Ingestion pipeline.' };
  const ingestion: PipelineSpec = { ...RUNNER, name: 'Transaction Ingestion', purpose: 'Lands and cleans yesterday\'s transactions.', steps: RUNNER.steps.slice(2) };
  expectNone(runRule(metaPipeline, architectureDoc(fraudDoc({ pipelines: [ingestion, training, FRAUD_SCORING] }))));
});
