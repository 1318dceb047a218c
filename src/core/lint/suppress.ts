/**
 * Inline suppression, as markdownlint users write it:
 *
 *   <!-- zenml-scope-disable-next-line time-estimate -->
 *   <!-- zenml-scope-disable-line cost-estimate -->       (at the end of the offending line)
 *   <!-- zenml-scope-disable code-in-doc --> … <!-- zenml-scope-enable code-in-doc -->
 *   <!-- zenml-scope-disable-file doc-length -->          (anywhere in the file)
 *
 * No rule list means every rule. A diagnostic is suppressed by the state at its first line.
 */
import type { SourceRange } from '../markdown/document';
import { insertAt, insertLines, pos, splitLines } from './text';
import type { Diagnostic, Fix } from './types';

const DIRECTIVE = /<!--\s*zenml-scope-(disable-next-line|disable-line|disable-file|disable|enable)((?:\s+[\w-]+)*)\s*-->/g;

type Kind = 'disable-next-line' | 'disable-line' | 'disable-file' | 'disable' | 'enable';

/**
 * Which rules are off. With `all`, every rule except those in `rules`; without, just `rules`.
 * Immutable: a directive replaces it, so each line can keep the state it saw.
 */
interface Disabled {
  all: boolean;
  rules: ReadonlySet<string>;
}

const NONE: Disabled = { all: false, rules: new Set() };

function isOff(state: Disabled, rule: string): boolean {
  return state.all !== state.rules.has(rule);
}

/** Disables or enables `rules` (no rules: every rule) on top of `state`. */
function toggle(state: Disabled, disable: boolean, rules: readonly string[]): Disabled {
  if (rules.length === 0) return { all: disable, rules: new Set() };
  const next = new Set(state.rules);
  // Under "all off" the set lists exceptions, so the meaning of add/remove flips.
  for (const r of rules) (disable !== state.all ? next.add(r) : next.delete(r));
  return { all: state.all, rules: next };
}

export interface Suppressions {
  isSuppressed(rule: string, line: number): boolean;
}

/**
 * Reads the directives of a document. `skipLines` are lines where comments are not
 * directives (inside code blocks, where `<!--` is just text).
 */
export function readSuppressions(lines: readonly string[], skipLines: ReadonlySet<number> = new Set()): Suppressions {
  let block: Disabled = NONE;
  let file: Disabled = NONE;
  const blockAt: Disabled[] = [];
  /** One-line directives (`-line`, `-next-line`), keyed by the line they silence. */
  const oneLine = new Map<number, Disabled>();
  lines.forEach((text, line) => {
    if (!skipLines.has(line) && text.includes('zenml-scope-')) {
      for (const m of text.matchAll(DIRECTIVE)) {
        const kind = m[1] as Kind;
        const rules = (m[2] ?? '').trim().split(/\s+/).filter(Boolean);
        if (kind === 'disable' || kind === 'enable') block = toggle(block, kind === 'disable', rules);
        else if (kind === 'disable-file') file = toggle(file, true, rules);
        else {
          const target = kind === 'disable-line' ? line : line + 1;
          oneLine.set(target, toggle(oneLine.get(target) ?? NONE, true, rules));
        }
      }
    }
    blockAt.push(block);
  });
  return {
    isSuppressed(rule, line) {
      const single = oneLine.get(line);
      return isOff(file, rule) || isOff(blockAt[line] ?? block, rule) || (single !== undefined && isOff(single, rule));
    },
  };
}

export function applySuppressions(diagnostics: readonly Diagnostic[], suppressions: Suppressions): Diagnostic[] {
  return diagnostics.filter((d) => !suppressions.isSuppressed(d.rule, d.range.start.line));
}

/** Lines starting a list item or inside one: a comment line above them would break the list. */
const LIST_OR_INDENTED = /^(?:\s+\S|\s*(?:[-*+]|\d+[.)])\s)/;

/**
 * The two fixes hosts offer beside every diagnostic: silence this rule on this line, or
 * in the whole file. Pure text edits, never marked safe (`--fix` must not silence rules).
 */
export function suppressionFixes(text: string, diagnostic: Pick<Diagnostic, 'rule' | 'range'>): Fix[] {
  const lines = splitLines(text);
  return [lineSuppression(lines, diagnostic.rule, diagnostic.range), fileSuppression(lines, diagnostic.rule)];
}

function lineSuppression(lines: readonly string[], rule: string, at: SourceRange): Fix {
  const line = Math.min(at.start.line, lines.length - 1);
  const text = lines[line] ?? '';
  const title = `Disable ${rule} for this line`;
  // Inside lists a trailing comment keeps the list intact; elsewhere (headings, paragraphs)
  // a comment line above keeps the heading text clean.
  if (LIST_OR_INDENTED.test(text)) {
    return { title, safe: false, edits: [insertAt(pos(line, text.length), ` <!-- zenml-scope-disable-line ${rule} -->`)] };
  }
  return { title, safe: false, edits: [insertAt(pos(line, 0), `<!-- zenml-scope-disable-next-line ${rule} -->\n`)] };
}

const FILE_DIRECTIVE = /<!--\s*zenml-scope-disable-file((?:\s+[\w-]+)*)\s*-->/;

function fileSuppression(lines: readonly string[], rule: string): Fix {
  const title = `Disable ${rule} for this file`;
  // Extend an existing file directive rather than stacking a second one.
  for (let line = 0; line < lines.length; line++) {
    const m = FILE_DIRECTIVE.exec(lines[line]!);
    if (m && (m[1] ?? '').trim() !== '') {
      const close = m.index + m[0].lastIndexOf('-->');
      const afterRules = lines[line]!.slice(0, close).trimEnd().length;
      return { title, safe: false, edits: [insertAt(pos(line, afterRules), ` ${rule}`)] };
    }
  }
  // Just under the title (or at the top), where readers look for file-wide settings.
  const titleLine = lines.findIndex((l) => /^#\s/.test(l));
  return { title, safe: false, edits: [insertLines(lines, titleLine + 1, [`<!-- zenml-scope-disable-file ${rule} -->`])] };
}
