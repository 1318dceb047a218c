/**
 * Text → sentences of tagged tokens, cut into clauses. Linear in the input: the tagger is a
 * single pass, and every step here walks the tokens once.
 */
import type { ItemSentence, ItsFunction } from 'wink-nlp';
import { nlp } from './wink';
import { splitClauses } from './clauses';
import { repairObjects } from './repair';
import type { Pos, Sentence, Token } from './types';

/** The language layer never looks past this many characters (the CLI refuses more than 1 MB anyway). */
export const MAX_TEXT = 1_000_000;

export function parseText(raw: string): Sentence[] {
  const text = raw.slice(0, MAX_TEXT);
  if (!/[A-Za-z0-9]/.test(text)) return [];
  const n = nlp();
  const its = n.its;
  const doc = n.readDoc(text);
  // wink's typings describe its `its` helpers loosely; each column is one value per token.
  const column = <T>(f: unknown) => doc.tokens().out(f as ItsFunction<T>) as T[];
  const located = locate(text, column<string>(its.value), column<string>(its.pos), column<string>(its.lemma), column<boolean>(its.negationFlag));
  const sentences: Sentence[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span as ItsFunction<number[]>) as number[] as [number, number];
    const tokens = repairObjects(joinHyphens(text, located.slice(first, last + 1)).filter((t) => t.text.trim() !== ''));
    if (tokens.length === 0) return;
    const start = tokens[0]!.start;
    const end = tokens[tokens.length - 1]!.end;
    const clauses = splitClauses(text, tokens);
    // The clause-level repairs (a predicate the tagger missed) hold for the sentence too.
    const repaired = new Map(clauses.flatMap((c) => c.tokens.map((t) => [t.start, t] as const)));
    sentences.push({ tokens: tokens.map((t) => repaired.get(t.start) ?? t), clauses, text: text.slice(start, end), start, end });
  });
  return sentences;
}

/** Each tagged word with its offsets, found by walking the text (the tagger keeps the characters as written). */
function locate(text: string, words: string[], pos: string[], lemmas: string[], negated: boolean[]): Token[] {
  const out: Token[] = [];
  let cursor = 0;
  words.forEach((word, i) => {
    const at = text.indexOf(word, cursor);
    // A token the tagger rewrote (rare) keeps its place in order, with no width.
    const start = at >= 0 && at - cursor < 64 ? at : cursor;
    const end = at === start ? start + word.length : start;
    cursor = end;
    out.push({ text: word, lower: word.toLowerCase(), lemma: (lemmas[i] ?? word).toLowerCase(), pos: (pos[i] ?? 'X') as Pos, negated: !!negated[i], start, end });
  });
  return out;
}

/**
 * "fine - tuned" as the tagger splits it becomes one word "fine-tuned", tagged as its last
 * part ("tuned": VERB, lemma "fine-tune"); "real-time", "gradient-boosted", "LayoutLM-based" likewise.
 */
function joinHyphens(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const prev = out[out.length - 1];
    if (prev && t.text === '-' && next && prev.end === t.start && t.end === next.start && isWord(prev) && isWord(next)) {
      out[out.length - 1] = {
        ...next,
        text: text.slice(prev.start, next.end),
        lower: text.slice(prev.start, next.end).toLowerCase(),
        lemma: `${prev.lower}-${next.lemma}`,
        negated: prev.negated || next.negated,
        start: prev.start,
      };
      i += 1;
      continue;
    }
    out.push(t);
  }
  return out;
}

function isWord(t: Token): boolean {
  return /[A-Za-z0-9]/.test(t.text);
}
