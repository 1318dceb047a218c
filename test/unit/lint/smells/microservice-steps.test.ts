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

/** The fraud training pipeline with a paragraph under its fields. */
const withParagraph = (paragraph: string) =>
  architectureDoc(fraudDoc()).replace('### Pipeline 2', `${paragraph}\n\n### Pipeline 2`);

test('a microservice design stated in a paragraph under the pipeline is flagged on that line', () => {
  for (const paragraph of [
    'Deployment note: the stages of this pipeline will be packaged as independent services so each team can release its own.',
    'We plan one service per stage, owned by the platform group.',
    'Loading, featurising and training live in different repos; the steps talk to each other over gRPC.',
    'To scale them apart, each of these steps will be\nwrapped as its own small service.',
  ]) {
    const md = withParagraph(paragraph);
    expectOne(runRule(microserviceSteps, md), microserviceSteps, md, paragraph.slice(0, 30));
  }
});

test('near miss: a paragraph that rules the design out, or names services the steps call', () => {
  for (const paragraph of [
    'We considered one service per stage and rejected it: the steps stay steps of one pipeline.',
    'Rather than separate services for each step, the steps share one Docker image.',
    'The features step calls the fraud-rules service over HTTP for each merchant.',
  ]) expectNone(runRule(microserviceSteps, withParagraph(paragraph)));
});
