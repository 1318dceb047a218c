/** How a language model's checked proposals attach to the engine's pipelines. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withProposedPipelines } from '../../../src/core/assist/apply';
import type { PlannedPipeline } from '../../../src/core/planning/decompose';
import type { CheckedProposals, ProposedPipeline } from '../../../src/core/assist/checked';

const plan = (id: string, componentIds: string[]): PlannedPipeline => ({
  id,
  kind: 'training',
  name: id,
  purpose: 'engine purpose',
  trigger: 'Manual',
  cadence: null,
  steps: [{ name: 'engine_step', description: 'engine', produces: 'x' }],
  dataSources: [],
  keyArtifacts: [],
  componentIds,
  dynamic: false,
  latencyMs: null,
  producesVersions: true,
});

const proposal = (name: string, componentIds: string[]): ProposedPipeline => ({
  name,
  purpose: `${name} purpose`,
  trigger: null,
  componentIds,
  steps: [
    { name: `${name}_a`, description: 'a', produces: 'a' },
    { name: `${name}_b`, description: 'b', produces: 'b' },
    { name: `${name}_c`, description: 'c', produces: 'c' },
  ],
  keyArtifacts: [],
});

const proposals = (pipelines: ProposedPipeline[]): CheckedProposals => ({ buckets: {}, pipelines, dataFlow: [], openQuestions: [] });

test('a pipeline that merged data work into its model work takes the proposal for its model work, whichever the model listed first', () => {
  // The plan lists its model work first; the model proposed the dataset before the evaluation.
  const merged = plan('training', ['evaluation', 'ingestion']);
  for (const order of [
    [proposal('dataset', ['ingestion']), proposal('evaluation', ['evaluation'])],
    [proposal('evaluation', ['evaluation']), proposal('dataset', ['ingestion'])],
  ]) {
    const [out] = withProposedPipelines([merged], proposals(order));
    assert.equal(out!.purpose, 'evaluation purpose');
  }
});

test('more shared components still win over the tie-break, and a plan no proposal covers keeps the engine\'s steps', () => {
  const [covered, alone] = withProposedPipelines(
    [plan('training', ['evaluation', 'ingestion', 'processing']), plan('other', ['report'])],
    proposals([proposal('evaluation', ['evaluation']), proposal('dataset', ['ingestion', 'processing'])]),
  );
  assert.equal(covered!.purpose, 'dataset purpose');
  assert.equal(alone!.purpose, 'engine purpose');
  assert.deepEqual(alone!.steps.map((s) => s.name), ['engine_step']);
});
