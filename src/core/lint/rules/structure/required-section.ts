import { SECTION_IDS, type ParsedDocument, type SectionId } from '../../../markdown/document';
import { NONE, SECTION_HEADINGS } from '../../../markdown/template';
import { parseDocument } from '../../../markdown/parse';
import { insertLines, range } from '../../text';
import type { Fix, Rule, TextEdit } from '../../types';
import { frontMatterLines } from '../forbidden/lines';
import { canonicalIndex, sectionsById } from './sections';

const WHY: Record<SectionId, string> = {
  overview: 'two or three sentences on what the ML system is for, so a reader knows what the pipelines serve',
  pipelineDecomposition: 'the pipelines themselves, each with its purpose, trigger, steps and artifacts',
  crossPipelineDataFlow: 'how the pipelines hand artifacts to each other through the Model Control Plane, which is what makes them one system',
  notAPipeline: 'what was deliberately kept out of pipelines and what to use instead, so nobody rebuilds a dashboard or a stream processor as a pipeline',
  deferred: 'what was pushed to later phases, so it is not forgotten and not built now',
  openQuestions: 'the few things only the team can answer (write "None." if the interview settled everything)',
};

/** The skeleton the fix inserts; "None." is the renderer's empty body, which the parser reads as empty. */
function skeleton(doc: ParsedDocument, id: SectionId): { before: number; lines: string[] } {
  const sections = sectionsById(doc);
  const next = SECTION_IDS.slice(canonicalIndex(id) + 1)
    .map((later) => sections.get(later))
    .find((s) => s !== undefined);
  // Pipelines written without their section get the heading above the first one, not a stub.
  const firstPipeline = doc.pipelines[0]?.headingRange.start.line;
  const body = id === 'pipelineDecomposition' && firstPipeline !== undefined ? [] : ['', NONE];
  const heading = `## ${SECTION_HEADINGS[id]}`;
  if (id === 'pipelineDecomposition' && firstPipeline !== undefined && (next === undefined || firstPipeline < next.headingRange.start.line)) {
    return { before: firstPipeline, lines: [heading, ''] };
  }
  if (next) return { before: next.headingRange.start.line, lines: [heading, ...body, ''] };
  // At the end: one blank line before the new heading, unless the document already ends with one.
  const endsBlank = doc.lines.length >= 2 && doc.lines.at(-1) === '' && doc.lines.at(-2)!.trim() === '';
  return { before: doc.lines.length, lines: [...(endsBlank ? [] : ['']), heading, ...body] };
}

/**
 * Whether the inserted lines really read as the sections, and every pipeline is still read as
 * one. An unclosed code fence or HTML comment above the insertion point would swallow them; a
 * Pipeline Decomposition heading that does not hold the pipelines written outside it would
 * unmake them. A fix that cannot work, or would lose a pipeline, is not offered.
 */
function insertsSections(doc: ParsedDocument, inserts: readonly Insert[]): boolean {
  const lines: string[] = [];
  const at = (i: number) => inserts.filter((m) => m.before === i).flatMap((m) => m.lines);
  doc.lines.forEach((line, i) => lines.push(...at(i), line));
  lines.push(...at(doc.lines.length));
  const preview = parseDocument(lines.join('\n'));
  const found = sectionsById(preview);
  return inserts.every((m) => found.has(m.id)) && preview.pipelines.length === doc.pipelines.length;
}

interface Insert {
  id: SectionId;
  before: number;
  lines: string[];
}

/**
 * Inserted where the title fix inserts a missing title, the section would land above it: fix-all
 * leaves it for its next round, when the title is there.
 */
function insertFix(doc: ParsedDocument, id: SectionId, edit: TextEdit): Fix {
  const aboveMissingTitle = doc.title === null && edit.range.start.line <= frontMatterLines(doc.lines);
  return { title: `Insert the "${SECTION_HEADINGS[id]}" section`, safe: !aboveMissingTitle, edits: [edit] };
}

export const requiredSection: Rule = {
  slug: 'required-section',
  category: 'structure',
  defaultSeverity: 'warning',
  docs: {
    checks:
      'The six template sections are present: Overview, Pipeline Decomposition, Cross-Pipeline Data Flow, Not-a-Pipeline Components, ' +
      'Deferred / Future Work, Open Questions (common synonyms such as "Summary" or "Future Work" count).',
    why:
      'Each section carries a decision the scoping interview made: what is a pipeline, how pipelines share artifacts, what is deliberately not a ' +
      'pipeline, what waits for later. A missing section usually means the decision was skipped, and the implementation phase has to guess it.',
    example: '# Pipeline Architecture: Churn Prediction\n\n## Overview\n…\n\n## Pipeline Decomposition\n…\n\n## Open Questions\n…',
    fix: 'Inserts the missing section (heading and a "None." body) where the template puts it; for a missing Pipeline Decomposition heading, above the first pipeline.',
    source: 'Seed 000/001, Phase 5 "Document structure".',
  },
  check(ctx) {
    const { doc } = ctx;
    const present = sectionsById(doc);
    const at = doc.title?.range ?? range(0, 0, (doc.lines[0] ?? '').length);
    const inserts: Insert[] = SECTION_IDS.filter((id) => !present.has(id)).map((id) => ({ id, ...skeleton(doc, id) }));
    // One parse checks every insertion together; only when that fails is each checked alone.
    const allWork = inserts.length > 0 && insertsSections(doc, inserts);
    for (const insert of inserts) {
      ctx.report({
        message: `Missing section "${SECTION_HEADINGS[insert.id]}": it holds ${WHY[insert.id]}.`,
        range: at,
        fixes: allWork || insertsSections(doc, [insert]) ? [insertFix(doc, insert.id, insertLines(doc.lines, insert.before, insert.lines))] : [],
      });
    }
  },
};
