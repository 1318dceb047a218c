/**
 * Where the statistical tagger is known to slip on technical prose, English itself settles it:
 * - a word followed by an object pronoun is a verb ("…and check it against the PO");
 * - a verb right before an auxiliary is the subject's head noun ("threshold alerts don't catch it"),
 *   and so is one between a number or article and the real verb ("two interns label the photos"),
 *   and one that goes on a list of nouns with a plural ("sales transactions, tax assessments");
 * - a noun phrase opened by an article after a verb or preposition ends in a noun, so a "verb"
 *   closing it is its head ("we cover the franchise stores", "from the store logs");
 * - a relative pronoun right after a noun opens a clause whose first word is its verb when an
 *   object, particle or preposition follows ("pipelines that bring in the feeds", "a job which
 *   pulls the logs"); "the models that analysts train" keeps its noun, the verb comes after it;
 * - a subject named by a product or a noun phrase, then a word in -s, then an article: the -s word is
 *   the verb ("…and then GPT-4 extracts the fields", "our classifier flags the listings"), since a
 *   noun phrase never runs straight into an article;
 * - a hyphenated word between a verb and a noun modifies the noun ("we score stock-out risk"), and a
 *   plural closing an object a modifier opens is its head ("flag high-value claims for review",
 *   "using historical trips together with …");
 * - an adjective followed by a verb in -s opens its clause as the subject ("Legal reviews …");
 * - after a singular article a base-form "verb" is the phrase's head ("a nightly Spark job on EMR"), and
 *   after "per" or "no" a word is a noun ("a score per account", "no training on our side");
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
  // "Any externally hosted model": an adverb that is itself inside the noun phrase looks through to what opens it.
  const opener = tokens[i - 1]?.pos === 'ADV' && /ly$/.test(tokens[i - 1]!.lower) && tokens[i - 2]?.pos === 'DET' ? tokens[i - 2] : tokens[i - 1];
  // Notes drop the subject: "Pulled skills from Workday", "Used GPT-4 via the Azure instance". Opening the
  // sentence, a participle whose noun phrase runs into a preposition is the verb; "Flagged claims go to
  // review" keeps it as a modifier, its noun phrase running into the verb.
  if (i === 0 && droppedSubject(tokens)) return false;
  return (
    t.pos === 'VERB' && /(?:ed|en|ing)$/.test(t.lower) && !!next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ') &&
    (!opener || BEFORE_MODIFIER.has(opener.pos) || (opener.pos === 'PRON' && /^(?:our|their|my|its|your)$/.test(opener.lower)))
  );
}

/** Whether the clause has a finite verb: an auxiliary, or a verb that is not a participle describing a noun. */
const IN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'CCONJ']);

function droppedSubject(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (!first || !/ed$/.test(first.lower)) return false;
  let j = 1;
  while (j < tokens.length && IN_PHRASE.has(tokens[j]!.pos)) j++;
  return j > 1 && tokens[j]?.pos === 'ADP';
}

export function hasPredicate(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.pos === 'AUX' || (t.pos === 'VERB' && !isModifierParticiple(tokens, i)));
}

export function repairObjects(tokens: Token[]): Token[] {
  return tokens.map((t, i) =>
    (t.pos === 'NOUN' || t.pos === 'PROPN') && OBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '') && !/^[A-Z]/.test(t.text) ? asVerb(t) : t,
  );
}

const RELATIVE = new Set(['that', 'which', 'who']);
/** Particles of phrasal verbs ("bring in", "pull out"), which the tagger sometimes takes for nouns. */
const PARTICLES = new Set(['in', 'out', 'up', 'off', 'down', 'back', 'over', 'on', 'together']);

export function repairRelativeVerbs(tokens: Token[]): Token[] {
  const out = [...tokens];
  for (let i = 2; i < out.length - 1; i++) {
    const [antecedent, pronoun, t, next] = [out[i - 2]!, out[i - 1]!, out[i]!, out[i + 1]!];
    const opensRelative = RELATIVE.has(pronoun.lower) && (antecedent.pos === 'NOUN' || antecedent.pos === 'PROPN');
    if (!opensRelative || t.pos !== 'NOUN' || !/^[a-z]/.test(t.text)) continue;
    if (PARTICLES.has(next.lower)) {
      out[i] = asVerb(t);
      out[i + 1] = { ...next, pos: 'ADP' };
    } else if (AFTER_VERB.has(next.pos) && next.pos !== 'VERB') out[i] = asVerb(t);
  }
  return out;
}

/**
 * "…sales transactions, tax assessments and public records": in a list of nouns, a verb form
 * followed by a plural noun is that noun's modifier. It is a list when the item before is a bare
 * noun compound (verb phrases in a row carry an article or a single object: "load the orders,
 * score customers"), and the list goes on with nouns or ends ("…, score users nightly and publish"
 * goes on with an adverb and a verb). After "and" it takes a comma earlier, a list of three.
 */
