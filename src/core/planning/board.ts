/**
 * The board's own cards, beside the reader's components: the clauses the reader could not place
 * (each with a stable id, so an answer can place or dismiss it and still mean it after a replay),
 * and what the user placed, added and renamed, turned into components like the reader's.
 */
import type { Reading } from '../reading/reading';
import { capitalize } from '../words';
import type { BoardEdits, Bucket, ClassifiedComponent, UnplacedCard } from './proposals';

/** FNV-1a over the clause: the same words give the same id on every replay, on every machine. */
function clauseId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `clause-${(h >>> 0).toString(16).padStart(8, '0')}`;
}

/** The reading's unplaced clauses as cards; a clause said twice is one card. */
export function unplacedCards(reading: Reading): UnplacedCard[] {
  const seen = new Set<string>();
  return reading.unplaced.flatMap((u) => {
    const id = clauseId(u.text);
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ id, text: u.text, reason: u.reason }];
  });
}

const EDGE_WORDS = /^(?:and|or|but|so|then|also|a|an|the|of|to|for|with|in|on|at|by|from|that|which|is|are|was|were)$/i;
/** Short words are a name already (what the user types in to add); a long clause gives its first words. */
const WHOLE_WORDS = 8;
const NAME_WORDS = 6;

/** A card's name until the user gives one: the words, or a long clause's first ones, without connectives at either end. */
export function nameFromText(text: string): string {
  const words = text.replace(/[\s"'`“”‘’()[\]]+/g, ' ').trim().split(' ').filter(Boolean);
  while (words.length > 1 && EDGE_WORDS.test(words[0]!)) words.shift();
  const kept = words.length <= WHOLE_WORDS ? words : words.slice(0, NAME_WORDS);
  while (kept.length > 1 && EDGE_WORDS.test(kept[kept.length - 1]!.replace(/[.,;:!?]+$/, ''))) kept.pop();
  const name = kept.join(' ').replace(/[.,;:!?]+$/, '').slice(0, 60).trim();
  return capitalize(name || 'Component');
}

/** Why a card the user put in a bucket sits there: the user's choice, and what follows from it. */
const USER_REASONS: Record<Bucket, string> = {
  pipeline: 'You put this in a pipeline: it becomes batch work of its own that you can rerun and compare across runs.',
  deployed: 'You put this behind a deployed pipeline: it is served over HTTP with pipeline.deploy() and redeployed when a new version reaches production.',
  'not-a-pipeline': 'You put this outside the pipelines: it runs next to them, not as one of their steps.',
  defer: 'You put this off on the board: it stays under Deferred so it is not forgotten, and nothing is built for it in the first version.',
};

function own(id: string, text: string, bucket: Bucket, edits: BoardEdits): ClassifiedComponent {
  const name = Object.hasOwn(edits.names, id) ? edits.names[id]!.trim() : nameFromText(text);
  return { id, name, text, bucket, recommended: bucket, reason: USER_REASONS[bucket] };
}

/**
 * The reader's components renamed as the user named them, then the placed clauses and the added
 * components in the buckets the user chose. The new ones carry no `alternative`: nobody suggested
 * what runs them, and the document says so.
 */
export function withBoardEdits(components: readonly ClassifiedComponent[], reading: Reading, edits: BoardEdits): ClassifiedComponent[] {
  const renamed = components.map((c) => (Object.hasOwn(edits.names, c.id) ? { ...c, name: edits.names[c.id]!.trim() } : c));
  const placed = unplacedCards(reading).flatMap((u) => (Object.hasOwn(edits.placed, u.id) ? [own(u.id, u.text, edits.placed[u.id]!, edits)] : []));
  const added = edits.added.map((a) => own(a.id, a.text.trim(), a.bucket, edits));
  return [...renamed, ...placed, ...added];
}

/**
 * What is wrong with the board's edits for this board, said for the user, or null: ids the board
 * does not show, a clause both placed and dismissed, an id used twice.
 */
export function boardEditsProblem(edits: BoardEdits, componentIds: readonly string[], unplaced: readonly UnplacedCard[]): string | null {
  const clauses = new Set(unplaced.map((u) => u.id));
  const addedIds = edits.added.map((a) => a.id);
  const known = new Set([...componentIds, ...clauses, ...addedIds]);
  const strange = [...Object.keys(edits.placed), ...edits.dismissed, ...(edits.shown ?? [])].find((id) => !clauses.has(id));
  if (strange) return `The board has no unplaced clause "${strange}".`;
  const twice = edits.dismissed.find((id) => Object.hasOwn(edits.placed, id));
  if (twice) return `A clause cannot be both placed and dismissed ("${twice}").`;
  const duplicate = addedIds.find((id, i) => addedIds.indexOf(id) !== i || componentIds.includes(id));
  if (duplicate) return `Two cards have the id "${duplicate}".`;
  const unnamed = Object.keys(edits.names).find((id) => !known.has(id));
  if (unnamed) return `The board has no card "${unnamed}" to rename.`;
  return null;
}

/** The edits that still fit this board (replaying after an earlier answer changed its clauses). */
export function fitBoardEdits(edits: BoardEdits, componentIds: readonly string[], unplaced: readonly UnplacedCard[]): BoardEdits {
  const clauses = new Set(unplaced.map((u) => u.id));
  const added = edits.added.filter((a, i) => !componentIds.includes(a.id) && edits.added.findIndex((b) => b.id === a.id) === i);
  const known = new Set([...componentIds, ...clauses, ...added.map((a) => a.id)]);
  const placed = Object.fromEntries(Object.entries(edits.placed).filter(([id]) => clauses.has(id)));
  return {
    names: Object.fromEntries(Object.entries(edits.names).filter(([id]) => known.has(id))),
    placed,
    dismissed: edits.dismissed.filter((id) => clauses.has(id) && !Object.hasOwn(placed, id)),
    added,
    shown: edits.shown && edits.shown.filter((id) => clauses.has(id)),
  };
}

/** A clause the board did not show when it was answered (the description changed since): the user places it. */
export function hasUnseenClauses(edits: BoardEdits, unplaced: readonly UnplacedCard[]): boolean {
  const { shown } = edits;
  return shown !== null && unplaced.some((u) => !shown.includes(u.id));
}
