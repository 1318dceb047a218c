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

test('CONTINUE_ON_FAILURE in a paragraph under a dynamic pipeline counts', () => {
  const md = docWith(RAG_INDEXING).replace('- **Model Control Plane**', 'Failed documents should not block the others, so the run uses CONTINUE_ON_FAILURE.\n\n- **Model Control Plane**');
  expectOne(runRule(dynamicFailureMode, md), dynamicFailureMode, md, 'so the run uses CONTINUE_ON_FAILURE', 'error');
});

test('near miss: a document that says CONTINUE_ON_FAILURE is unavailable is following the advice', () => {
  for (const sentence of [
    'CONTINUE_ON_FAILURE isn\'t offered for dynamic runs, so each mapped step catches its own parse errors.',
    'Since dynamic pipelines cannot use CONTINUE_ON_FAILURE, a try/except around the parse step skips bad PDFs.',
    'Instead of CONTINUE_ON_FAILURE we log the failing document and move on.',
  ]) {
    const md = docWith(RAG_INDEXING).replace('- **Model Control Plane**', `${sentence}\n\n- **Model Control Plane**`);
    expectNone(runRule(dynamicFailureMode, md));
  }
});
