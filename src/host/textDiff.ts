/**
 * The one edit that turns `before` into `after`: the span between their common prefix and common suffix.
 * Fix-all computes the fixed text with the core (which re-lints between rounds); applying it as this single
 * minimal edit keeps the cursor, folding and markers of the untouched parts of the editor.
 * Pure, so it is unit-tested.
 */
import type { SourcePosition } from '../core/markdown/document';
import type { TextEdit } from '../core/lint/types';

function positionAt(text: string, offset: number): SourcePosition {
  let line = 0;
  let lineStart = 0;
  const breaks = /\r\n|\n|\r/g;
  for (let m = breaks.exec(text); m && m.index < offset; m = breaks.exec(text)) {
    line++;
    lineStart = m.index + m[0].length;
  }
  return { line, character: offset - lineStart };
}

export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  // Never split a CRLF pair: a position between \r and \n does not exist in the editor.
  if (prefix > 0 && before[prefix - 1] === '\r' && before[prefix] === '\n') prefix--;
  if (suffix > 0 && before[before.length - suffix - 1] === '\r' && before[before.length - suffix] === '\n') suffix--;
  return {
    range: { start: positionAt(before, prefix), end: positionAt(before, before.length - suffix) },
    newText: after.slice(prefix, after.length - suffix),
  };
}
