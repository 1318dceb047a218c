/**
 * Markdown tables as entries: people who edit a draft by hand often put a pipeline's fields
 * (`| Field | Detail |`), its steps (`| # | Step | Description | Output |`) or a section's items
 * (`| Component | Why not | Use instead |`) in a table. Each row becomes the entry a list item
 * would have given, so fields, steps and items are read (and linted) the same way.
 *
 * A row's text is the source line with each cell gap rewritten in place (same length) to the
 * separator a list item would use (`Label: value`, `name — what → output`), so offsets in the
 * text are columns in the source and field values keep their exact ranges.
 */
import type { Block } from './blocks';
import type { Entry } from './entries';

export interface Cell {
  text: string;
  /** Columns of the trimmed cell content on its line. */
  start: number;
  end: number;
}

export interface TableRow {
  line: number;
  cells: Cell[];
}

export interface Table {
  header: Cell[];
  rows: TableRow[];
}

const DELIMITER_ROW = /^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*$/;

/** The cells of one table line: split on `|` outside code spans, `\|` kept as text. */
export function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  let inCode = false;
  const push = (to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    cells.push({ text, start: from + lead, end: from + lead + text.length });
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === '`') inCode = !inCode;
    else if (c === '|' && !inCode) {
      push(i);
      from = i + 1;
    }
  }
  push(line.length);
  // Leading and trailing pipes leave an empty cell at either end.
  if (cells.length > 1 && cells[0]!.text === '' && /^\s*\|/.test(line)) cells.shift();
  if (cells.length > 1 && cells[cells.length - 1]!.text === '' && /\|\s*$/.test(line)) cells.pop();
  return cells;
}

/** A table block's header and body rows (markdown-it's `table` block: header, delimiter, rows). */
export function readTable(lines: readonly string[], block: Block): Table | null {
  if (block.type !== 'table' || !DELIMITER_ROW.test(lines[block.startLine + 1] ?? '')) return null;
  const header = cellsOf(lines[block.startLine] ?? '');
  const rows: TableRow[] = [];
  for (let line = block.startLine + 2; line <= block.endLine; line++) {
    const cells = cellsOf(lines[line] ?? '');
    if (cells.some((c) => c.text)) rows.push({ line, cells });
  }
  return { header, rows };
}

/**
 * An entry whose text is `cells` joined by `joiners` (one fewer than cells), written over the
 * row's own line so each offset is a column. Gaps too narrow for their joiner (`a|b`) get the
 * joiner anyway, and cells out of column order (an output column before the description) keep
 * the reading order; offsets past that point are then approximate, never out of the row.
 */
export function rowEntry(line: string, lineNo: number, cells: readonly Cell[], joiners: readonly string[]): Entry {
  const used = cells.filter((c) => c.text);
  let text = used[0]?.text ?? '';
  for (let i = 1; i < used.length; i++) {
    const gap = used[i]!.start - used[i - 1]!.end;
    const joiner = joiners[Math.min(i - 1, joiners.length - 1)] ?? ' ';
    text += joiner.padEnd(gap, ' ') + used[i]!.text;
  }
  const start = used[0]?.start ?? 0;
  const end = used[used.length - 1]?.end ?? start;
  return {
    range: { start: { line: lineNo, character: 0 }, end: { line: lineNo, character: line.length } },
    textStart: { line: lineNo, character: start },
    firstLineLength: text.length,
    text,
    textEnd: { line: lineNo, character: end },
    children: [],
  };
}

/** Header words naming a table's columns. */
const STEP_NAME = /\b(?:step|name)s?\b/i;
const STEP_WHAT = /\b(?:description|what|does|purpose|action|detail)s?\b/i;
const STEP_OUTPUT = /\b(?:output|produces|artifact|result|returns)s?\b/i;

/** The columns of a step table (a `Step` column beside a description or an output), or null. */
export function stepColumns(table: Table): { name: number; what: number; output: number } | null {
  const find = (re: RegExp, not: number[] = []) => table.header.findIndex((h, i) => re.test(h.text) && !not.includes(i));
  // A "Step" column of numbers is the order, not the name: the name is the next such column.
  const numbered = (i: number) => table.rows.every((r) => /^#?\d{1,3}[.)]?$/.test(r.cells[i]?.text ?? ''));
  const name = table.header.findIndex((h, i) => STEP_NAME.test(h.text) && !numbered(i));
  const what = find(STEP_WHAT, [name]);
  const output = find(STEP_OUTPUT, [name, what]);
  return name >= 0 && (what >= 0 || output >= 0) ? { name, what, output } : null;
}

/** A step table's rows as step entries: `name — what → output`. */
export function stepEntries(lines: readonly string[], table: Table): Entry[] {
  const cols = stepColumns(table);
  if (!cols) return [];
  return table.rows.flatMap((row) => {
    const name = row.cells[cols.name];
    if (!name?.text) return [];
    const what = cols.what >= 0 ? row.cells[cols.what] : undefined;
    const output = cols.output >= 0 ? row.cells[cols.output] : undefined;
    const parts = [name, what, output].filter((c): c is Cell => !!c?.text);
    const joiners = what?.text ? [' — ', ' → '] : [' → '];
    return [rowEntry(lines[row.line] ?? '', row.line, parts, joiners)];
  });
}

/** Any other table's rows as labelled entries: the first cell, then the rest joined by `joiners`. */
export function labelledEntries(lines: readonly string[], table: Table, joiners: readonly string[]): Entry[] {
  return table.rows.map((row) => rowEntry(lines[row.line] ?? '', row.line, row.cells, joiners));
}
