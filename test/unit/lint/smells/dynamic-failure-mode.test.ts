import { test } from 'node:test';
import { dynamicFailureMode } from '../../../../src/core/lint/rules/smells/dynamic-failure-mode';
import { CHURN_TRAINING, RAG_INDEXING } from './domains';
import { architectureDoc, expectNone, expectOne, runRule, type PipelineSpec } from './harness';

function docWith(p: PipelineSpec): string {
  return architectureDoc({ project: 'Contract Search', overview: 'Indexes supplier contracts.', pipelines: [p], dataFlow: 'One pipeline; no cross-pipeline flow yet.' });
}

test('CONTINUE_ON_FAILURE in a dynamic pipeline is an error on the line that asks for it', () => {
  const md = docWith({ ...RAG_INDEXING, orchestrator: 'Kubernetes; dynamic pipeline over the new documents with CONTINUE_ON_FAILURE so one bad PDF does not stop the batch.' });
  expectOne(runRule(dynamicFailureMode, md), dynamicFailureMode, md, 'CONTINUE_ON_FAILURE so one bad PDF', 'error');
});

test('"continue on failure" in prose counts too', () => {
  const md = docWith({ ...RAG_INDEXING, keyArtifacts: 'Chunk lists and the index manifest; runs continue on failure of a single document.' });
  expectOne(runRule(dynamicFailureMode, md), dynamicFailureMode, md, 'runs continue on failure', 'error');
});

test('near miss: CONTINUE_ON_FAILURE on a static pipeline is supported', () => {
  expectNone(runRule(dynamicFailureMode, docWith({ ...CHURN_TRAINING, orchestrator: 'Vertex AI, CONTINUE_ON_FAILURE execution mode.' })));
});
