/**
 * microservice-steps: steps designed as separate services. A step that calls an existing
 * service (a pricing API, a vector DB) is fine; a step that is one is the smell.
 */
import { redFlag } from '../../../domain/redFlags';
import type { ParsedDocument } from '../../../markdown/document';
import { range } from '../../text';
import type { Rule, RuleContext } from '../../types';
import { isDenied } from '../../../language';
import { blockText, findIn, pipelineParts, pipelineViews, quoteName, type PipelineView } from './pipelineText';

const FLAG = redFlag('microservice-steps');
/** The step itself is the service ("runs as its own microservice"), not a caller of one. */
const STEP_IS_A_SERVICE: readonly RegExp[] = [
  /\b(?:as|in|is|becomes?|into)\s+(?:its\s+own|a\s+separate|a\s+standalone|an\s+independent|a\s+dedicated|separate|standalone)\s+(?:[a-z-]+\s+)?(?:micro-?service|service)\b/i,
  /\b(?:runs?|deployed|exposed|implemented|packaged|wrapped|lives?|built)\s+as\s+(?:an?\s+)?(?:[a-z-]+\s+)?micro-?service\b/i,
];

/**
 * The design said in a paragraph under the pipeline rather than in one step: the steps (or stages)
 * become services, one service per step, or steps that call each other over the network.
 */
const STEPS_AS_SERVICES: readonly RegExp[] = [
  ...FLAG.patterns,
  /\b(?:steps|stages)\s+(?:of\s+(?:this|the)\s+pipeline\s+)?(?:will\s+|would\s+|should\s+|are\s+to\s+)?(?:each\s+)?(?:be\s+)?(?:run|deployed|built|packaged|exposed|split\s+out|broken\s+out)\s+(?:as|into)\s+(?:separate|independent|individual|their\s+own|standalone)\s+(?:[a-z-]+\s+)?(?:micro-?)?services\b/i,
  /\b(?:each|every|all)\s+(?:one\s+)?(?:of\s+(?:these|the|our|its)\s+)?(?:pipeline\s+)?(?:steps?|stages?)\s+(?:will\s+|would\s+|should\s+|must\s+|is\s+to\s+|are\s+to\s+)?(?:be\s+)?(?:deployed|run|built|packaged|exposed|wrapped|split\s+out)\s+as\s+(?:its|their)\s+own\s+(?:[a-z-]+\s+)?(?:micro-?)?services?\b/i,
  /\bone\s+(?:micro-?)?service\s+(?:per|for\s+(?:each|every))\s+(?:step|stage)\b/i,
  /\b(?:steps|stages)\s+(?:talk|call|communicat)\w*\s+(?:to\s+|with\s+)?(?:each\s+other|one\s+another)\s+(?:over|via|through)\s+(?:rest|http|grpc|apis?)\b/i,
].map((re) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`));

/** The design stated anywhere in the pipeline's block, unless the sentence denies it ("rather than one service per step"). */
function reportParagraph(doc: ParsedDocument, view: PipelineView, report: RuleContext['report']): void {
  const block = blockText(doc, view);
  for (const re of STEPS_AS_SERVICES) {
    for (const m of block.text.matchAll(re)) {
      if (isDenied(block.text, m.index, m.index + m[0].length)) continue;
      const line = block.lineAt(m.index);
      const said = m[0].replace(/\s+/g, ' ');
      report({ message: `${quoteName(view.p)} makes its steps services ("${said}"). ${FLAG.message} ${FLAG.advice}`, range: range(line, 0, (doc.lines[line] ?? '').length) });
      return;
    }
  }
}

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
      let found = false;
      for (const part of pipelineParts(doc, view).filter((x) => x.where === 'step')) {
        const m = STEP_IS_A_SERVICE.map((re) => re.exec(part.text)).find(Boolean);
        if (!m) continue;
        found = true;
        report({ message: `A step of ${quoteName(view.p)} is designed as a service ("${m[0]}"). ${FLAG.message} ${FLAG.advice}`, range: part.range });
      }
      if (!found) reportParagraph(doc, view, report);
    }
  },
};
