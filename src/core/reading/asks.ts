/**
 * What the user asks of the architecture itself, read from their words so planning need not
 * read them: one simple pipeline, or no ML at all.
 */

/** "I just want a simple training pipeline": the seed's cue to keep the interview short. */
const SIMPLE = /\b(?:just|only)\s+(?:want|need)\s+(?:a|one)\s+(?:simple\s+|single\s+|basic\s+|small\s+)?(?:[\w-]+\s+)?pipeline\b|\b(?:a|one)\s+(?:simple|single|basic)\s+(?:[\w-]+\s+)?pipeline\b/i;

/** "No ML, just the ETL": nothing needs a training pipeline, whatever model words appear. */
const NO_ML = /\b(?:no|without(?: any)?)\s+(?:ml|machine learning|models?|model training)\b/i;

export function asksSimple(text: string): boolean {
  return SIMPLE.test(text);
}

export function saysNoMl(text: string): boolean {
  return NO_ML.test(text);
}
