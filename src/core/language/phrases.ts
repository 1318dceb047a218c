/**
 * Noun phrases by their part-of-speech shape: an optional article or possessive, modifiers
 * (adjectives, numbers, nouns used as modifiers, participles like "labelled" or "flagged"), and
 * the noun that heads it. "a fine-tuned LayoutLM", "our claims app", "gradient-boosted model".
 */
import type { NounPhrase, Token } from './types';

const OWNING = new Set(['our', 'their', 'my', 'its']);
const PREPOSITIONAL = new Set(['using', 'including', 'following', 'regarding', 'concerning', 'excluding', 'given', 'considering']);
/** Words that place a time relative to now: "last year", "next quarter", "this week". */
const TIME_DEICTIC = new Set(['last', 'next', 'this', 'past', 'coming']);
const TIME_NOUN = /^(?:year|month|week|day|night|quarter|summer|winter|spring|autumn|fall|season|time)s?$/;
/** Prepositions that take a clause in its -ing form rather than a noun phrase: "before swapping models". */
const CLAUSE_PREPOSITIONS = new Set(['before', 'after', 'without', 'while', 'when', 'since', 'upon']);
/** Verbs of starting, going on and stopping, which take the work they are about in its -ing form. */
const ASPECTUAL = new Set(['start', 'begin', 'stop', 'keep', 'continue', 'finish', 'quit', 'resume', 'avoid']);

export function nounPhrases(tokens: readonly Token[]): NounPhrase[] {
  const out: NounPhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = i;
    let owned = false;
    while (tokens[i] && (tokens[i]!.pos === 'DET' || (tokens[i]!.pos === 'PRON' && OWNING.has(tokens[i]!.lower)))) {
      if (OWNING.has(tokens[i]!.lower)) owned = true;
      i++;
    }
    const opened = i > start;
    const body: Token[] = [];
    while (tokens[i] && isModifierOrNoun(tokens[i]!, tokens[i - 1], tokens[i + 1], opened)) {
      body.push(tokens[i++]!);
      if (joinsModifiers(tokens, i, body, tokens[start]!)) body.push(tokens[i++]!);
    }
    // The phrase ends at its last noun: trailing modifiers ("the model deployed") are not part of it.
    while (body.length && !isNoun(body[body.length - 1]!)) body.pop();
    if (body.length) {
      // "the aim-assist detector v2", "Hookline 3.1": a version after the noun tags it; the noun is still what the phrase is.
      const last = body[body.length - 1]!;
      const head = body.length > 1 && VERSION.test(last.text) && isNoun(body[body.length - 2]!) ? body[body.length - 2]! : last;
      const first = body[0]!;
      out.push({ tokens: body, text: body.map((t) => t.text).join(' '), head, owned, start: first.start, end: last.end });
      i = start + (tokens.indexOf(last, start) - start) + 1;
    } else {
      i = Math.max(i, start + 1);
    }
  }
  return out;
}

/**
 * Two modifiers sharing one head: "a corn & soy yield model", "an iOS and Android release checklist".
 * After "a"/"an", one noun, a conjunction and a noun that itself modifies a head are one phrase;
 * "&" joins the words of one name wherever it stands ("Fruit & Veg sales").
 */
function joinsModifiers(tokens: readonly Token[], i: number, body: readonly Token[], opener: Token): boolean {
  const conj = tokens[i];
  const second = tokens[i + 1];
  const head = tokens[i + 2];
  if (!conj || conj.pos !== 'CCONJ' || !second || !isNoun(second) || !isNoun(body[body.length - 1]!)) return false;
  if (conj.text === '&') return true;
  return conj.lower === 'and' && body.length === 1 && /^an?$/i.test(opener.text) && !!head && isNoun(head);
}

function isNoun(t: Token): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN';
}

/**
 * Modifiers a noun takes in front: adjectives, numbers, other nouns, and participles followed by
 * a noun ("labelled outcomes", "flagged claims"), unless a subject or auxiliary comes just before,
 * which makes the participle the clause's verb ("we retrained models", "is approved"), and the
 * phrase was not opened by an article or possessive.
 */
/** A version tag: "v2", "V3.1", "2.0". */
const VERSION = /^[vV]\d+(?:\.\d+)*$|^\d+\.\d+(?:\.\d+)?$/;

/** Participles that make a compound adjective with the noun before them ("gradient boosted", "tree based", "hand labelled"). */
const COMPOUND_PARTICIPLES = new Set(['boosted', 'based', 'tuned', 'labelled', 'labeled', 'annotated', 'crafted', 'hosted', 'driven', 'powered', 'accelerated', 'assisted', 'generated', 'weighted', 'informed', 'aware', 'sourced', 'specific']);

function isModifierOrNoun(t: Token, prev: Token | undefined, next: Token | undefined, opened: boolean): boolean {
  // "trained in Azure ML last year": a time after a noun is when, not part of its name.
  if (prev && isNoun(prev) && TIME_DEICTIC.has(t.lower) && next && TIME_NOUN.test(next.lower)) return false;
  if (isNoun(t) || t.pos === 'ADJ' || t.pos === 'NUM') return true;
  if (t.pos !== 'VERB' || !/(?:ed|en|ing)$/.test(t.lower) || !next || !(isNoun(next) || next.pos === 'ADJ')) return false;
  // "the ETA using historical trips": a participle that works as a preposition starts what follows, it describes nothing.
  if (PREPOSITIONAL.has(t.lower)) return false;
  // "we started calling Azure OpenAI", "keep using Spark": after a verb of starting or stopping, the -ing form is the work done;
  // so it is after a preposition that opens a clause of its own ("before swapping models", "without retraining anything").
  if (t.lower.endsWith('ing') && prev && ((prev.pos === 'VERB' && ASPECTUAL.has(prev.lemma)) || CLAUSE_PREPOSITIONS.has(prev.lower))) return false;
  // "A gradient boosted model", "a rule based filter": a compound adjective written without its hyphen, a noun and a participle before the head.
  if (prev && isNoun(prev) && next.pos === 'NOUN' && COMPOUND_PARTICIPLES.has(t.lower)) return true;
  // Inside a phrase an article or possessive opened, a participle before a noun describes it ("our in-house streaming platform").
  // A past participle after a noun starts a reduced relative clause instead ("a ranking model trained weekly").
  if (opened && prev && prev.pos !== 'AUX' && prev.pos !== 'PART' && !(isNoun(prev) && /(?:ed|en)$/.test(t.lower))) return true;
  return !prev || !(isNoun(prev) || prev.pos === 'AUX' || prev.pos === 'PART' || (prev.pos === 'PRON' && !OWNING.has(prev.lower)));
}
