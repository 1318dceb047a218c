/**
 * Reading the inline text of one item: a field label and its value, a step's
 * name / description / artifact, a named entry's name and rest.
 *
 * Everything here scans with indexOf or anchored, bounded regexes: item text can
 * be a 100k-character line, so no pattern may backtrack across it.
 */

/** `**x**`, `__x__`, `*x*`, `_x_` or `` `x` `` wrapping the start of a string. */
const WRAPPERS = ['**', '__', '``', '`', '*', '_'] as const;

interface Wrapped {
  inner: string;
  /** Offset of the inner text. */
  start: number;
  /** Offset just after the closing delimiter. */
  after: number;
}

/** The emphasis or code span the text starts with, if it closes within `limit` characters. */
function leadingWrapped(text: string, limit = 200): Wrapped | null {
  const open = WRAPPERS.find((w) => text.startsWith(w));
  if (!open) return null;
  const close = text.indexOf(open, open.length);
  if (close <= open.length || close > limit) return null;
  return { inner: text.slice(open.length, close), start: open.length, after: close + open.length };
}

/** Removes one wrapping `**…**`, `` `…` `` etc. when it spans the whole string. */
export function unwrap(text: string): string {
  const trimmed = text.trim();
  const wrapped = leadingWrapped(trimmed, trimmed.length);
  return wrapped && wrapped.after === trimmed.length ? wrapped.inner.trim() : trimmed;
}

/** Drops `<!-- … -->` comments (an unclosed one runs to the end) and tidies the spaces they leave. */
export function stripHtmlComments(text: string): string {
  if (!text.includes('<!--')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('<!--', i);
    if (open < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, open);
    const close = text.indexOf('-->', open + 4);
    i = close < 0 ? text.length : close + 3;
  }
  return out.replace(/\s{2,}/g, ' ').trim();
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** The separators people put between a name and what follows it. */
const SEPARATORS = [' — ', ' – ', ' - ', ': ', ' -- '] as const;

/** The earliest of `needles` in `text` from `from` (within `limit` characters), as [index, needle]. */
function earliest(text: string, needles: readonly string[], from = 0, limit = Infinity): [number, string] | null {
  let best: [number, string] | null = null;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    if (at >= 0 && at - from <= limit && (!best || at < best[0])) best = [at, needle];
  }
  return best;
}

/** Skips a separator (`:`, `—`, `–`, `-`) and the spaces around it. */
function skipSeparator(text: string, i: number): number {
  i = skipSpaces(text, i);
  if (text[i] === ':' || text[i] === '—' || text[i] === '–' || (text[i] === '-' && text[i + 1] !== '>')) i++;
  return skipSpaces(text, i);
}

export interface Labelled {
  label: string;
  /** Offset of the value in the item text. */
  valueOffset: number;
}

/**
 * Splits `**Trigger**: daily`, `**Trigger:** daily`, `Trigger: daily`, `Trigger — daily`,
 * `**Steps** (approximate …):` into label and value. Null when the text has no label shape.
 */
export function splitLabel(text: string): Labelled | null {
  let label: string;
  let i: number;
  const wrapped = leadingWrapped(text, 80);
  if (wrapped && !text.startsWith('`')) {
    label = wrapped.inner;
    i = wrapped.after;
  } else {
    const found = earliest(text, [':', ' — ', ' – ', ' - '], 0, 60);
    if (!found) return null;
    label = text.slice(0, found[0]);
    i = found[0];
  }
  i = skipSpaces(text, i);
  if (text[i] === '(') {
    const close = text.indexOf(')', i);
    if (close > 0 && close - i < 120) i = close + 1;
  }
  i = skipSeparator(text, i);
  const paren = label.indexOf('(');
  if (paren > 0) label = label.slice(0, paren);
  label = label.trim().replace(/[:.]$/, '').trim();
  return label ? { label, valueOffset: i } : null;
}

export interface Named {
  name: string;
  /** Offsets of the name (without its delimiters) in the text. */
  nameStart: number;
  nameEnd: number;
  /** What follows the name and its separator. */
  rest: string;
}

/**
 * Splits a leading name from the rest: `**Dashboard** — reason`, `` `load_data` — … ``,
 * `load_data: …`, `Dashboard - reason`. Without a separator the whole text is the name.
 * `keptSeparators` also end the name but stay at the start of the rest.
 */
export function splitNamed(text: string, keptSeparators: readonly string[] = []): Named {
  const wrapped = leadingWrapped(text);
  if (wrapped) {
    const name = wrapped.inner.replace(/[:.]\s*$/, '').trim();
    let i = skipSeparator(text, wrapped.after);
    if (text[i] === ',' || text[i] === '.') i = skipSpaces(text, i + 1);
    return { name, nameStart: wrapped.start, nameEnd: wrapped.start + name.length, rest: text.slice(i).trim() };
  }
  const found = earliest(text, [...SEPARATORS, ...keptSeparators]);
  if (!found) return { name: text.trim(), nameStart: 0, nameEnd: text.trimEnd().length, rest: '' };
  const name = text.slice(0, found[0]).trimEnd();
  // A kept separator (the step arrow) belongs to the rest, which still has to read it.
  const restStart = keptSeparators.includes(found[1]) ? found[0] : found[0] + found[1].length;
  return { name, nameStart: 0, nameEnd: name.length, rest: text.slice(restStart).trim() };
}

const ARROWS = ['→', '->', '=>'] as const;

export interface StepParts extends Named {
  description: string;
  produces: string;
}

/**
 * Reads `1. step_name — what it does → produces artifact` and its variants: the name in
 * backticks or bold, `—`/`–`/`-`/`:` after it, `->` for `→`, `produces:` without an arrow.
 */
export function splitStep(text: string): StepParts {
  const named = splitNamed(text, ARROWS.map((a) => ` ${a}`));
  let description = named.rest;
  let produces = '';
  const arrow = earliest(description, ARROWS);
  if (arrow) {
    produces = description.slice(arrow[0] + arrow[1].length);
    description = description.slice(0, arrow[0]);
    produces = produces.trim().replace(/^(?:produces|outputs|returns|yields)\b:?\s*/i, '');
  } else {
    const marker = /(?:^|[\s;,])(?:produces|outputs):\s*|\((?:produces|outputs):?\s+/i.exec(description);
    if (marker) {
      produces = description.slice(marker.index + marker[0].length);
      if (marker[0].startsWith('(')) produces = produces.replace(/\)\s*\.?$/, '');
      description = description.slice(0, marker.index);
    }
  }
  return { ...named, description: description.trim().replace(/[,;]$/, '').trim(), produces: unwrap(produces.replace(/\.\s*$/, '')) };
}

/**
 * Steps written as one arrow chain (`load → clean → train`): each link a short name, three or
 * more links (two could be "load → produces a table"). Offsets (of each name, without its backticks) are into `text`. Empty when the
 * value is not such a chain.
 */
export function chainSteps(text: string): { name: string; start: number; end: number }[] {
  const links: { name: string; start: number; end: number }[] = [];
  const re = /\s*(?:→|->|=>)\s*/g;
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim().replace(/[.;]$/, '');
    const name = unwrap(trimmed);
    // The name's own characters, without backticks or bold around it.
    const start = from + lead + Math.max(0, trimmed.indexOf(name));
    links.push({ name, start, end: start + name.length });
  };
  for (const m of text.matchAll(re)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  const short = links.every((l) => l.name && l.name.split(/\s+/).length <= 4);
  return links.length >= 3 && short ? links : [];
}

export function stripTrailingPeriod(text: string): string {
  return text.trim().replace(/\.$/, '').trim();
}
