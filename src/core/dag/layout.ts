/**
 * Graph → coordinates with @dagrejs/dagre (maintained, and it lays out compound
 * graphs: each pipeline is a cluster holding its steps).
 *
 * Top to bottom: a pipeline reads as a column of steps, pipelines stand side by side,
 * and a pipeline that reads a promoted model sits below the one that promotes it.
 *
 * Stability: the cluster order is the previous layout's order for clusters that already
 * existed, new ones after them. Clusters that share no edge are laid out apart and packed
 * left to right in that order, so they can never trade places; within a group joined by
 * hand-offs, dagre's order constraints pin the same order. Same input, same coordinates:
 * dagre is deterministic for a given insertion order. So answering a question (adding a
 * step, moving the MVP first in the document) does not make pipelines swap places.
 */
import { graphlib, layout as dagreLayout } from '@dagrejs/dagre';
import type { Cluster, Graph, GraphEdge, GraphNode } from './graph';
import { FONT, MAX_DETAIL_CHARS, MAX_LABEL_CHARS, MAX_TITLE_WIDTH, textWidth, truncate, truncateToWidth } from './measure';

export interface Point {
  x: number;
  y: number;
}
export interface Box {
  /** Top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface LaidOutNode extends GraphNode, Box {
  /** What is drawn (cut to fit); the full text stays in `label`/`detail`/`title`. */
  shownLabel: string;
  shownDetail: string;
}
/** A piece of text with the box it is drawn in. */
export interface TextBox extends Box {
  text: string;
}
export interface LaidOutCluster extends Cluster, Box {
  /** Where the header (title, badges, meta line) goes. */
  header: Box;
  /** The label as drawn: cut to `MAX_TITLE_WIDTH` with an ellipsis (the tooltip has it whole). */
  title: TextBox;
  /** Phase, `HTTP`, `dynamic`: on the title's line, after it. */
  badges: TextBox[];
  /** The meta line as drawn: the trigger (pipelines) or a hint (groups), under the title. */
  subtitle: TextBox;
}
export interface LaidOutEdge extends GraphEdge {
  points: Point[];
  /** Centre of the label, for labelled edges. */
  labelBox: Box | null;
}
export interface Layout {
  width: number;
  height: number;
  clusters: LaidOutCluster[];
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  /** Cluster ids left to right: pass the layout back as `previous` to keep it. */
  order: string[];
  /** What a huge architecture left out of the drawing (`Graph.omitted`), to say beside it. */
  omitted: string | null;
}

const NODE_HEIGHT = { withDetail: 46, single: 28 } as const;
const NODE_MIN_WIDTH = 132;
const PAD_X = 12;
const HEADER_HEIGHT = 40;
const EDGE_LABEL_HEIGHT = 18;
const MARGIN = 16;
/** Space between clusters that share no edge. */
const GROUP_GAP = 28;

export const EMPTY_LAYOUT: Layout = { width: 0, height: 0, clusters: [], nodes: [], edges: [], order: [], omitted: null };

function nodeSize(n: GraphNode): { width: number; height: number; shownLabel: string; shownDetail: string } {
  const shownLabel = truncate(n.label, MAX_LABEL_CHARS);
  const shownDetail = n.detail ? truncate(n.kind === 'step' ? `→ ${n.detail}` : n.detail, MAX_DETAIL_CHARS) : '';
  const width = Math.max(NODE_MIN_WIDTH, textWidth(shownLabel, FONT.label), textWidth(shownDetail, FONT.detail)) + 2 * PAD_X;
  return { width, height: shownDetail ? NODE_HEIGHT.withDetail : NODE_HEIGHT.single, shownLabel, shownDetail };
}

/** Badges drawn after a cluster's title. */
function clusterBadges(c: Cluster): string[] {
  if (c.kind !== 'pipeline') return [];
  return [c.phase, c.deployed ? 'HTTP' : '', c.dynamic ? 'dynamic' : ''].filter(Boolean);
}
const BADGE = { height: 16, pad: 6, gap: 4, font: 10 } as const;
function badgeWidth(text: string): number {
  return textWidth(text, BADGE.font) + 2 * BADGE.pad;
}

const TITLE_GAP = 8;
const TITLE_HEIGHT = 16;
const META_CHARS = 56;
const shownTitle = (c: Cluster) => truncateToWidth(c.label, FONT.title, MAX_TITLE_WIDTH);
const shownMeta = (c: Cluster) => truncate(c.meta, META_CHARS);

/** Title, badges and meta line measured once: the header node is sized from them, and they are drawn where they were measured. */
function heading(c: Cluster, left: number, top: number): Pick<LaidOutCluster, 'title' | 'badges' | 'subtitle'> {
  const title = { text: shownTitle(c), x: left, y: top, width: textWidth(shownTitle(c), FONT.title), height: TITLE_HEIGHT };
  let x = left + title.width + TITLE_GAP;
  const badges = clusterBadges(c).map((text) => {
    const badge = { text, x, y: top, width: badgeWidth(text), height: BADGE.height };
    x += badge.width + BADGE.gap;
    return badge;
  });
  const subtitle = { text: shownMeta(c), x: left, y: top + TITLE_HEIGHT + 3, width: textWidth(shownMeta(c), FONT.detail), height: 15 };
  return { title, badges, subtitle };
}

