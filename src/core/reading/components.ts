/**
 * From scanned segments to the components the classification board shows: one per kind of
 * work, named for what the user said ("Cleaning and feature engineering", "Data ingestion
 * from Snowflake and S3"), carrying the user's words, the nearest cadence, the latency budget
 * for serving, and the owning team.
 */
import type { Cadence, MentionedComponent } from './reading';
import { KIND_NAMES, type ComponentKind } from './lexicon';
import type { Scan } from './scan';
import type { Segment } from './segments';
import { matches } from '../language/matches';
import { joinList } from '../words';
import { FANS_OUT } from './fanOut';

interface Draft {
  kind: ComponentKind;
  labels: string[];
  sources: string[];
  text: string;
  /** How well `text` quotes this work: the clause that states its budget or schedule, about it alone, wins. */
  fit: number;
  cadence: Cadence | null;
  latencyMs: number | null;
  owner: string | null;
  fanOut: string | null;
}

/** Work that serves or runs continuously: a batch schedule said near it belongs to its neighbours. */
const UNSCHEDULED = new Set<ComponentKind>(['online-inference', 'streaming', 'dashboard', 'alerting', 'feature-store', 'ab-testing', 'cicd']);
/** Work that makes a model: trained on a schedule or a trigger, never in real time. */
const TRAINS = new Set<ComponentKind>(['training', 'tuning', 'evaluation']);

/** A clause that points back at the work before it, or is only a time: "It should run every night", "Every Monday, ideally". */
const ANSWER_LABEL = /^(?:a|ans|answer|reply)\s*[:.)]\s*/i;
const POINTS_BACK = /^(?:(?:and|but|so)\s+)?(?:it|this|that|they|these|those|both|all of (?:it|this|them)|every|each|once|twice|daily|weekly|nightly|monthly|hourly|ideally|preferably)\b/i;

/** Kinds whose presence implies another: retraining on a trigger is still training. */
const IMPLIES: Partial<Record<ComponentKind, ComponentKind>> = { 'retraining-trigger': 'training' };

export function buildComponents(segments: readonly Segment[], scans: readonly Scan[]): MentionedComponent[] {
  const drafts = new Map<ComponentKind, Draft>();
  let previous: Draft[] = [];
  let looseLatency: number | null = null;
  let shownBy: Cadence | null = null;
  segments.forEach((segment, i) => {
    const scan = scans[i]!;
    const here = draftsOf(segment, scan);
    if (here.length === 0) {
      // "It should run every night." belongs to the work described just before; a clause with a subject of
      // its own ("customer success wants a score every Monday") times its own work, which the frames find.
      // "Q: How often should the scoring run? A: Every 15 minutes.": an answer's label is no word of the answer.
      if (scan.cadences.length === 1 && POINTS_BACK.test(segment.normalized.trim().replace(ANSWER_LABEL, ''))) for (const d of previous) d.cadence ??= scan.cadences[0]!.value;
      looseLatency = minOf(looseLatency, minOf(null, ...scan.latencies.map((l) => l.value)));
      return;
    }
    // "Calls where frustration spikes should show up in the dashboard the next morning": when results must be on a
    // screen times the batch that produces them, since the screen itself runs on no schedule.
    if (here.every((d) => d.kind === 'dashboard') && scan.cadences.length === 1 && scan.cadences[0]!.value !== 'realtime') shownBy ??= scan.cadences[0]!.value;
    previous = here.map((d) => addDraft(drafts, d));
  });
  const scoring = drafts.get('batch-inference');
  if (scoring && scoring.cadence === null && shownBy) scoring.cadence = shownBy;
  for (const [kind, implied] of Object.entries(IMPLIES) as [ComponentKind, ComponentKind][]) {
    const source = drafts.get(kind);
    if (source && !drafts.has(implied)) drafts.set(implied, { ...source, kind: implied, labels: [], cadence: null });
  }
  const serving = drafts.get('online-inference');
  if (serving && serving.latencyMs === null) serving.latencyMs = looseLatency;
  // "behind a mobile app, responses under 200 ms": the app calls the served model, nothing is exported to the device.
  if (serving && drafts.get('other')?.labels.every((l) => l === 'mobile app')) drafts.delete('other');
  return [...drafts.values()].map((d) => ({
    id: d.kind,
    name: nameOf(d),
    text: d.text,
    kind: d.kind,
    cadence: d.cadence,
    latencyMs: d.latencyMs,
    owner: d.owner,
    ...(d.fanOut ? { fanOut: d.fanOut } : {}),
  }));
}

