import { FIELD_IDS, type FieldId, type ParsedDocument, type ParsedPipeline } from '../../../markdown/document';
import { FIELD_LABELS, STEPS_NOTE, UNDECIDED } from '../../../markdown/template';
import { insertLines } from '../../text';
import type { Rule, TextEdit } from '../../types';

const WHY: Record<FieldId, string> = {
  purpose: 'what the pipeline does and why it exists',
  trigger: 'when it runs (schedule, manual or an event); a different trigger is the first reason to split pipelines',
  steps: 'the 3-7 steps in prose, each with the artifact it produces',
  dataSources: 'where its input data comes from',
  keyArtifacts: 'which outputs matter and why, the contract with the pipelines downstream',
  orchestrator: 'what it needs to run on (local, Kubernetes, Vertex AI, …), which decides schedules and dynamic support',
  modelControlPlane: 'which model it produces or consumes, and at which stage ("Not used." is a fine answer)',
};

/** `- **Trigger**: Not decided yet.`: the renderer's empty value, so the parser reads it as empty. */
function fieldLine(id: FieldId): string {
  return `- **${FIELD_LABELS[id]}**${id === 'steps' ? ` ${STEPS_NOTE}` : ''}: ${UNDECIDED}`;
}

/** Right after the nearest earlier field, else before the nearest later one, else under the heading. */
function insertion(doc: ParsedDocument, pipeline: ParsedPipeline, id: FieldId): TextEdit {
  const order = FIELD_IDS.indexOf(id);
  const earlier = FIELD_IDS.slice(0, order).reverse().find((f) => pipeline.fields[f] !== undefined);
  if (earlier) {
    // Steps written as a list of their own below the Steps field stay with it.
    const steps = earlier === 'steps' ? pipeline.steps.map((s) => s.range.end.line) : [];
    return insertLines(doc.lines, Math.max(pipeline.fields[earlier]!.range.end.line, ...steps) + 1, [fieldLine(id)]);
  }
  const later = FIELD_IDS.slice(order + 1).map((f) => pipeline.fields[f]).find((f) => f !== undefined);
  if (later) return insertLines(doc.lines, later.range.start.line, [fieldLine(id)]);
  const heading = pipeline.headingRange.end.line;
  // Keep the blank line markdown wants between a heading and a list.
  return doc.lines[heading + 1]?.trim() === ''
    ? insertLines(doc.lines, heading + 2, [fieldLine(id)])
    : insertLines(doc.lines, heading + 1, ['', fieldLine(id)]);
}

export const pipelineField: Rule = {
  slug: 'pipeline-field',
  category: 'structure',
  defaultSeverity: 'warning',
  docs: {
    checks: 'Every pipeline has the template fields: Purpose, Trigger, Steps, Data sources, Key artifacts, Orchestrator requirements, Model Control Plane.',
    why:
      'The fields are the questions the implementation phase needs answered for each pipeline. A missing Trigger hides whether two pipelines really ' +
      'share a schedule; missing Key artifacts hide the contract between pipelines; a missing orchestrator hides whether schedules or dynamic pipelines are even supported.',
    example: '### Pipeline 1: Training (MVP)\n- **Purpose**: Train the churn model.\n- **Steps** (approximate — describe in prose, no code):\n  1. load_events — …',
    fix: 'Inserts the missing field at its template position with the value "Not decided yet." for the author to fill in.',
    source: 'Seed 000/001, Phase 5 "Document structure".',
  },
  check(ctx) {
    const { doc } = ctx;
    for (const pipeline of doc.pipelines) {
      const name = doc.architecture.pipelines[pipeline.index]?.name ?? `Pipeline ${pipeline.index + 1}`;
      for (const id of FIELD_IDS) {
        if (pipeline.fields[id]) continue;
        ctx.report({
          message: `Pipeline "${name}" has no ${FIELD_LABELS[id]} field: it says ${WHY[id]}.`,
          range: pipeline.headingRange,
          fixes: [{ title: `Insert the missing ${FIELD_LABELS[id]} field`, safe: true, edits: [insertion(doc, pipeline, id)] }],
        });
      }
    }
  },
};
