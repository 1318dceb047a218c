/**
 * Entries: the items fields, steps, questions and components are read from.
 * An entry is a list item, or (for people who skip the bullets) a labelled line
 * of a paragraph, or a whole paragraph. It carries its text and where it stands.
 */
import type { SourcePosition, SourceRange } from './document';
import type { Block } from './blocks';

export interface Entry {
  /** The whole item: from its marker through its last non-blank line. */
  range: SourceRange;
  /** Where `text` starts in the source (just after the list marker). */
  textStart: SourcePosition;
  /** Length of the text's first line: offsets below it map straight to columns. */
  firstLineLength: number;
  /** The item's first paragraph, lines trimmed and joined with single spaces. */
  text: string;
  /** End of that paragraph in the source. */
  textEnd: SourcePosition;
  /** Items of lists nested in this one. */
  children: Entry[];
}

const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;

function leadingSpace(line: string): number {
  return line.length - line.trimStart().length;
}

/** Column of `offset` within an entry's text, clamped to its first line. */
export function columnOf(entry: Entry, offset: number): number {
  return entry.textStart.character + Math.min(Math.max(offset, 0), entry.firstLineLength);
}

function fromLines(lines: string[], first: number, last: number, itemStart: number, itemEnd: number, markerLine: number | null): Entry {
  const parts: string[] = [];
  let textStart: SourcePosition = { line: first, character: 0 };
  let textEnd: SourcePosition = { line: first, character: 0 };
  let firstLineLength = 0;
  for (let line = first; line <= last; line++) {
    const raw = lines[line] ?? '';
    const skip = line === markerLine ? (LIST_MARKER.exec(raw)?.[0].length ?? leadingSpace(raw)) : leadingSpace(raw);
    const piece = raw.slice(skip).trimEnd();
    if (line === first) {
      textStart = { line, character: skip };
      firstLineLength = piece.length;
    }
    if (piece) textEnd = { line, character: skip + piece.length };
    parts.push(piece);
  }
  if (textEnd.line === first && textEnd.character === 0) textEnd = { line: first, character: textStart.character };
  return {
    range: {
      start: { line: itemStart, character: leadingSpace(lines[itemStart] ?? '') },
      end: { line: itemEnd, character: (lines[itemEnd] ?? '').length },
    },
    textStart,
    firstLineLength,
    text: parts.filter((p) => p !== '').join(' '),
    textEnd,
    children: [],
  };
}

/** One entry per item of a bullet or ordered list, nested lists as children. */
export function listEntries(lines: string[], list: Block): Entry[] {
  return list.children
    .filter((item) => item.type === 'list_item')
    .map((item) => {
      // An item that opens with something other than a paragraph (a nested list, a fence) has no text.
      const paragraph = item.children[0]?.type === 'paragraph' ? item.children[0] : null;
      const entry = fromLines(lines, paragraph?.startLine ?? item.startLine, paragraph?.endLine ?? item.startLine, item.startLine, item.endLine, item.startLine);
      if (!paragraph) {
        entry.text = '';
        entry.firstLineLength = 0;
      }
      entry.children = item.children
        .filter((child) => child.type === 'bullet_list' || child.type === 'ordered_list')
        .flatMap((child) => listEntries(lines, child));
      return entry;
    });
}

/** The whole paragraph as one entry. */
export function paragraphEntry(lines: string[], paragraph: Block): Entry {
  return fromLines(lines, paragraph.startLine, paragraph.endLine, paragraph.startLine, paragraph.endLine, null);
}

/**
 * A paragraph written as `Purpose: …` / `Trigger: …` lines: each line `startsEntry` accepts
 * opens an entry, the lines after it continue it; lines before the first are prose, skipped.
 */
export function labelledLineEntries(lines: string[], paragraph: Block, startsEntry: (line: string) => boolean): Entry[] {
  const starts: number[] = [];
  for (let line = paragraph.startLine; line <= paragraph.endLine; line++) {
    if (startsEntry((lines[line] ?? '').trim())) starts.push(line);
  }
  return starts.map((start, i) => {
    const last = i + 1 < starts.length ? starts[i + 1] - 1 : paragraph.endLine;
    return fromLines(lines, start, last, start, last, null);
  });
}