function draftsOf(segment: Segment, scan: Scan): Draft[] {
  const byKind = new Map<ComponentKind, Draft & { index: number }>();
  for (const m of scan.kinds) {
    const d = byKind.get(m.kind);
    if (d) {
      if (!d.labels.includes(m.label)) d.labels.push(m.label);
      continue;
    }
    byKind.set(m.kind, {
      kind: m.kind,
      labels: [m.label],
      sources: scan.sources.sources.filter((s) => s.named).map((s) => s.name),
      text: segment.original,
      fit: 0,
      cadence: null,
      latencyMs: m.kind === 'online-inference' ? minOf(null, ...scan.latencies.map((l) => l.value)) : null,
      owner: scan.owner,
      fanOut: FANS_OUT.has(m.kind) ? scan.fanOut : null,
      index: m.index,
    });
  }
  const all = [...byKind.values()];
  for (const c of scan.cadences) {
    // "Operating in real time …, with retraining (proposed quarterly)": real time is how answers come, never how often a model is trained.
    const takers = c.value === 'realtime' ? all.filter((d) => !TRAINS.has(d.kind)) : all.filter((d) => !UNSCHEDULED.has(d.kind));
    if (takers.length === 0) continue;
    if (scan.cadences.length === 1) for (const d of coveredBy(takers, c.index, segment.normalized)) d.cadence = c.value;
    else ownerOfCadence(takers, c.index, segment.normalized).cadence ??= c.value;
  }
  // "Retrain weekly or monthly?": a question says nothing decided, so a statement of the same work quotes it and times it.
  const asked = /\?\s*$/.test(segment.original);
  for (const d of all) {
    d.text = quoteFor(d.kind, segment, scan);
    if (asked) [d.cadence, d.latencyMs] = [null, null];
    d.fit = (d.latencyMs !== null || d.cadence !== null ? 10 : 0) + (namesIt(d.kind, segment.normalized, scan) ? 5 : 0) - (all.length - 1) - (asked ? 100 : 0);
  }
  return all.map(({ index: _index, ...d }) => d);
}

/** Whether the segment calls the work by its name ("a Grafana dashboard"), not only by a related phrase ("our web app"). */
function namesIt(kind: ComponentKind, text: string, scan: Scan): boolean {
  const words = KIND_NAMES[kind].toLowerCase().split(/[\s/-]+/).filter((w) => w.length >= 4);
  return scan.kinds.some((k) => k.kind === kind && words.some((w) => text.slice(k.index, k.end).toLowerCase().includes(w)));
}

/** Where one clause ends and the next begins inside a segment. */
const CLAUSE_JOIN = /,\s*|\s+(?:and|but|while|so|plus|then|because|which|whereas)\s+/gi;

/**
 * The words that name this kind of work: the segment cut, where other work is named around it,
 * at the clause joins between them ("Lawyers ask questions in our web app" | "it should answer
 * within 3 seconds"). Work interleaved with other work keeps the whole segment.
 */
function quoteFor(kind: ComponentKind, segment: Segment, scan: Scan): string {
  const own = scan.kinds.filter((k) => k.kind === kind);
  const others = scan.kinds.filter((k) => k.kind !== kind);
  if (own.length === 0 || others.length === 0) return segment.original;
  const start = own[0]!.index;
  const end = own[own.length - 1]!.end;
  if (others.some((o) => o.index < end && o.end > start)) return segment.original;
  const text = segment.normalized;
  const before = others.filter((o) => o.end <= start).reduce((m, o) => Math.max(m, o.end), -1);
  const after = others.filter((o) => o.index >= end).reduce((m, o) => Math.min(m, o.index), text.length + 1);
  const joins = [...matches(text, CLAUSE_JOIN)];
  // Between two pieces of work the cut is the last join: what follows a work describes it ("… from SharePoint and an S3 bucket, parse …").
  const cutAfter = before < 0 ? undefined : joins.filter((j) => j.index >= before && j.index + j[0].length <= start).pop();
  const cutBefore = after > text.length ? undefined : joins.filter((j) => j.index >= end && j.index + j[0].length <= after).pop();
  const from = cutAfter ? cutAfter.index + cutAfter[0].length : 0;
  const to = cutBefore ? cutBefore.index : text.length;
  // Typo correction keeps word boundaries but may shift lengths: quote the user's own words when it did not.
  const source = segment.original.length === text.length ? segment.original : text;
  return source.slice(from, to).trim() || segment.original;
}

