import type { ParsedDocument } from '../../../markdown/document';
import { range } from '../../text';
import type { Rule } from '../../types';
import { proseLines } from './lines';

/**
 * `Week 1: …`, `**Sprint 2** — …`, `### Weeks 3-4: …`, `| Month 1 | … |` at the start of a line.
 * Group 1 is what precedes the label, group 2 the label, group 3 its first number.
 */
const ROADMAP_LINE =
  /^(\s*(?:>\s*)*(?:#{1,6}\s+|(?:[-*+]|\d+[.)])\s+|\|\s*)?(?:\*\*|__)?)((?:week|sprint|month|day)s?\s*(\d{1,3})(?:\s*(?:-|–|—|to|&|and)\s*\d{1,3})?)(?=(?:\*\*|__)?\s*(?::|—|–|-\s|\||\)|$))/i;

export interface RoadmapLabel {
  line: number;
  start: number;
  end: number;
  first: number;
}

export function roadmapLabels(doc: ParsedDocument): RoadmapLabel[] {
  const out: RoadmapLabel[] = [];
  for (const p of proseLines(doc)) {
    const m = ROADMAP_LINE.exec(p.text);
    if (m) out.push({ line: p.line, start: m[1]!.length, end: m[1]!.length + m[2]!.length, first: Number(m[3]) });
  }
  return out;
}

/** The n-th period of the plan (0-based) as a phase label: MVP, Phase 2, Phase 3, … */
function phaseLabel(rank: number): string {
  return rank === 0 ? 'MVP' : `Phase ${rank + 1}`;
}

export const weekRoadmap: Rule = {
  slug: 'week-roadmap',
  category: 'forbidden',
  defaultSeverity: 'error',
  docs: {
    checks: 'Week-by-week (or sprint-by-sprint) roadmap lines such as `Week 1: set up stack`.',
    why:
      'A phased plan (MVP, then Phase 2, then Phase 3) is useful; a calendar is fiction at the scoping stage, because nobody knows ' +
      "the team's velocity, codebase or infrastructure yet. The dates become promises the MVP then misses. Phase labels carry the same order without the dates.",
    example: '- Week 1: set up the stack and the ingestion step\n- Week 2: train and evaluate the first model',
    fix: 'Rewrites the period labels to phase labels in plan order: the first period becomes `MVP`, the next `Phase 2`, and so on.',
    source: 'Seed 000/001, "Things to NEVER include": week-by-week roadmaps.',
  },
  check(ctx) {
    const labels = roadmapLabels(ctx.doc);
    const rank = new Map([...new Set(labels.map((l) => l.first))].sort((a, b) => a - b).map((first, i) => [first, i]));
    for (const l of labels) {
      const phase = phaseLabel(rank.get(l.first)!);
      const at = range(l.line, l.start, l.end);
      ctx.report({
        message:
          "Week-by-week roadmaps are fiction at the scoping stage: nobody knows the team's velocity yet, so the dates turn into promises the MVP misses. " +
          `Use phase labels instead (this one becomes "${phase}").`,
        range: at,
        fixes: [{ title: `Replace "${ctx.doc.lines[l.line]!.slice(l.start, l.end)}" with "${phase}"`, safe: true, edits: [{ range: at, newText: phase }] }],
      });
    }
  },
};
