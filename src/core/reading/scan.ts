/**
 * One segment, read against the lexicon: which kinds of work it announces (longest phrase
 * wins where phrases overlap, negated phrases are dropped), which category phrases it
 * contains, its cadences, latency budgets, tools and owning team.
 */
import type { CategoryId } from './reading';
import { TERMS, VETOES, type ComponentKind, type Term } from './lexicon';
import { findCadences, findLatencies, type Found } from './measures';
import { isNegated, isUndecided } from './segments';
import { findTools, saysUsesZenml, type ToolMention } from './tools';
import { statedGoals, type Goal } from './goal';
import { findSources, type SegmentSources } from './dataSources';
import { findFanOut } from './fanOut';
import type { Cadence } from './reading';
import { matches } from '../language/matches';

export interface KindMatch {
  kind: ComponentKind;
  label: string;
  index: number;
  end: number;
}

export interface Scan {
  kinds: KindMatch[];
  phrases: { category: CategoryId; phrase: string }[];
  cadences: Found<Cadence>[];
  latencies: Found<number>[];
  tools: ToolMention[];
  /** The systems data comes from and the ones results go to. */
  sources: SegmentSources;
  /** What the work here fans out over at run time ("batch", "document"), if the user said so. */
  fanOut: string | null;
  owner: string | null;
  goals: Goal[];
  usesZenml: boolean;
}

const COMPILED: readonly (Term & { global: RegExp; order: number })[] = TERMS.map((t, order) => ({
  ...t,
  order,
  global: new RegExp(t.pattern.source, t.pattern.flags.includes('g') ? t.pattern.flags : `${t.pattern.flags}g`),
}));

const OWNER =
  /\b(?:owned|run|maintained|handled|built) by (?:the |our |a )?((?:[\w-]+ ){0,2}?(?:team|engineers?|scientists?|folks|people|squad|engineering))\b|\b(?:the |our )?((?:data|ml|mlops|platform|analytics|infra|research|backend|data science|data engineering) (?:team|engineers|scientists|engineering|folks|people|squad))\s+(?:own|owns|handle|handles|maintain|maintains|run|runs|is responsible for|are responsible for|takes? care of|will own|will handle|will maintain)\b/i;

/** Right after the noun, a negated verb: "threshold alerts don't catch it", "the dashboard never shows it". */
const FAILS = /^(?:\s+(?!(?:that|which|who|we|i|it|they|you)\b)[\w-]+)?\s+(?:(?:really|also|just|simply|still)\s+)?(?:don'?t|doesn'?t|do not|does not|can'?t|can not|cannot|couldn'?t|won'?t|never|fail(?:s|ed)? to|miss(?:es|ed)?)\b/i;

/**
 * Work whose own clause says it fails at its job is the problem the description states, not work
 * to plan: "Threshold alerts don't catch it" says alerting exists and falls short. (A relative
 * clause, "a dashboard that doesn't exist yet", still names the dashboard.)
 */
function failsAtItsJob(text: string, end: number): boolean {
  return FAILS.test(text.slice(end, end + 60));
}

export function scanSegment(text: string): Scan {
  const candidates: (KindMatch & { order: number })[] = [];
  const phrases: Scan['phrases'] = [];
  for (const term of COMPILED) {
    for (const m of matches(text, term.global)) {
      if (!m[0].trim() || (isNegated(text, m.index) && !isUndecided(text, m.index)) || failsAtItsJob(text, m.index + m[0].length)) continue;
      phrases.push({ category: term.category, phrase: term.phrase ?? m[0].trim() });
      if (term.kind) candidates.push({ kind: term.kind, label: term.label, index: m.index, end: m.index + m[0].length, order: term.order });
    }
  }
  const owner = OWNER.exec(text);
  const vetoed = new Set(VETOES.filter((v) => v.context.test(text)).map((v) => v.kind));
  const kinds = longestFirst(candidates).filter((k) => !vetoed.has(k.kind));
  return {
    kinds,
    phrases,
    cadences: findCadences(text),
    latencies: findLatencies(text),
    tools: findTools(text),
    sources: findSources(text, kinds.find((k) => k.kind === 'ingestion') ?? null),
    fanOut: findFanOut(text),
    owner: owner ? (owner[1] ?? owner[2] ?? '').toLowerCase() : null,
    goals: statedGoals(text),
    usesZenml: saysUsesZenml(text),
  };
}

/** Overlapping matches: the longest phrase is the specific one ("real-time retraining" over "real-time"). */
function longestFirst(candidates: (KindMatch & { order: number })[]): KindMatch[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.index - (a.end - a.index) || a.order - b.order);
  const kept: KindMatch[] = [];
  for (const c of ranked) {
    if (kept.some((k) => c.index < k.end && k.index < c.end)) continue;
    kept.push({ kind: c.kind, label: c.label, index: c.index, end: c.end });
  }
  return kept.sort((a, b) => a.index - b.index);
}
