/**
 * Who uses the model's output, in the user's words: "the forecasts that purchasing and delivery
 * planning pick up", "scores the account managers act on", "predictions used by the risk team".
 * Only people or a part of the business count: "the scores that the CRM reads" names a place, and
 * "the forecasts we use" names the team itself.
 */
import { isPersonWord } from './frames';

export interface Consumers {
  /** Who: "purchasing and delivery planning". */
  who: string;
  /** What they use: "multi-day forecasts". */
  what: string;
}

const OUTPUT = String.raw`(?:forecasts?|predictions?|scores?|results?|outputs?|recommendations?|estimates?|rankings?|flags?|valuations?|risk scores?|classifications?|summaries|alerts?|numbers|figures)`;
const USES = String.raw`(?:pick(?:s|ed)? up|use[sd]?|reads?|act(?:s|ed)? on|rel(?:y|ies|ied) on|look(?:s|ed)? at|consumes?|consumed|work(?:s|ed)? from|plan(?:s|ned)? with|see|sees|reviews?|reviewed|checks?|checked)`;
const WORD = String.raw`[A-Za-z][\w-]*`;
/** "the forecasts (that) purchasing and delivery planning pick up" */
const RELATIVE = new RegExp(String.raw`\b((?:${WORD}\s+){0,2}?${OUTPUT})\s+(?:that\s+|which\s+)?((?:${WORD}\s+){0,5}?${WORD})\s+${USES}\b`, 'gi');
/** "predictions used by the risk team" */
const PASSIVE = new RegExp(String.raw`\b((?:${WORD}\s+){0,2}?${OUTPUT})\s+(?:are\s+|is\s+|get\s+)?(?:used|read|consumed|picked up|reviewed|checked)\s+by\s+((?:${WORD}\s+){0,5}${WORD})`, 'gi');

/** "the store managers use those numbers", "underwriters review the risk scores": people, then the verb, then the output. */
const ACTIVE = new RegExp(String.raw`\b((?:${WORD}\s+){0,4}?${WORD})\s+${USES}\s+(?:the\s+|those\s+|these\s+|our\s+|its\s+|their\s+|all\s+)?((?:${WORD}\s+){0,2}?${OUTPUT})\b`, 'gi');

/** Parts of a business: "purchasing", "delivery planning", "the risk team". */
const BUSINESS = /^(?:teams?|department|departments|desk|desks|purchasing|procurement|planning|finance|marketing|sales|operations|ops|support|logistics|underwriting|compliance|risk|merchandising|pricing|fulfil?ment|dispatch|hr|staffing|scheduling|care)$/i;
const NOT_THEM = /^(?:we|you|i|it|they|he|she|our|their|this|that|these|those|then|also|which|and|or|but|so|while|where|when|if|because)$/i;
const LEADING = /^(?:the|our|their|all|both)\s+/i;

/** The first statement of who uses the output, when it names people or a part of the business. */
export function findConsumers(text: string): Consumers | null {
  for (const re of [RELATIVE, PASSIVE, ACTIVE]) {
    for (const m of text.matchAll(re)) {
      const [people, output] = re === ACTIVE ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
      // Before the verb the subject is its last words (the people); after "by", as few as name them.
      const words = people.replace(LEADING, '').trim().split(/\s+/);
      const who = re === PASSIVE ? peopleIn(words, 1) : subjectPeople(words);
      // "Underwriters review …" opens its sentence: a role, not a name.
      // "people read card numbers back": anyone at all, or numbers of some other kind ("card numbers"), are no consumers of the output.
      if (!who || /^(?:people|someone|anyone|everyone|everybody|somebody|nobody)$/i.test(who) || /^\S+\s+(?:numbers|figures)$/i.test(outputPhrase(output))) continue;
      if (who) return { who: re === ACTIVE ? who.replace(/^[A-Z](?=[a-z]+(?:\s|$))/, (c) => c.toLowerCase()) : who, what: outputPhrase(output) };
    }
  }
  return null;
}

/** The subject before the verb: all of its words, or its last ones after "and the", "so the" ("… and the store managers"). */
function subjectPeople(words: readonly string[]): string | null {
  for (let start = 0; start < words.length; start++) {
    const rest = words.slice(start);
    if (start > 0 && !/^(?:and|so|then|while|where|but)$/i.test(words[start - 1]!) && !/^(?:the|our|their)$/i.test(words[start - 1]!)) continue;
    const who = peopleIn(rest.filter((w, i) => !(i === 0 && LEADING.test(`${w} `))), rest.length - (LEADING.test(`${rest[0]} `) ? 1 : 0));
    if (who) return who;
  }
  return null;
}

/** The shortest run of the words, from `min` on, that is people: each item of a list ends on a person or a part of the business. */
function peopleIn(words: readonly string[], min: number): string | null {
  if (!words.length || NOT_THEM.test(words[0]!)) return null;
  for (let n = min; n <= words.length; n++) {
    const who = words.slice(0, n).join(' ');
    const heads = who.split(/\s*(?:,|\band\b|\bor\b)\s*/).filter(Boolean).map((item) => item.split(/\s+/).at(-1)!);
    if (/\b(?:and|or)$/.test(who)) continue;
    if (heads.every((h) => isPersonWord(h) || BUSINESS.test(h))) return who;
  }
  return null;
}

/** Verbs and pronouns the lazy match can take in front of the output noun ("it produces recommendations"). */
const NOT_MODIFIER = /^(?:produces?|produced|makes?|made|generates?|generated|writes?|wrote|creates?|created|sends?|sent|gets?|got|the|a|an|our|their|its|it|we|they|and|of)$/i;

/** "multi-day forecasts", "churn scores": the output noun with the modifiers in front of it, lower case. */
function outputPhrase(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  let start = 0;
  for (let i = 0; i < words.length - 1; i++) if (NOT_MODIFIER.test(words[i]!)) start = i + 1;
  const what = words.slice(start).join(' ');
  return what.charAt(0).toLowerCase() + what.slice(1);
}

/** A form's question of who uses the output ("3. Who uses the output, and where?"), and the answer on the lines after it. */
const WHO_USES = /^\s*(?:\d{1,2}[.)]\s*)?who\s+(?:uses|consumes|reads|sees|acts on|gets)\s+(?:the\s+)?(?:output|outputs|results?|predictions?|scores?)\b[^\n?]*\?\s*\n+\s*([^\n]{3,300})/im;
/** In the answer, the product they use it in: "…, in Salesforce (we use …)". */
const WHERE = /\b(?:in|into|inside|on)\s+((?:[A-Z][\w.&-]*)(?:\s+[A-Z][\w.&-]*){0,2})/;

/**
 * A form's answer to who uses the output: the people it names first ("311 agents and department
 * dispatchers"), and the product it says they use it in ("in Salesforce"), which is where the results go.
 */
export function answeredConsumers(text: string): (Consumers & { where: string | null }) | null {
  const answer = WHO_USES.exec(text)?.[1];
  if (!answer) return null;
  const words = answer.split(/[,;(]|\s+in\s+/)[0]!.trim().replace(LEADING, '').split(/\s+/);
  // The whole list of people the answer starts with, not only its first item.
  const who = words.map((_, i) => peopleIn(words.slice(0, words.length - i), words.length - i)).find((w) => w !== null) ?? null;
  return who ? { who, what: 'output', where: WHERE.exec(answer)?.[1] ?? null } : null;
}
