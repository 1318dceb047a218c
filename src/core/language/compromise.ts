/**
 * The one place that calls the NLP library: compromise, a rule-and-lexicon English tagger
 * (sentences, part-of-speech tags, root forms, offsets). Chosen over wink-nlp on measured
 * accuracy on this domain's prose and on size (docs/notes/language.md, `npm run bench nlp`).
 * Its tags are mapped here onto the Universal Dependencies tags the rest of the layer uses.
 */
import type Compromise from 'compromise';
import type { Pos } from './types';

type Nlp = typeof Compromise;
let loaded: Nlp | null = null;
/** The CommonJS loader the bundles run under (the core is type-checked without Node's types too). */
declare const require: (id: 'compromise') => unknown;

/**
 * compromise builds its lexicon when its module loads (about 0.1-0.2 s): required on first use, so
 * activating the extension or linting a document without prose to read never pays for it.
 */
function nlp(text: string): ReturnType<Nlp> {
  loaded ??= require('compromise') as Nlp;
  return loaded(text);
}

/**
 * A tagged text without the 'chunks' step: it groups words into noun and verb chunks, sets no tag
 * and no root, nothing here reads its chunks, and it costs about a tenth of the tagger's time.
 * The step list is the library's own, restored at once so no other caller sees the change.
 */
function tagged(text: string): ReturnType<Nlp> {
  loaded ??= require('compromise') as Nlp;
  const world = loaded.world();
  const hooks = world.hooks;
  world.hooks = hooks.filter((h) => h !== 'chunks');
  try {
    return loaded(text);
  } finally {
    world.hooks = hooks;
  }
}

export interface TaggedTerm {
  text: string;
  /** Characters after the word: spaces and punctuation ("; ", ", ", "-"). */
  post: string;
  pre: string;
  tags: readonly string[];
  root: string | undefined;
  start: number;
  length: number;
}

/** A term as the tagger keeps it, once 'root' and 'offset' are computed. */
interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  root?: string;
  offset: { start: number; length: number };
}

/** Sentences of terms, with offsets into `text`: read off the tagger's own terms, not a JSON copy of the whole document. */
export function tagSentences(text: string): TaggedTerm[][] {
  const doc = tagged(text);
  doc.compute(['root', 'offset']);
  return (doc.docs as unknown as Term[][]).map((terms) =>
    terms.map((t) => ({ text: t.text, post: t.post, pre: t.pre, tags: [...t.tags], root: t.root, start: t.offset.start, length: t.offset.length })),
  );
}

/** Irregular participles the tagger has no root for ("accounts are frozen automatically"). */
const IRREGULAR: Readonly<Record<string, string>> = {
  frozen: 'freeze', broken: 'break', stolen: 'steal', woken: 'wake', forbidden: 'forbid', overridden: 'override', rewritten: 'rewrite', withdrawn: 'withdraw',
};

const INFINITIVES = new Map<string, string>();
/** Bounded: a 1 MB paste of invented words cannot grow it without limit. */
const MAX_CACHED = 5_000;

/** "tuned" → "tune": the root of a participle the tagger read as an adjective ("fine-tuned", "rejected"). */
export function infinitive(word: string): string {
  let root = IRREGULAR[word] ?? INFINITIVES.get(word);
  if (root === undefined) {
    const doc = nlp(word);
    doc.tag('PastTense');
    root = doc.verbs().toInfinitive().text().toLowerCase() || word.toLowerCase();
    if (INFINITIVES.size < MAX_CACHED) INFINITIVES.set(word, root);
  }
  return root;
}

/** The first matching tag decides: an auxiliary before a verb, a proper noun before a noun. */
const POS_BY_TAG: readonly [string, Pos][] = [
  ['Auxiliary', 'AUX'], ['Copula', 'AUX'], ['Modal', 'AUX'], ['Negative', 'PART'],
  ['Verb', 'VERB'], ['ProperNoun', 'PROPN'], ['Acronym', 'PROPN'], ['Possessive', 'PRON'], ['Pronoun', 'PRON'],
  ['Noun', 'NOUN'], ['Value', 'NUM'], ['Adjective', 'ADJ'], ['Adverb', 'ADV'], ['Determiner', 'DET'],
  ['Preposition', 'ADP'], ['Conjunction', 'CCONJ'],
];

export function posOf(tags: readonly string[]): Pos {
  for (const [tag, pos] of POS_BY_TAG) if (tags.includes(tag)) return pos;
  return 'X';
}
