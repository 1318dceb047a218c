import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dynamicOveruse } from '../../../../src/core/lint/rules/smells/dynamic-overuse';
import { CHURN_TRAINING, RAG_INDEXING } from './domains';
import { architectureDoc, expectNone, expectOne, runRule, type DocSpec, type PipelineSpec } from './harness';

const CLAUSE_REVIEW: PipelineSpec = {
  name: 'Clause Risk Review',
  phase: 'Phase 2',
  purpose: 'Classifies the risk of each indexed clause with the fine-tuned classifier.',
  trigger: 'Weekly on Sunday.',
  steps: [
    'load_clauses — reads the clauses indexed this week → produces clause list',
    'classify — scores each clause, one mapped step per contract → produces risk labels',
    'summarise — writes a risk summary per supplier → produces risk report',
  ],
  dataSources: 'The pgvector clause table',
  orchestrator: 'Kubernetes; dynamic pipeline (fans out at runtime) over contracts.',
  mcp: '`clause_risk_model` — reads the `production` version.',
};

function legalDoc(pipelines: PipelineSpec[]): string {
  const spec: DocSpec = {
    project: 'Contract Intelligence',
    overview: 'Indexes supplier contracts for the legal assistant and reviews clause risk.',
    pipelines,
    dataFlow: 'Contract Indexing writes the clause index that Clause Risk Review reads. `clause_risk_model` is trained outside ZenML today and registered by hand, promoted to production by the legal-ops lead.',
  };
  return architectureDoc(spec);
}

test('every pipeline dynamic is flagged once, on the first dynamic pipeline', () => {
  const md = legalDoc([RAG_INDEXING, CLAUSE_REVIEW]);
  const f = expectOne(runRule(dynamicOveruse, md), dynamicOveruse, md, '### Pipeline 1: Contract Indexing');
  assert.match(f.message, /2 of 2 pipelines are dynamic/);
});

test('dynamic logic that spawns more dynamic branching is flagged on the line that says so', () => {
  const nested = { ...RAG_INDEXING, orchestrator: 'Kubernetes; dynamic pipeline whose child pipelines spawn more dynamic branches per supplier.' };
  const md = legalDoc([nested, CHURN_TRAINING]);
  expectOne(runRule(dynamicOveruse, md), dynamicOveruse, md, '**Orchestrator requirements**: Kubernetes; dynamic pipeline whose child');
});

test('near miss: one dynamic fan-out over documents next to a static pipeline is what the seed recommends', () => {
  expectNone(runRule(dynamicOveruse, legalDoc([RAG_INDEXING, { ...CHURN_TRAINING, phase: 'Phase 2' }])));
});
