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

// A model produced in other words: the pipeline that names its model unpinned makes versions (ZenML's
// `Model(name=…)`), a field may name several models, and the data flow may say who makes and promotes.
const reviewerPromotes = (dataFlow: string, trainingMcp = '`fraud_model`; the fraud lead signs off the winners.') =>
  architectureDoc(fraudDoc({ pipelines: [{ ...FRAUD_TRAINING, mcp: trainingMcp }, FRAUD_SCORING], dataFlow }));

test('a model made in other words: named unpinned, several in one field, or made by a pipeline the data flow names', () => {
  expectNone(runRule(mcpConsistency, reviewerPromotes('Once the fraud lead is satisfied, she moves that version to `production`.')));
  expectNone(runRule(mcpConsistency, reviewerPromotes('The head of risk approves a version as `production` each quarter.', 'Fits `fraud_rules` and `fraud_model` each week.')));
  const onlyConsumer = architectureDoc(fraudDoc({ pipelines: [FRAUD_SCORING], dataFlow: 'A separate backtesting job builds versions of `fraud_model`, and the risk committee tags the best one as `production`.' }));
  expectNone(runRule(mcpConsistency, onlyConsumer));
});

test('near miss: a data flow that says nothing makes or promotes the model still leaves the gap', () => {
  const unmade = architectureDoc(fraudDoc({ pipelines: [FRAUD_SCORING], dataFlow: 'Nothing registers `fraud_model` yet; a contractor hands over a pickle.' }));
  assert.match(expectOne(runRule(mcpConsistency, unmade), mcpConsistency, unmade, SCORING_MCP).message, /no pipeline produces versions/);
  const unpromoted = reviewerPromotes('The fraud lead never moves a version to `production` by hand.');
  assert.match(expectOne(runRule(mcpConsistency, unpromoted), mcpConsistency, unpromoted, SCORING_MCP).message, /nothing promotes/);
  const readerOnly = architectureDoc(fraudDoc({ pipelines: [FRAUD_SCORING, { ...FRAUD_TRAINING, mcp: 'Reads `fraud_model` at `production` to compare.' }], dataFlow: 'Scoring follows production.' }));
  const both = runRule(mcpConsistency, readerOnly);
  assert.equal(both.length, 2, 'each reader of the unmade model is told');
  for (const f of both) assert.match(f.message, /no pipeline produces versions/);
});

test('promotion said in the owner\'s own Model Control Plane field, in other words', () => {
  for (const trainingMcp of [
    '`fraud_model`; versions land in `staging` and the release manager moves the best one to `production` by hand.',
    '`fraud_model`, new version weekly; the model risk committee approves one for production each month.',
    '`fraud_model`. Each run is tagged `staging`; a reviewer later tags the chosen version as `production`.',
  ]) expectNone(runRule(mcpConsistency, reviewerPromotes('Scoring follows the stage the reviewers set.', trainingMcp)));
});
