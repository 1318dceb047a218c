/**
 * Architecture → graph: what the DAG shows, before any coordinates.
 *
 * One cluster per pipeline (its steps in order), Model Control Plane hand-offs as
 * labelled edges between pipelines, and two groups drawn apart: components that are
 * not pipelines (with what to use instead) and deferred items.
 */
import type { Architecture, Pipeline } from '../model/architecture';

export type ClusterKind = 'pipeline' | 'not-a-pipeline' | 'deferred';

export interface Cluster {
  /** Stable across answers: derived from the pipeline name, not its position. */
  id: string;
  kind: ClusterKind;
  label: string;
  /** One line under the label: trigger for pipelines, a hint for the groups. */
  meta: string;
  /** Phase label (`MVP`, `Phase 2`, …) for pipelines; empty for groups. */
  phase: string;
  mvp: boolean;
  deployed: boolean;
  dynamic: boolean;
}

export type NodeKind = 'step' | 'placeholder' | 'not-a-pipeline' | 'deferred';

export interface GraphNode {
  id: string;
  cluster: string;
  kind: NodeKind;
  label: string;
  /** Second line: the artifact a step produces, the alternative, or the reason. */
  detail: string;
  /** Full text for a tooltip. */
  title: string;
}

export type EdgeKind = 'flow' | 'handoff' | 'dataset';

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  /**
   * `flow`: step → step in one pipeline; `handoff`: a model promoted by one pipeline, read by another;
   * `dataset`: data one pipeline produces, read by another (a data pipeline feeding training).
   */
  kind: EdgeKind;
  label: string;
  title: string;
}

export interface Graph {
  clusters: Cluster[];
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** What was left out of a huge architecture, said for the user; null when all of it is drawn. */
  omitted: string | null;
}

/**
 * What one drawing holds. dagre recurses per node and overflows the stack from about 2,000 steps,
 * and long before that nobody reads the picture: beyond these, the rest is counted, not drawn.
 */
export const DRAWN = { pipelines: 24, steps: 30, items: 30 } as const;

export const NOT_A_PIPELINE_CLUSTER = 'group:not-a-pipeline';
export const DEFERRED_CLUSTER = 'group:deferred';

export function isMvp(pipeline: Pipeline): boolean {
  return pipeline.phase.trim().toUpperCase() === 'MVP';
}

