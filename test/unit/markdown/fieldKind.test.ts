import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocumentStrict as parse } from '../../../src/core/markdown/parse';

const pipeline = (lines: string[]) => {
  const doc = parse(['# Pipeline Architecture: Parcels', '', '## Pipeline Decomposition', '', '### Pipeline 1: Route Learning (MVP)', '', ...lines, ''].join('\n'));
  return { p: doc.architecture.pipelines[0]!, pp: doc.pipelines[0]! };
};
const STEPS = ['- **Steps**:', '  1. load_scans — reads scans → scan frame', '  2. fit — fits the route model → model'];

test('fields under labels in the writer\'s words are recognised by what they hold', () => {
  const { p, pp } = pipeline([
    '- **Purpose**: Learns depot routes.',
    '- **When it kicks off**: Nightly at 01:30, or by hand after a map change.',
    ...STEPS,
    '- **Compute:** SageMaker, one CPU instance.',
    '- **Model handling:** `route_model` gets a new version each run; the depot lead promotes one to `production`.',
  ]);
  assert.equal(p.trigger, 'Nightly at 01:30, or by hand after a map change.');
  assert.deepEqual(p.orchestrator, ['SageMaker, one CPU instance.']);
  assert.equal(p.modelControlPlane.model, 'route_model');
  assert.equal(p.modelControlPlane.promotesTo, 'production');
  assert.deepEqual(Object.keys(pp.extraFields), []);
  assert.equal(p.steps.length, 2);
});

test('near miss: a step that mentions an orchestrator or a cadence stays a step; a present field is not replaced', () => {
  const { p, pp } = pipeline([
    '- **Orchestrator requirements**: Kubernetes.',
    '- **Owner:** the routing team, weekly reviews.',
    ...STEPS,
    '- evaluate — compares with last week on Kubernetes, nightly → report',
    '- **Also runs on:** Vertex AI for experiments.',
  ]);
  assert.deepEqual(p.steps.map((s) => s.name).slice(0, 3), ['load_scans', 'fit', 'evaluate']);
  assert.deepEqual(p.orchestrator, ['Kubernetes.']);
  assert.equal(pp.fields.trigger, undefined, 'an owner line with "weekly" in it is no trigger');
});
