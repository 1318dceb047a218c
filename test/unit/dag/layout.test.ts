import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildGraph, layoutGraph, type Layout } from '../../../src/core/dag';
import type { Box } from '../../../src/core/dag/layout';
import { MAX_DETAIL_CHARS } from '../../../src/core/dag/measure';
import { emptyArchitecture, emptyModelControlPlane, type Architecture } from '../../../src/core/model/architecture';
import { fraudArchitecture } from './architectures';

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function assertWellFormed(layout: Layout): void {
  const clusters = new Map(layout.clusters.map((c) => [c.id, c]));
  for (const n of layout.nodes) assert.ok(inside(n, clusters.get(n.cluster)!), `${n.id} lies inside its cluster`);
  for (const c of layout.clusters) assert.ok(inside(c.header, c), `${c.id} header lies inside it`);
  layout.clusters.forEach((a, i) =>
    layout.clusters.slice(i + 1).forEach((b) => assert.ok(!overlap(a, b), `${a.id} and ${b.id} do not overlap`)),
  );
  for (const c of layout.clusters) assert.ok(inside(c, { x: 0, y: 0, width: layout.width, height: layout.height }));
}

const xOrder = (layout: Layout, ids: string[]) =>
  [...ids].sort((a, b) => layout.clusters.find((c) => c.id === a)!.x - layout.clusters.find((c) => c.id === b)!.x);

/** Left/right relations between clusters side by side (overlapping vertically) in both layouts. */
function sideBySide(before: Layout, after: Layout): Array<[string, string, boolean, boolean]> {
  const rows = (a: Box, b: Box) => a.y < b.y + b.height && b.y < a.y + a.height;
  const find = (l: Layout, id: string) => l.clusters.find((c) => c.id === id)!;
  const ids = before.clusters.map((c) => c.id).filter((id) => after.clusters.some((c) => c.id === id));
  return ids.flatMap((a, i) =>
    ids
      .slice(i + 1)
      .filter((b) => rows(find(before, a), find(before, b)) && rows(find(after, a), find(after, b)))
      .map((b): [string, string, boolean, boolean] => [a, b, find(before, a).x < find(before, b).x, find(after, a).x < find(after, b).x]),
  );
}

test('the fraud architecture lays out with nodes in their clusters and no clusters overlapping', () => {
  const layout = layoutGraph(buildGraph(fraudArchitecture()));
  assertWellFormed(layout);
  const training = layout.nodes.filter((n) => n.cluster === 'pipeline:fraud_training');
  // Top to bottom: each step below the previous one.
  training.slice(1).forEach((n, i) => assert.ok(n.y > training[i]!.y + training[i]!.height));
  // A reader of the promoted model sits below the pipeline that promotes it.
  const promoter = layout.clusters.find((c) => c.id === 'pipeline:fraud_training')!;
  const reader = layout.clusters.find((c) => c.id === 'pipeline:nightly_scoring')!;
  assert.ok(reader.y >= promoter.y + promoter.height);
  const handoff = layout.edges.find((e) => e.kind === 'handoff')!;
  assert.ok(handoff.points.length >= 2 && handoff.labelBox !== null);
});

test('the same input gives the same coordinates', () => {
  const a = layoutGraph(buildGraph(fraudArchitecture()));
  const b = layoutGraph(buildGraph(fraudArchitecture()));
  assert.deepEqual(a, b);
});

test('a redraw reuses the groups an answer did not touch, and what a caller does to a layout never leaks into the next', () => {
  const first = layoutGraph(buildGraph(fraudArchitecture()));
  const copy = structuredClone(first);
  for (const n of first.nodes) n.x += 1000;
  first.clusters[0]!.badges.push({ text: 'scribbled', x: 0, y: 0, width: 1, height: 1 });
  first.edges[0]?.points.push({ x: -1, y: -1 });
  const changed = fraudArchitecture();
  changed.pipelines[0]!.steps[0]!.description += ', now with a longer description';
  layoutGraph(buildGraph(changed));
  assert.deepEqual(layoutGraph(buildGraph(fraudArchitecture())), copy, 'drawn again after another scope: the same coordinates as the first time');
});

test('adding a step grows only its own cluster; the others keep their order and size', () => {
  const arch = fraudArchitecture();
  const before = layoutGraph(buildGraph(arch));
  arch.pipelines[1]!.steps.splice(2, 0, { name: 'calibrate_scores', description: 'Isotonic calibration', produces: 'calibrated model' });
  const after = layoutGraph(buildGraph(arch), before);
  assertWellFormed(after);
  assert.deepEqual(after.order, before.order);
  const ids = before.clusters.map((c) => c.id);
  assert.deepEqual(xOrder(after, ids), xOrder(before, ids));
  for (const c of before.clusters) {
    const now = after.clusters.find((x) => x.id === c.id)!;
    if (c.id === 'pipeline:fraud_training') {
      const grown = now.height - c.height;
      assert.ok(grown > 0 && grown <= 100, `grows by about one step (${grown}px)`);
      assert.equal(now.x, c.x);
    } else {
      assert.deepEqual([now.width, now.height], [c.width, c.height], `${c.id} keeps its size`);
    }
  }
});