/**
 * The work a segment's only cadence covers: everything when it leads ("every night we pull, clean
 * and retrain"), else the work said before it ("clean it and retrain nightly, and monitor drift"
 * leaves the monitoring unscheduled).
 */
function coveredBy<T extends { index: number }>(drafts: T[], at: number, text: string): T[] {
  // A semicolon closes a clause of its own: "I trained a model last quarter; they want scores every Monday" times the scores only.
  const start = text.lastIndexOf(';', at) + 1;
  const semicolon = text.indexOf(';', at);
  const inClause = drafts.filter((d) => d.index >= start && (semicolon < 0 || d.index < semicolon));
  const before = inClause.filter((d) => d.index < at);
  return before.length ? before : inClause;
}

/**
 * The work a cadence belongs to when a clause names several ("pull everything daily, fit the
 * model weekly"): the work just before it in its comma clause, else the work just after it,
 * else the nearest.
 */
function ownerOfCadence<T extends { index: number }>(drafts: T[], at: number, text: string): T {
  const start = text.lastIndexOf(',', at) + 1;
  const comma = text.indexOf(',', at);
  const end = comma < 0 ? text.length : comma;
  const before = drafts.filter((d) => d.index >= start && d.index < at);
  if (before.length) return before.reduce((a, b) => (b.index > a.index ? b : a));
  const after = drafts.filter((d) => d.index > at && d.index < end);
  if (after.length) return after.reduce((a, b) => (b.index < a.index ? b : a));
  return drafts.reduce((a, b) => (Math.abs(b.index - at) < Math.abs(a.index - at) ? b : a));
}

/** Adds a draft, merging with the same kind seen earlier; returns the stored draft. */
function addDraft(drafts: Map<ComponentKind, Draft>, d: Draft): Draft {
  const seen = drafts.get(d.kind);
  if (!seen) {
    drafts.set(d.kind, d);
    return d;
  }
  if (d.fit > seen.fit) [seen.text, seen.fit] = [d.text, d.fit];
  for (const l of d.labels) if (!seen.labels.includes(l)) seen.labels.push(l);
  for (const s of d.sources) if (!seen.sources.includes(s)) seen.sources.push(s);
  seen.cadence ??= d.cadence;
  seen.latencyMs = minOf(seen.latencyMs, d.latencyMs);
  seen.owner ??= d.owner;
  seen.fanOut ??= d.fanOut;
  return seen;
}

function minOf(a: number | null, ...rest: (number | null)[]): number | null {
  return [a, ...rest].reduce<number | null>((m, v) => (v === null ? m : m === null ? v : Math.min(m, v)), null);
}

/** A short human name: processing lists what it does, ingestion where from, fine-tuning says so. */
function nameOf(d: Draft): string {
  if (d.kind === 'processing') return sentenceCase(joinList(d.labels.slice(0, 3)));
  if (d.kind === 'ingestion' && d.sources.length > 0) return `Data ingestion from ${joinList(d.sources.slice(0, 3))}`;
  if (d.kind === 'training' && d.labels.includes('fine-tuning')) return 'Fine-tuning';
  if (d.kind === 'monitoring' && d.labels.includes('drift detection')) return 'Drift monitoring';
  if (d.kind === 'online-inference' && d.labels.includes('extreme-latency serving')) return 'Low-latency serving';
  if (d.kind === 'online-inference' && d.labels.every((l) => l === 'model deployment')) return 'Model deployment';
  if (d.kind === 'batch-inference' && d.labels.every((l) => l === 'document extraction')) return 'Document extraction';
  if (d.kind === 'other' && d.labels.every((l) => l === 'model export')) return 'Model export';
  if (d.kind === 'dashboard' && d.labels.every((l) => l === 'review UI')) return 'Review UI';
  return KIND_NAMES[d.kind];
}

function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
