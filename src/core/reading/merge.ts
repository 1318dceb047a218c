/**
 * Merging a follow-up answer into the reading so far: it adds, it never forgets. Components
 * with the same id (one per kind of work) are merged, the newer answer's stated details
 * (cadence, latency, owner) win where it states them, a latency budget stated on its own goes
 * to the serving component already known, and a readiness signal the answer
 * clears ("we do have a notebook that works now") is dropped. What the user asks (a simple
 * pipeline, no ML) holds once said; a later answer's existing work, evaluation set or baseline wins.
 */
import { CATEGORY_IDS, type DataSource, type MentionedComponent, type Reading } from './reading';
import type { ReadinessSignal } from './readiness';
import { mergeDomainCues } from './domainCues';

export function mergeReadings(previous: Reading, next: Reading, cleared: readonly ReadinessSignal[] = []): Reading {
  return {
    categories: Object.fromEntries(
      CATEGORY_IDS.map((c) => [c, union(previous.categories[c] ?? [], next.categories[c] ?? [], (s) => s.toLowerCase())]),
    ) as Reading['categories'],
    components: withStatedBudget(mergeComponents(previous.components, next.components), next),
    sources: mergeSources(previous.sources, next.sources),
    systems: union(previous.systems, next.systems, (s) => s.name.toLowerCase()),
    models: union(previous.models, next.models, (m) => m.name.toLowerCase()),
    coverage: union(previous.coverage, next.coverage, (c) => c),
    unplaced: union(previous.unplaced, next.unplaced, (u) => u.text),
    metrics: union(previous.metrics, next.metrics, (s) => s),
    tools: union(previous.tools, next.tools, (s) => s),
    options: union(previous.options, next.options, (s) => s).filter((t) => !next.tools.includes(t) || next.options.includes(t)),
    latencyMs: next.latencyMs ?? previous.latencyMs,
    team: {
      engineers: next.team.engineers ?? previous.team.engineers,
      roles: union(previous.team.roles, next.team.roles, (s) => s),
    },
    readinessSignals: union(previous.readinessSignals, next.readinessSignals, (s) => s).filter(
      (s) => !cleared.includes(s as ReadinessSignal),
    ),
    redFlags: union(previous.redFlags, next.redFlags, (f) => f.rule),
    goal: next.goal !== 'unknown' ? next.goal : previous.goal,
    goalStated: next.goal !== 'unknown' ? next.goalStated : previous.goalStated,
    project: previous.project ?? next.project,
    usesZenml: previous.usesZenml || next.usesZenml,
    simple: previous.simple || next.simple,
    noMl: previous.noMl || next.noMl,
    existing: next.existing ?? previous.existing,
    modelsInUse: previous.modelsInUse || next.modelsInUse,
    evaluationSet: next.evaluationSet ?? previous.evaluationSet,
    noGpu: next.noGpu ?? previous.noGpu,
    baseline: next.baseline ?? previous.baseline,
    task: previous.task ?? next.task,
    release: next.release ?? previous.release,
    servedBy: next.servedBy ?? previous.servedBy,
    trainedWith: next.trainedWith ?? previous.trainedWith,
    afterModel: next.afterModel ?? previous.afterModel,
    consumers: next.consumers ?? previous.consumers,
    explanations: next.explanations ?? previous.explanations,
    decision: next.decision ?? previous.decision,
    targets: next.targets.length ? next.targets : previous.targets,
    scored: next.scored ?? previous.scored,
    windows: next.windows.length ? next.windows : previous.windows,
    volume: next.volume ?? previous.volume,
    measured: next.measured ?? previous.measured,
    measuredOnBaseline: next.measured ? next.measuredOnBaseline : previous.measuredOnBaseline,
    wish: next.wish ?? previous.wish,
    narrower: next.narrower ?? previous.narrower,
    tradeOff: next.tradeOff ?? previous.tradeOff,
    wishedKinds: [...new Set([...previous.wishedKinds, ...next.wishedKinds])],
    variety: next.variety ?? previous.variety,
    jobQueue: next.jobQueue ?? previous.jobQueue,
    resultsTo: next.resultsTo ?? previous.resultsTo,
    // A later answer that names the model trained or taken settles the choice an earlier one left open.
    approachOpen: next.approachOpen ?? (next.models.some((m) => m.trained !== 'unknown') ? null : previous.approachOpen),
    arrival: next.arrival ?? previous.arrival,
    triggered: next.triggered ?? previous.triggered,
    configWish: next.configWish ?? previous.configWish,
    labels: { said: next.labels.said ?? previous.labels.said, reported: next.labels.reported ?? previous.labels.reported, judged: next.labels.judged || previous.labels.judged },
    preparations: [...previous.preparations, ...next.preparations.filter((p) => !previous.preparations.some((q) => q.phrase === p.phrase))],
    domainCues: mergeDomainCues(previous.domainCues, next.domainCues),
    sourceMentions: addCounts(previous.sourceMentions, next.sourceMentions),
  };
}

/** A source named again keeps its place; the newer answer's detail wins where it gives one. */
function mergeSources(previous: readonly DataSource[], next: readonly DataSource[]): DataSource[] {
  const merged = previous.map((s) => ({ ...s }));
  for (const s of next) {
    const seen = merged.find((m) => m.name.toLowerCase() === s.name.toLowerCase());
    if (!seen) merged.push({ ...s });
    else seen.detail = s.detail ?? seen.detail;
  }
  return merged;
}

export function mergeComponents(previous: readonly MentionedComponent[], next: readonly MentionedComponent[]): MentionedComponent[] {
  const merged = previous.map((c) => ({ ...c }));
  for (const c of next) {
    const seen = merged.find((m) => m.id === c.id);
    if (!seen) merged.push({ ...c });
    else {
      seen.cadence = c.cadence ?? seen.cadence;
      seen.latencyMs = c.latencyMs ?? seen.latencyMs;
      seen.owner = c.owner ?? seen.owner;
      if (c.fanOut) seen.fanOut = c.fanOut;
    }
  }
  return merged;
}

/**
 * "It must answer under 60 ms" in a follow-up with no serving of its own refers to the serving
 * already known: the stated budget goes to it.
 */
function withStatedBudget(components: MentionedComponent[], next: Reading): MentionedComponent[] {
  if (next.latencyMs === null || next.components.some((c) => c.kind === 'online-inference')) return components;
  return components.map((c) => (c.kind === 'online-inference' ? { ...c, latencyMs: next.latencyMs } : c));
}

/** Mentions in both answers: the description's count is their sum. */
function addCounts(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const sum = { ...a };
  for (const [name, n] of Object.entries(b)) sum[name] = (sum[name] ?? 0) + n;
  return sum;
}

function union<T>(a: readonly T[], b: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)))];
}
