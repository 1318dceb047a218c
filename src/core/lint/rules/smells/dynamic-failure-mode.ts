/**
 * dynamic-failure-mode: CONTINUE_ON_FAILURE on a dynamic pipeline, which ZenML does not support
 * (seed 003); a static pipeline may use it.
 */
import { DYNAMIC_UNSUPPORTED_EXECUTION_MODES } from '../../../zenml/facts';
import type { Rule } from '../../types';
import { findIn, pipelineParts, pipelineViews, quoteName } from './pipelineText';

/** The mode as written in code (`CONTINUE_ON_FAILURE`) or in prose ("continue on failure"). */
const MODES = DYNAMIC_UNSUPPORTED_EXECUTION_MODES.map((mode) => new RegExp(`\\b${mode.toLowerCase().replace(/_/g, '[_ -]')}\\b`, 'i'));

export const dynamicFailureMode: Rule = {
  slug: 'dynamic-failure-mode',
  category: 'smell',
  defaultSeverity: 'error',
  docs: {
    checks: 'The CONTINUE_ON_FAILURE execution mode on a dynamic pipeline.',
    why: 'ZenML does not support CONTINUE_ON_FAILURE in dynamic pipelines, so the design relies on behaviour the run will not have: one failing document aborts the fan-out instead of being skipped. Catching the step exception with try/except in the pipeline body gives the intended "keep going".',
    example: '- **Orchestrator requirements**: Kubernetes; dynamic pipeline, CONTINUE_ON_FAILURE so one bad PDF does not stop the batch.',
    fix: 'None: the replacement (try/except around the failing step) is implementation, not a text edit.',
    source: 'seed 003, "Execution modes and error handling"',
  },
  check({ doc, report }) {
    for (const view of pipelineViews(doc)) {
      if (!view.p.dynamic) continue;
      const hit = findIn(pipelineParts(doc, view), MODES);
      if (!hit) continue;
      report({
        message: `${quoteName(view.p)} is dynamic and relies on ${hit.match[0]}, which dynamic pipelines do not support: a failing step aborts the run instead of being skipped. Catch the step's exception with try/except in the pipeline body and continue.`,
        range: hit.part.range,
      });
    }
  },
};
