import type { ParsedPipeline } from '../../../markdown/document';
import { UNLABELLED_PHASE } from '../../../markdown/template';
import { insertAt, pos, range } from '../../text';
import type { Fix, Rule } from '../../types';
import { sectionsById } from './sections';

const isMvp = (phase: string): boolean => /\bmvp\b/i.test(phase);

const TITLE = 'Mark the first pipeline as the MVP';

/**
 * Appends ` (MVP)` to an unlabelled heading (safe), or replaces another `(label)` with MVP
 * (offered, not applied by --fix: it overrides the author's phase). A `— Phase 2` tail: no fix.
 */
function markFirstFix(lines: readonly string[], first: ParsedPipeline): Fix[] {
  const line = first.headingRange.start.line;
  // The heading's own text: a trailing `<!-- … -->` directive stays after the label.
  const raw = lines[line] ?? '';
  const comment = raw.indexOf('<!--');
  const text = (comment >= 0 ? raw.slice(0, comment) : raw).trimEnd();
  // An aside elsewhere in the heading may be the label with text after it ("(MVP) takes 2 weeks"):
  // appending a second one is offered, not applied.
  if (!first.hasPhaseLabel) return [{ title: TITLE, safe: !/\([^()]*\)/.test(text), edits: [insertAt(pos(line, text.length), ' (MVP)')] }];
  if (!text.endsWith(')')) return [];
  const open = text.lastIndexOf('(');
  return [{ title: TITLE, safe: false, edits: [{ range: range(line, open + 1, text.length - 1), newText: 'MVP' }] }];
}

export const mvpMarker: Rule = {
  slug: 'mvp-marker',
  category: 'structure',
  defaultSeverity: 'warning',
  docs: {
    checks: 'Exactly one pipeline is labelled MVP in its heading, e.g. `### Pipeline 1: Training (MVP)`.',
    why:
      'Choosing the MVP is the most valuable decision of the scoping: build one pipeline, prove it end to end, then add the next. With no MVP the ' +
      'team tends to start on everything at once; with several, the MVP is no longer minimal.',
    example: '### Pipeline 1: Feature Ingestion (Phase 2)\n### Pipeline 2: Training (Phase 2)',
    fix: 'When no pipeline is marked, marks the first one `(MVP)` (applied by `--fix` only when its heading has no other phase label).',
    source: 'Seed 000/001, Phase 4 "Define the MVP".',
  },
  check(ctx) {
    const { doc } = ctx;
    const pipelines = doc.pipelines.map((p) => ({ parsed: p, phase: doc.architecture.pipelines[p.index]?.phase ?? UNLABELLED_PHASE }));
    if (pipelines.length === 0) {
      const section = sectionsById(doc).get('pipelineDecomposition');
      if (section) {
        ctx.report({
          message: 'The Pipeline Decomposition describes no pipeline, so there is no MVP to build first: add at least the one pipeline that would bring the most value in production tomorrow.',
          range: section.headingRange,
        });
      }
      return;
    }
    const mvps = pipelines.filter((p) => isMvp(p.phase));
    if (mvps.length === 0) {
      const first = pipelines[0]!.parsed;
      ctx.report({
        message:
          'No pipeline is marked MVP. Pick the one that would give the most value if it ran in production tomorrow, build it end to end first, then add the next.',
        range: first.headingRange,
        fixes: markFirstFix(doc.lines, first),
      });
      return;
    }
    for (const extra of mvps.slice(1)) {
      ctx.report({
        message:
          `${mvps.length} pipelines are marked MVP; an MVP is one pipeline proven end to end before the next is added. ` +
          'Keep the label on the one with the most immediate value and label the others Phase 2 or later.',
        range: extra.parsed.headingRange,
      });
    }
  },
};
