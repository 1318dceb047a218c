/**
 * microservice-steps: steps designed as separate services. A step that calls an existing
 * service (a pricing API, a vector DB) is fine; a step that is one is the smell.
 */
import { redFlag } from '../../../domain/redFlags';
import type { Rule } from '../../types';
import { findIn, pipelineParts, pipelineViews, quoteName } from './pipelineText';

const FLAG = redFlag('microservice-steps');
/** The step itself is the service ("runs as its own microservice"), not a caller of one. */
const STEP_IS_A_SERVICE: readonly RegExp[] = [
  /\b(?:as|in|is|becomes?|into)\s+(?:its\s+own|a\s+separate|a\s+standalone|an\s+independent|a\s+dedicated|separate|standalone)\s+(?:[a-z-]+\s+)?(?:micro-?service|service)\b/i,
  /\b(?:runs?|deployed|exposed|implemented|packaged|wrapped|lives?|built)\s+as\s+(?:an?\s+)?(?:[a-z-]+\s+)?micro-?service\b/i,
];

export const microserviceSteps: Rule = {
  slug: 'microservice-steps',
  category: 'smell',
  defaultSeverity: 'warning',
  docs: {
    checks: 'Steps described as their own microservices or services.',
    why: 'ZenML steps already run in isolated containers on remote orchestrators. Wrapping each step in its own service adds deployments, network calls and versioning between them with no benefit, and the artifacts stop being tracked across the service boundary, so caching and lineage go with them.',
    example: '  2. featurize — runs as its own microservice behind a REST API → produces feature vectors',
    fix: 'None: describe the step as a step; a special environment is a container setting, not a service.',
    source: 'seed 000/001, "Each step should be its own microservice"',
  },
  check({ doc, report }) {
    for (const view of pipelineViews(doc)) {
      const said = findIn(pipelineParts(doc, view, ['name', 'trigger', 'dataSources']), FLAG.patterns);
      if (said) {
        report({ message: `${quoteName(view.p)} makes its steps services ("${said.match[0]}"). ${FLAG.message} ${FLAG.advice}`, range: said.part.range });
        continue;
      }
      for (const part of pipelineParts(doc, view).filter((x) => x.where === 'step')) {
        const m = STEP_IS_A_SERVICE.map((re) => re.exec(part.text)).find(Boolean);
        if (!m) continue;
        report({ message: `A step of ${quoteName(view.p)} is designed as a service ("${m[0]}"). ${FLAG.message} ${FLAG.advice}`, range: part.range });
      }
    }
  },
};
