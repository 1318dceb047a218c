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
const OPEN = /\b(?:(?:don['’]t|do not|doesn['’]t|haven['’]t|have not|didn['’]t)\s+(?:yet\s+)?(?:know|decided?|picked|chosen|settled)|not\s+(?:yet\s+)?(?:sure|decided|settled)|unsure|undecided|no\s+view\s+yet|still\s+(?:deciding|weighing|debating|torn)|torn\s+between|can['’]t\s+decide|lean(?:s|ing)|whether|options?(?=\s*(?:are\b|[:—–(-]))|should\s+we|do\s+we|compare)\b/gi;
/** Making a model of their own, not ruled out ("no fine-tuning"). */
const OWN = /(?<!\b(?:no|not|without|never)\s+(?:\w+\s+)?)\b(?:build(?:-ish|\s*(?:vs\.?|versus|or|\/)\s*buy)|train(?:s|ed|ing)?\b(?!\s+(?:data|set|sets|examples))|fine-?tun\w*|(?:our|their|an?)\s+own\s+(?:model|classifier|detector|ranker|reranker|forecaster|thing)|own\s+model|custom\s+(?:model|classifier)|build\s+(?:a|our)\s+(?:own\s+)?(?:model|classifier)|(?:we|i)\s+(?:build|make|train)\s+(?:\w+\s+)?(?:ourselves|in-house)|in-house\s+(?:model|classifier))/i;
/** Taking one someone else made: a hosted or bought model, a vendor's, an API. */
const TAKEN = /\b(?:llms?|gpt[\w.-]*|claude|gemini|mistral|llama[\w.-]*|vendor(?:['’]s)?|off[- ]the[- ]shelf|hosted|bought|buy(?:ing)?|third[- ]party|pre-?trained|(?:an?|their|the)\s+api|saas|add-?on)\b/i;
/** How far after the words that open the choice both options must be named. */
const REACH = 160;
const MAX_SAID = 200;

/**
 * A section of options ("4. Options" over "4a. Train our own classifier…", "4b. GPT-4 as-is…") weighs them
 * when one item makes a model and another takes one; a decision said after it ("Decision: 4b") settles it,
 * a leaning does not.
 */
const OPTIONS_HEADING = /^[ \t]*(?:#{1,6}[ \t]+)?(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:[*_]{2})?(?:options?(?:[ \t]+(?:considered|on the table))?|alternatives(?:[ \t]+considered)?|approaches(?:[ \t]+considered)?|candidate approaches)(?:[*_]{2})?[ \t]*:?[ \t]*$/gim;
const OPTION_ITEM = /^[ \t]*(?:[-*•]|\d+[a-z]?[.)]|[a-z][.)]|\d+\.\d+[a-z]?\.?|\(?[a-z]\))[ \t]+\S/i;
const DECIDED = /(?<!\b(?:not|no|un)\s?(?:yet\s)?)\b(?:decision|decided|we chose|we(?:['’]ll| will) go with|going with|we picked|chosen)\b/i;
const DECISION_REACH = 400;

function optionSections(text: string): { said: string; start: number; end: number }[] {
  const found: { said: string; start: number; end: number }[] = [];
  for (const heading of text.matchAll(OPTIONS_HEADING)) {
    const start = heading.index + heading[0].length;
    const items: string[] = [];
    let end = start;
    for (const line of text.slice(start + 1).split('\n')) {
      if (!line.trim() && !items.length) {
        end += line.length + 1;
        continue;
      }
      if (!OPTION_ITEM.test(line)) break;
      items.push(line.trim());
      end += line.length + 1;
    }
    const weighs = items.some((i) => OWN.test(i)) && items.some((i) => TAKEN.test(i) && !OWN.test(i));
    if (weighs && !DECIDED.test(text.slice(end, end + DECISION_REACH))) found.push({ said: items.join(' ').replace(/\s+/g, ' ').slice(0, MAX_SAID), start, end });
  }
  return found;
}

/** The sentences that weigh making a model against taking one, in the user's words; empty when the way is settled. */
export function openApproach(text: string): { said: string; start: number; end: number }[] {
  const found: { said: string; start: number; end: number }[] = [...optionSections(text)];
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