function continuesNounList(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const joiner = tokens[i - 1];
  if (!joiner || !(joiner.lower === ',' || joiner.pos === 'CCONJ') || next?.pos !== 'NOUN' || next.lemma === next.lower) return false;
  let k = i - 2;
  while (k >= 0 && tokens[k]!.pos === 'NOUN') k--;
  const compound = i - 2 - k >= 2 || tokens[k]?.lower === ':';
  if (!compound || tokens[k]?.pos === 'DET') return false;
  if (joiner.pos === 'CCONJ' && !tokens.slice(0, k + 1).some((t) => t.lower === ',')) return false;
  const after = tokens[i + 2];
  return !after || after.pos === 'PUNCT' || (after.pos === 'CCONJ' && ['NOUN', 'ADJ'].includes(tokens[i + 3]?.pos ?? ''));
}

/** "…customer accounts, repair notes": a plural after a noun, closing a list item, is the item's head. */
function closesNounItem(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 2];
  return /[^s]s$/.test(t.lower) && tokens[i - 1]?.pos === 'NOUN' && (tokens[i + 1]?.lower === ',' || tokens[i + 1]?.pos === 'CCONJ') &&
    !!before && before.pos !== 'DET' && !(before.pos === 'PRON');
}

export function repairThirdPerson(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    // "…and then GPT-4 extracts the fields", "a job on EMR computes item-item similarities": an object opens after it.
    const next = tokens[i + 1];
    if (t.pos !== 'NOUN' || !/^[a-z]+[^s]s$/.test(t.text) || !next || (next.pos !== 'DET' && !/^[a-z]+-[a-z]+/.test(next.text))) return t;
    const subject = tokens[i - 1];
    const named = subject?.pos === 'PROPN' || (subject?.pos === 'NOUN' && (tokens[i - 2]?.pos === 'DET' || tokens[i - 2]?.pos === 'PRON'));
    return named ? asVerb(t) : t;
  });
}

/** Prepositions the tagger sometimes takes for particles or verbs. */
const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'with', 'of', 'from', 'to', 'by', 'above', 'below', 'over', 'under']);

const TIME_UNIT = /^(?:second|minute|hour|day|night|morning|evening|week|weekend|month|quarter|year)$/;

export function repairNounPhraseHeads(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    if (t.pos !== 'VERB' || /(?:ed|ing)$/.test(t.lower)) return t;
    if (tokens[i + 1]?.pos === 'AUX' && (tokens[i - 1]?.pos === 'NOUN' || tokens[i - 1]?.pos === 'ADJ')) return { ...t, pos: 'NOUN' as const };
    // A number or article opens a noun phrase: "two interns label…" has its verb after the noun.
    const next = tokens[i + 1];
    if ((tokens[i - 1]?.pos === 'NUM' || tokens[i - 1]?.pos === 'DET') && (next?.pos === 'VERB' || next?.pos === 'AUX')) return { ...t, pos: 'NOUN' as const };
    let k = i - 1;
    // A product's name inside the phrase is one of its words: "from Workday profiles", "the Salesforce accounts".
    while (k >= 0 && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'PROPN')) k--;
    const article = tokens[k];
    const before = tokens[k - 1];
    // "The reconstruction error above a threshold raises…", "trained … per turbine model type in": after an
    // article or a preposition and a singular noun a present-tense verb would take an -s, so a bare form
    // before a preposition is the phrase's head when the sentence has its verb elsewhere
    // ("Models for each store run on Vertex" has none, and keeps it).
    const singular = tokens[i - 1]?.pos === 'NOUN' && !tokens[i - 1]!.lower.endsWith('s');
    const beforePreposition = next?.pos === 'ADP' || PREPOSITIONS.has(next?.lower ?? '');
    const verbElsewhere = tokens.some((u, j) => j !== i && u.pos === 'VERB' && tokens[j - 1]?.lower !== 'to');
    if (t.lower === t.lemma && !t.lower.endsWith('s') && singular && (article?.pos === 'DET' || article?.pos === 'ADP') && beforePreposition && verbElsewhere) return { ...t, pos: 'NOUN' as const };
    // An article right after it opens its own object ("above a threshold raises an alarm"): then it is the verb;
    // "every day" after it is a time, no object ("for the flagship stores every day").
    const timeAfter = /^(?:a|an|each|every|per)$/.test(next?.lower ?? '') && TIME_UNIT.test(tokens[i + 2]?.lower ?? '');
    const opensObject = k < i - 1 && article?.pos === 'DET' && (before?.pos === 'VERB' || before?.pos === 'ADP') && (next?.pos !== 'DET' || timeAfter);
    // "thousands of photo uploads per day": after a preposition and a noun, with no object of its own
    // and a verb earlier in the sentence, a plural is the phrase's head, not a second verb.
    const ends = !next || next.pos === 'ADP' || next.pos === 'PUNCT' || timeAfter;
    const ofNoun = k < i - 1 && article?.pos === 'ADP' && ends && tokens.slice(0, k).some((u) => u.pos === 'VERB');
    return opensObject || ofNoun ? { ...t, pos: 'NOUN' as const } : t;
  });
}

