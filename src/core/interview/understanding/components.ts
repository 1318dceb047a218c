/**
 * From scanned segments to the components the classification board shows: one per kind of
 * work, named for what the user said ("Cleaning and feature engineering", "Data ingestion
 * from Snowflake and S3"), carrying the user's words, the nearest cadence, the latency budget
 * for serving, and the owning team.
 */
import type { Cadence, MentionedComponent } from '../reading';
import { KIND_NAMES, type ComponentKind } from './lexicon';
import type { Scan } from './scan';
import type { Segment } from './text';

interface Draft {
  kind: ComponentKind;
  labels: string[];
  sources: string[];
  text: string;
  cadence: Cadence | null;
  latencyMs: number | null;
  owner: string | null;
}

/** Work that serves or runs continuously: a batch schedule said near it belongs to its neighbours. */
const UNSCHEDULED = new Set<ComponentKind>(['online-inference', 'streaming', 'dashboard', 'alerting', 'feature-store', 'ab-testing', 'cicd']);

/** Kinds whose presence implies another: retraining on a trigger is still training. */
const IMPLIES: Partial<Record<ComponentKind, ComponentKind>> = { 'retraining-trigger': 'training' };

export function buildComponents(segments: readonly Segment[], scans: readonly Scan[]): MentionedComponent[] {
  const drafts = new Map<ComponentKind, Draft>();
  let previous: Draft[] = [];
  let looseLatency: number | null = null;
  segments.forEach((segment, i) => {
    const scan = scans[i]!;
    const here = draftsOf(segment, scan);
    if (here.length === 0) {
      // "It should run every night." belongs to the work described just before.
      if (scan.cadences.length === 1) for (const d of previous) d.cadence ??= scan.cadences[0]!.value;
      looseLatency = minOf(looseLatency, minOf(null, ...scan.latencies.map((l) => l.value)));
      return;
    }
    previous = here.map((d) => addDraft(drafts, d));
  });
  for (const [kind, implied] of Object.entries(IMPLIES) as [ComponentKind, ComponentKind][]) {
    const source = drafts.get(kind);
    if (source && !drafts.has(implied)) drafts.set(implied, { ...source, kind: implied, labels: [], cadence: null });
  }
  const serving = drafts.get('online-inference');
  if (serving && serving.latencyMs === null) serving.latencyMs = looseLatency;
  return [...drafts.values()].map((d) => ({
    id: d.kind,
    name: nameOf(d),
    text: d.text,
    kind: d.kind,
    cadence: d.cadence,
    latencyMs: d.latencyMs,
    owner: d.owner,
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
      cadence: null,
      latencyMs: m.kind === 'online-inference' ? minOf(null, ...scan.latencies.map((l) => l.value)) : null,
      owner: scan.owner,
      index: m.index,
    });
  }
  const all = [...byKind.values()];
  for (const c of scan.cadences) {
    const takers = c.value === 'realtime' ? all : all.filter((d) => !UNSCHEDULED.has(d.kind));
    if (takers.length === 0) continue;
    if (scan.cadences.length === 1) for (const d of coveredBy(takers, c.index)) d.cadence = c.value;
    else ownerOfCadence(takers, c.index, segment.normalized).cadence ??= c.value;
  }
  return all.map(({ index: _index, ...d }) => d);
}

/**
 * The work a segment's only cadence covers: everything when it leads ("every night we pull, clean
 * and retrain"), else the work said before it ("clean it and retrain nightly, and monitor drift"
 * leaves the monitoring unscheduled).
 */
function coveredBy<T extends { index: number }>(drafts: T[], at: number): T[] {
  const before = drafts.filter((d) => d.index < at);
  return before.length ? before : drafts;
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
  for (const l of d.labels) if (!seen.labels.includes(l)) seen.labels.push(l);
  for (const s of d.sources) if (!seen.sources.includes(s)) seen.sources.push(s);
  seen.cadence ??= d.cadence;
  seen.latencyMs = minOf(seen.latencyMs, d.latencyMs);
  seen.owner ??= d.owner;
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
  return KIND_NAMES[d.kind];
}

function joinList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
