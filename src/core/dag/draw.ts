/**
 * Layout → a tree of SVG elements as plain data. One drawing for both outputs: `toSvg`
 * serialises it to a standalone file, the webview turns it into preact elements.
 */
import type { Cluster, EdgeKind } from './graph';
import type { LaidOutCluster, LaidOutEdge, LaidOutNode, Layout, Point } from './layout';

export interface SvgElement {
  tag: string;
  attrs: Record<string, string | number>;
  children: (SvgElement | string)[];
}

function el(tag: string, attrs: SvgElement['attrs'], ...children: (SvgElement | string)[]): SvgElement {
  return { tag, attrs, children };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A smooth path through dagre's edge points: straight segments joined by quadratic curves. */
export function edgePath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  let d = `M${round(first!.x)},${round(first!.y)}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const c = rest[i]!;
    const next = rest[i + 1]!;
    d += ` Q${round(c.x)},${round(c.y)} ${round((c.x + next.x) / 2)},${round((c.y + next.y) / 2)}`;
  }
  const last = rest[rest.length - 1];
  if (last) d += ` L${round(last.x)},${round(last.y)}`;
  return d;
}

function arrowMarker(kind: EdgeKind): SvgElement {
  return el(
    'marker',
    { id: `dag-arrow-${kind}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
    el('path', { class: `dag-arrow ${kind}`, d: 'M0,0 L10,5 L0,10 z' }),
  );
}

function classes(...names: (string | false)[]): string {
  return names.filter(Boolean).join(' ');
}

function drawCluster(c: LaidOutCluster): SvgElement {
  const badges = c.badges.map((b) =>
    el(
      'g',
      { class: classes('dag-badge', b.text.toUpperCase() === 'MVP' && 'mvp') },
      el('rect', { x: round(b.x), y: round(b.y), width: b.width, height: b.height, rx: 8 }),
      el('text', { x: round(b.x + b.width / 2), y: round(b.y + 12), 'text-anchor': 'middle' }, b.text),
    ),
  );
  return el(
    'g',
    {
      class: classes('dag-cluster', `kind-${c.kind}`, c.mvp && 'mvp', c.deployed && 'deployed'),
      'data-cluster': c.id,
      'data-kind': c.kind,
      'data-mvp': String(c.mvp),
    },
    // The tooltip starts with the full name, which the drawn title may cut.
    el('title', {}, clusterTitle(c)),
    el('rect', { class: 'dag-cluster-box', x: round(c.x), y: round(c.y), width: round(c.width), height: round(c.height), rx: 10 }),
    el('text', { class: 'dag-cluster-label', x: round(c.title.x), y: round(c.title.y + 12) }, c.title.text),
    ...badges,
    el('text', { class: 'dag-cluster-meta', x: round(c.subtitle.x), y: round(c.subtitle.y + 12) }, c.subtitle.text),
  );
}

function clusterTitle(c: Cluster): string {
  if (c.kind !== 'pipeline') return c.label;
  return [`${c.label} (${c.phase})`, `Trigger: ${c.meta}`, c.deployed ? 'Deployed over HTTP with pipeline.deploy()' : '', c.dynamic ? 'Dynamic pipeline (runtime fan-out)' : '']
    .filter(Boolean)
    .join('\n');
}

function drawNode(n: LaidOutNode): SvgElement {
  const cx = n.x + n.width / 2;
  const texts = n.shownDetail
    ? [
        el('text', { class: 'dag-node-label', x: round(cx), y: round(n.y + 18), 'text-anchor': 'middle' }, n.shownLabel),
        el('text', { class: 'dag-node-detail', x: round(cx), y: round(n.y + 36), 'text-anchor': 'middle' }, n.shownDetail),
      ]
    : [el('text', { class: 'dag-node-label', x: round(cx), y: round(n.y + 18), 'text-anchor': 'middle' }, n.shownLabel)];
  return el(
    'g',
    { class: classes('dag-node', `kind-${n.kind}`), 'data-node': n.id },
    el('title', {}, n.title),
    el('rect', { x: round(n.x), y: round(n.y), width: round(n.width), height: round(n.height), rx: 6 }),
    ...texts,
  );
}

function drawEdge(e: LaidOutEdge): SvgElement {
  const children: SvgElement[] = [el('path', { d: edgePath(e.points), 'marker-end': `url(#dag-arrow-${e.kind})` })];
  if (e.title) children.unshift(el('title', {}, e.title));
  if (e.labelBox) {
    const b = e.labelBox;
    children.push(
      el(
        'g',
        { class: 'dag-edge-label' },
        el('rect', { x: round(b.x), y: round(b.y), width: round(b.width), height: round(b.height), rx: 9 }),
        el('text', { x: round(b.x + b.width / 2), y: round(b.y + b.height / 2 + 4), 'text-anchor': 'middle' }, e.label),
      ),
    );
  }
  return el('g', { class: `dag-edge ${e.kind}`, 'data-edge': e.id, 'data-from': e.from, 'data-to': e.to }, ...children);
}

/** The whole drawing, in paint order: clusters, step edges, nodes, then hand-offs (model, dataset) on top. */
export function drawLayout(layout: Layout): SvgElement {
  return el(
    'g',
    { class: 'dag' },
    el('defs', {}, arrowMarker('flow'), arrowMarker('handoff'), arrowMarker('dataset')),
    ...layout.clusters.map(drawCluster),
    ...layout.edges.filter((e) => e.kind === 'flow').map(drawEdge),
    ...layout.nodes.map(drawNode),
    ...layout.edges.filter((e) => e.kind !== 'flow').map(drawEdge),
  );
}
