/**
 * dynamic-failure-mode: CONTINUE_ON_FAILURE on a dynamic pipeline, which ZenML does not support
 * (seed 003); a static pipeline may use it. Read anywhere in the pipeline's block (a field, a step
 * or a paragraph under it), and not where the document denies it ("CONTINUE_ON_FAILURE is not
 * available for dynamic pipelines, so …"): that is the design the rule asks for.
 */
import { isDenied } from '../../../language';
import type { ParsedDocument } from '../../../markdown/document';
import { DYNAMIC_UNSUPPORTED_EXECUTION_MODES } from '../../../zenml/facts';
import { range } from '../../text';
import type { Rule } from '../../types';
import { blockText, pipelineViews, quoteName, type PipelineView } from './pipelineText';

/** The mode as written in code (`CONTINUE_ON_FAILURE`) or in prose ("continue on failure"). */
const MODES = new RegExp(DYNAMIC_UNSUPPORTED_EXECUTION_MODES.map((mode) => `\\b${mode.toLowerCase().replace(/_/g, '[_ -]')}\\b`).join('|'), 'gi');

/** The first mention of a mode the pipeline's block relies on (not denied), with its line. */
function reliedOn(doc: ParsedDocument, view: PipelineView): { mode: string; line: number } | null {
  const block = blockText(doc, view);
  for (const m of block.text.matchAll(MODES)) {
    if (!isDenied(block.text, m.index, m.index + m[0].length)) return { mode: m[0], line: block.lineAt(m.index) };
  }
  return null;
}

export const dynamicFailureMode: Rule = {
  slug: 'dynamic-failure-mode',
  category: 'smell',
  defaultSeverity: 'error',
  docs: {
    checks: 'The CONTINUE_ON_FAILURE execution mode on a dynamic pipeline, in a field or a paragraph under it; not where the document says it is unavailable.',
    why: 'ZenML does not support CONTINUE_ON_FAILURE in dynamic pipelines, so the design relies on behaviour the run will not have: one failing document aborts the fan-out instead of being skipped. Catching the step exception with try/except in the pipeline body gives the intended "keep going".',
    example: '- **Orchestrator requirements**: Kubernetes; dynamic pipeline, CONTINUE_ON_FAILURE so one bad PDF does not stop the batch.',
    fix: 'None: the replacement (try/except around the failing step) is implementation, not a text edit.',
    source: 'seed 003, "Execution modes and error handling"',
  },
  check({ doc, report }) {
    for (const view of pipelineViews(doc)) {
      if (!view.p.dynamic) continue;
      const hit = reliedOn(doc, view);
      if (!hit) continue;
      report({
        message: `${quoteName(view.p)} is dynamic and relies on ${hit.mode}, which dynamic pipelines do not support: a failing step aborts the run instead of being skipped. Catch the step's exception with try/except in the pipeline body and continue.`,
        range: range(hit.line, 0, (doc.lines[hit.line] ?? '').length),
      });
    }
  },
};