function headerWidth(c: Cluster): number {
  const { title, badges, subtitle } = heading(c, 0, 0);
  return Math.max(...[title, ...badges, subtitle].map((b) => b.x + b.width));
}

function clusterOrder(graph: Graph, previous: Layout | undefined): string[] {
  const ids = graph.clusters.map((c) => c.id);
  const kept = (previous?.order ?? []).filter((id) => ids.includes(id));
  return [...kept, ...ids.filter((id) => !kept.includes(id))];
}

/**
 * Clusters joined by hand-offs, each group in `order`, the groups ordered by their
 * first cluster. Groups are laid out apart and packed left to right, so clusters with no
 * edge between them can never trade places (dagre's ordering heuristic would swap them
 * freely when their sizes change).
 */
function connectedGroups(graph: Graph, order: readonly string[]): string[][] {
  const parent = new Map(order.map((id) => [id, id]));
  const find = (id: string): string => (parent.get(id) === id ? id : find(parent.get(id)!));
  const clusterOf = new Map(graph.nodes.map((n) => [n.id, n.cluster]));
  for (const e of graph.edges.filter((x) => x.kind !== 'flow')) {
    const [a, b] = [find(clusterOf.get(e.from)!), find(clusterOf.get(e.to)!)];
    // Keep the earlier cluster as the root, so a group is named by its first member.
    if (a !== b) order.indexOf(a) < order.indexOf(b) ? parent.set(b, a) : parent.set(a, b);
  }
  const groups = new Map<string, string[]>();
  for (const id of order) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  return [...groups.values()];
}

const headerId = (cluster: string) => `${cluster}/header`;

