/**
 * pipeline-chain: A's completion triggers B, whose completion triggers C. Two linked pipelines
 * are the seed's standard data → training hand-off; three or more in a row is the fragile chain.
 */
import { redFlag } from '../../../domain/redFlags';
import type { Rule } from '../../types';
import { pipelineLinks, type Link } from './pipelineLinks';
import { pipelineViews, quoteName } from './pipelineText';

const FLAG = redFlag('pipeline-chain');
const CHAIN_MIN = 3;

/** Longest chain ending at each pipeline (cycles cut at the back edge), with the link into it. */
function longestChains(count: number, links: readonly Link[]): { length: number; via: Link | null }[] {
  const best: { length: number; via: Link | null }[] = Array.from({ length: count }, () => ({ length: 1, via: null }));
  const state = new Array<0 | 1 | 2>(count).fill(0);
  const visit = (node: number): number => {
    if (state[node] === 2) return best[node]!.length;
    if (state[node] === 1) return 0; // back edge: a cycle is not a longer chain
    state[node] = 1;
    for (const link of links) {
      if (link.to !== node) continue;
      const length = visit(link.from) + 1;
      if (length > best[node]!.length) best[node] = { length, via: link };
    }
    state[node] = 2;
    return best[node]!.length;
  };
  for (let i = 0; i < count; i++) visit(i);
  return best;
}

export const pipelineChain: Rule = {
  slug: 'pipeline-chain',
  category: 'smell',
  defaultSeverity: 'warning',
  docs: {
    checks: "Three or more pipelines in a row, each started by the previous one's completion.",
    why: "Each link makes every later pipeline depend on every earlier one: when the first fails at 2 AM the rest silently do not run, and a change to one pipeline's output breaks everything downstream. Usually some links always run together on the same schedule and should be one pipeline, and the rest can run on their own schedules.",
    example: '- **Trigger**: On completion of the Feature Build pipeline (itself triggered by the Ingestion pipeline)',
    fix: 'None: merging or rescheduling pipelines is a design decision.',
    source: 'seed 000/001, "Over-engineering smells": "Pipeline A triggers pipeline B triggers pipeline C"',
  },
  check({ doc, report }) {
    const views = pipelineViews(doc);
    const links = pipelineLinks(doc, views);
    const chains = longestChains(views.length, links);
    chains.forEach((chain, end) => {
      if (chain.length < CHAIN_MIN || !chain.via) return;
      // Report once, at the end of the longest chain: skip a pipeline a longer chain continues through.
      if (links.some((l) => l.from === end && chains[l.to]!.via === l && chains[l.to]!.length === chain.length + 1)) return;
      const path: number[] = [end];
      for (let at = chains[end]!; at.via && path.length < views.length; at = chains[at.via.from]!) path.unshift(at.via.from);
      const names = path.map((i) => quoteName(views[i]!.p)).join(' → ');
      report({
        message: `${path.length} pipelines trigger each other in a chain (${names}). ${FLAG.message} ${FLAG.advice}`,
        range: chain.via.range,
      });
    });
  },
};
