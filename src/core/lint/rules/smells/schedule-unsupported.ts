/**
 * schedule-unsupported: a scheduled trigger on a pipeline whose named orchestrators cannot run
 * schedules (per the facts table). "Manual now, daily in Phase 2" is not a schedule yet.
 */
import { ORCHESTRATORS, detectOrchestrators } from '../../../zenml/facts';
import type { Rule } from '../../types';
import { fieldOrHeading, pipelineViews, quoteName } from './pipelineText';

const SCHEDULE =
  /\b(?:cron|crontab|scheduled?|daily|hourly|nightly|weekly|monthly|every\s+(?:\d{1,3}\s+)?(?:minutes?|hours?|days?|weeks?|months?|night|morning|day|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\bat\s+\d{1,2}:\d{2}\b/i;
/** A schedule planned for later is not a schedule this orchestrator has to run today. */
const LATER = /\b(?:later|phase\s*\d|eventually|future|v2|once\s+(?:it|the\s+\w+)\s+(?:works|is\s+stable))\b/i;

function scheduledNow(trigger: string): RegExpExecArray | null {
  for (const clause of trigger.split(/[;.]|\bthen\b/i)) {
    const m = SCHEDULE.exec(clause);
    if (m && !LATER.test(clause)) return m;
  }
  return null;
}

export const scheduleUnsupported: Rule = {
  slug: 'schedule-unsupported',
  category: 'smell',
  defaultSeverity: 'warning',
  docs: {
    checks: `A scheduled trigger (cron, daily, hourly, every N …) on an orchestrator without schedule support (${ORCHESTRATORS.filter((o) => !o.schedules).map((o) => o.label).join(', ')}).`,
    why: 'ZenML schedules are run by the orchestrator, and some orchestrators have none: the schedule is accepted on paper and the pipeline simply never runs on time. Either trigger it manually (fine for v1), move the pipeline to an orchestrator with schedules, or have an external scheduler start each run.',
    example: '- **Trigger**: Nightly at 02:00\n- **Orchestrator requirements**: SkyPilot on spot GPUs',
    fix: 'None: which orchestrator to use, or whether to start runs manually, is the team\'s call.',
    source: 'docs.zenml.io/concepts/steps_and_pipelines/scheduling (feature support table); src/core/zenml/facts.ts',
  },
  check({ doc, report }) {
    for (const view of pipelineViews(doc)) {
      const named = detectOrchestrators(view.p.orchestrator.join('; '));
      // "Local for development, Kubernetes in production": one that can schedule is enough.
      if (named.length === 0 || named.some((o) => o.schedules)) continue;
      const scheduled = scheduledNow(view.p.trigger);
      if (!scheduled) continue;
      const withSchedules = ORCHESTRATORS.filter((o) => o.schedules).map((o) => o.label).join(', ');
      report({
        message: `${quoteName(view.p)} runs on a schedule ("${scheduled[0]}") but ${named.map((o) => o.label).join(' and ')} cannot run schedules: the pipeline would never start on time. Trigger it manually for now, run it on an orchestrator with schedules (${withSchedules}), or start runs from an external scheduler.`,
        range: fieldOrHeading(view, 'trigger'),
      });
    }
  },
};
