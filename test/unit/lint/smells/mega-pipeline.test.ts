import assert from 'node:assert/strict';
import { test } from 'node:test';
import { megaPipeline } from '../../../../src/core/lint/rules/smells/mega-pipeline';
import { FRAUD_TRAINING, fraudDoc } from './domains';
import { architectureDoc, expectNone, expectOne, runRule } from './harness';

const EVERYTHING = {
  ...FRAUD_TRAINING,
  name: 'Fraud Platform',
  steps: [
    'ingest_events — pulls card events from the Kafka archive → produces raw events',
    'build_features — merchant and velocity features → produces feature matrix',
    'train_model — fits the classifier → produces model',
    'evaluate — recall at 1% FPR → produces evaluation report',
    'deploy_model — rolls the model out to the scoring endpoint → produces deployment record',
    'monitor_drift — compares live scores with training → produces drift report',
  ],
};

test('one pipeline spanning ingestion, training, deployment and monitoring is flagged on its heading', () => {
  const md = architectureDoc(fraudDoc({ pipelines: [EVERYTHING] }));
  const f = expectOne(runRule(megaPipeline, md), megaPipeline, md, '### Pipeline 1: Fraud Platform');
  assert.match(f.message, /ingestion \(`ingest_events`\), training \(`train_model`\), deployment \(`deploy_model`\), monitoring \(`monitor_drift`\)/);
});

test('near miss: a training pipeline that mentions training data elsewhere and ends in promotion', () => {
  expectNone(runRule(megaPipeline, architectureDoc(fraudDoc())));
  const withoutMonitoring = { ...EVERYTHING, steps: EVERYTHING.steps.slice(0, 5) };
  expectNone(runRule(megaPipeline, architectureDoc(fraudDoc({ pipelines: [withoutMonitoring] }))));
});
