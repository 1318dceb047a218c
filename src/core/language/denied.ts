/**
 * Whether the words at a span of a text are denied by their sentence, as English denies a thing:
 * inside a negation's scope ("we cannot use X"), as the subject of a negated predicate ("X is not
 * available", "X isn't supported", "X is unavailable"), or after a word that excludes it ("without
 * X", "rather than X", "instead of X", "no X"), or turned down by its sentence ("we considered X and
 * rejected it", "X was ruled out"). A negation in a later part of the sentence, past a
 * comma, is about something else ("we use X, so one bad file does not stop the batch").
 *
 * Reads only the sentence around the span (a bounded window), so callers stay linear.
 */
import { isNegator, parseText } from './parse';
import type { Token } from './types';

const NEGATIVE_STATE = /^(?:un(?:supported|available|usable)|impossible|unsupportable|disabled|forbidden|excluded)$/;
const TRIED_BEFORE = /\b(?:tried|trialled|trialed|piloted)\s+(?:out\s+)?(?:the\s+|a\s+|an\s+)?$/i;
const IN_THE_PAST = /\b(?:ago|previously|in the past|last (?:year|time)|back in|before|left|gave up|abandoned|dropped|didn['’]t (?:stick|work)|did not (?:stick|work)|scar tissue)\b/i;
/** An excluding word or a wary stance, then at most a gerund and an article: "without a X", "rather than scoring X", "nervous about X". */
const EXCLUDING_BEFORE = /\b(?:without|rather\s+than|instead\s+of|no|not|never|nor|except|avoid(?:s|ing)?|drop(?:s|ping)?|(?:nervous|wary|worried|sceptical|skeptical|hesitant|uneasy|scared|afraid|tired)\s+(?:about|of)|not\s+keen\s+on|allergic\s+to|gave\s+up\s+on|got\s+rid\s+of|moved\s+(?:away\s+)?(?:off|from)|used\s+to\s+(?:use|run|have)|(?:hates?|dislikes?|loathes?|can'?t\s+stand)(?:\s+using)?)\s+(?:[a-z]+ing\s+)?(?:the\s+|a\s+|an\s+|any\s+|each\s+|every\s+)?(?:[`*_]+)?$/i;
/** Verbs that turn a design down wherever they stand in its sentence ("we considered X and rejected it"). */
const REJECTING = new Set(['reject', 'discard', 'abandon', 'dismiss', 'decline']);
const REJECTING_PHRASE = /\b(?:rul(?:e|es|ed|ing)\s+(?:[a-z]+\s+)?out|decided\s+against|turned\s+down|argued\s+against)\b/i;
const WINDOW = 400;

export function isDenied(text: string, start: number, end: number): boolean {
  const from = sentenceStart(text, start);
  const to = sentenceEnd(text, end);
  if (EXCLUDING_BEFORE.test(text.slice(Math.max(from, start - 40), start))) return true;
  const sentence = text.slice(from, to);
  // "We tried Airflow a couple of years ago, the person who set it up left": tried once, and not kept.
  if (TRIED_BEFORE.test(text.slice(Math.max(from, start - 30), start)) && IN_THE_PAST.test(sentence)) return true;
  if (REJECTING_PHRASE.test(sentence)) return true;
  const tokens = parseText(sentence).flatMap((s) => s.tokens);
  if (tokens.some((t) => REJECTING.has(t.lemma) && !t.negated)) return true;
  const inSpan = (t: Token) => t.start + from < end && t.end + from > start;
  if (tokens.some((t) => inSpan(t) && t.negated)) return true;
  // The span as subject of a negated predicate: its verb group ("is not", "isn't", "cannot be", "is unavailable").
  const after = tokens.filter((t) => t.start + from >= end).slice(0, 5);
  for (const t of after) {
    if (isNegator(t.lower) || NEGATIVE_STATE.test(t.lower)) return true;
    if (!VERB_GROUP.has(t.pos) || /^[,;:.!?]$/.test(t.text)) return false;
  }
  return false;
}

/** What stands between a subject and its negation: auxiliaries, adverbs, particles, a closing backtick. */
const VERB_GROUP = new Set(['AUX', 'ADV', 'PART', 'PUNCT', 'X']);

/** A sentence ends at a stop before white space, or at a blank line; a single line break is wrapping. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === '\n') return text[i + 1] === '\n';
  return /[.!?]/.test(c) && (i + 1 >= text.length || /\s/.test(text[i + 1]!));
}

function sentenceStart(text: string, at: number): number {
  const floor = Math.max(0, at - WINDOW);
  for (let i = at - 1; i >= floor; i--) if (endsSentence(text, i)) return i + 1;
  return floor;
}

function sentenceEnd(text: string, at: number): number {
  const ceiling = Math.min(text.length, at + WINDOW);
  for (let i = at; i < ceiling; i++) if (endsSentence(text, i)) return i + 1;
  return ceiling;
}
