import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph } from '../../../src/core/dag';
import { emptyArchitecture } from '../../../src/core/model/architecture';
import { fraudArchitecture } from './architectures';

test('one cluster per pipeline with its steps in order, then the two groups drawn apart', () => {
  const g = buildGraph(fraudArchitecture());
  assert.deepEqual(
    g.clusters.map((c) => [c.kind, c.label]),
    [
      ['pipeline', 'transaction_features'],
      ['pipeline', 'fraud_training'],
      ['pipeline', 'nightly_scoring'],
      ['pipeline', 'checkout_scoring_service'],
      ['not-a-pipeline', 'Not a pipeline'],
      ['deferred', 'Deferred'],
    ],
  );
  const training = g.clusters[1]!;
  assert.deepEqual(
    g.nodes.filter((n) => n.cluster === training.id).map((n) => n.label),
    ['load_feature_snapshot', 'split_by_time', 'train_gbm', 'evaluate_against_production'],
  );
  assert.deepEqual(
    g.nodes.filter((n) => n.kind === 'not-a-pipeline').map((n) => [n.label, n.detail]),
    [
      ['Kafka transaction stream', 'Kafka consumers, with periodic pipeline runs on the accumulated batches'],
      ['Fraud analyst dashboard', 'Grafana'],
      ['Score drift alerts', 'Grafana alerts to PagerDuty'],
    ],
  );
  assert.deepEqual(g.nodes.filter((n) => n.kind === 'deferred').map((n) => n.label), ['Hyperparameter tuning', 'Feature store']);
});

test('step edges chain each pipeline and never cross pipelines', () => {
  const g = buildGraph(fraudArchitecture());
  const flow = g.edges.filter((e) => e.kind === 'flow');
  assert.equal(flow.length, 2 + 3 + 2 + 2);
  const clusterOf = new Map(g.nodes.map((n) => [n.id, n.cluster]));
  for (const e of flow) assert.equal(clusterOf.get(e.from), clusterOf.get(e.to), e.id);
  const label = new Map(g.nodes.map((n) => [n.id, n.label]));
  assert.ok(flow.some((e) => label.get(e.from) === 'train_gbm' && label.get(e.to) === 'evaluate_against_production'));
});

test('Model Control Plane hand-offs go from the promoting pipeline to each reader, labelled model @ stage', () => {
  const g = buildGraph(fraudArchitecture());
  const label = new Map(g.nodes.map((n) => [n.id, n.label]));
  const handoffs = g.edges.filter((e) => e.kind === 'handoff').map((e) => [label.get(e.from), e.label, label.get(e.to)]);
  assert.deepEqual(handoffs, [
    ['evaluate_against_production', 'fraud_model @ production', 'load_pending_transactions'],
    ['evaluate_against_production', 'fraud_model @ production', 'parse_request'],
  ]);
  assert.match(g.edges.find((e) => e.kind === 'handoff')!.title, /fraud_training promotes fraud_model to production; nightly_scoring reads/);
});

test('with no pipeline promoting, the hand-off comes from the producer and says promotion is by hand', () => {
  const arch = fraudArchitecture();
  arch.pipelines[1]!.modelControlPlane.promotesTo = null;
  const handoffs = buildGraph(arch).edges.filter((e) => e.kind === 'handoff');
  assert.equal(handoffs.length, 2);
  assert.ok(handoffs.every((e) => e.from.startsWith('pipeline:fraud_training/') && /promoted to production by hand/.test(e.title)));
});

test('a model of another name, or a pipeline reading its own model, draws no hand-off', () => {
  const arch = fraudArchitecture();
  arch.pipelines[2]!.modelControlPlane.model = 'chargeback_model';
  arch.pipelines[1]!.modelControlPlane.consumesStage = 'production'; // champion/challenger in one pipeline
  const handoffs = buildGraph(arch).edges.filter((e) => e.kind === 'handoff');
  assert.deepEqual(handoffs.map((e) => e.to), ['pipeline:checkout_scoring_service/step:0']);
});

test('only the MVP pipeline is flagged, whatever the case of its phase label', () => {
  const arch = fraudArchitecture();
  arch.pipelines[1]!.phase = ' mvp ';
  const flagged = buildGraph(arch).clusters.filter((c) => c.mvp).map((c) => c.label);
  assert.deepEqual(flagged, ['fraud_training']);
  assert.deepEqual(buildGraph(arch).clusters.filter((c) => c.deployed).map((c) => c.label), ['checkout_scoring_service']);
});

test('a pipeline without steps yet still gets a cluster, with a placeholder node', () => {
  const arch = fraudArchitecture();
  arch.pipelines[0]!.steps = [];
  const g = buildGraph(arch);
  const nodes = g.nodes.filter((n) => n.cluster === 'pipeline:transaction_features');
  assert.deepEqual(nodes.map((n) => [n.kind, n.label]), [['placeholder', 'steps not decided yet']]);
});

test('two pipelines with the same name mid-interview get distinct ids', () => {
  const arch = fraudArchitecture();
  arch.pipelines[2]!.name = 'fraud_training';
  const ids = buildGraph(arch).clusters.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length);
});

test('an empty architecture is an empty graph', () => {
  assert.deepEqual(buildGraph(emptyArchitecture()), { clusters: [], nodes: [], edges: [], omitted: null });
});
