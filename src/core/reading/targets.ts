/**
 * Several quantities one kind of model predicts, listed by the user ("we forecast …: demand over
 * the next weeks, return rate, return time, fulfillment costs and the residual value"): one
 * training pipeline with the target as a parameter, not a copy per target (the seed's variant rule).
 */
const LISTED = /\b(?:forecast|predict|estimat)\w*\b[^.;:]*:\s*([^.;]+)/i;
/** What follows an item's name: where, when or why ("demand over the next weeks", "return time (when …)"). */
const QUALIFIER = /\s*(?:\(.*|\s(?:over|at|for|in|per|within|across|by|from)\s.*)$/i;

export function findTargets(text: string): string[] {
  const m = LISTED.exec(text);
  if (!m) return [];
  const items = m[1]!
    .replace(/\([^)]*\)/g, '')
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
    .map((item) => item.replace(QUALIFIER, '').replace(/^(?:the|a|an|its|their)\s+/i, '').trim())
    .filter(Boolean);
  const named = items.every((item) => item.split(/\s+/).length <= 3 && /^[a-z][\w-]*(?:\s[\w-]+)*$/i.test(item));
  return named && items.length >= 3 && items.length <= 8 ? items : [];
}
