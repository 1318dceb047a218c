/**
 * The seed's readiness check: signs the user is not ready for a pipeline yet. Each signal has
 * phrases that raise it and phrases that clear it, so "we finished EDA last month" does not
 * count as "still in EDA", and a follow-up "we do have a notebook that works" clears
 * "no working prototype" raised earlier.
 */
import { isNegated } from './segments';
import { matches } from '../language/matches';

export const READINESS_SIGNALS = ['still-in-eda', 'no-prototype', 'unclear-io', 'no-approach'] as const;
export type ReadinessSignal = (typeof READINESS_SIGNALS)[number];

interface SignalRule {
  signal: ReadinessSignal;
  /** How the redirect names it, in the seed's words. */
  description: string;
  raise: readonly RegExp[];
  clear: readonly RegExp[];
}

const READINESS_RULES: readonly SignalRule[] = [
  {
    signal: 'still-in-eda',
    description: 'still in exploratory data analysis',
    raise: [
      /\b(?:still|currently|mostly|just|only)\s+(?:in|doing|at|in the middle of)\s+(?:the\s+)?(?:eda|exploratory|exploration|data exploration)\b/i,
      /\bstill\s+(?:(?:kinda|kind of|sort of|just|mostly|basically|really)\s+)?(?:explor\w*|figuring out|poking|playing|experimenting|trying (?:out )?(?:different|which|what))\b/i,
      /\b(?:(?:we|i)(?:'re| are| am|'m)\s+)?(?:exploring|poking at|poking around|playing (?:around )?with)\s+(?:the\s+)?data\b/i,
      /\bfiguring out (?:what|which) features\b/i,
      /\bhaven'?t (?:finished|done|started) (?:the |our |my )?(?:eda|exploration|data exploration)\b/i,
    ],
    clear: [
      /\b(?:done with|finished|past|beyond|out of|completed|wrapped up|after)\s+(?:the\s+|our\s+|my\s+)?(?:eda|exploration|exploratory|exploring)/i,
      /\bdone exploring\b/i,
    ],
  },
  {
    signal: 'no-prototype',
    description: 'no working prototype yet',
    raise: [
      /\b(?:no|don'?t have an?|do not have an?|haven'?t (?:got|built|written|trained|made) an?y?|without an?y?)\s+(?:working\s+|actual\s+|real\s+)?(?:prototype|notebook|baseline|poc|proof of concept|model)s?\s+(?:yet|so far|at all|that works)\b/i,
      /\b(?:no|don'?t have an?|do not have an?|haven'?t (?:got|built) an?y?)\s+(?:working\s+)?(?:prototype|poc|proof of concept|baseline)\b/i,
      /\bnothing (?:is )?(?:works?|working|built) yet\b/i,
      /\bhaven'?t (?:trained|built|written) (?:anything|any code|a single model|a model)\b/i,
      // The same said with a negative subject: "nobody has built anything yet", "no one has trained a model".
      /\b(?:nobody|no one|none of us)\s+(?:has|have)\s+(?:yet\s+)?(?:built|trained|written|made|tried)\s+(?:anything|any code|a model|a prototype|one)\b/i,
      /\b(?:not sure|no idea|don'?t know) (?:yet )?(?:if|whether) (?:it|this|a model|ml|machine learning) (?:works|will work|can work|is even possible)\b/i,
      // A proof of concept still to build: "as a short proof of concept", "a quick PoC first".
      /\b(?:as an?|a|short|first|quick)\s+(?:short\s+|quick\s+|first\s+)?(?:proof[- ]of[- ]concept|poc)\b(?![^.;\n]{0,30}\b(?:works|worked|is live|in production|running)\b)/i,
    ],
    clear: [
      /\b(?:have|got|there'?s|existing|built)\s+(?:a\s+|an\s+)?(?:working|existing|solid|decent)\s+(?:prototype|notebook|script|model|baseline|poc)/i,
      /\b(?:notebook|prototype|script|baseline|poc|model) (?:that |which )?(?:already )?works\b/i,
      /\bworks (?:well |fine )?in (?:a|our|my) notebook\b/i,
    ],
  },
  {
    signal: 'unclear-io',
    description: 'unclear input data or expected output',
    raise: [
      /\b(?:not (?:really )?sure|unsure|no idea|(?:don'?t|do not) (?:really |yet )?know|can'?t (?:really )?(?:say|describe|tell))\s+(?:yet\s+)?(?:what|how|which|whether)\s+(?:[\w'-]+\s+){0,3}?(?:input|output|data|labels?|target|predict\w*|features?|format|schema|looks like)\b/i,
      /\b(?:input|output|target|labels?|schema)s?\s+(?:is|are)\s+(?:still\s+)?(?:unclear|undefined|tbd|not defined|fuzzy|unknown)\b/i,
      /\bhaven'?t (?:defined|decided) (?:the |what the )?(?:input|output|target|label)/i,
    ],
    clear: [],
  },
  {
    signal: 'no-approach',
    description: 'no model or approach chosen yet',
    raise: [
      /\b(?:don'?t|do not|doesn'?t|does not) (?:yet |really )?know (?:yet )?(?:which|what|whether|if) (?:[\w-]+ ){0,3}?(?:techniques?|approach(?:es)?|methods?|models?|algorithms?|ai|ml|machine learning)\b/i,
      // The same doubt said without "know": "not sure yet which technique", "no idea which algorithm fits", "unsure what model".
      /\b(?:not (?:yet |really |quite )?sure|unsure|no idea|uncertain|undecided) (?:yet |as yet )?(?:about |on )?(?:which|what|whether|if) (?:[\w-]+ ){0,3}?(?:techniques?|approach(?:es)?|methods?|models?|algorithms?|ai|ml|machine learning)\b/i,
      /\b(?:haven'?t|have not|has not|hasn'?t|not yet) (?:yet )?(?:picked|chosen|decided on|settled on|selected|found) (?:a |an |the |any |our )?(?:[\w-]+ )?(?:model|approach|method|technique|algorithm)s?\b/i,
      /\b(?:investigate|explore|find out|figure out|understand|learn) (?:whether|if) (?:we |it |ml |ai |a model |machine learning )?(?:could|can|would|might|will)?\s*(?:[\w-]+ ){0,3}?(?:predict\w*|model\w*|ml|machine learning|ai|forecast\w*|classif\w*|automat\w*|help\w*|work\w*)\b/i,
      /\bstill (?:comparing|choosing|deciding (?:between|on)|evaluating) (?:[\w-]+ ){0,2}?(?:approaches|models|methods|options)\b/i,
      // Kinds of approach put side by side as a doubt: "whether this should be rules, some kind of ML model, or one of the LLM things".
      /\b(?:whether|should (?:it|this|we)|not sure|(?:don'?t|do not) know|undecided)\b[^.?!;]{0,80}?\b(?:rules?|heuristics?|ml|machine learning|models?|llms?|ai)\b[^.?!;]{0,80}?\bor\b[^.?!;]{0,80}?\b(?:rules?|heuristics?|ml|machine learning|models?|llms?|ai)\b/i,
    ],
    clear: [/\b(?:we (?:picked|chose|settled on|went with|use|run))\b[^.;\n]{0,40}\b(?:model|approach|method)\b/i],
  },
];

export function describeSignal(signal: ReadinessSignal): string {
  return READINESS_RULES.find((r) => r.signal === signal)!.description;
}

/**
 * The signals a text raises and the ones it clears (a follow-up may clear an earlier one).
 * A clearing phrase that is itself negated ("we don't have a working model") clears nothing;
 * when a text both raises and clears a signal, whichever it says last wins.
 */
export function findReadiness(text: string): { raised: ReadinessSignal[]; cleared: ReadinessSignal[] } {
  const raised: ReadinessSignal[] = [];
  const cleared: ReadinessSignal[] = [];
  for (const rule of READINESS_RULES) {
    const raisedAt = lastIndex(rule.raise, text, () => true);
    const clearedAt = lastIndex(rule.clear, text, (i) => !isNegated(text, i));
    if (clearedAt > raisedAt) cleared.push(rule.signal);
    else if (raisedAt >= 0) raised.push(rule.signal);
  }
  return { raised, cleared };
}

const GLOBAL = new Map<RegExp, RegExp>(
  READINESS_RULES.flatMap((r) => [...r.raise, ...r.clear]).map((p) => [p, new RegExp(p.source, `${p.flags}g`)]),
);

function lastIndex(patterns: readonly RegExp[], text: string, keep: (index: number) => boolean): number {
  let last = -1;
  for (const p of patterns) {
    for (const m of matches(text, GLOBAL.get(p)!)) if (keep(m.index)) last = Math.max(last, m.index);
  }
  return last;
}
