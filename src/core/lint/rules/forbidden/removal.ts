/**
 * How the forbidden-content rules find matches and cut them out.
 *
 * Matching is linear-time: global regexes without `a[^.]*b` shapes (quadratic on a
 * 200k-character line), and context read from bounded windows around each match.
 * The fix removes the least text that takes the offence with it: a clause, an aside,
 * a sentence, or the whole line when nothing else is on it.
 */
import type { ParsedDocument } from '../../../markdown/document';
import { bisect, deleteLines, range } from '../../text';
import type { Fix, RuleContext } from '../../types';
import { headingCut, headingKept, isHeadingLine, keptPrefix, sparingComments } from './keep';
import { proseLines, type ProseLine } from './lines';

/**
 * A sentence longer than this is read in windows aligned to blocks of this size: every
 * lookup stays bounded on a 200k-character line, and the matches in one block share one
 * window, so `sentenceTest` computes each test once per window.
 */
const BLOCK = 600;

const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|approx|incl|cf)$/i;

function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?' && c !== ';') return false;
  if (i + 1 < text.length && !/\s/.test(text[i + 1]!)) return false;
  return c !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, i - 8), i));
}

const endsCache = new WeakMap<ProseLine, number[]>();

/** Positions of the sentence-ending marks of a line, found once, in order. */
function sentenceEnds(p: ProseLine): number[] {
  let ends = endsCache.get(p);
  if (!ends) {
    ends = [];
    for (let i = 0; i < p.text.length; i++) if (isSentenceEnd(p.text, i)) ends.push(i);
    endsCache.set(p, ends);
  }
  return ends;
}

/** The sentence around `[start, end)` (end mark included), within the prose part of the line. */
function sentenceBounds(p: ProseLine, start: number, end: number): { from: number; to: number } {
  const ends = sentenceEnds(p);
  const lower = Math.max(Math.min(p.contentStart, start), (Math.floor(start / BLOCK) - 1) * BLOCK);
  const upper = Math.min(p.text.length, (Math.floor(end / BLOCK) + 2) * BLOCK);
  const previous = ends[bisect(ends, (e) => e < start) - 1] ?? -1;
  const next = ends[bisect(ends, (e) => e < end)] ?? Infinity;
  return { from: previous >= lower ? previous + 1 : lower, to: next < upper ? next + 1 : upper };
}

/** A test of the sentence around a match, computed once per sentence. */
export function sentenceTest(
  test: (sentence: string) => boolean,
  options: { withLabel?: boolean } = {},
): (p: ProseLine, start: number, end: number) => boolean {
  const cache = new WeakMap<ProseLine, Map<string, boolean>>();
  return (p, start, end) => {
    const bounds = sentenceBounds(p, start, end);
    // The line's first sentence may include its label ("Budget: …") when the test asks for it.
    const from = options.withLabel && bounds.from <= p.contentStart ? 0 : bounds.from;
    const to = bounds.to;
    let results = cache.get(p);
    if (!results) cache.set(p, (results = new Map()));
    const key = `${from}:${to}`;
    let result = results.get(key);
    if (result === undefined) results.set(key, (result = test(p.text.slice(from, to))));
    return result;
  };
}

/** The span to cut so that `[start, end)` disappears with the least collateral text. */
interface Cut {
  from: number;
  to: number;
  /** What replaces the cut: nothing, or the `.` that closes what remains. */
  newText?: string;
}

function removalSpan(raw: string, source: ProseLine, start: number, end: number): Cut | 'line' {
  const prose = source.text;
  const paren = enclosingParens(prose, start, end);
  if (paren) return paren;
  const contentStart = Math.min(source.contentStart, start);
  let { from, to } = sentenceBounds(source, start, end);
  const clause = trailingClause(prose, from, to, start, end);
  if (clause) return clause;
  const before = prose.slice(contentStart, from).trim();
  // A line holding only this sentence goes, unless a comment (a directive) shares it.
  if (before === '' && raw.slice(to).trim() === '') return 'line';
  if (prose.slice(to).trim() !== '') {
    // More prose follows: take the sentence and the space after it.
    while (to < prose.length && prose[to] === ' ') to++;
    while (from < start && prose[from] === ' ') from++;
    return { from, to };
  }
  // The last sentence: take the space before it (after it, when it opens the line),
  // and close what remains with a full stop.
  if (before === '') while (to < prose.length && prose[to] === ' ') to++;
  while (from > contentStart && prose[from - 1] === ' ') from--;
  return prose[from - 1] === ';' ? { from: from - 1, to, newText: '.' } : { from, to };
}

/**
 * A match after the sentence's first comma sits in a trailing clause ("Vertex AI, one GPU,
 * roughly $400/month"): cut from that comma to the next one, or to the sentence's end mark.
 */
