/**
 * Whether a trigger says the work runs one time only (seed 000/001: a one-off migration is not a
 * pipeline, it is a script). Read from the words of a one-time run, not from a job name:
 * "one-off", "one-time", "a single run", "just the once", or "once" standing alone ("run once.",
 * "once, before cut-over"), and only when nothing in the trigger recurs. "Once" before an article
 * or a rate is a cadence or a conjunction ("once a week", "once per quarter", "once the export
 * lands"), never a one-time run; a negated recurrence ("never scheduled") does not recur.
 */
import { parseText } from '../language';

const ONE_TIME = /\bone[- ](?:off|time|shot)\b|\ba\s+single\s+(?:manual\s+)?(?:run|execution|time)\b|\b(?:just|only)\s+(?:the\s+)?once\b|\bthe\s+once\b/i;
/** "once" standing alone: at the end, before punctuation, or before a time or manner adverbial ("once, before cut-over", "once by hand"). */
const BARE_ONCE = /\bonce(?:\s*(?:$|[.,;:)—–]|-{1,2}\s)|\s+(?:before|after|when|at|by|during|for|on|manually|only|ever)\b)/i;
const RECURRING = new Set(['daily', 'nightly', 'hourly', 'weekly', 'monthly', 'quarterly', 'yearly', 'annually', 'every', 'each', 'per', 'schedule', 'cron', 'whenever', 'recur', 'recurring', 'regularly', 'periodically', 'again', 'repeat']);

/** A rate recurs whatever its verb: "twice a year", "3 times per week". */
const RATE = /\b(?:a|an|per|every|each)\s+(?:\d+\s+)?(?:minute|hour|day|night|week|fortnight|month|quarter|year)s?\b/i;

export function runsOnce(trigger: string): boolean {
  if (!trigger.trim() || !(ONE_TIME.test(trigger) || BARE_ONCE.test(trigger)) || RATE.test(trigger)) return false;
  const tokens = parseText(trigger).flatMap((s) => s.tokens);
  return !tokens.some((t) => !t.negated && (RECURRING.has(t.lemma) || RECURRING.has(t.lower)));
}
