import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dynamicOrchestrator } from '../../../../src/core/lint/rules/smells/dynamic-orchestrator';
import { RAG_INDEXING } from './domains';
import { architectureDoc, expectNone, expectOne, runRule, type PipelineSpec } from './harness';

function ragDoc(indexing: PipelineSpec): string {
  return architectureDoc({
    project: 'Contract Search',
    overview: 'Indexes supplier contracts so the legal assistant can retrieve clauses.',
    pipelines: [indexing],
    dataFlow: 'Contract Indexing writes the pgvector table the assistant queries; no model is versioned.',
  });
}

test('a dynamic pipeline on Kubeflow cannot run at all: an error on the orchestrator line', () => {
  const md = ragDoc({ ...RAG_INDEXING, orchestrator: 'Kubeflow on the shared cluster; dynamic pipeline (fans out at runtime) over the new documents.' });
  const f = expectOne(runRule(dynamicOrchestrator, md), dynamicOrchestrator, md, '**Orchestrator requirements**: Kubeflow', 'error');
  assert.match(f.message, /Kubeflow does not run dynamic pipelines/);
  assert.match(f.message, /Kubernetes, Vertex AI, SageMaker, AzureML/);
});

test('parallel fan-out on the local orchestrator runs inline: a warning', () => {
  const md = ragDoc({ ...RAG_INDEXING, orchestrator: 'Local orchestrator on the team\'s workstation; dynamic pipeline over the new documents, in parallel.' });
  const f = expectOne(runRule(dynamicOrchestrator, md), dynamicOrchestrator, md, '**Orchestrator requirements**: Local orchestrator', 'warning');
  assert.match(f.message, /one after another/);
});

test('near miss: dynamic with isolated parallel steps on Kubernetes', () => {
  expectNone(runRule(dynamicOrchestrator, ragDoc(RAG_INDEXING)));
});

test('near miss: a static pipeline on Kubeflow, and a sequential dynamic pipeline run locally', () => {
  expectNone(runRule(dynamicOrchestrator, ragDoc({ ...RAG_INDEXING, orchestrator: 'Kubeflow on the shared cluster.' })));
  expectNone(runRule(dynamicOrchestrator, ragDoc({ ...RAG_INDEXING, orchestrator: 'Local Docker; dynamic pipeline over a handful of documents.' })));
});

test('a pipeline said to be dynamic in other words, on an orchestrator that cannot run it', () => {
  for (const [field, value] of [
    ['orchestrator', 'Airflow on the data platform; the pipeline is dynamic, one branch per uploaded contract.'],
    ['purpose', 'Indexes new contracts; how many documents arrive is only known at run time, so the steps are spawned at runtime.'],
    ['orchestrator', 'Databricks jobs, with dynamic branching over the contract folders.'],
    ['orchestrator', 'Airflow; at run time it adds a task for each contract in the batch.'],
  ] as const) {
    const base = { ...RAG_INDEXING, orchestrator: field === 'orchestrator' ? value : 'Tekton on the shared cluster.' };
    const md = ragDoc(field === 'purpose' ? { ...base, purpose: value } : base);
    expectOne(runRule(dynamicOrchestrator, md), dynamicOrchestrator, md, '**Orchestrator requirements**', 'error');
  }
});

test('near miss: a static pipeline described with the same words, denied', () => {
  for (const orchestrator of [
    'Airflow; the pipeline is not dynamic: a fixed DAG over yesterday\'s contracts.',
    'Airflow, without dynamic branching: every document goes through the same steps.',
    'Airflow. Dynamic range compression is applied to the scans before OCR.',
  ]) expectNone(runRule(dynamicOrchestrator, ragDoc({ ...RAG_INDEXING, orchestrator })));
});
