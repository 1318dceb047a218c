/**
 * Phase 1's push-back: when fewer than four of the seven categories are covered, one targeted
 * follow-up that names exactly what is missing, in the seed's words ("Where does your data come
 * from? How does the model actually get used once it's trained?").
 */
import { CATEGORY_IDS, type CategoryId, type Reading } from './reading';

/** Fewer categories than this and the picture is too thin to classify (seed: "fewer than 3-4"). */
export const MIN_CATEGORIES = 4;
/** Where the data comes from, what the model does, how it gets used: the workflow end to end. */
const END_TO_END: readonly CategoryId[] = ['dataSources', 'modelWork', 'deployment'];

const ASK: Record<CategoryId, string> = {
  dataSources: 'Where does your data come from (databases, files, APIs, event streams)?',
  processing: 'What has to happen to the data before a model can use it (cleaning, feature engineering, chunking)?',
  modelWork: 'What model work is involved: training, fine-tuning, evaluation, comparing candidates?',
  deployment: 'How does the model actually get used once it\'s trained: batch predictions, a real-time API, something embedded?',
  operations: 'What has to happen once it\'s live: monitoring, retraining, alerting?',
  infrastructure: 'What do you already have running (orchestrator, cloud, experiment tracking, existing scripts or notebooks)?',
  team: 'Who will maintain this: how many ML engineers and data engineers?',
};

export function missingCategories(reading: Reading): CategoryId[] {
  return CATEGORY_IDS.filter((c) => !covers(reading, c));
}

export function coveredCategories(reading: Reading): CategoryId[] {
  return CATEGORY_IDS.filter((c) => covers(reading, c));
}

/** A category is covered by a phrase the lexicon found or by what a clause does. */
function covers(reading: Reading, c: CategoryId): boolean {
  return (reading.categories[c] ?? []).length > 0 || reading.coverage.includes(c);
}

/** The follow-up to ask, or null when the picture is full enough to move on. */
export function followUpQuestion(reading: Reading): string | null {
  // Not ready for a pipeline yet: the readiness redirect comes next, and asking about monitoring
  // and orchestrators for a workflow that does not exist yet would be the wrong conversation.
  if (reading.readinessSignals.length > 0) return null;
  const missing = missingCategories(reading);
  if (CATEGORY_IDS.length - missing.length >= MIN_CATEGORIES) return null;
  // The seed's bar is "3-4" categories: three are enough when they are the workflow's whole length,
  // "from raw data all the way to however the model gets used".
  if (CATEGORY_IDS.length - missing.length >= MIN_CATEGORIES - 1 && END_TO_END.every((c) => !missing.includes(c))) return null;
  const questions = missing.map((c) => ASK[c]).join(' ');
  const opening =
    missing.length === CATEGORY_IDS.length
      ? "I couldn't pick out an ML workflow from that yet. Walk me through it from raw data to however the model gets used, even the messy parts:"
      : "That's a good start. A few things I'd love to understand better before we move on:";
  return `${opening} ${questions} And is there anything you've tried before that didn't work?`;
}
