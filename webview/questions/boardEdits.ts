/**
 * The board's answer and the edits the user makes to it, as pure functions: a move, a rename, a
 * clause placed, dismissed or restored, a component added or removed. The engine checks the
 * same answer again on the host (the webview is untrusted); these only keep it tidy.
 */
import { AnswerValueSchema, type AnswerValue, type Question } from '../../src/core/interview/questions';
import { nameFromText } from '../../src/core/planning/board';
import { BOARD_LIMITS, type Bucket, type UnplacedCard } from '../../src/core/planning/proposals';

export type BoardValue = Extract<AnswerValue, { kind: 'classify' }>;
type ClassifyQ = Extract<Question, { kind: 'classify' }>;

/** What was saved by the webview; a draft from before the board had edits holds only moves. */
export function isBoardValue(v: unknown): v is BoardValue {
  if (!AnswerValueSchema.safeParse(v).success) return false;
  const value = v as Partial<BoardValue>;
  return value.kind === 'classify' && !!value.names && !!value.placed && !!value.dismissed && !!value.added && value.shown !== undefined;
}

/** The question's own answer: the recommendation, with the edits already confirmed when going back. */
export function originalValue(q: ClassifyQ): BoardValue {
  return { kind: 'classify', buckets: Object.fromEntries(q.components.map((c) => [c.id, c.bucket])), ...q.board };
}

/** One card of the board, whoever made it. */
export interface BoardCard {
  id: string;
  name: string;
  text: string;
  bucket: Bucket;
  origin: 'reader' | 'placed' | 'added';
}

export function cardsOf(q: ClassifyQ, v: BoardValue): BoardCard[] {
  const name = (id: string, fallback: string) => (Object.hasOwn(v.names, id) ? v.names[id]! : fallback);
  return [
    ...q.components.map((c) => ({ id: c.id, name: name(c.id, c.name), text: c.text, bucket: v.buckets[c.id] ?? c.bucket, origin: 'reader' as const })),
    ...q.unplaced.filter((u) => Object.hasOwn(v.placed, u.id)).map((u) => ({ id: u.id, name: name(u.id, nameFromText(u.text)), text: u.text, bucket: v.placed[u.id]!, origin: 'placed' as const })),
    ...v.added.map((a) => ({ id: a.id, name: name(a.id, nameFromText(a.text)), text: a.text, bucket: a.bucket, origin: 'added' as const })),
  ];
}

/** Clauses still waiting on the user: neither placed nor dismissed. */
export const openClauses = (q: ClassifyQ, v: BoardValue): UnplacedCard[] => q.unplaced.filter((u) => !Object.hasOwn(v.placed, u.id) && !v.dismissed.includes(u.id));
export const dismissedClauses = (q: ClassifyQ, v: BoardValue): UnplacedCard[] => q.unplaced.filter((u) => v.dismissed.includes(u.id));

export function move(v: BoardValue, card: BoardCard, to: Bucket): BoardValue {
  if (card.origin === 'reader') return { ...v, buckets: { ...v.buckets, [card.id]: to } };
  if (card.origin === 'placed') return { ...v, placed: { ...v.placed, [card.id]: to } };
  return { ...v, added: v.added.map((a) => (a.id === card.id ? { ...a, bucket: to } : a)) };
}

/** A blank name keeps the old one; the name the card would have anyway is no edit. */
export function rename(v: BoardValue, id: string, name: string, fallback: string): BoardValue {
  const trimmed = name.trim().slice(0, BOARD_LIMITS.name);
  if (!trimmed) return v;
  const { [id]: _old, ...names } = v.names;
  return { ...v, names: trimmed === fallback ? names : { ...names, [id]: trimmed } };
}

export const place = (v: BoardValue, id: string, to: Bucket): BoardValue => ({ ...v, placed: { ...v.placed, [id]: to }, dismissed: v.dismissed.filter((d) => d !== id) });

export function unplace(v: BoardValue, id: string): BoardValue {
  const { [id]: _old, ...placed } = v.placed;
  return { ...v, placed };
}

export const dismiss = (v: BoardValue, id: string): BoardValue => ({ ...unplace(v, id), dismissed: [...v.dismissed.filter((d) => d !== id), id] });
export const restore = (v: BoardValue, id: string): BoardValue => ({ ...v, dismissed: v.dismissed.filter((d) => d !== id) });

/** The new card's id: one past the highest, so ids stay unique however many were removed. */
export function add(v: BoardValue, text: string, bucket: Bucket): { value: BoardValue; id: string } {
  const n = Math.max(0, ...v.added.map((a) => Number(a.id.slice('added-'.length)))) + 1;
  const id = `added-${n}`;
  return { value: { ...v, added: [...v.added, { id, text: text.trim().slice(0, BOARD_LIMITS.text), bucket }] }, id };
}

export function remove(v: BoardValue, id: string): BoardValue {
  const { [id]: _name, ...names } = v.names;
  return { ...v, names, added: v.added.filter((a) => a.id !== id) };
}
