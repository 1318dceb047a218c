/**
 * Small position and edit helpers shared by the rules, the fixes and suppression.
 * Every edit here is plain data over 0-based line/character positions, written with `\n`;
 * `applyFixes` turns `\n` into the document's own line ending.
 */
import type { ParsedDocument, SourcePosition, SourceRange } from '../markdown/document';
import type { TextEdit } from './types';

/** Lines exactly as the parser splits them, so positions agree. */
export { splitLines } from '../markdown/blocks';

export function pos(line: number, character: number): SourcePosition {
  return { line, character };
}

export function range(line: number, start: number, end: number, endLine = line): SourceRange {
  return { start: pos(line, start), end: pos(endLine, end) };
}

/** The whole of one line, from column 0 to its last character. */
export function lineRange(lines: readonly string[], line: number): SourceRange {
  return range(line, 0, (lines[line] ?? '').length);
}

export function insertAt(at: SourcePosition, newText: string): TextEdit {
  return { range: { start: at, end: at }, newText };
}

const NEXT_LINE_DIRECTIVE = /^\s*<!--\s*zenml-scope-disable-next-line\b.*-->\s*$/;

/** Whether line `line` starts inside an HTML comment opened above it (then it is text, not a directive). */
function insideComment(lines: readonly string[], line: number): boolean {
  const above = lines.slice(0, line).join('\n');
  return above.lastIndexOf('<!--') > above.lastIndexOf('-->');
}

/**
 * Inserts whole lines before line `before` (or at the end of the document when `before`
 * is past the last line), so the inserted block never merges with a neighbouring line.
 */
export function insertLines(lines: readonly string[], before: number, block: readonly string[]): TextEdit {
  // A `disable-next-line` directive stays right above the line it silences.
  while (before > 0 && before < lines.length && NEXT_LINE_DIRECTIVE.test(lines[before - 1]!) && !insideComment(lines, before - 1)) before--;
  const body = block.join('\n');
  if (before < lines.length) return insertAt(pos(before, 0), `${body}\n`);
  const last = lines.length - 1;
  const lastText = lines[last] ?? '';
  // A document ending in a newline has an empty last "line": append after it.
  return lastText === '' ? insertAt(pos(last, 0), `${body}\n`) : insertAt(pos(last, lastText.length), `\n${body}`);
}

/** Deletes lines `first..last` (inclusive) with their line break, leaving no blank hole. */
export function deleteLines(lines: readonly string[], first: number, last: number): TextEdit {
  if (last + 1 < lines.length) return { range: { start: pos(first, 0), end: pos(last + 1, 0) }, newText: '' };
  if (first === 0) return { range: { start: pos(0, 0), end: pos(last, (lines[last] ?? '').length) }, newText: '' };
  // The block ends the document: take the line break before it instead of after it.
  const prev = first - 1;
  return { range: { start: pos(prev, (lines[prev] ?? '').length), end: pos(last, (lines[last] ?? '').length) }, newText: '' };
}

/** Lines inside code blocks (fenced or indented), where markdown and comments are literal text. */
export function codeBlockLines(doc: ParsedDocument): Set<number> {
  const lines = new Set<number>();
  for (const block of doc.codeBlocks) for (let l = block.range.start.line; l <= block.range.end.line; l++) lines.add(l);
  return lines;
}

export function comparePositions(a: SourcePosition, b: SourcePosition): number {
  return a.line - b.line || a.character - b.character;
}

/** Binary search: the first index of a partitioned array where `before` is false (every earlier item satisfies it). */
export function bisect<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