/**
 * A hyphenated word between a verb and a noun modifies the noun: "we score stock-out risk", "serve
 * real-time scores"; so does one before a noun that the tagger could not place ("a win-prob model"). The verb slot is taken, so it is no second verb ("we fine-tune models" keeps its verb).
 */
export function repairHyphenModifiers(tokens: Token[]): Token[] {
  const out = [...tokens];
  for (let i = 1; i < out.length - 1; i++) {
    const [t, next] = [out[i]!, out[i + 1]!];
    // "a win-prob model": a hyphenated word the tagger could not place, before a noun, is its modifier.
    if (t.pos === 'X' && /\w-\w/.test(t.text) && next.pos === 'NOUN') out[i] = { ...t, pos: 'ADJ', lemma: t.lower };
    const hyphenated = t.text.includes('-') && (t.pos === 'VERB' || t.pos === 'NOUN');
    if (out[i - 1]!.pos !== 'VERB' || (!hyphenated && t.pos !== 'ADJ')) continue;
    // "flag high-value claims for review", "using historical trips together with …": the plural closing the object is its head, not a second verb.
    const after = out[i + 2];
    const pluralHead = next.pos === 'VERB' && /[^s]s$/.test(next.lower) && (!after || CLOSES_OBJECT.has(after.pos));
    if (next.pos !== 'NOUN' && !pluralHead) continue;
    if (hyphenated) out[i] = { ...t, pos: 'ADJ', lemma: t.lower };
    if (pluralHead) out[i + 1] = { ...next, pos: 'NOUN', lemma: next.lower.replace(/s$/, '') };
  }
  return out;
}

/**
 * A clause opened by an adjective and then a verb in -s has that word as its subject, a noun: "Legal
 * reviews anything the model is unsure about", "Compliance checks each case". An adjective alone is no subject.
 */
export function repairBareSubject(tokens: Token[]): Token[] {
  const [first, second, third] = tokens;
  if (!first || !second || first.pos !== 'ADJ' || !/[^s]s$/.test(second.lower)) return tokens;
  // "Legal reviews every renewal": after an adjective that names a department, a plural "noun" right
  // before an article or pronoun is the verb ("New claims the model flags…" keeps its noun).
  const department = DEPARTMENTS.has(first.lower) && second.pos === 'NOUN' && !!third && (third.pos === 'DET' || third.pos === 'PRON' || third.pos === 'NUM');
  const verb = second.pos === 'VERB' || department;
  return verb ? [{ ...first, pos: 'NOUN' }, second.pos === 'VERB' ? second : asVerb(second), ...tokens.slice(2)] : tokens;
}

/** Adjectives a team is called by ("Legal", "Editorial"): as a clause's first word, a subject. */
const DEPARTMENTS = new Set(['legal', 'editorial', 'clinical', 'medical', 'technical', 'creative', 'commercial', 'regulatory', 'financial']);

/** What may follow an object's head: a preposition, punctuation, a conjunction or a word of manner ("together with"). */
const CLOSES_OBJECT = new Set(['ADP', 'PUNCT', 'CCONJ', 'ADV', 'ADJ']);

/**
 * "a nightly Spark job on EMR": after a singular article and the words of its phrase, a verb in its
 * base form cannot be the predicate ("a job runs", never "a job run"), so it is the phrase's head noun.
 */
export function repairSingularHeads(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    // "a score per account", "no training on our side": "per" takes a noun, and a gerund after "no" is one.
    if (t.pos === 'VERB' && (tokens[i - 1]?.lower === 'per' || (tokens[i - 1]?.lower === 'no' && /ing$/.test(t.lower)))) return { ...t, pos: 'NOUN' as const };
    if (t.pos !== 'VERB' || /(?:s|ed|ing)$/.test(t.lower) || i < 2) return t;
    let k = i - 1;
    // A hyphenated word the tagger could not place ("a win-prob model") modifies the head like an adjective.
    while (k >= 0 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'NOUN' || (tokens[k]!.pos === 'X' && /\w-\w/.test(tokens[k]!.text)))) k--;
    return k < i - 1 && k >= 0 && /^(?:a|an|each|every)$/.test(tokens[k]!.lower) ? { ...t, pos: 'NOUN' as const } : t;
  });
}

/** Lists of nouns, left to right: each repaired item lets the next one be read as a list item too. */
export function repairNounLists(tokens: Token[]): Token[] {
  const out = [...tokens];
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (t.pos !== 'VERB' || /(?:ed|ing)$/.test(t.lower)) continue;
    if (closesNounItem(out, i)) out[i] = { ...t, pos: 'NOUN' };
    else if (continuesNounList(out, i)) out[i] = { ...t, pos: 'NOUN', lemma: t.lower };
  }
  return out;
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
