/**
 * The hooks planning and writing call: a language model's checked proposals as recommendations. The
 * board starts from the model's buckets, each pipeline question from its steps, purpose and key
 * artifacts, and the open questions the engine leaves room for come from the model; the user's own
 * answers still win, and everything else (names, triggers, phases, the MVP, the Model Control Plane,
 * the data flow) stays the engine's.
 */
import type { PlannedPipeline } from '../planning/decompose';
import type { ClassifiedComponent } from '../planning/proposals';
import type { CheckedProposals, ProposedPipeline } from './checked';
import { DEFAULT_THRESHOLDS } from '../domain/thresholds';

export function withProposedBuckets(components: ClassifiedComponent[], proposals: CheckedProposals | null): ClassifiedComponent[] {
  if (!proposals) return components;
  return components.map((c) => {
    const p = proposals.buckets[c.id];
    if (!p) return c;
    const { alternative: _dropped, ...rest } = c;
    return { ...rest, bucket: p.bucket, recommended: p.bucket, reason: p.reason, ...(p.alternative ? { alternative: p.alternative } : {}) };
  });
}

/**
 * The model's pipeline that covers most of the plan's components, each used once; on a tie, the one
 * covering the plan's first component, which is what the plan is (its model work, when data work was
 * merged into it).
 */
function match(plan: PlannedPipeline, free: ProposedPipeline[]): ProposedPipeline | undefined {
  let best: ProposedPipeline | undefined;
  let most = 0;
  const [first] = plan.componentIds;
  for (const p of free) {
    const shared = p.componentIds.filter((id) => plan.componentIds.includes(id)).length;
    const better = shared > most || (shared === most && shared > 0 && first !== undefined && p.componentIds.includes(first) && !best?.componentIds.includes(first));
    if (better) [best, most] = [p, shared];
  }
  return best;
}

export function withProposedPipelines(plans: PlannedPipeline[], proposals: CheckedProposals | null): PlannedPipeline[] {
  if (!proposals) return plans;
  const free = [...proposals.pipelines];
  return plans.map((plan) => {
    const p = match(plan, free);
    if (!p) return plan;
    free.splice(free.indexOf(p), 1);
    return {
      ...plan,
      ...(p.steps ? { steps: p.steps } : {}),
      ...(p.purpose ? { purpose: p.purpose } : {}),
      ...(p.keyArtifacts.length > 0 ? { keyArtifacts: p.keyArtifacts } : {}),
    };
  });
}

/** The engine's open questions first (they name what only the user's infrastructure can answer), then the model's, at most three. */
export function withProposedQuestions(questions: string[], proposals: CheckedProposals | null): string[] {
  if (!proposals) return questions;
  const known = new Set(questions.map((q) => q.toLowerCase()));
  return [...questions, ...proposals.openQuestions.filter((q) => !known.has(q.toLowerCase()))].slice(0, DEFAULT_THRESHOLDS.openQuestionsMax);
}

/** A later description's proposals added to the earlier ones': its buckets win for its components, the rest add up. */
export function mergeProposals(previous: CheckedProposals | null, next: CheckedProposals): CheckedProposals {
  if (!previous) return next;
  return {
    buckets: { ...previous.buckets, ...next.buckets },
    pipelines: [...previous.pipelines, ...next.pipelines],
    dataFlow: [...previous.dataFlow, ...next.dataFlow],
    openQuestions: [...previous.openQuestions, ...next.openQuestions].slice(0, DEFAULT_THRESHOLDS.openQuestionsMax),
  };
}
