/**
 * team-capacity: more pipelines than the stated team can maintain (the seed's 2-3 per engineer;
 * the threshold is `pipelinesPerEngineer`). Every pipeline in the decomposition counts: a Phase 2
 * pipeline is still one the same team will have to keep running.
 */
import { redFlag } from '../../../domain/redFlags';
import type { ParsedDocument, SourceRange } from '../../../markdown/document';
import { lineRange } from '../../text';
import type { Rule } from '../../types';

const FLAG = redFlag('team-capacity');
const TEAM_LINE = /\b(?:team|engineers?|developers?|scientists?)\b/i;

/** The line stating the team size, else the Pipeline Decomposition heading, else the title. */
function teamRange(doc: ParsedDocument, engineers: number): SourceRange {
  const number = new RegExp(`\\b(?:${engineers}|${['one', 'two', 'three', 'four', 'five', 'six'][engineers - 1] ?? engineers})\\b`, 'i');
  const line = doc.lines.findIndex((text) => TEAM_LINE.test(text) && number.test(text));
  if (line >= 0) return lineRange(doc.lines, line);
  const decomposition = doc.sections.find((s) => s.id === 'pipelineDecomposition');
  return decomposition?.headingRange ?? doc.title?.range ?? lineRange(doc.lines, 0);
}

export const teamCapacity: Rule = {
  slug: 'team-capacity',
  category: 'smell',
  defaultSeverity: 'warning',
  docs: {
    checks: 'More pipelines than `pipelinesPerEngineer` (default 3) per engineer, when the document states the team size.',
    why: 'A team of 2 maintaining 6 pipelines spends more time debugging pipeline infrastructure than doing ML: every pipeline has its own schedule, failures and upgrades. The seed\'s rule of thumb is 2-3 active pipelines per engineer; beyond that, merge or defer.',
    example: 'Team: 1 person maintains these pipelines.\n\n(followed by four pipelines)',
    fix: 'None: which pipeline to merge or defer is the team\'s call.',
    source: 'seed 000/001, "Too many pipelines for the team size"',
  },
  check({ doc, config, report }) {
    const engineers = doc.architecture.team.engineers;
    const count = doc.pipelines.length;
    const limit = config.thresholds.pipelinesPerEngineer;
    if (!engineers || count <= engineers * limit) return;
    report({
      message: `${count} pipelines for ${engineers} engineer${engineers === 1 ? '' : 's'} is more than ${limit} per engineer: the team will spend more time debugging pipeline infrastructure than doing ML. ${FLAG.advice}`,
      range: teamRange(doc, engineers),
    });
  },
};
