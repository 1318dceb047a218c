/**
 * duplicate-tracking: the same metrics returned as an artifact and logged as metadata, in one
 * step ("returns the metrics dict and logs them with log_metadata") or across two steps of a pipeline.
 */
import { redFlag } from '../../../domain/redFlags';
import type { Rule } from '../../types';
import { findIn, pipelineParts, pipelineViews, quoteName } from './pipelineText';

const FLAG = redFlag('duplicate-tracking');
const METRICS = /\bmetrics?\b|\b(?:accuracy|precision|recall|f1|auc|rmse|mae|mape)\b/i;
/** An artifact that is the metrics ("metrics dict", "evaluation metrics"), not a report that shows some. */
const METRICS_ARTIFACT = /^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?metrics?\b(?![^.]*\b(?:report|plot|chart|dashboard)\b)/i;
const AS_METADATA = /\blog_?metadata\b|\b(?:as|to|into)\s+(?:run\s+|model\s+|step\s+|artifact\s+)?metadata\b|\bmetadata\s+(?:log|entr)/i;

export const duplicateTracking: Rule = {
  slug: 'duplicate-tracking',
  category: 'smell',
  defaultSeverity: 'warning',
  docs: {
    checks: 'The same metrics tracked both as an artifact and as metadata.',
    why: 'Returning evaluation metrics as a dict artifact and logging the same numbers with log_metadata tracks them twice: two places to keep in sync, and two answers when they disagree. Usually metadata is better for metrics (searchable, shown in the dashboard) and artifacts for large outputs (DataFrames, models).',
    example: '  4. evaluate — scores the model on the holdout set and logs the metrics as metadata → produces metrics dict',
    fix: 'None: which of the two to keep is a design choice.',
    source: 'seed 000/001, "Tracking the same data as both an artifact and metadata"',
  },
  check({ doc, report }) {
    for (const view of pipelineViews(doc)) {
      const said = findIn(pipelineParts(doc, view), FLAG.patterns);
      if (said) {
        report({ message: `${quoteName(view.p)} tracks the same data twice ("${said.match[0]}"). ${FLAG.message} ${FLAG.advice}`, range: said.part.range });
        continue;
      }
      const producer = view.p.steps.findIndex((s) => METRICS_ARTIFACT.test(s.produces.trim()));
      if (producer < 0) continue;
      // The producer itself, or a later step, logging the same metrics as metadata.
      const logger = view.p.steps.findIndex((s, i) => i >= producer && AS_METADATA.test(s.description) && METRICS.test(s.description));
      const at = view.pp.steps[logger];
      if (logger < 0 || !at) continue;
      const producerName = view.p.steps[producer]!.name;
      const what =
        logger === producer
          ? `Step \`${producerName}\` returns the metrics as an artifact and also logs them as metadata.`
          : `Step \`${producerName}\` returns the metrics as an artifact and step \`${view.p.steps[logger]!.name}\` logs them again as metadata.`;
      report({ message: `${what} ${FLAG.message} ${FLAG.advice}`, range: at.range });
    }
  },
};