test('given the previous layout, reordering pipelines in the document does not swap them on screen', () => {
  const arch = fraudArchitecture();
  const before = layoutGraph(buildGraph(arch));
  // The document lists the MVP first once it is picked.
  const [features, training, ...rest] = arch.pipelines;
  const reordered: Architecture = { ...arch, pipelines: [training!, features!, ...rest] };
  const ids = before.clusters.map((c) => c.id);
  assert.deepEqual(xOrder(layoutGraph(buildGraph(reordered), before), ids), xOrder(before, ids));
  // Without it, the new document order wins: the proof that `previous` is what kept it.
  assert.notDeepEqual(xOrder(layoutGraph(buildGraph(reordered)), ids), xOrder(before, ids));
});

test('an empty architecture has an empty layout', () => {
  const layout = layoutGraph(buildGraph(emptyArchitecture()));
  assert.deepEqual([layout.width, layout.clusters.length, layout.nodes.length], [0, 0, 0]);
});

test('labels too long for a node are cut with an ellipsis, the full text kept for the tooltip', () => {
  const arch = fraudArchitecture();
  arch.pipelines[0]!.steps[0]!.produces = 'a partitioned parquet dataset of every raw authorisation event of the day, per region';
  const node = layoutGraph(buildGraph(arch)).nodes[0]!;
  assert.match(node.shownDetail, /^→ a partitioned parquet .*…$/);
  assert.ok(node.shownDetail.length <= MAX_DETAIL_CHARS);
  assert.match(node.title, /every raw authorisation event of the day/);
});

const arbitraryArchitecture = fc
  .array(
    fc.record({
      steps: fc.integer({ min: 0, max: 8 }),
      role: fc.constantFrom('producer', 'consumer', 'none'),
      mvp: fc.boolean(),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .chain((pipelines) =>
    fc.record({ pipelines: fc.constant(pipelines), notAPipeline: fc.integer({ min: 0, max: 3 }), deferred: fc.integer({ min: 0, max: 3 }) }),
  )
  .map(({ pipelines, notAPipeline, deferred }): Architecture => ({
    ...emptyArchitecture('Generated'),
    pipelines: pipelines.map((p, i) => ({
      ...fraudArchitecture().pipelines[0]!,
      name: `pipeline_${i}`,
      phase: p.mvp ? 'MVP' : 'Phase 2',
      steps: Array.from({ length: p.steps }, (_, s) => ({ name: `step_${s}_of_${i}`, description: '', produces: s % 2 ? 'an artifact' : '' })),
      modelControlPlane:
        p.role === 'none'
          ? emptyModelControlPlane()
          : { model: 'shared_model', producesVersions: p.role === 'producer', promotesTo: p.role === 'producer' ? 'production' : null, consumesStage: p.role === 'consumer' ? 'production' : null },
    })),
    notAPipeline: Array.from({ length: notAPipeline }, (_, i) => ({ name: `service ${i}`, reason: 'r', alternative: 'Grafana' })),
    deferred: Array.from({ length: deferred }, (_, i) => ({ name: `later ${i}`, reason: 'r' })),
  }));

test('any architecture lays out well-formed and deterministically', () => {
  fc.assert(
    fc.property(arbitraryArchitecture, (arch) => {
      const layout = layoutGraph(buildGraph(arch));
      assertWellFormed(layout);
      assert.deepEqual(layoutGraph(buildGraph(arch)), layout);
    }),
    { numRuns: 40 },
  );
});

test('for any architecture, adding a step to one pipeline never reorders the clusters', () => {
  fc.assert(
    fc.property(arbitraryArchitecture, fc.nat(), (arch, pick) => {
      const before = layoutGraph(buildGraph(arch));
      const grown = structuredClone(arch);
      const target = grown.pipelines[pick % grown.pipelines.length]!;
      target.steps.push({ name: 'one_more_step', description: '', produces: 'report' });
      const after = layoutGraph(buildGraph(grown), before);
      for (const [a, b, wasLeft, isLeft] of sideBySide(before, after)) assert.equal(isLeft, wasLeft, `${a} vs ${b}`);
    }),
    { numRuns: 40 },
  );
});
