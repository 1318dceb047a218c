/**
 * Sentences → clauses: the unit a reader turns into one piece of meaning. English marks a new
 * clause with strong punctuation (";", ":", a spaced dash), with a subordinator ("because",
 * "while", "which"), or with a comma or coordinator that is followed by a new predicate: a
 * subject and its verb ("…, and we retrain weekly") or a verb that shares the subject
 * ("we extract fields, flag fraud and serve scores"). A comma inside a list of nouns is not one, and
 * nothing inside brackets is.
 */
import { repairPredicate } from './repair';
import type { Clause, Token } from './types';

const STRONG = new Set([';', ':', '—', '–']);
/** Always open a clause. */
const SUBORDINATORS = new Set(['because', 'whereas', 'although', 'though', 'unless']);
/** Open a clause when a subject and verb follow ("before it moves on"), not as prepositions ("before launch"). */
const CONDITIONAL_SUBORDINATORS = new Set(['while', 'since', 'so', 'before', 'after', 'until', 'when', 'whenever', 'if', 'once', 'that', 'who', 'where']);
const COORDINATORS = new Set(['and', 'or', 'but', 'then', 'plus', 'also']);
const SUBJECTS = new Set(['PRON', 'PROPN', 'NOUN', 'DET']);

export function splitClauses(text: string, tokens: readonly Token[]): Clause[] {
  const starts: number[] = [0];
  // "the forecasts that purchasing and delivery planning pick up": a relative clause's subject may be
  // coordinated, so no "and" splits it before its verb comes.
  let relativeOpen = false;
  // "a severity model (LightGBM, predicts the bucket) trained on six years of claims": an aside in
  // brackets is part of its clause, so nothing inside it opens a new one.
  // An opening bracket never closed ("(a few notes, we retrain weekly") is no aside.
  const closes = (i: number) => tokens.slice(i + 1).some((u) => u.text === ')');
  let aside = tokens[0]?.text === '(' && closes(0) ? 1 : 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '(' && closes(i)) aside++;
    else if (t.text === ')') aside = Math.max(0, aside - 1);
    if (aside > 0) continue;
    if (isVerb(t) && !(relativeOpen && t.lower.endsWith('ing') && tokens[i - 1]!.pos !== 'AUX')) relativeOpen = false;
    if (/^(?:that|which|who)$/.test(t.lower) && /^(?:NOUN|PROPN)$/.test(tokens[i - 1]!.pos)) relativeOpen = true;
    if (STRONG.has(t.text) || (t.text === '-' && /\s-\s/.test(text.slice(t.start - 1, t.end + 1)))) starts.push(i + 1);
    else if (SUBORDINATORS.has(t.lower) || (CONDITIONAL_SUBORDINATORS.has(t.lower) && predicateFollows(tokens, i + 1))) starts.push(i);
    else if (t.lower === 'but' && tokens.slice(i + 1).some(isVerb)) starts.push(i);
    else if (t.lower === 'which' && tokens[i - 1]?.text === ',') starts.push(i);
    // "are then remediated" is one verb group: nothing opens between an auxiliary and its verb.
    else if ((t.text === ',' || (t.pos === 'CCONJ' && COORDINATORS.has(t.lower)) || t.lower === 'then') && !relativeOpen && tokens[i - 1]!.pos !== 'AUX' && predicateFollows(tokens, i + 1)) {
      starts.push(t.text === ',' ? i + 1 : i);
    }
  }
  const clauses: Clause[] = [];
  for (let k = 0; k < starts.length; k++) {
    const piece = repairPredicate(trimPunctuation(tokens.slice(starts[k]!, starts[k + 1] ?? tokens.length)));
    if (piece.length > 0) clauses.push(clauseOf(text, piece));
  }
  return attachFragments(text, tokens, clauses);
}

/**
 * Whether a new predicate starts at `i`: a verb right away (after an optional "then"/"also"),
 * or a short subject (a pronoun, or up to three words of a noun phrase) and then a verb.
 */
function predicateFollows(tokens: readonly Token[], i: number): boolean {
  let j = i;
  while (tokens[j] && (tokens[j]!.pos === 'CCONJ' || tokens[j]!.pos === 'ADV' || tokens[j]!.lower === 'then')) j++;
  const first = tokens[j];
  if (!first) return false;
  // A verb sharing the subject takes an object or complement; one followed only by nouns to the
  // end ("…, maintenance logs and weather data") is a noun the tagger read as a verb.
  if (isVerb(first) && !first.lower.endsWith('ing')) return !onlyNounsAfter(tokens, j + 1);
  if (!SUBJECTS.has(first.pos)) return false;
  for (let k = j + 1; k <= j + 4 && tokens[k]; k++) {
    const t = tokens[k]!;
    // After a noun subject a verb takes an object or a complement; one that ends the run ("…,
    // maintenance logs and weather data") is a plural noun in a list.
    if (isVerb(t)) return first.pos === 'PRON' || !!tokens[k + 1] && tokens[k + 1]!.pos !== 'CCONJ' && tokens[k + 1]!.pos !== 'PUNCT';
    if (t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'CCONJ') return false;
  }
  return false;
}

function onlyNounsAfter(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (tokens[k] && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN')) k++;
  return k > i && (!tokens[k] || tokens[k]!.pos === 'PUNCT');
}

function isVerb(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

function trimPunctuation(tokens: Token[]): Token[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && tokens[a]!.pos === 'PUNCT' && tokens[a]!.text !== '(') a++;
  while (b > a && tokens[b - 1]!.pos === 'PUNCT' && tokens[b - 1]!.text !== ')') b--;
  return tokens.slice(a, b);
}

function clauseOf(text: string, tokens: Token[]): Clause {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  return { tokens, text: text.slice(start, end), start, end };
}

/** A verbless fragment ("Later", "In short") belongs to the clause after it, or before it at the end. */
function attachFragments(text: string, tokens: readonly Token[], clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  let pending: Token[] = [];
  // The mark that split a fragment off stays between it and what it joins, so no noun phrase runs
  // across it ("in-house experimentation platform; new rankers" is two).
  const joined = (a: Token[], b: Token[]) => [...a, ...tokens.filter((t) => t.start >= a.at(-1)!.end && t.end <= b[0]!.start), ...b];
  for (const c of clauses) {
    const opensClause = SUBORDINATORS.has(c.tokens[0]!.lower) || CONDITIONAL_SUBORDINATORS.has(c.tokens[0]!.lower);
    // "Latency: the model must…": a label before a colon heads what follows, it is no word of it.
    const label = /^\s*:/.test(text.slice(c.end));
    if (!c.tokens.some(isVerb) && !opensClause && !label && c.tokens.length <= 3 && clauses.length > 1) {
      pending.push(...c.tokens);
      continue;
    }
    out.push(pending.length ? clauseOf(text, joined(pending, c.tokens)) : c);
    pending = [];
  }
  if (pending.length) {
    const last = out.pop();
    out.push(clauseOf(text, last ? joined(last.tokens, pending) : pending));
  }
  return out;
}