function trailingClause(text: string, from: number, to: number, start: number, end: number): { from: number; to: number } | null {
  const comma = text.lastIndexOf(',', start);
  if (comma < from || text.slice(from, comma).trim() === '') return null;
  const next = text.indexOf(',', end);
  const stop = next >= 0 && next < to ? next : isSentenceEnd(text, to - 1) ? to - 1 : to;
  return { from: comma, to: stop };
}

/** A parenthetical around the match: remove just the comma-separated part, or the whole aside. */
function enclosingParens(text: string, start: number, end: number): { from: number; to: number } | null {
  const open = text.lastIndexOf('(', start);
  if (open < 0 || text.lastIndexOf(')', start - 1) > open) return null;
  const close = text.indexOf(')', end);
  if (close < 0 || (text.indexOf('(', end) >= 0 && text.indexOf('(', end) < close)) return null;
  const parts: { from: number; to: number }[] = [];
  let partStart = open + 1;
  for (let i = open + 1; i <= close; i++) {
    if (i === close || text[i] === ',' || text[i] === ';') {
      parts.push({ from: partStart, to: i });
      partStart = i + 1;
    }
  }
  const idx = parts.findIndex((p) => p.from <= start && end <= p.to);
  if (parts.length > 1 && idx >= 0) {
    const p = parts[idx]!;
    // Take the separator on the left, or on the right for the first part.
    return idx > 0 ? { from: parts[idx - 1]!.to, to: p.to } : { from: p.from, to: parts[1]!.from + (text[parts[1]!.from] === ' ' ? 1 : 0) };
  }
  let from = open;
  while (from > 0 && text[from - 1] === ' ') from--;
  return { from, to: close + 1 };
}

/**
 * A fix that removes the offending text: the aside, the sentence, or the whole line when
 * nothing else is on it. It is safe only when it keeps what `keep.ts` protects; otherwise
 * removing just the match is offered for the author to judge.
 */
export function removalFix(doc: ParsedDocument, match: Match, title: string): Fix {
  const { line, start, end } = match;
  const cut = safeCut(doc, match);
  if (cut === 'line') return { title, safe: true, edits: [deleteLines(doc.lines, line, line)] };
  if (cut) return { title, safe: true, edits: [{ range: range(line, cut.from, cut.to), newText: cut.newText ?? '' }] };
  return { title, safe: false, edits: [{ range: range(line, start, end), newText: '' }] };
}

const LIST_MARKER = /^\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?/;

function safeCut(doc: ParsedDocument, { line, start, end, source }: Match): Cut | 'line' | null {
  const text = doc.lines[line] ?? '';
  if (isHeadingLine(doc.lines, line)) {
    const cut = enclosingParens(source.text, start, end) ?? headingCut(source, start, end);
    const spared = cut && sparingComments(cut, source.comments);
    return spared && headingKept(doc, line, text, text.slice(0, spared.from) + text.slice(spared.to)) ? spared : null;
  }
  const span = removalSpan(text, source, start, end);
  const kept = keptPrefix(doc, line);
  if (span === 'line' && !kept && source.comments.length === 0) return 'line';
  // The whole line's prose goes: everything after the list marker, comments aside.
  let cut: Cut = span === 'line' ? { from: LIST_MARKER.exec(text)![0].length, to: text.length } : span;
  const toEnd = source.text.slice(cut.to).trim() === '';
  if (kept && cut.from <= kept.end) {
    if (cut.to <= kept.end) return null;
    // Up to the end: the label's separator goes too ("2. load — …" → "2. load").
    cut = { from: toEnd ? kept.core : kept.end, to: cut.to };
  }
  const spared = sparingComments(cut, source.comments);
  if (!spared) return null;
  // After a kept label, one space stays before a comment that follows ("- **Trigger**: <!-- … -->").
  if (kept && toEnd && spared.to < text.length) spared.to = Math.max(spared.from, text.slice(0, spared.to).trimEnd().length);
  return { ...cut, ...spared };
}

export interface Match {
  line: number;
  start: number;
  end: number;
  /** The line as the rules read it (comments blanked). */
  source: ProseLine;
}

/** Reports each match once per line (the first), with a removal fix. */
export function reportRemovals(ctx: RuleContext, matches: readonly Match[], message: string, fixTitle: string): void {
  const seen = new Set<number>();
  for (const m of matches) {
    if (seen.has(m.line)) continue;
    seen.add(m.line);
    ctx.report({ message, range: range(m.line, m.start, m.end), fixes: [removalFix(ctx.doc, m, fixTitle)] });
  }
}

/** Every match of a global regex on the prose lines, with an optional veto on each. */
export function scan(doc: ParsedDocument, pattern: RegExp, accept: (p: ProseLine, m: RegExpExecArray) => boolean = () => true): Match[] {
  const out: Match[] = [];
  for (const p of proseLines(doc)) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(p.text); m; m = pattern.exec(p.text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      else if (accept(p, m)) out.push({ line: p.line, start: m.index, end: m.index + m[0].length, source: p });
    }
  }
  return out;
}
