import { SECTION_IDS, type ParsedDocument } from '../../../markdown/document';
import { parseDocument } from '../../../markdown/parse';
import { SECTION_HEADINGS } from '../../../markdown/template';
import { bisect, range } from '../../text';
import type { Fix, Rule } from '../../types';
import { canonicalIndex, sectionLines } from './sections';

const MOVING_DIRECTIVE = /<!--\s*zenml-scope-(?:disable|enable|disable-next-line)(?:\s|-->)/;

/**
 * One fix for every misplaced section: rewrite the sections' span in template order.
 * A section the template does not know travels with the known section before it.
 * No fix when something sits between sections (a second H1): moving around it could lose it.
 */
function reorderFix(doc: ParsedDocument): Fix | null {
  const contiguous = doc.sections.every((s, i) => i === 0 || s.range.start.line === doc.sections[i - 1]!.range.end.line + 1);
  if (!contiguous) return null;
  let key = -1;
  const keyed = doc.sections.map((section, i) => {
    if (section.id) key = canonicalIndex(section.id);
    return { section, key, i };
  });
  const ordered = [...keyed].sort((a, b) => a.key - b.key || a.i - b.i);
  const first = doc.sections[0]!.range.start.line;
  const last = doc.sections[doc.sections.length - 1]!.range.end.line;
  let trailingBlank = 0;
  while (last - trailingBlank > first && doc.lines[last - trailingBlank]!.trim() === '') trailingBlank++;
  const body = ordered.map(({ section }) => sectionLines(doc, section).join('\n')).join('\n\n');
  return {
    title: 'Reorder the sections as in the template',
    // A `disable`/`enable` or `disable-next-line` directive covers what follows it; moving
    // sections would change what it covers, so a clean document could gain errors.
    safe: !doc.lines.slice(first, last + 1).some((l) => MOVING_DIRECTIVE.test(l)) && keepsParts(doc, first, last, body),
    edits: [{ range: range(first, 0, (doc.lines[last] ?? '').length, last), newText: body + '\n'.repeat(trailingBlank) }],
  };
}

/** Whether the reordered text still reads as the same sections and pipelines (an unclosed fence that moves up would swallow them). */
function keepsParts(doc: ParsedDocument, first: number, last: number, body: string): boolean {
  const after = parseDocument([...doc.lines.slice(0, first), body, ...doc.lines.slice(last + 1)].join('\n'));
  return after.sections.length === doc.sections.length && after.pipelines.length === doc.pipelines.length;
}

export const sectionOrder: Rule = {
  slug: 'section-order',
  category: 'structure',
  defaultSeverity: 'warning',
  docs: {
    checks: 'The template sections appear in the template order: Overview, Pipeline Decomposition, Cross-Pipeline Data Flow, Not-a-Pipeline Components, Deferred / Future Work, Open Questions.',
    why:
      'The order follows the argument: what the system is, which pipelines, how they connect, what was kept out, what waits, what is still open. ' +
      'Readers who review many of these documents (and the tools that read them) find each decision where they expect it.',
    example: '## Overview\n…\n## Open Questions\n…\n## Pipeline Decomposition\n…',
    fix: 'Moves the sections into template order; sections the template does not know move with the section above them. Nothing is dropped.',
    source: 'Seed 000/001, Phase 5 "Document structure".',
  },
  check(ctx) {
    const { doc } = ctx;
    const known = doc.sections.filter((s) => s.id !== null).map((s) => ({ section: s, index: canonicalIndex(s.id!) }));
    const kept = inOrder(known.map((k) => k.index));
    if (kept.size === known.length) return;
    const fix = reorderFix(doc);
    const keptIndexes = known.filter((_, j) => kept.has(j)).map((k) => k.index);
    known.forEach(({ section, index }, i) => {
      if (kept.has(i)) return;
      const after = keptIndexes[bisect(keptIndexes, (k) => k <= index) - 1];
      const where = after !== undefined ? `after "${SECTION_HEADINGS[SECTION_IDS[after]!]}"` : `before "${SECTION_HEADINGS[SECTION_IDS[keptIndexes[0]!]!]}"`;
      ctx.report({
        message: `"${SECTION_HEADINGS[section.id!]}" is out of the template order: it belongs ${where}, where reviewers look for it.`,
        range: section.headingRange,
        fixes: fix ? [fix] : [],
      });
    });
  },
};

/**
 * Positions of a longest non-decreasing subsequence: the sections that are already in order.
 * The others are the fewest sections whose move restores the order, so only they are reported.
 * Patience sorting, O(n log n): 14,000 sections must not cost seconds.
 */
function inOrder(values: readonly number[]): Set<number> {
  /** tails[k]: index of the smallest last value of a kept run of length k + 1. */
  const tails: number[] = [];
  const previous = values.map(() => -1);
  values.forEach((v, i) => {
    const lo = bisect(tails, (t) => values[t]! <= v);
    previous[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let at = tails.at(-1) ?? -1; at >= 0; at = previous[at]!) kept.add(at);
  return kept;
}

