/**
 * Text → sentences of tagged tokens, cut into clauses. Linear in the input: the tagger is a
 * single pass, and every step here walks the tokens once.
 */
import { infinitive, posOf, tagSentences, type TaggedTerm } from './compromise';
import { splitClauses } from './clauses';
import { repairBareSubject, repairHyphenModifiers, repairSingularHeads, repairNounLists, repairNounPhraseHeads, repairObjects, repairRelativeVerbs, repairThirdPerson } from './repair';
import type { Sentence, Token } from './types';

/**
 * The language layer reads at most this much of one answer: a description is one to a few
 * thousand characters (about 2,000 words fit here), and the tagger costs up to about 70 ms per
 * 1,000 characters on pathological input (one figure repeated thousands of times), 5 ms for a
 * whole real description. The lexicon still reads the whole text.
 */
export const MAX_TEXT = 12_000;

/** A word that negates what follows: "not", "never", "cannot", and every "-n't" contraction ("isn't", "won't"). */
export function isNegator(word: string): boolean {
  // "Nobody on staff can maintain Kubernetes": a negative subject negates its predicate.
  return /^(?:not|never|no|without|nor|cannot|nobody|no-one|noone|none|nothing|neither)$/i.test(word) || /n['’]t$/i.test(word);
}
/** An arrow between the parts of a note: "inbox -> S3", "no signal → queue it". */
const ARROW = /^(?:-+>|=+>|<-+|→|⇒|➔)$/;
/** Where a negation's scope ends: the clause's punctuation or a new clause. */
const SCOPE_END = new Set(['CCONJ', 'PUNCT', 'SCONJ']);

export function parseText(raw: string): Sentence[] {
  const text = raw.slice(0, MAX_TEXT);
  if (!/[A-Za-z0-9]/.test(text)) return [];
  const sentences: Sentence[] = [];
  for (const terms of tagSentences(text)) {
    const tokens = repairBareSubject(repairHyphenModifiers(repairNounLists(repairNounPhraseHeads(repairSingularHeads(repairThirdPerson(repairRelativeVerbs(repairObjects(markNegation(tokensOf(text, terms))))))))));
    if (tokens.length === 0) continue;
    const clauses = splitClauses(text, tokens);
    // The clause-level repairs (a predicate the tagger missed) hold for the sentence too.
    const repaired = new Map(clauses.flatMap((c) => c.tokens.map((t) => [t.start, t] as const)));
    const start = tokens[0]!.start;
    const end = tokens[tokens.length - 1]!.end;
    sentences.push({ tokens: tokens.map((t) => repaired.get(t.start) ?? t), clauses, text: text.slice(start, end), start, end });
  }
  return sentences;
}

/**
 * Words become tokens; the punctuation the tagger keeps beside them becomes tokens of its own;
 * a hyphenated word ("fine-tuned", "gradient-boosted") is one token, tagged as its last part.
 */
function tokensOf(text: string, terms: readonly TaggedTerm[]): Token[] {
  const out: Token[] = [];
  let joining: Token | null = null;
  for (const term of terms) {
    if (term.length === 0 || !term.text) continue; // an expanded contraction's silent half
    let word = wordToken(term);
    if (joining) {
      // A name ending in a number ("GPT-4", "Flan-T5") is tagged by its name part.
      const pos = word.pos === 'NUM' ? joining.pos : word.pos;
      word = { ...word, pos, text: text.slice(joining.start, word.end), lower: text.slice(joining.start, word.end).toLowerCase(), lemma: `${joining.lower}-${word.lemma}`, start: joining.start };
      joining = null;
    }
    for (const p of punctuation(term.pre, term.start - term.pre.length)) out.push(p);
    if (term.post === '-') {
      joining = word;
      continue;
    }
    out.push(word);
    out.push(...punctuation(term.post, word.end));
  }
  if (joining) out.push(joining);
  return out.filter((t) => text.slice(t.start, t.end) === t.text);
}

function wordToken(term: TaggedTerm): Token {
  const lower = term.text.toLowerCase();
  const contraction = /n['’]t$|^cannot$/i.test(term.text);
  // "a lead-score model + a deal-size model": a plus between words joins them like "and".
  const pos = contraction ? 'AUX' : term.text === '+' ? 'CCONJ' : posOf(term.tags);
  // A participle the tagger read as an adjective ("was considered and rejected") has no root of its own.
  // "need", "feed", "proceed" end in -ed as their base form: a word the tagger reads as an infinitive is no participle.
  const participle =
    !term.tags.includes('Infinitive') &&
    ((!term.root && pos !== 'NOUN' && pos !== 'PROPN' && /[a-z]ed$/.test(lower)) || (pos === 'VERB' && (term.root ?? lower) === lower && /[a-z](?:en|wn|ght|lt|nt|pt)$/.test(lower)));
  return {
    text: term.text,
    lower,
    lemma: contraction ? lower : participle ? infinitive(lower) : (term.root ?? lower).toLowerCase(),
    pos,
    negated: false,
    // A title alone ("Dr", "SGT") or a word in capitals is no name: "SGT" is also a model's abbreviation.
    ...(term.tags.includes('Person') && !term.tags.includes('Honorific') && /[a-z]/.test(term.text) ? { person: true as const } : {}),
    start: term.start,
    end: term.start + term.length,
  };
}

/** Each punctuation character in the spaces around a word, at its offset. */
function punctuation(chars: string, at: number): Token[] {
  const out: Token[] = [];
  [...chars].forEach((c, i) => {
    if (/[^\s]/.test(c)) out.push({ text: c, lower: c, lemma: c, pos: 'PUNCT', negated: false, start: at + i, end: at + i + 1 });
  });
  return out;
}

/** A subject pronoun opens a new predicate ("for homes that aren't listed we use…"): the negation before it is over. */
const SUBJECTS = /^(?:we|i|they|he|she|you)$/;

/**
 * Words the tagger calls conjunctions that keep a negation going: alternatives share it ("we don't
 * train or fine-tune anything" denies both verbs), and so does an infinitive ("we don't want to
 * train our own LLM" denies the training).
 */
const CONTINUES_NEGATION = /^(?:or|nor|to)$/;

/** A negation covers what follows it up to the end of its clause ("we don't retrain the model, and…"). */
function markNegation(tokens: Token[]): Token[] {
  let inScope = false;
  return tokens.map((t) => {
    // An arrow ("no signal -> inference in the cloud") ends a clause's negation like a colon.
    if ((SCOPE_END.has(t.pos) && !CONTINUES_NEGATION.test(t.lower)) || (t.pos === 'PRON' && SUBJECTS.test(t.lower)) || ARROW.test(t.text)) inScope = false;
    const negates = isNegator(t.lower);
    const out = inScope ? { ...t, negated: true } : t;
    if (negates) inScope = true;
    return out;
  });
}
