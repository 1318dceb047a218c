/**
 * Where the statistical tagger is known to slip on technical prose, English itself settles it:
 * - a word followed by an object pronoun is a verb ("…and check it against the PO");
 * - a verb right before an auxiliary is the subject's head noun ("threshold alerts don't catch it"),
 *   and so is one between a number or article and the real verb ("two interns label the photos");
 * - a noun phrase opened by an article after a verb or preposition ends in a noun, so a "verb"
 *   closing it is its head ("we cover the franchise stores", "from the store logs");
 * - a clause has a predicate, so when the tagger found none, the first noun after the subject
 *   that is followed by an object, a preposition or an adverb is the verb ("documents land in
 *   object storage", "a large language model extracts the invoice fields").
 */
import type { Token } from './types';

const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'us', 'me']);
const AFTER_VERB = new Set(['DET', 'ADP', 'ADV', 'NUM', 'PRON', 'PART', 'VERB']);
const BEFORE_MODIFIER = new Set(['DET', 'ADJ', 'ADP', 'PUNCT', 'CCONJ', 'VERB', 'NOUN']);

/** A participle in front of a noun describes it ("the re-ranked results", "flagged claims"): no predicate. */
export function isModifierParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  return (
    t.pos === 'VERB' && /(?:ed|en|ing)$/.test(t.lower) && !!next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ') &&
    (!prev || BEFORE_MODIFIER.has(prev.pos) || (prev.pos === 'PRON' && /^(?:our|their|my|its|your)$/.test(prev.lower)))
  );
}

/** Whether the clause has a finite verb: an auxiliary, or a verb that is not a participle describing a noun. */
export function hasPredicate(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.pos === 'AUX' || (t.pos === 'VERB' && !isModifierParticiple(tokens, i)));
}

export function repairObjects(tokens: Token[]): Token[] {
  return tokens.map((t, i) =>
    (t.pos === 'NOUN' || t.pos === 'PROPN') && OBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '') && !/^[A-Z]/.test(t.text) ? asVerb(t) : t,
  );
}

export function repairNounPhraseHeads(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    if (t.pos !== 'VERB' || /(?:ed|ing)$/.test(t.lower)) return t;
    if (tokens[i + 1]?.pos === 'AUX' && (tokens[i - 1]?.pos === 'NOUN' || tokens[i - 1]?.pos === 'ADJ')) return { ...t, pos: 'NOUN' as const };
    // A number or article opens a noun phrase: "two interns label…" has its verb after the noun.
    const next = tokens[i + 1];
    if ((tokens[i - 1]?.pos === 'NUM' || tokens[i - 1]?.pos === 'DET') && (next?.pos === 'VERB' || next?.pos === 'AUX')) return { ...t, pos: 'NOUN' as const };
    let k = i - 1;
    while (k >= 0 && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ')) k--;
    const article = tokens[k];
    const before = tokens[k - 1];
    const opensObject = k < i - 1 && article?.pos === 'DET' && (before?.pos === 'VERB' || before?.pos === 'ADP');
    return opensObject ? { ...t, pos: 'NOUN' as const } : t;
  });
}

export function repairPredicate(tokens: Token[]): Token[] {
  if (hasPredicate(tokens)) return tokens;
  const subjectEnd = tokens.findIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');
  if (subjectEnd < 0) return tokens;
  for (let i = subjectEnd + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // After a personal pronoun ("we fine-tune a model") the next content word is the verb, whatever its tag.
    const afterPronoun = i === subjectEnd + 1 && tokens[subjectEnd]!.pos === 'PRON' && t.pos === 'ADJ';
    if ((t.pos === 'NOUN' || afterPronoun) && /^[a-z]/.test(t.text) && next && AFTER_VERB.has(next.pos)) {
      return tokens.map((u, k) => (k === i ? asVerb(u) : u));
    }
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') break;
  }
  return tokens;
}

/** The verb reading: "extracts" → lemma "extract", "goes" → "go", "land" → "land". */
function asVerb(t: Token): Token {
  return { ...t, pos: 'VERB', lemma: verbLemma(t.lower) };
}

function verbLemma(word: string): string {
  if (word === 'goes' || word === 'does') return word.slice(0, -2);
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}
