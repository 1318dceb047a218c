import assert from 'node:assert/strict';
import { test } from 'node:test';
import { duplicateTracking } from '../../../../src/core/lint/rules/smells/duplicate-tracking';
import { CHURN_TRAINING } from './domains';
import { architectureDoc, expectNone, expectOne, runRule } from './harness';

function withSteps(...last: string[]): string {
  const steps = [...CHURN_TRAINING.steps.slice(0, 3), ...last];
  return architectureDoc({ project: 'Subscription Churn', overview: 'Predicts churn.', pipelines: [{ ...CHURN_TRAINING, steps }], dataFlow: 'Training promotes to production.' });
}

test('a step that returns a metrics dict and logs the same metrics as metadata is flagged on that step', () => {
  const md = withSteps('evaluate — computes AUC and calibration on the holdout month and logs the metrics as metadata → produces metrics dict');
  expectOne(runRule(duplicateTracking, md), duplicateTracking, md, 'evaluate — computes AUC');
});

test('metrics returned by one step and logged again by the next are flagged on the logging step', () => {
  const md = withSteps(
    'evaluate — computes AUC and calibration on the holdout month → produces evaluation metrics',
    'log_metrics — logs the AUC and calibration to the model version with log_metadata → produces nothing new',
  );
  const f = expectOne(runRule(duplicateTracking, md), duplicateTracking, md, 'log_metrics');
  assert.match(f.message, /`evaluate` returns the metrics as an artifact and step `log_metrics` logs them again/);
});

test('near miss: metrics as metadata and a report as the artifact is the seed\'s recommendation', () => {
  expectNone(runRule(duplicateTracking, withSteps('evaluate — logs AUC and calibration as model metadata → produces evaluation report with calibration plots')));
});
