/**
 * What a version is judged on, when the user said it: a fixed golden set they keep, or labels
 * they call noisy, which make the usual held-out split a poor judge (a model that gets a
 * mislabelled image right counts as wrong). Scans the free text like `existing.ts`; it belongs
 * in the `Reading` so a language model could refine it.
 */
export type EvaluationSet = 'golden' | 'hand-checked';

const GOLDEN = /\b(?:golden (?:set|dataset|test set)|fixed (?:test|eval\w*|validation) set)\b/i;
const NOISY = /\bnoisy labels?\b|\blabels?\b[^.]{0,60}\b(?:noisy|unreliable|inconsistent)\b/i;

export function evaluationSetOf(text: string): EvaluationSet | null {
  if (GOLDEN.test(text)) return 'golden';
  return NOISY.test(text) ? 'hand-checked' : null;
}
