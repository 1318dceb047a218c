/**
 * The lines the forbidden-content rules read.
 *
 * The source: every line outside code blocks and front matter, with HTML comments
 * (suppression directives, notes) blanked so a directive naming `time-estimate` is not
 * itself a time estimate. `codeRuns`: runs of those lines that read as Python or YAML.
 * `proseLines`: the rest, which the text rules scan; code is `code-in-doc`'s alone, so
 * one line of YAML never draws three different errors.
 */
import type { ParsedDocument } from '../../../markdown/document';
import { codeBlockLines } from '../../text';

export interface ProseLine {
  line: number;
  /** The line with HTML comments replaced by spaces, so columns still match the source. */
  text: string;
  /** Where the prose starts, after list markers, heading marks and a bold field label. */
  contentStart: number;
  /** The blanked comments' columns, `[from, to)`: text a fix must not take. */
  comments: { from: number; to: number }[];
}

export interface CodeRun {
  first: number;
  last: number;
  /** Python (decorators, def, import) rather than only YAML. */
  python: boolean;
}

/** Lines of a leading `---` front-matter block: metadata, not prose. */
export function frontMatterLines(lines: readonly string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
  return close > 0 ? close + 1 : 0;
}

const CONTENT_START = /^\s*(?:>\s*)*(?:#{1,6}\s+)?(?:(?:[-*+]|\d+[.)])\s+)?(?:\*\*[^*]{1,80}\*\*\s*:?\s*|__[^_]{1,80}__\s*:?\s*|[A-Z][A-Za-z /-]{0,40}:\s+)?/;

export function contentStartOf(text: string): number {
  return (CONTENT_START.exec(text)?.[0] ?? '').length;
}

/** A line of Python: a ZenML decorator, a def/class, an import or `x = call(…)`; list markers allowed. */
const PYTHON_LINE =
  /^\s*(?:(?:[-*+]|\d+[.)])\s+)?(?:@(?:step|pipeline)\b|def\s+\w+\s*\(|class\s+\w+\s*(?:\(.*\))?:\s*$|(?:from\s+[\w.]+\s+)?import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*\s*$|return\s+\w|\w+\s*=\s*[\w.]+\(.*\)\s*$)/;
/** `key: value` or `key:` with a lowercase, identifier-like key: config, not a prose label ("Note: …"). */
const YAML_LINE = /^\s*(?:-\s+)?[a-z_][a-z0-9_.-]*:(?:\s+\S.*)?$/;
const YAML_PARENT = /:\s*$/;

interface Lines {
  code: CodeRun[];
  prose: ProseLine[];
}

const cache = new WeakMap<ParsedDocument, Lines>();

function read(doc: ParsedDocument): Lines {
  const cached = cache.get(doc);
  if (cached) return cached;
  const source = blankedLines(doc);
  const code = findCodeRuns(source);
  const inCode = new Set(code.flatMap((r) => Array.from({ length: r.last - r.first + 1 }, (_, i) => r.first + i)));
  const lines = { code, prose: source.filter((p) => !inCode.has(p.line)) };
  cache.set(doc, lines);
  return lines;
}

export const codeRuns = (doc: ParsedDocument): CodeRun[] => read(doc).code;
export const proseLines = (doc: ParsedDocument): ProseLine[] => read(doc).prose;

function blankedLines(doc: ParsedDocument): ProseLine[] {
  const skip = codeBlockLines(doc);
  for (let l = 0; l < frontMatterLines(doc.lines); l++) skip.add(l);
  const out: ProseLine[] = [];
  let inComment = false;
  doc.lines.forEach((raw, line) => {
    if (skip.has(line)) return;
    let text = '';
    let i = 0;
    const comments: ProseLine['comments'] = [];
    // Blank comments, including ones spanning lines, without regex backtracking.
    while (i < raw.length) {
      if (inComment) {
        const close = raw.indexOf('-->', i);
        const stop = close < 0 ? raw.length : close + 3;
        text += ' '.repeat(stop - i);
        comments.push({ from: i, to: stop });
        inComment = close < 0;
        i = stop;
      } else {
        const open = raw.indexOf('<!--', i);
        const stop = open < 0 ? raw.length : open;
        text += raw.slice(i, stop);
        inComment = open >= 0;
        i = stop;
      }
    }
    if (text.trim() !== '') out.push({ line, text, contentStart: contentStartOf(text), comments });
  });
  return out;
}

/** Consecutive lines that read as Python or YAML. */
function findCodeRuns(source: readonly ProseLine[]): CodeRun[] {
  const runs: (CodeRun & { yamlParents: number })[] = [];
  let current: (CodeRun & { yamlParents: number }) | null = null;
  for (const p of source) {
    const python = PYTHON_LINE.test(p.text);
    const yaml = !python && YAML_LINE.test(p.text);
    if (!python && !yaml) {
      current = null;
      continue;
    }
    if (!current || current.last !== p.line - 1) {
      current = { first: p.line, last: p.line, python: false, yamlParents: 0 };
      runs.push(current);
    }
    current.last = p.line;
    current.python ||= python;
    if (yaml && YAML_PARENT.test(p.text)) current.yamlParents++;
  }
  // One `key: value` line is a label; YAML shows as several lines, or a key with children.
  return runs
    .filter((r) => r.python || r.last - r.first >= 2 || (r.last > r.first && r.yamlParents > 0))
    .map(({ first, last, python }) => ({ first, last, python }));
}
