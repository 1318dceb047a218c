/**
 * A simple runtime fan-out in the user's words: "fan out one embedding job per batch", "one
 * training run per region in parallel", "5-fold cross-validation", "50 Optuna trials". Seed 003
 * keeps dynamic pipelines for exactly this (N documents, K folds, tuning trials), so the reader
 * names what the work fans out over and the decomposition decides whether to make it dynamic.
 */
import type { ComponentKind } from './lexicon';
import { singularOf } from '../words';

const UNIT = String.raw`(?:each\s+|every\s+|all\s+(?:the\s+)?)?([a-z][a-z-]{1,20})`;

const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\bfan(?:s|ned|ning)?[- ]?out\b[^.;\n]{0,60}?\b(?:per|over|across|for each|for every|by)\s+${UNIT}`, 'i'),
  new RegExp(String.raw`\bone\s+(?:[\w-]+\s+){0,2}?(?:job|step|task|run|worker|container|pod)s?\s+(?:per|for each|for every)\s+${UNIT}`, 'i'),
  new RegExp(String.raw`\bin parallel\s+(?:over|across|for|per)\s+${UNIT}`, 'i'),
  new RegExp(String.raw`\b(?:process|run|embed|score|train|pars|index|transcrib)\w*\s+(?:each|every)\s+([a-z][a-z-]{1,20})\s+in parallel\b`, 'i'),
];
/** A model trained for each group: "retrain per turbine type", "fit one forecaster for each region". */
const PER_GROUP = /\b(?:re-?)?(?:train|fit)(?:s|ed)?\s+(?:(?:a|an|one|a separate|separate)\s+)?(?:(?:[\w-]+\s+)?(?:model|forecaster|classifier|detector)s?\s+)?(?:per|for each|for every)\s+([a-z][a-z-]{1,20}(?:\s+(?!(?:every|each|on|in|at|with|from|for|and|or|to|by|weekly|daily|monthly|nightly|hourly)\b)[a-z][a-z-]{1,20}){0,2})\b/i;
const FOLDS = /\b(?:k[- ]?fold|\d+[- ]fold|cross[- ]validation|[a-z0-9]+ folds)\b/i;
const TRIALS = /\b(?:tuning|optuna|hyperparameter|search)\s+trials?\b|\b\d+\s+trials\b/i;

/** Batch work that can fan out at run time; serving, streams and UIs cannot. */
export const FANS_OUT: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['ingestion', 'processing', 'training', 'evaluation', 'tuning', 'batch-inference', 'labeling']);

/** Work on the data, which can map over the pieces its input was split into (seed 003: "variable numbers of data chunks"). */
export const OVER_PIECES: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['ingestion', 'processing', 'batch-inference', 'labeling']);

/** "split long recordings into segments", "each scan is cut into tiles": the units a whole is split into. */
const SPLIT_INTO = /\b(?:split|splits|splitting|break|breaks|broken|breaking|cut|cuts|cutting|divide[sd]?|dividing|chop(?:s|ped|ping)?|slice[sd]?|slicing)\b[^.;:]{0,60}?\binto\s+(?:(?:[a-z0-9]+(?:-[a-z0-9]+)+|\d[\d,.]*|smaller|small|shorter|short|overlapping|equal|separate|individual)\s+){0,2}([a-z]{3,20}s)\b/gi;

/**
 * The units the description splits its inputs into, when the work then goes over each of them
 * ("split long episodes into chunks; each chunk goes through the model"): the variable number of
 * pieces seed 003 maps a step over.
 */
export function splitUnits(text: string): string[] {
  return [...new Set([...text.matchAll(SPLIT_INTO)].map((m) => singularOf(m[1]!.toLowerCase())))];
}

/** The split unit a piece of work goes over one at a time ("each chunk", "for every tile", "per segment"). */
export function overEach(text: string, units: readonly string[]): string | null {
  return units.find((u) => new RegExp(String.raw`\b(?:each|every|per)\s+(?:[\w-]+\s+)?${u}\b`, 'i').test(text)) ?? null;
}

/** What the segment's work fans out over ("batch", "document", "fold", "trial"), or null. */
export function findFanOut(text: string): string | null {
  for (const pattern of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return singularOf(m[1]!.toLowerCase());
  }
  const group = PER_GROUP.exec(text)?.[1];
  if (group) return singularOf(group.toLowerCase());
  if (FOLDS.test(text)) return 'fold';
  if (TRIALS.test(text)) return 'trial';
  return null;
}

