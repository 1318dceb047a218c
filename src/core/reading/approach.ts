/**
 * How the model is made, when the team has not decided it: a sentence that weighs training a model
 * of their own against taking one someone else made ("I don't know yet whether we train our own
 * classifier on the history or just give an LLM the category list", "options: own model versus
 * LLM versus vendor", "Do we fine-tune a reranker or call a hosted LLM?"). Until that is decided
 * nothing is trained or taken as given: the options are judged side by side first.
 */
import { matches } from '../language/matches';
import { SENTENCE_SPAN } from './segments';

/** Words that say the choice is open: "don't know yet whether", "not sure if", "options:", "should we … or". */
const OPEN = /\b(?:(?:don['’]t|do not|doesn['’]t|haven['’]t|have not|didn['’]t)\s+(?:yet\s+)?(?:know|decided?|picked|chosen|settled)|not\s+(?:yet\s+)?(?:sure|decided|settled)|unsure|undecided|no\s+view\s+yet|still\s+(?:deciding|weighing|debating|torn)|torn\s+between|can['’]t\s+decide|whether|options?(?=\s*(?:are\b|[:—–(-]))|should\s+we|do\s+we|compare)\b/gi;
/** Making a model of their own, not ruled out ("no fine-tuning"). */
const OWN = /(?<!\b(?:no|not|without|never)\s+(?:\w+\s+)?)\b(?:train(?:s|ed|ing)?\b(?!\s+(?:data|set|sets|examples))|fine-?tun\w*|(?:our|their|an?)\s+own\s+(?:model|classifier|detector|ranker|reranker|forecaster|thing)|own\s+model|custom\s+(?:model|classifier)|build\s+(?:a|our)\s+(?:own\s+)?(?:model|classifier)|(?:we|i)\s+(?:build|make|train)\s+(?:\w+\s+)?(?:ourselves|in-house)|in-house\s+(?:model|classifier))/i;
/** Taking one someone else made: a hosted or bought model, a vendor's, an API. */
const TAKEN = /\b(?:llms?|gpt[\w.-]*|claude|gemini|mistral|llama[\w.-]*|vendor(?:['’]s)?|off[- ]the[- ]shelf|hosted|bought|buy(?:ing)?|third[- ]party|pre-?trained|(?:an?|their|the)\s+api|saas|add-?on)\b/i;
/** How far after the words that open the choice both options must be named. */
const REACH = 160;
const MAX_SAID = 200;

/** The sentences that weigh making a model against taking one, in the user's words; empty when the way is settled. */
export function openApproach(text: string): { said: string; start: number; end: number }[] {
  const found: { said: string; start: number; end: number }[] = [];
  for (const m of matches(text, SENTENCE_SPAN)) {
    const sentence = m[0];
    const weighs = [...sentence.matchAll(OPEN)].some((o) => {
      const after = sentence.slice(o.index, o.index + REACH);
      return OWN.test(after) && TAKEN.test(after);
    });
    if (weighs) {
      const said = sentence.replace(/\s+/g, ' ').trim();
      found.push({ said: said.slice(0, MAX_SAID), start: m.index, end: m.index + sentence.length });
    }
  }
  return found;
}
