import { test } from 'node:test';
import { featureStoreMvp } from '../../../../src/core/lint/rules/smells/feature-store-mvp';
import { CHURN_TRAINING } from './domains';
import { architectureDoc, expectNone, expectOne, runRule, type PipelineSpec } from './harness';

function churnDoc(training: PipelineSpec, deferred?: string[]): string {
  return architectureDoc({
    project: 'Subscription Churn',
    overview: 'Predicts which accounts will churn next month for the retention team.',
    pipelines: [training],
    dataFlow: 'Churn Model Training promotes passing versions to production; the retention team reads production from the CRM sync.',
    deferred,
  });
}

test('an MVP that builds a new feature store is flagged on the step that does it', () => {
  const steps = [...CHURN_TRAINING.steps];
  steps.splice(2, 0, 'publish_features — writes the engineered features to a new Feast feature store → produces feature views');
  const md = churnDoc({ ...CHURN_TRAINING, steps });
  expectOne(runRule(featureStoreMvp, md), featureStoreMvp, md, 'publish_features');
});

test('an MVP whose orchestrator needs a feature store stood up is flagged there', () => {
  const md = churnDoc({ ...CHURN_TRAINING, orchestrator: 'Vertex AI plus a Vertex feature store for online features' });
  expectOne(runRule(featureStoreMvp, md), featureStoreMvp, md, '**Orchestrator requirements**: Vertex AI plus');
});

test('near miss: a feature store deferred, one the platform team already runs, or one the MVP does without', () => {
  expectNone(runRule(featureStoreMvp, churnDoc(CHURN_TRAINING, ['- **Feature store**: when a second model needs the same features online.'])));
  expectNone(runRule(featureStoreMvp, churnDoc({ ...CHURN_TRAINING, dataSources: 'BigQuery account snapshots, the existing Feast feature store the platform team runs' })));
  expectNone(runRule(featureStoreMvp, churnDoc({ ...CHURN_TRAINING, purpose: 'Trains the churn model with features materialized as artifacts, without a feature store.' })));
});
