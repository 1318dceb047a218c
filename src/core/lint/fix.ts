/**
 * Applying fixes: pure functions from text to text, shared by `--fix`, the editor's
 * fix-all and the tests. A fix's edits are applied together or not at all.
 */
import type { SourcePosition } from '../markdown/document';
import type { ResolvedConfig } from './config';
import { DEFAULT_CONFIG } from './config';
import { lint } from './lint';
import { bisect } from './text';
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
 * Applies the fixes' edits. A fix whose edits overlap an edit already accepted is skipped
 * whole (the first fix wins); run again to apply the rest.
 * Insertions at the same point all apply, earlier fixes' text first (so several missing
 * sections or fields land in one pass, in the order the rules reported them), and before a
 * range replaced from there.
 * Inserted `\n` become the document's own line ending, so CRLF (and lone-CR) files stay so.
 * Linear in the text and the edits (bar the sorting): 10,000 fixes must not cost minutes.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const toOffset = offsetMapper(text);
  // The document's own line break, its first one (CRLF, LF or a lone CR).
  const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
  /** Accepted edits in output order: by start, an insertion before a replacement, then fix order. */
  const accepted: OffsetEdit[] = [];
  const before = (a: OffsetEdit, b: OffsetEdit) => a.start - b.start || a.end - b.end || a.order - b.order;
  // Accepted edits never overlap, so only those next to `e` can clash with it.
  const clashes = (e: OffsetEdit) => {
    for (let i = bisect(accepted, (a) => a.start <= e.end) - 1; i >= 0 && accepted[i]!.end >= e.start; i--) if (overlaps(accepted[i]!, e)) return true;
    return false;
  };
  for (const [order, fix] of fixes.entries()) {
    const edits = fix.edits.map((e) => ({
      start: toOffset(e.range.start),
      end: Math.max(toOffset(e.range.start), toOffset(e.range.end)),
      newText: eol === '\n' ? e.newText : e.newText.replace(/\r?\n/g, eol),
      order,
    }));
    if (edits.some((e, i) => clashes(e) || edits.slice(0, i).some((o) => overlaps(o, e)))) continue;
    for (const e of edits) accepted.splice(bisect(accepted, (a) => before(a, e) < 0), 0, e);
  }
  const out: string[] = [];
  let at = 0;
  for (const e of accepted) {
    out.push(text.slice(at, e.start), e.newText);
    at = Math.max(at, e.end);
  }
  out.push(text.slice(at));
  return out.join('');
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
