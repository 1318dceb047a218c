/**
 * What a removal fix must leave standing: a safe fix may take the offending text, never the
 * document's structure (a heading, a pipeline's name or phase, a step's name, a field's or a
 * roadmap period's label) nor an HTML comment (a directive or a reviewer's note) on the line.
 */
import type { ParsedDocument } from '../../../markdown/document';
import { splitHeading } from '../../../markdown/parse';
import { sectionIdOf } from '../../../markdown/template';
import { contentStartOf, type ProseLine } from './lines';
import { roadmapLabels } from './week-roadmap';

export interface Span {
  from: number;
  to: number;
}

/**
 * The cut without the comments at its edges; null when a comment sits inside it (then no
 * cut keeps both the comment and the sentence around it).
 */
export function sparingComments(cut: Span, comments: readonly Span[]): Span | null {
  let { from, to } = cut;
  for (const c of comments) {
    if (c.to <= from || c.from >= to) continue;
    if (c.from <= from) from = Math.max(from, c.to);
    else if (c.to >= to) to = Math.min(to, c.from);
    else return null;
  }
  return from < to ? { from, to } : null;
}

/** A label a removal keeps: nothing before `end` may go, and removing everything after it stops at `core`. */
export interface Kept {
  /** Where the label itself ends ("2. load", "- **Trigger**:", "- Week 1:"). */
  core: number;
  /** Where its separator and spaces end, so a partial cut joins cleanly. */
  end: number;
}

const labels = new WeakMap<ParsedDocument, Map<number, Kept>>();

/**
 * The label the line carries: a step's name, a template field's label, a roadmap period's label;
 * null when the whole line may go. Found once per document (a removal per line must stay linear).
 */
export function keptPrefix(doc: ParsedDocument, line: number): Kept | null {
  let byLine = labels.get(doc);
  if (!byLine) labels.set(doc, (byLine = labelLines(doc)));
  return byLine.get(line) ?? null;
}

function labelLines(doc: ParsedDocument): Map<number, Kept> {
  const byLine = new Map<number, Kept>();
  const after = (line: number, core: number, separator: RegExp): Kept => ({ core, end: core + (separator.exec((doc.lines[line] ?? '').slice(core))?.[0].length ?? 0) });
  for (const l of roadmapLabels(doc)) {
    const text = doc.lines[l.line] ?? '';
    byLine.set(l.line, after(l.line, l.end + (/^(?:\*\*|__)?\s*[:—–-]?/.exec(text.slice(l.end))?.[0].length ?? 0), /^\s*/));
  }
  for (const p of doc.pipelines) {
    for (const f of Object.values(p.fields)) {
      if (!f) continue;
      const text = doc.lines[f.range.start.line] ?? '';
      const end = contentStartOf(text);
      byLine.set(f.range.start.line, { core: text.slice(0, end).trimEnd().length, end });
    }
    for (const s of p.steps) byLine.set(s.nameRange.end.line, after(s.nameRange.end.line, s.nameRange.end.character, /^\s*(?:[—–:-]\s*)?/));
  }
  return byLine;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;

/** An ATX heading, or the text of a setext one (underlined with `===` or `---`). */
export const isHeadingLine = (lines: readonly string[], line: number): boolean =>
  HEADING.test(lines[line] ?? '') || /^ {0,3}(?:=+|-+)[ \t]*$/.test(lines[line + 1] ?? '');

/** Where a separator before `start` leaves the heading's own words standing: `)`, `:`, a dash or a comma. */
function separatorBefore(text: string, from: number, start: number): number | null {
  for (let i = start - 1; i >= from; i--) {
    const c = text[i]!;
    if (c === ')' || c === ':') return i + 1;
    if (c === ',' || ((c === '—' || c === '–' || c === '-') && text[i - 1] === ' ')) {
      let at = i;
      while (at > from && text[at - 1] === ' ') at--;
      return at;
    }
  }
  return null;
}

/**
 * A heading loses only the words after the last separator before the offence, and keeps a
 * trailing `(Phase)`: `### Pipeline 1: Training (MVP) takes about 2 weeks` → `### Pipeline 1: Training (MVP)`.
 */
export function headingCut(source: ProseLine, start: number, end: number): Span | null {
  const text = source.text;
  const marks = HEADING.exec(text)?.[0].length ?? 0;
  const from = separatorBefore(text, marks, start);
  if (from === null || text.slice(marks, from).trim() === '') return null;
  let to = text.trimEnd().length;
  const phase = /\s*\([^()]*\)$/.exec(text.slice(end, to));
  if (phase) to -= phase[0].length;
  return to > from ? { from, to } : null;
}

/**
 * Whether the heading still says what it said: the same section; for a pipeline, its name's
 * start and its phase (a phase the parser could not read before may appear: "(MVP) takes 2 weeks").
 */
export function headingKept(doc: ParsedDocument, line: number, before: string, after: string): boolean {
  const words = (t: string): string => t.replace(HEADING, '').trim();
  if (words(after) === '') return false;
  const level = HEADING.exec(before)?.[1]!.length;
  if (level === 2) return sectionIdOf(words(before)) === sectionIdOf(words(after));
  if (!doc.pipelines.some((p) => p.headingRange.start.line === line)) return true;
  const was = splitHeading(words(before), 0);
  const now = splitHeading(words(after), 0);
  return (was.phase === null || was.phase === now.phase) && now.name !== '' && was.name.startsWith(now.name);
}