/** Ids from names, made unique in order of appearance (two pipelines may share a name mid-interview). */
function uniqueIds(prefix: string, names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const base = `${prefix}:${name.trim().toLowerCase()}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

const plural = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;

/** The architecture cut to what one drawing holds (`DRAWN`), and what was left out. */
function drawable(full: Architecture): { arch: Architecture; omitted: string | null } {
  const left: string[] = [];
  const pipelines = full.pipelines.slice(0, DRAWN.pipelines);
  if (full.pipelines.length > pipelines.length) left.push(plural(full.pipelines.length - pipelines.length, 'pipeline'));
  const cut = <T>(items: readonly T[], what: string): T[] => {
    if (items.length > DRAWN.items) left.push(plural(items.length - DRAWN.items, what));
    return items.slice(0, DRAWN.items);
  };
  const arch = { ...full, pipelines, notAPipeline: cut(full.notAPipeline, 'not-a-pipeline item'), deferred: cut(full.deferred, 'deferred item') };
  const long = pipelines.filter((p) => p.steps.length > DRAWN.steps);
  if (long.length > 0) left.unshift(`steps beyond ${DRAWN.steps} in ${plural(long.length, 'pipeline')}`);
  if (left.length === 0) return { arch, omitted: null };
  return { arch, omitted: `Too big to draw whole: ${left.join(', ')} not drawn (the document keeps everything).` };
}

export function buildGraph(full: Architecture): Graph {
  const { arch, omitted } = drawable(full);
  const clusters: Cluster[] = [];
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const ids = uniqueIds('pipeline', arch.pipelines.map((p) => p.name));
  /** First and last node of each pipeline, for the hand-off edges. */
  const ends: { first: string; last: string }[] = [];

  arch.pipelines.forEach((p, i) => {
    const cluster = ids[i]!;
    clusters.push({
      id: cluster,
      kind: 'pipeline',
      label: p.name,
      meta: p.trigger.trim() || 'trigger not decided yet',
      phase: p.phase,
      mvp: isMvp(p),
      deployed: p.deployed,
      dynamic: p.dynamic,
    });
    const shown = p.steps.length > DRAWN.steps ? p.steps.slice(0, DRAWN.steps - 1) : p.steps;
    const stepIds = shown.map((_, s) => `${cluster}/step:${s}`);
    shown.forEach((step, s) => {
      nodes.push({
        id: stepIds[s]!,
        cluster,
        kind: 'step',
        label: step.name,
        detail: step.produces,
        title: [step.name, step.description, step.produces && `produces ${step.produces}`].filter(Boolean).join('\n'),
      });
      if (s > 0) {
        edges.push({ id: `${stepIds[s - 1]}->${stepIds[s]}`, from: stepIds[s - 1]!, to: stepIds[s]!, kind: 'flow', label: '', title: '' });
      }
    });
    if (shown.length < p.steps.length) {
      const id = `${cluster}/more`;
      const more = `+ ${plural(p.steps.length - shown.length, 'more step')}`;
      nodes.push({ id, cluster, kind: 'placeholder', label: more, detail: '', title: `${p.name}: ${more}, not drawn` });
      edges.push({ id: `${stepIds[stepIds.length - 1]}->${id}`, from: stepIds[stepIds.length - 1]!, to: id, kind: 'flow', label: '', title: '' });
      stepIds.push(id);
    }
    if (stepIds.length === 0) {
      // A cluster needs a node to exist in the layout; say plainly that steps come later.
      const id = `${cluster}/placeholder`;
      nodes.push({ id, cluster, kind: 'placeholder', label: 'steps not decided yet', detail: '', title: p.name });
      stepIds.push(id);
    }
    ends.push({ first: stepIds[0]!, last: stepIds[stepIds.length - 1]! });
  });

  edges.push(...datasets(arch, ends), ...handoffs(arch, ends));

  if (arch.notAPipeline.length > 0) {
    clusters.push(group(NOT_A_PIPELINE_CLUSTER, 'not-a-pipeline', 'Not a pipeline', 'what to use instead'));
    const nids = uniqueIds(`${NOT_A_PIPELINE_CLUSTER}/item`, arch.notAPipeline.map((c) => c.name));
    arch.notAPipeline.forEach((c, i) => {
      nodes.push({
        id: nids[i]!,
        cluster: NOT_A_PIPELINE_CLUSTER,
        kind: 'not-a-pipeline',
        label: c.name,
        detail: c.alternative,
        title: [c.name, c.reason, c.alternative && `Use instead: ${c.alternative}`].filter(Boolean).join('\n'),
      });
    });
  }
  if (arch.deferred.length > 0) {
    clusters.push(group(DEFERRED_CLUSTER, 'deferred', 'Deferred', 'on purpose, for a later phase'));
    const dids = uniqueIds(`${DEFERRED_CLUSTER}/item`, arch.deferred.map((d) => d.name));
    arch.deferred.forEach((d, i) => {
      nodes.push({ id: dids[i]!, cluster: DEFERRED_CLUSTER, kind: 'deferred', label: d.name, detail: d.reason, title: [d.name, d.reason].filter(Boolean).join('\n') });
    });
  }
  return { clusters, nodes, edges, omitted };
}

function group(id: string, kind: ClusterKind, label: string, meta: string): Cluster {
  return { id, kind, label, meta, phase: '', mvp: false, deployed: false, dynamic: false };
}

/** Whether `text` names `name` as a phrase ("the versioned dataset from Data Preparation"). */
function names(text: string, name: string): boolean {
  const n = name.trim().toLowerCase();
  if (!n) return false;
  const t = text.toLowerCase();
  for (let at = t.indexOf(n); at >= 0; at = t.indexOf(n, at + 1)) {
    if (!/\w/.test(t[at - 1] ?? '') && !/\w/.test(t[at + n.length] ?? '')) return true;
  }
  return false;
}

/**
 * Dataset hand-offs: a pipeline whose data sources name another pipeline reads what that one
 * produces (training reading the versioned dataset of the data pipeline): an edge from the
 * producer's last step to the reader, labelled `dataset`.
 */
function datasets(arch: Architecture, ends: readonly { first: string; last: string }[]): GraphEdge[] {
  const edges: GraphEdge[] = [];
  arch.pipelines.forEach((reader, r) => {
    arch.pipelines.forEach((producer, p) => {
      if (p === r || !reader.dataSources.some((source) => names(source, producer.name))) return;
      const what = producer.steps.at(-1)?.produces;
      edges.push({
        id: `dataset:${ends[p]!.last}->${ends[r]!.first}`,
        from: ends[p]!.last,
        to: ends[r]!.first,
        kind: 'dataset',
        label: 'dataset',
        title: `${reader.name} reads ${what || 'the data'} that ${producer.name} produces`,
      });
    });
  });
  return edges;
}

/**
 * Model Control Plane hand-offs: for each pipeline that reads a model at a stage, an
 * edge from the pipeline that promotes that model to that stage (or, when promotion is
 * manual, from the pipeline that produces its versions), labelled `model @ stage`.
 */
function handoffs(arch: Architecture, ends: readonly { first: string; last: string }[]): GraphEdge[] {
  const edges: GraphEdge[] = [];
  arch.pipelines.forEach((consumer, c) => {
    const { model, consumesStage: stage } = consumer.modelControlPlane;
    if (!model || !stage) return;
    const sameModel = (p: Pipeline, i: number) => i !== c && p.modelControlPlane.model === model;
    const promoters = arch.pipelines.flatMap((p, i) => (sameModel(p, i) && p.modelControlPlane.promotesTo === stage ? [i] : []));
    const sources = promoters.length > 0 ? promoters : arch.pipelines.flatMap((p, i) => (sameModel(p, i) && p.modelControlPlane.producesVersions ? [i] : []));
    for (const s of sources) {
      const producer = arch.pipelines[s]!;
      const how = promoters.length > 0 ? `${producer.name} promotes ${model} to ${stage}` : `${producer.name} produces ${model} versions; one is promoted to ${stage} by hand`;
      edges.push({
        id: `handoff:${ends[s]!.last}->${ends[c]!.first}`,
        from: ends[s]!.last,
        to: ends[c]!.first,
        kind: 'handoff',
        label: `${model} @ ${stage}`,
        title: `${how}; ${consumer.name} reads ${model} @ ${stage}`,
      });
    }
  });
  return edges;
}
