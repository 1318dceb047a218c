/**
 * The labels question. A model that judges items learns from people's decisions and is scored
 * against them: the first thing an expert asks of such a plan is where those decisions come from
 * and how fast. The document asks only what the description leaves open: where they come from
 * when it does not say, whether the reports or reviews it names are kept as labels, and how fast
 * new ones arrive when it names the labels already.
 */
import type { Scope } from '../planning/scope';

/** Domains whose models learn from labelled items; forecasts learn from history, document Q&A from its question set. */
const LABELLED = new Set<Scope['domain']>(['vision', 'text', 'extraction', 'tabular', 'llm']);
/** Domains whose training is always supervised classification or extraction, judging or not. */
const SUPERVISED = new Set<Scope['domain']>(['vision', 'text', 'extraction']);
/** A quote longer than this is referred to, not repeated. */
const MAX_QUOTED = 140;

/** `pace`: the labels are named and only how fast they arrive is asked. */
export function labelsQuestion(scope: Scope): { text: string; pace: boolean } | null {
  const learner = scope.plans.find((p) => p.kind === 'training');
  if (!learner || !LABELLED.has(scope.domain)) return null;
  const { said, reported, judged } = scope.reading.labels;
  // An evaluation scores candidates against answers people confirmed, whatever the model does.
  if (!judged && !SUPERVISED.has(scope.domain) && !learner.evaluation) return null;
  const against = learner.evaluation ? `${learner.name} scores every candidate against` : `${learner.name} learns from and is judged against`;
  if (said) {
    if (learner.evaluation) return null;
    return { pace: true, text: `How many new labels arrive between two runs of ${learner.name}, and how long after the event is each one known? Retraining faster than labels arrive refits the same data, so that pace sets its schedule.` };
  }
  if (reported) {
    return { pace: false, text: `Are the reports (“${reported}”) the labels ${against}, and who confirms a report before it counts as one? An unconfirmed report is a signal, not a label.` };
  }
  const review = reviewSaid(scope);
  if (review) {
    return { pace: false, text: `Are your reviewers' decisions (“${review}”) kept as labels ${against}? Each decision is a checked answer the next run can use.` };
  }
  if (learner.evaluation) {
    return { pace: false, text: `Who confirms the right answers ${against} (people's decisions, user reports, outcomes recorded later), and how many records do they cover? A promotion can prove no more than that set.` };
  }
  return { pace: false, text: `Where do the labels ${against} come from (people's decisions, user reports, outcomes recorded later), and how long after the event is each one known?` };
}

/** The clause where people decide on the model's output, short enough to quote. */
function reviewSaid(scope: Scope): string | null {
  const review = scope.reading.components.find((c) => c.kind === 'human-review' && c.text.length <= MAX_QUOTED);
  return review ? review.text.replace(/^(?:and|then|so|but)\s+/i, '').replace(/[\s,;:.]+$/, '') : null;
}