/** What one connected group is made of: its clusters in order, their nodes, the edges leaving them. */
interface GroupInput {
  clusters: Cluster[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

function groupInput(graph: Graph, clusterIds: readonly string[]): GroupInput {
  const byId = new Map(graph.clusters.map((c) => [c.id, c]));
  // Nodes in cluster order: dagre's initial left-to-right order follows insertion order.
  const nodes = clusterIds.flatMap((id) => graph.nodes.filter((n) => n.cluster === id));
  const nodeIds = new Set(nodes.map((n) => n.id));
  return { clusters: clusterIds.map((id) => byId.get(id)!), nodes, edges: graph.edges.filter((e) => nodeIds.has(e.from)) };
}

type GroupLayout = Omit<Layout, 'order' | 'omitted'>;

/**
 * Recent group layouts by their input. dagre spends most of a redraw on compound-graph
 * bookkeeping, and an answer usually changes one pipeline: the groups it did not touch are
 * reused as they were. Reuse cannot move anything, since the same input gives the same
 * coordinates anyway. Bounded, oldest first out; the layouts are never mutated after.
 */
const recentGroups = new Map<string, GroupLayout>();
const RECENT_GROUPS_MAX = 64;

function layoutGroupReusing(input: GroupInput): GroupLayout {
  const key = JSON.stringify(input);
  const known = recentGroups.get(key);
  if (known) return known;
  const part = layoutGroup(input);
  if (recentGroups.size >= RECENT_GROUPS_MAX) recentGroups.delete(recentGroups.keys().next().value!);
  recentGroups.set(key, part);
  return part;
}

/**
 * One connected group through dagre, in its own coordinates (top-left at 0,0). Its
 * clusters are pinned left to right in their order with dagre's order constraints.
 */
function layoutGroup(input: GroupInput, pinned = true): GroupLayout {
  const g = new graphlib.Graph({ compound: true, multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 30, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));

  const { nodes, edges } = input;
  const clusterIds = input.clusters.map((c) => c.id);
  const byId = new Map(input.clusters.map((c) => [c.id, c]));
  const sizes = new Map(nodes.map((n) => [n.id, nodeSize(n)]));

  for (const id of clusterIds) {
    g.setNode(id, {});
    // The header is a real node at the top of the cluster, so dagre reserves room for the title.
    g.setNode(headerId(id), { width: headerWidth(byId.get(id)!), height: HEADER_HEIGHT });
    g.setParent(headerId(id), id);
  }
  const previousInCluster = new Map<string, string>();
  const flowTargets = new Set(edges.filter((e) => e.kind === 'flow').map((e) => e.to));
  for (const n of nodes) {
    g.setNode(n.id, { width: sizes.get(n.id)!.width, height: sizes.get(n.id)!.height });
    g.setParent(n.id, n.cluster);
    // Invisible chain header → first node (and item → item in the groups, which have no
    // edges of their own) so every cluster stacks as one column.
    const above = previousInCluster.get(n.cluster) ?? headerId(n.cluster);
    if (!flowTargets.has(n.id)) g.setEdge(above, n.id, { minlen: 1, weight: 2 }, 'chain');
    previousInCluster.set(n.cluster, n.id);
  }
  const clusterOf = new Map(nodes.map((n) => [n.id, n.cluster]));
  // A hand-off (model or dataset) enters the reading pipeline at its header: it feeds the
  // pipeline, and the label then sits between the clusters instead of over a title.
  const target = (e: GraphEdge) => (e.kind === 'flow' ? e.to : headerId(clusterOf.get(e.to)!));
  for (const e of edges) {
    const label = e.label ? { width: textWidth(e.label, FONT.detail) + 12, height: EDGE_LABEL_HEIGHT, labelpos: 'c' as const } : {};
    g.setEdge(e.from, target(e), { ...label, minlen: e.kind === 'flow' ? 1 : 2, weight: e.kind === 'flow' ? 4 : 1 }, e.id);
  }

  // Every pair, not a chain: dagre applies a constraint only in ranks where both clusters
  // appear, so a chain through a cluster lower down would not order the ones above it.
  const constraints = pinned ? clusterIds.flatMap((left, i) => clusterIds.slice(i + 1).map((right) => ({ left, right }))) : [];
  try {
    dagreLayout(g, { constraints });
  } catch (error) {
    // dagre can throw on order constraints in compound graphs ("Not possible to find
    // intersection inside of the rectangle"); an unpinned layout beats no DAG.
    if (pinned) return layoutGroup(input, false);
    throw error;
  }

  const box = (id: string): Box => {
    const v = g.node(id);
    return { x: v.x! - v.width / 2, y: v.y! - v.height / 2, width: v.width, height: v.height };
  };
  const size = g.graph();
  return {
    width: size.width ?? 0,
    height: size.height ?? 0,
    clusters: clusterIds.map((id) => {
      const [cluster, header] = [box(id), box(headerId(id))];
      // Left-aligned in the cluster; the header node is as wide as the heading, so it fits.
      return { ...byId.get(id)!, ...cluster, header, ...heading(byId.get(id)!, Math.min(header.x, cluster.x + 12), header.y + 2) };
    }),
    nodes: nodes.map((n) => ({ ...n, ...box(n.id), shownLabel: sizes.get(n.id)!.shownLabel, shownDetail: sizes.get(n.id)!.shownDetail })),
    edges: edges.map((e) => {
      const v = g.edge(e.from, target(e), e.id);
      const labelBox =
        e.label && v.x !== undefined && v.y !== undefined ? { x: v.x - v.width! / 2, y: v.y - v.height! / 2, width: v.width!, height: v.height! } : null;
      return { ...e, points: ((v.points ?? []) as Point[]).map((p) => ({ x: p.x, y: p.y })), labelBox };
    }),
  };
}

function shift<T extends Box>(b: T, dx: number, dy: number): T {
  return { ...b, x: b.x + dx, y: b.y + dy };
}

function shiftCluster(c: LaidOutCluster, dx: number, dy: number): LaidOutCluster {
  const by = <T extends Box>(b: T) => shift(b, dx, dy);
  return { ...by(c), header: by(c.header), title: by(c.title), badges: c.badges.map(by), subtitle: by(c.subtitle) };
}

/**
 * Pipelines (connected by their hand-offs) side by side in the first row; the groups
 * drawn apart (not a pipeline, deferred) in a second row below, so the drawing stays
 * closer to the panel's shape than one long row.
 */
export function layoutGraph(graph: Graph, previous?: Layout): Layout {
  if (graph.clusters.length === 0) return EMPTY_LAYOUT;
  const order = clusterOrder(graph, previous);
  const out: Layout = { width: 0, height: 0, clusters: [], nodes: [], edges: [], order, omitted: graph.omitted };
  const isPipeline = new Map(graph.clusters.map((c) => [c.id, c.kind === 'pipeline']));
  const groups = connectedGroups(graph, order);
  const rows = [groups.filter((g) => isPipeline.get(g[0]!)), groups.filter((g) => !isPipeline.get(g[0]!))].filter((r) => r.length > 0);
  let y = MARGIN;
  for (const row of rows) {
    let x = MARGIN;
    let rowHeight = 0;
    for (const ids of row) {
      const part = layoutGroupReusing(groupInput(graph, ids));
      out.clusters.push(...part.clusters.map((c) => shiftCluster(c, x, y)));
      out.nodes.push(...part.nodes.map((n) => shift(n, x, y)));
      out.edges.push(
        ...part.edges.map((e) => ({ ...e, points: e.points.map((p) => ({ x: p.x + x, y: p.y + y })), labelBox: e.labelBox && shift(e.labelBox, x, y) })),
      );
      x += part.width + GROUP_GAP;
      rowHeight = Math.max(rowHeight, part.height);
    }
    out.width = Math.max(out.width, x - GROUP_GAP + MARGIN);
    y += rowHeight + GROUP_GAP;
  }
  out.height = y - GROUP_GAP + MARGIN;
  return out;
}
