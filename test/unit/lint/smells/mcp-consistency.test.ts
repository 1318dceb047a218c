import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mcpConsistency } from '../../../../src/core/lint/rules/smells/mcp-consistency';
import { FRAUD_SCORING, FRAUD_TRAINING, fraudDoc } from './domains';
import { architectureDoc, expectNone, expectOne, runRule } from './harness';

const SCORING_MCP = '**Model Control Plane**: `fraud_model` — reads the `production` version.';

test('inference reads production but nothing promotes fraud_model to production', () => {
  const md = architectureDoc(fraudDoc({ dataFlow: 'Fraud Model Training produces `fraud_model` versions and promotes passing ones to `staging`; Transaction Scoring reads production.' }));
  const f = expectOne(runRule(mcpConsistency, md), mcpConsistency, md, SCORING_MCP);
  assert.match(f.message, /nothing promotes `fraud_model` to `production`/);
});

test('inference reads a model no pipeline produces', () => {
  const md = architectureDoc(fraudDoc({ pipelines: [FRAUD_TRAINING, { ...FRAUD_SCORING, mcp: '`risk_model` — reads the `production` version.' }] }));
  const f = expectOne(runRule(mcpConsistency, md), mcpConsistency, md, '**Model Control Plane**: `risk_model`');
  assert.match(f.message, /no pipeline produces versions of it/);
});

test('near miss: promotion by a reviewer, written in the data flow, or by the training pipeline itself', () => {
  expectNone(runRule(mcpConsistency, architectureDoc(fraudDoc())));
  const promotes = { ...FRAUD_TRAINING, mcp: '`fraud_model` — produces a new version on every run; promotes passing versions to `production`.' };
  expectNone(runRule(mcpConsistency, architectureDoc(fraudDoc({ pipelines: [promotes, FRAUD_SCORING], dataFlow: 'Training promotes automatically when recall improves.' }))));
});

test('near miss: reading `latest` only needs a producer', () => {
  const latest = { ...FRAUD_SCORING, mcp: '`fraud_model` — reads the `latest` version.' };
  expectNone(runRule(mcpConsistency, architectureDoc(fraudDoc({ pipelines: [FRAUD_TRAINING, latest], dataFlow: 'Scoring always follows the newest version.' }))));
});
