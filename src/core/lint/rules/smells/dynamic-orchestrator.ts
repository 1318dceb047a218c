/**
 * dynamic-orchestrator: a dynamic pipeline on an orchestrator that cannot run it, or parallel
 * fan-out on one that cannot isolate steps. Support comes from the facts table (seed 003) only.
 */
import { ORCHESTRATORS, detectOrchestrators } from '../../../zenml/facts';
import type { Rule } from '../../types';
import { fieldOrHeading, pipelineParts, pipelineViews, quoteName } from './pipelineText';

const PARALLEL = /\b(?:in\s+parallel|parallel(?:ism|ize|ise)?|concurrent(?:ly)?|isolated|\.submit\(|submit\(\))/i;

const supportedNames = (pick: (o: (typeof ORCHESTRATORS)[number]) => boolean) =>
  ORCHESTRATORS.filter(pick).map((o) => o.label).join(', ');

export const dynamicOrchestrator: Rule = {
  slug: 'dynamic-orchestrator',
  category: 'smell',
  defaultSeverity: 'warning',
  docs: {
    checks: 'A dynamic pipeline on an orchestrator without dynamic support, or parallel/isolated fan-out on the local orchestrators.',
    why: `Dynamic pipelines run only on the orchestrators in seed 003's support table (${supportedNames((o) => o.dynamic)}); anywhere else the pipeline does not run at all, so that finding is an error. The local orchestrators run dynamic pipelines but not isolated steps, so a "parallel" fan-out there runs inline, one item after another.`,
    example: '- **Orchestrator requirements**: Kubeflow on the shared cluster; dynamic pipeline (fans out at runtime) over every uploaded contract.',
    fix: 'None: choosing an orchestrator is a stack decision the document only records.',
    source: 'seed 003, "Orchestrator Support"; src/core/zenml/facts.ts',
  },
  check({ doc, report }) {
    for (const view of pipelineViews(doc)) {
      if (!view.p.dynamic) continue;
      const named = detectOrchestrators(view.p.orchestrator.join('; '));
      const range = fieldOrHeading(view, 'orchestrator');
      for (const o of named.filter((o) => !o.dynamic)) {
        report({
          severity: 'error',
          message: `${quoteName(view.p)} is dynamic but ${o.label} does not run dynamic pipelines: the run fails before the first step. Use one that does (${supportedNames((x) => x.dynamic)}) or make the pipeline static.`,
          range,
        });
      }
      const wantsParallel = pipelineParts(doc, view).some((part) => PARALLEL.test(part.text));
      if (wantsParallel && named.length > 0 && named.every((o) => o.dynamic && !o.isolatedSteps)) {
        report({
          message: `${quoteName(view.p)} fans out in parallel, but ${named.map((o) => o.label).join(' and ')} cannot run isolated steps: every item runs inline, one after another. Run the fan-out on an orchestrator with isolated steps (${supportedNames((x) => x.isolatedSteps)}) or accept sequential runs.`,
          range,
        });
      }
    }
  },
};
