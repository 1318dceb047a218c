/**
 * What a version is judged on, and against, when the user said it: a fixed golden set they keep, or labels
 * they call noisy, which make the usual held-out split a poor judge (a model that gets a
 * mislabelled image right counts as wrong). The reader records both in the `Reading`.
 */
import type { EvaluationSet } from './reading';
import type { Frame } from './frames';

export type { EvaluationSet };

/** A set the team keeps to judge on: "a golden set", "a fixed test set", "200 NDAs that could serve as a test set". */
const GOLDEN = /\b(?:golden (?:set|dataset|test set)|fixed (?:test|eval\w*|validation) set|(?:serve|use[ds]?|act|work|kept|keep) as (?:an? |our |the )?(?:test|eval\w*|benchmark|reference) (?:set|dataset|suite))\b/i;
const NOISY = /\bnoisy labels?\b|\blabels?\b[^.]{0,60}\b(?:noisy|unreliable|inconsistent)\b/i;

export function evaluationSetOf(text: string): EvaluationSet | null {
  if (GOLDEN.test(text)) return 'golden';
  return NOISY.test(text) ? 'hand-checked' : null;
}

/** The system that decides today, named as what the model must beat: "evaluate it vs the current rules engine". */
const BASELINE =
  /\b(?:vs\.?|versus|against|compared? (?:to|with)|beat(?:s|ing)?|better than|replac(?:e|es|ing)|outperform(?:s|ing)?)\s+(?:the\s+|our\s+)?((?:current|existing|old|legacy|hand-?written)\s+)?(rules?[- ]engine|rules?-based (?:system|routing|model)|business rules|keyword rules|heuristics|manual (?:routing|triage|review))\b/i;

/**
 * The baseline a version must beat before it replaces what decides today ("the current rules
 * engine"), or null. A first model has no production version to be compared with: this is what
 * its evaluation scores side by side instead.
 */
export function baselineOf(text: string): string | null {
  const m = BASELINE.exec(text);
  if (!m) return calledBaseline(text);
  return `the ${(m[1] ?? 'current ').toLowerCase()}${m[2]!.toLowerCase().replace('-', ' ')}`;
}

/**
 * Otherwise, the first thing a clause measures results against, in the user's words ("against the
 * incumbent XGBoost model" → "the incumbent XGBoost model").
 */
export function comparedBaseline(frames: readonly Frame[]): string | null {
  const named = frames.find((f) => !f.negated && f.comparedWith.length > 0)?.comparedWith[0];
  return named ? `the ${named.replace(/^(?:the|our|their|an?|this|that)\s+/i, '')}` : null;
}

/** What the team calls its baseline: "a baseline keyword-rules router built in 2022", "our baseline is the vendor's model". */
const CALLED_BASELINE = /\b(?:a|the|our|their|current)\s+baseline\s+((?:[\w-]+\s+){0,2}?[\w-]+?)\s+(?:built|that|which|made|written|from|by|achieves|gets|scores|reaches|is|has|sits|runs)\b|\b(?:our|the)\s+baseline\s+is\s+((?:the|a|an|our)\s+(?:[\w'’-]+\s+){0,3}?[\w-]+?)(?=[,.;]|\s+(?:which|that|with|at|built)\b)/i;

function calledBaseline(text: string): string | null {
  const m = CALLED_BASELINE.exec(text);
  const said = m?.[1] ?? m?.[2]?.replace(/^(?:the|a|an|our)\s+/i, '');
  return said ? `the ${said}` : null;
}
