/**
 * A grounded model reading → the engine's `Reading`, the same shape the offline reader produces.
 * What the engine detects itself stays the engine's: the category phrases, the red flags and the
 * coverage come from the offline reader of the same text (red flags are the method's, not the model's),
 * and so do the facts the model's answer has no field for (a simple pipeline asked, existing work,
 * the domain's cues, each source's mentions).
 */
import { judgesItems } from '../reading/labels';
import { readDescription, mergeReadings } from '../reading';
import { ReadingSchema, type CategoryId, type MentionedComponent, type Reading } from '../reading/reading';
import { snakeCase } from '../words';
import { findLatencies } from '../reading/measures';
import type { ModelReading } from './answer';

const CATEGORY_OF: Partial<Record<MentionedComponent['kind'], CategoryId>> = {
  ingestion: 'dataSources',
  processing: 'processing',
  'feature-store': 'processing',
  training: 'modelWork',
  evaluation: 'modelWork',
  tuning: 'modelWork',
  'batch-inference': 'deployment',
  'online-inference': 'deployment',
  dashboard: 'operations',
  alerting: 'operations',
  monitoring: 'operations',
  cicd: 'operations',
};

function uniqueIds(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const id = snakeCase(name, 'component');
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}_${n}`;
  });
}

function coverage(m: ModelReading, base: Reading): CategoryId[] {
  const found = new Set<CategoryId>(base.coverage);
  for (const c of m.components) if (CATEGORY_OF[c.kind]) found.add(CATEGORY_OF[c.kind]!);
  if (m.sources.length > 0) found.add('dataSources');
  if (m.team.engineers !== null || m.team.roles.length > 0) found.add('team');
  if (m.systems.some((s) => s.role === 'platform')) found.add('infrastructure');
  return [...found];
}

/**
 * A budget the model read ("latencyMs": 200) is shown in the user's words: when its quote does not
 * say it, the offline reader's quote for the same kind of work that does is kept beside it.
 */
function withStatedBudget(c: ModelReading['components'][number], base: Reading): string {
  if (c.latencyMs === null || findLatencies(c.quote).length > 0) return c.quote;
  const said = base.components.find((o) => o.kind === c.kind && findLatencies(o.text).length > 0 && !c.quote.includes(o.text));
  return said ? `${c.quote}; ${said.text}` : c.quote;
}

export function toReading(m: ModelReading, text: string, previous: Reading | null): Reading {
  const base = readDescription(text, null);
  const ids = uniqueIds(m.components.map((c) => c.name));
  const reading: Reading = ReadingSchema.parse({
    categories: base.categories,
    components: m.components.map((c, i) => ({
      id: ids[i],
      name: c.name,
      text: withStatedBudget(c, base),
      kind: c.kind,
      cadence: c.cadence,
      latencyMs: c.latencyMs,
      owner: c.owner,
      ...(c.fanOut ? { fanOut: c.fanOut } : {}),
    })),
    sources: m.sources.map((s) => ({ name: s.name, detail: s.detail })),
    systems: m.systems.map((s) => ({ name: s.name, role: s.role, quote: s.quote })),
    models: m.models.map((x) => ({ name: x.name, trained: x.trained, use: x.use, quote: x.quote })),
    coverage: coverage(m, base),
    unplaced: m.unplaced.map((u) => ({ text: u.quote, reason: u.reason })),
    metrics: base.metrics,
    tools: [...new Set([...base.tools, ...m.tools.map((t) => t.name)])],
    options: base.options,
    latencyMs: m.latency?.ms ?? null,
    team: { engineers: m.team.engineers, roles: m.team.roles },
    readinessSignals: [...new Set(m.readinessSignals.map((r) => r.signal))],
    redFlags: base.redFlags,
    // A goal the user stated in so many words is theirs; the model's guess fills in only when they stated none.
    goal: base.goalStated ? base.goal : m.goal,
    goalStated: base.goalStated,
    project: m.project,
    usesZenml: m.usesZenml,
    // The model's answer has no field for these: the offline reading of the same words gives them.
    simple: base.simple,
    noMl: base.noMl,
    existing: base.existing,
    modelsInUse: base.modelsInUse,
    evaluationSet: base.evaluationSet,
    noGpu: base.noGpu,
    baseline: base.baseline,
    windows: base.windows,
    volume: base.volume,
    measured: base.measured,
    measuredOnBaseline: base.measuredOnBaseline,
    wish: base.wish,
    narrower: base.narrower,
    tradeOff: base.tradeOff,
    wishedKinds: base.wishedKinds,
    variety: base.variety,
    jobQueue: base.jobQueue,
    resultsTo: base.resultsTo,
    approachOpen: base.approachOpen,
    arrival: base.arrival,
    triggered: base.triggered,
    configWish: base.configWish,
    // Judging is read from the work's clauses: the model's components say it as well as the offline ones.
    labels: { ...base.labels, judged: base.labels.judged || judgesItems(m.components.map((c) => ({ kind: c.kind, text: c.quote })), [base.task?.name ?? null, m.project]) },
    task: base.task,
    release: base.release,
    servedBy: base.servedBy,
    trainedWith: base.trainedWith,
    scored: base.scored,
    preparations: base.preparations,
    afterModel: base.afterModel,
    consumers: base.consumers,
    explanations: base.explanations,
    decision: base.decision,
    targets: base.targets,
    domainCues: base.domainCues,
    sourceMentions: base.sourceMentions,
  });
  return previous ? mergeReadings(previous, reading) : reading;
}
