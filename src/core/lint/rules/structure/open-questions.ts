import type { Rule } from '../../types';
import { sectionsById } from './sections';

/** The seed's "5+ open questions": past this, the interview was cut short. */
const RESOLVE_NOW_AT = 5;

export const openQuestions: Rule = {
  slug: 'open-questions',
  category: 'structure',
  defaultSeverity: 'warning',
  docs: {
    checks: 'The Open Questions section holds at most 3 items (threshold `openQuestionsMax`); at 5 or more the message says to resolve them in the interview.',
    why:
      'Open questions should be the few things the user genuinely cannot answer yet, like whether the Postgres accepts connections from Vertex AI workers. ' +
      'Most others are settled by one more clarification question; a long list means the interview stopped early and the implementation inherits the guessing.',
    example: '## Open Questions\n1. Which model?\n2. Which orchestrator?\n3. How often to retrain?\n4. Which metric?\n5. Where do labels come from?',
    fix: 'None: answer the questions (re-run the interview) and keep only what needs the team or production data.',
    source: 'Seed 000/001, Phase 5 "Open Questions should be short".',
  },
  check(ctx) {
    const { doc } = ctx;
    const max = ctx.config.thresholds.openQuestionsMax;
    const n = doc.openQuestions.length;
    if (n <= max) return;
    const at = sectionsById(doc).get('openQuestions')?.headingRange ?? doc.openQuestions[0]!;
    ctx.report({
      message:
        n >= RESOLVE_NOW_AT
          ? `${n} open questions: resolve them now in the interview rather than deferring them, since one more clarification question settles most. ` +
            `Keep at most ${max}, only those the team must check or production data must answer.`
          : `${n} open questions, more than ${max}: keep only what the user genuinely cannot answer yet (things to check with their team or infrastructure) and settle the rest now.`,
      range: at,
    });
  },
};
