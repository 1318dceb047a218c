import { test } from 'node:test';
import { microserviceSteps } from '../../../../src/core/lint/rules/smells/microservice-steps';
import { FRAUD_TRAINING, fraudDoc } from './domains';
import { architectureDoc, expectNone, expectOne, runRule } from './harness';

function withStep(step: string, at = 1): string {
  const steps = [...FRAUD_TRAINING.steps];
  steps[at] = step;
  return architectureDoc(fraudDoc({ pipelines: [{ ...FRAUD_TRAINING, steps }] }));
}

test('a step that runs as its own microservice is flagged on its step line', () => {
  const md = withStep('build_features — runs as its own microservice behind a REST API so other teams can call it → produces feature matrix');
  expectOne(runRule(microserviceSteps, md), microserviceSteps, md, 'build_features — runs as its own microservice');
});

test('"each step should be its own microservice" anywhere in the pipeline is flagged there', () => {
  const md = architectureDoc(fraudDoc({ pipelines: [{ ...FRAUD_TRAINING, orchestrator: 'Kubernetes; each step should be its own microservice with its own deployment.' }] }));
  expectOne(runRule(microserviceSteps, md), microserviceSteps, md, '**Orchestrator requirements**: Kubernetes; each step');
});

test('near miss: a step that calls an existing service is still a step', () => {
  expectNone(runRule(microserviceSteps, withStep('build_features — enriches each transaction by calling the separate geo-IP service, then computes velocity features → produces feature matrix')));
});
