/**
 * What the DAG draws beyond the model hand-offs, and how it copes with what no one should draw:
 * the dataset a data pipeline hands to training (an edge, in the Mermaid export too), and
 * architectures far too big for one picture (drawn in part, with a notice; never a throw).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph, layoutGraph, toMermaid, toSvg } from '../../../src/core/dag';
import { DRAWN } from '../../../src/core/dag/graph';
import { dataAndTraining, largeArchitecture } from './architectures';

test('a pipeline reading the dataset another one produces gets a dataset edge from it', () => {
  const arch = dataAndTraining();
  const g = buildGraph(arch);
  const data = g.edges.filter((e) => e.kind === 'dataset');
  assert.deepEqual(data.map((e) => [e.from, e.to, e.label]), [['pipeline:data preparation/step:2', 'pipeline:model training/step:0', 'dataset']]);
  assert.match(data[0]!.title, /Model Training reads versioned train and evaluation sets that Data Preparation produces/);
  // Drawn, and laid out with the reader below its producer.
  const layout = layoutGraph(g);
  const edge = layout.edges.find((e) => e.kind === 'dataset')!;
  assert.ok(edge.points.length >= 2 && edge.labelBox);
  const [producer, reader] = ['pipeline:data preparation', 'pipeline:model training'].map((id) => layout.clusters.find((c) => c.id === id)!);
  assert.ok(reader!.y > producer!.y + producer!.height - 1, 'the reader sits below the producer');
  assert.match(toSvg(layout, { title: arch.project }), /class="dag-edge dataset"/);
  assert.match(toMermaid(arch), /n\d+ ==>\|"dataset"\| n\d+/);
});

test('a pipeline is not read from because its name is part of a longer word', () => {
  const arch = dataAndTraining();
  arch.pipelines[1]!.dataSources = ['Data Preparationless exports'];
  assert.deepEqual(buildGraph(arch).edges.filter((e) => e.kind === 'dataset'), []);
});

test('20,000 steps in one pipeline: drawn in part with a notice, in well under a second, never a throw', () => {
  const arch = largeArchitecture(1, 20_000);
  const started = performance.now();
  const layout = layoutGraph(buildGraph(arch));
  assert.ok(performance.now() - started < 1000);
  const drawn = layout.nodes.filter((n) => n.cluster.startsWith('pipeline:'));
  assert.equal(drawn.length, DRAWN.steps);
  assert.match(drawn.at(-1)!.label, /^\+ 19,971 more steps$/);
  assert.match(layout.omitted!, /Too big to draw whole: steps beyond 30 in 1 pipeline not drawn/);
  assert.ok(toSvg(layout, { title: 'x' }).length > 0);
  assert.match(toMermaid(arch), /%% Too big to draw whole/);
});

test('hundreds of pipelines and items are counted, not drawn', () => {
  const arch = largeArchitecture(100, 300);
  arch.deferred = Array.from({ length: 500 }, (_, i) => ({ name: `later ${i}`, reason: 'later' }));
  const g = buildGraph(arch);
  assert.equal(g.clusters.filter((c) => c.kind === 'pipeline').length, DRAWN.pipelines);
  assert.equal(g.nodes.filter((n) => n.kind === 'deferred').length, DRAWN.items);
  assert.match(g.omitted!, /76 pipelines, 470 deferred items not drawn/);
});

test('an architecture that fits is drawn whole, with no notice', () => {
  assert.equal(buildGraph(dataAndTraining()).omitted, null);
});
