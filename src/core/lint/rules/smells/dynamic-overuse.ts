/**
 * dynamic-overuse: dynamic pipelines everywhere, or dynamic logic that spawns more dynamic logic.
 * One dynamic pipeline for a simple fan-out among static ones is what the seed recommends.
 */
import { redFlag } from '../../../domain/redFlags';
import type { Rule } from '../../types';
import { findIn, pipelineParts, pipelineViews, quoteName } from './pipelineText';

const FLAG = redFlag('dynamic-overuse');

/** "Every pipeline of 2+", or 3+ dynamic pipelines making up most of the decomposition. */
function overused(dynamicCount: number, total: number): boolean {
  return (dynamicCount >= 2 && dynamicCount === total) || (dynamicCount >= 3 && dynamicCount * 2 > total);
}

export const dynamicOveruse: Rule = {
  slug: 'dynamic-overuse',
  category: 'smell',
  defaultSeverity: 'warning',
  docs: {
    checks: 'All or most pipelines dynamic, nested dynamic logic, or dynamic child pipelines that spawn more.',
    why: 'Dynamic pipelines are the sharpest knife in the drawer: the DAG only exists at runtime, so it is harder to read, cache and debug. They shine for simple fan-out (N documents, K folds, tuning trials); when every pipeline is dynamic or the branching nests, the design is writing a workflow engine inside ZenML instead of using ZenML as one.',
    example: '- **Orchestrator requirements**: Kubernetes; dynamic pipeline whose child pipelines spawn more dynamic branches per customer.',
    fix: 'None: make the pipelines static DAGs with the branching inside steps, or split them.',
    source: 'seed 000/001, "Over-reliance on dynamic pipelines"; seed 003',
  },
  check({ doc, report }) {
    const views = pipelineViews(doc);
    const dynamic = views.filter((v) => v.p.dynamic);
    const nested = new Set<number>();
    for (const view of views) {
      const said = findIn(pipelineParts(doc, view), FLAG.patterns);
      if (!said) continue;
      nested.add(view.pp.index);
      report({ message: `${quoteName(view.p)} nests dynamic logic ("${said.match[0]}"). ${FLAG.message} ${FLAG.advice}`, range: said.part.range });
    }
    if (!overused(dynamic.length, views.length)) return;
    const first = dynamic.find((v) => !nested.has(v.pp.index)) ?? dynamic[0]!;
    report({
      message: `${dynamic.length} of ${views.length} pipelines are dynamic (${dynamic.map((v) => quoteName(v.p)).join(', ')}). ${FLAG.message} ${FLAG.advice}`,
      range: first.pp.headingRange,
    });
  },
};
