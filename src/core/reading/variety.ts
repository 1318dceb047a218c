/**
 * How varied the inputs are, and how the team wants new kinds onboarded: "the invoices come in more
 * than 25 languages and every template imaginable" is what an evaluation set has to cover, so a
 * change that helps one language is seen to hurt another; "onboarding a new invoice format should be
 * a configuration change, not new code" makes the formats part of the versioned configuration.
 */
const KINDS = String.raw`(?:languages|templates|formats|layouts|markets|countries|currencies|regions|dialects|accents|document types|file types)`;
/** "more than 25 languages", "dozens of layouts", "every template imaginable", "all kinds of formats". */
const VARIED = new RegExp(
  String.raw`\b(?:(?:more than|over|about|around|roughly|nearly|some)\s+)?(?:\d[\d,]*\+?|dozens of|hundreds of|many|several)\s+${KINDS}(?:\s+(?:and|or)\s+(?:every|all|any|many|dozens of)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:\s+imaginable)?)?\b|\b(?:every|all kinds of|any)\s+(?:${KINDS.slice(3, -1).replace(/s\b/g, '')})\s+imaginable\b`,
  'i',
);
const CONFIG_WISH =
  /\b(?:onboard(?:ing)?|add(?:ing)?|support(?:ing)?|handl(?:e|ing)|cover(?:ing)?)\s+(?:a\s+|another\s+|each\s+)?new\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+should\s+(?:be\s+(?:just\s+|only\s+|merely\s+)?a\s+config(?:uration)?(?:\s+change)?|(?:only\s+)?(?:need|take|require)\s+(?:a\s+)?config(?:uration)?|need\s+no\s+(?:new\s+)?code)\b/i;

/** The variety said, and the kind to break measures down by ("language"). */
export function findVariety(text: string): { said: string; kind: string } | null {
  const said = VARIED.exec(text)?.[0].trim();
  if (!said) return null;
  const kind = new RegExp(KINDS.replace(/s\b/g, 's?'), 'i').exec(said)![0].toLowerCase().replace(/(?:ies)$/, 'y').replace(/s$/, '');
  return { said, kind };
}

export function findConfigWish(text: string): string | null {
  return CONFIG_WISH.exec(text)?.[1]!.trim().toLowerCase() ?? null;
}
