/**
 * realtime-latency: a deployed pipeline should state its latency budget (info when it does not),
 * and a sub-10ms budget is the one case seed 001 sends to dedicated serving, after a benchmark.
 */
import { DEPLOYED_LATENCY_FLOOR_MS } from '../../../zenml/facts';
import type { Rule } from '../../types';
import { pipelineViews, quoteName, type PipelineView } from './pipelineText';

/** The Serving field when there is one (where the budget belongs), else Purpose, else the heading. */
function servingRange(view: PipelineView) {
  return view.pp.extraFields['serving']?.range ?? view.pp.fields.purpose?.range ?? view.pp.headingRange;
}

export const realtimeLatency: Rule = {
  slug: 'realtime-latency',
  category: 'smell',
  defaultSeverity: 'warning',
  docs: {
    checks: `A deployed pipeline with no latency budget (info), or with a budget of ${DEPLOYED_LATENCY_FLOOR_MS} ms or less (warning).`,
    why: `"Real-time" covers everything from a chatbot backend to high-frequency trading. A deployed pipeline (\`pipeline.deploy()\`) serves most of it well, especially with materialization disabled, so the budget decides the design and should be written down. Only single-digit-millisecond budgets (HFT, video frames) may need a dedicated serving framework fed by the training pipeline, and only if a benchmark with realistic payloads says so.`,
    example: '### Pipeline 3: Quote Scoring (Phase 2)\n- **Serving**: HTTP endpoint via `pipeline.deploy()`; latency budget 5 ms.',
    fix: 'None: the budget is a number only the team knows, and a guessed one would be worse than none.',
    source: 'seed 001, "A note on real-time" and "Encourage benchmarking"',
  },
  check({ doc, report }) {
    for (const view of pipelineViews(doc)) {
      const { p } = view;
      if (!p.deployed) continue;
      if (p.latencyBudgetMs === null) {
        report({
          severity: 'info',
          message: `${quoteName(p)} is deployed but states no latency budget. "Real-time" can mean 2 seconds or 2 milliseconds, and the budget decides whether \`pipeline.deploy()\` fits: state it (e.g. "p95 under 200 ms") and benchmark with realistic payloads.`,
          range: servingRange(view),
        });
      } else if (p.latencyBudgetMs <= DEPLOYED_LATENCY_FLOOR_MS) {
        report({
          message: `${quoteName(p)} must answer within ${p.latencyBudgetMs} ms through \`pipeline.deploy()\`: even with materialization disabled, per-request overhead may not fit a single-digit-millisecond budget. Benchmark the deployed pipeline with materialization disabled and realistic payloads first; only if it misses, serve with a dedicated framework (TorchServe, Triton, plain FastAPI) fed by the training pipeline.`,
          range: servingRange(view),
        });
      }
    }
  },
};
