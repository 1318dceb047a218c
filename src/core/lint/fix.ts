/**
 * Applying fixes: pure functions from text to text, shared by `--fix`, the editor's
 * fix-all and the tests. A fix's edits are applied together or not at all.
 */
import type { SourcePosition } from '../markdown/document';
import type { ResolvedConfig } from './config';
import { DEFAULT_CONFIG } from './config';
import { lint } from './lint';
import type { Fix } from './types';

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
  /** Which accepted fix it came from: insertions at one point keep the fixes' order. */
  order: number;
}

/** Maps 0-based positions to string offsets, clamping past-the-end positions. */
function offsetMapper(text: string): (p: SourcePosition) => number {
  const starts = [0];
  const ends: number[] = [];
  const breaks = /\r\n|\n|\r/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    ends.push(m.index);
    starts.push(m.index + m[0].length);
  }
  ends.push(text.length);
  return (p) => {
    if (p.line < 0) return 0;
    if (p.line >= starts.length) return text.length;
    return Math.min(starts[p.line]! + Math.max(0, p.character), ends[p.line]!);
  };
}

/**
 * Two insertions at one point do not overlap: both apply, in the order of their fixes. An
 * insertion at the end of a replaced range does: it was aimed at the old text's end (after a
 * heading that a reorder moves away), so it waits for the next round.
 */
function overlaps(a: OffsetEdit, b: OffsetEdit): boolean {
  const insertionAtEnd = (i: OffsetEdit, r: OffsetEdit) => i.start === i.end && r.start < r.end && i.start === r.end;
  return (a.start < b.end && b.start < a.end) || insertionAtEnd(a, b) || insertionAtEnd(b, a);
}

/**
 * Applies the fixes' edits back to front. A fix whose edits overlap an edit already
 * accepted is skipped whole (the first fix wins); run again to apply the rest.
 * Insertions at the same point all apply, earlier fixes' text first (so several missing
 * sections or fields land in one pass, in the order the rules reported them).
 * Inserted `\n` become the document's own line ending, so CRLF (and lone-CR) files stay so.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const toOffset = offsetMapper(text);
  // The document's own line break, its first one (CRLF, LF or a lone CR).
  const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
  const accepted: OffsetEdit[] = [];
  for (const [order, fix] of fixes.entries()) {
    const edits = fix.edits.map((e) => ({
      start: toOffset(e.range.start),
      end: Math.max(toOffset(e.range.start), toOffset(e.range.end)),
      newText: eol === '\n' ? e.newText : e.newText.replace(/\r?\n/g, eol),
      order,
    }));
    const clash = edits.some((e, i) => accepted.some((a) => overlaps(a, e)) || edits.slice(0, i).some((o) => overlaps(o, e)));
    if (!clash) accepted.push(...edits);
  }
  // Back to front so earlier offsets stay valid. At one offset the wider edit goes first, so
  // an insertion lands before a replacement starting there, and the later fix's insertion
  // goes first, so the earlier fix's text ends up in front of it.
  accepted.sort((a, b) => b.start - a.start || b.end - a.end || b.order - a.order);
  let out = text;
  for (const e of accepted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The fix `--fix` and fix-all would take for each diagnostic: its first safe one. */
export function safeFixes(text: string, config: ResolvedConfig = DEFAULT_CONFIG): Fix[] {
  return lint(text, config).flatMap((d) => d.fixes.find((f) => f.safe) ?? []);
}

/** Enough rounds for fixes that only fit one after another (e.g. several missing sections). */
const MAX_ROUNDS = 10;

/** Applies every safe fix, re-linting between rounds until nothing safe is left to fix. */
export function fixAll(text: string, config: ResolvedConfig = DEFAULT_CONFIG): string {
  let current = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fixes = safeFixes(current, config);
    if (fixes.length === 0) break;
    const next = applyFixes(current, fixes);
    if (next === current) break;
    current = next;
  }
  return current;
}
