/**
 * What a version is judged on, and against, when the user said it: a fixed golden set they keep, or labels
 * they call noisy, which make the usual held-out split a poor judge (a model that gets a
 * mislabelled image right counts as wrong). The reader records both in the `Reading`.
 */
import type { EvaluationSet } from './reading';
import type { Frame } from './frames';
import { METRIC_WORD } from './measures';

export type { EvaluationSet };

/** A set the team keeps to judge on: "a golden set", "a fixed test set", "200 NDAs that could serve as a test set". */
const GOLDEN = /\b(?:gold(?:en)?(?:[- ]standard)? (?:set|dataset|test set|eval(?:uation)? set)|fixed (?:test|eval\w*|validation) set|(?:serve|use[ds]?|act|work|kept|keep) as (?:an? |our |the )?(?:test|eval\w*|benchmark|reference) (?:set|dataset|suite))\b/i;
const NOISY = /\bnoisy labels?\b|\blabels?\b[^.]{0,60}\b(?:noisy|unreliable|inconsistent)\b/i;

export function evaluationSetOf(text: string): EvaluationSet | null {
  if (GOLDEN.test(text)) return 'golden';
  return NOISY.test(text) ? 'hand-checked' : null;
}

/** The system that decides today, named as what the model must beat: "evaluate it vs the current rules engine". */
const BASELINE =
  /\b(?:vs\.?|versus|against|compared? (?:to|with)|beat(?:s|ing)?|better than|replac(?:e|es|ing)|outperform(?:s|ing)?)\s+(?:the\s+|our\s+)?((?:current|existing|old|legacy|hand-?written)\s+)?(["“'‘]([^"”'’\n]{2,40})["”'’]\s+)?(rules?[- ]engine|rules?-based (?:system|routing|model)|business rules|keyword rules|heuristics?|rules? of thumb|manual (?:routing|triage|review))\b/i;

/**
 * The baseline a version must beat before it replaces what decides today ("the current rules
 * engine"), or null. A first model has no production version to be compared with: this is what
 * its evaluation scores side by side instead.
 */
export function baselineOf(text: string): string | null {
  const m = BASELINE.exec(text);
  if (!m) return labelledBaseline(text) ?? calledBaseline(text);
  const name = m[3] ? `“${m[3]}” ` : '';
  return `the ${(m[1] ?? (name ? '' : 'current ')).toLowerCase()}${name}${m[4]!.toLowerCase().replace('-', ' ')}`;
}

/**
 * A line labelled with what versions are measured against: "Baselines: the current rule and a
 * seasonal-naive forecast", "- Baseline — last year's average". The first thing it names is the one to beat.
 */
const BASELINE_LABEL = /^[ \t]*(?:[-*•][ \t]*)?(?:[*_]{1,2})?(?:the\s+)?baselines?(?:[*_]{1,2})?[ \t]*[:—–-][ \t]*(?:[*_]{1,2})?((?:the|our|a|an|their)\s+)?([^,;.()\n]{3,60}?)(?=\s*(?:$|[,;.(]|\s+(?:and|or|vs\.?|versus|which|that)\b))/im;

/** A measure's name (the metrics the reader knows, and the few a baseline's figure is also given in) or a figure. */
const MEASURE = new RegExp(String.raw`\b${METRIC_WORD}\b|\b(?:lift|roc|r2|map|error|loss)\b|\d\s*%|\b\d+\.\d+\b`, 'i');

function labelledBaseline(text: string): string | null {
  const m = BASELINE_LABEL.exec(text);
  // "Baseline: top-decile lift 3.1 on last year's holdout" is the figure to beat, not what decides today.
  if (!m || /^(?:none|n\/a|tbd|unknown|not sure|no idea|nothing)\b/i.test(m[2]!) || MEASURE.test(m[2]!)) return null;
  const said = m[2]!.trim();
  // "Baseline: last year's average" is already determined by its possessive.
  if (!m[1] && /^(?:\S+\s+)?\S+['’]s\s/.test(said)) return said;
  return `${m[1]?.toLowerCase().startsWith('the') || !m[1] ? 'the ' : m[1].toLowerCase()}${said}`;
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
