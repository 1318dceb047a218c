import { range } from '../../text';
import type { Rule } from '../../types';

/** Lines that count: trailing blank lines (the final newline) do not. */
function countedLines(lines: readonly string[]): number {
  let n = lines.length;
  while (n > 0 && lines[n - 1]!.trim() === '') n--;
  return n;
}

export const docLength: Rule = {
  slug: 'doc-length',
  category: 'structure',
  defaultSeverity: 'warning',
  docs: {
    checks: 'The document is roughly 80-150 lines (thresholds `linesMin`/`linesMax`). Over the maximum is a warning; under the minimum only info.',
    why:
      'An architecture document is a specification, not an implementation guide. Past 150 lines it is usually carrying implementation detail ' +
      '(code, configs, per-step specifics) that belongs to the next phase and buries the decisions reviewers need. A short document is fine for a ' +
      'one-pipeline scope, so that side is only a hint to check nothing was skipped.',
    example: '(a 240-line document with per-step parameter tables)',
    fix: 'None: cut implementation detail (the other rules point at code, setup and estimates) or move it to the implementation phase.',
    source: 'Seed 000/001, Phase 5 "Keep it concise": roughly 80-150 lines.',
  },
  check(ctx) {
    const { linesMin, linesMax } = ctx.config.thresholds;
    const n = countedLines(ctx.doc.lines);
    if (n > linesMax) {
      ctx.report({
        message:
          `The document is ${n} lines, over the ${linesMax} that keep a scoping spec reviewable: it is probably carrying implementation detail ` +
          '(code, configuration, per-step specifics) that belongs to the implementation phase.',
        range: range(linesMax, 0, ctx.doc.lines[linesMax]!.length),
      });
    } else if (n < linesMin) {
      ctx.report({
        severity: 'info',
        message: `The document is ${n} lines, under the usual ${linesMin}: fine for a one-pipeline scope, but check that no section or pipeline field was skipped.`,
        range: range(0, 0, (ctx.doc.lines[0] ?? '').length),
      });
    }
  },
};
