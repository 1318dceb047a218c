/**
 * A simple scope skips the board (nothing to move), but not when the reader left clauses unplaced:
 * the board is where the user sees them, so skipping it would drop their words silently. What the
 * user does with such a clause stays in the answer log through going back, a changed picture and a reload.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as E from '../../../src/core/interview/engine';
import type { Question } from '../../../src/core/interview/questions';
import { ok, runInterview } from './engineHelpers';

type Board = Extract<Question, { kind: 'classify' }>;

/** A bakery asking for one simple pipeline (read as simple: nothing to move on the board). */
const BAKERY = "We just want one simple pipeline: every Sunday we pull last week's orders from BigQuery and retrain a small demand model for our bakery.";
/** The same, with work the reader cannot place. */
const LABELS = 'Every loaf that leaves the oven gets a freshness label stamped for the shelf.';
const WITH_LABELS = `${BAKERY} ${LABELS}`;

function boardOf(description: string): Board | undefined {
  return runInterview(description).asked.find((q): q is Board => q.kind === 'classify');
}

test('a simple scope with a clause the reader could not place shows the board with that clause', () => {
  const board = boardOf(WITH_LABELS);
  assert.ok(board, 'the board is asked');
  assert.deepEqual(board.unplaced.map((u) => u.text), [LABELS.replace(/\.$/, '')]);
  assert.ok(board.components.every((c) => c.bucket === 'pipeline'), 'nothing else to move: the clause alone brings the board');
});

test('a simple scope with nothing unplaced still skips the board', () => {
  assert.equal(boardOf(BAKERY), undefined);
});

test('what the user did with the clause is kept through going back, the same picture again and a reload', () => {
  const { state: atBoard } = runInterview(WITH_LABELS, {}, 'classify');
  const board = E.nextQuestion(atBoard) as Board;
  const label = board.unplaced[0]!.id;
  const buckets = Object.fromEntries(board.components.map((c) => [c.id, c.bucket]));
  const placed = ok(E.answer(atBoard, 'classify', { kind: 'classify', buckets, placed: { [label]: 'not-a-pipeline' }, names: { [label]: 'Freshness labels' } }));
  const finished = finishFrom(placed);
  assert.ok(E.architecture(finished).notAPipeline.some((n) => n.name === 'Freshness labels'), 'placed outside the pipelines, under its new name');
  assert.match(E.render(finished), /Freshness labels/);

  const back = E.nextQuestion(ok(E.revisit(finished, 'classify'))) as Board;
  assert.deepEqual(back.board.placed, { [label]: 'not-a-pipeline' }, 'going back shows the board as answered');

  const again = ok(E.answer(finished, 'picture', { kind: 'text', text: WITH_LABELS }));
  assert.notEqual(E.nextQuestion(again)?.id, 'classify', 'the same words: the board answer stands');
  assert.ok(E.architecture(again).notAPipeline.some((n) => n.name === 'Freshness labels'));

  const reloaded = E.loadState(JSON.parse(E.serialize(finished)));
  assert.ok(reloaded.ok);
  assert.deepEqual(E.architecture(reloaded.state), E.architecture(finished), 'a reload replays to the same architecture');
});

test('a dismissed clause stays dismissed and leaves nothing in the document', () => {
  const { state: atBoard } = runInterview(WITH_LABELS, {}, 'classify');
  const board = E.nextQuestion(atBoard) as Board;
  const buckets = Object.fromEntries(board.components.map((c) => [c.id, c.bucket]));
  const dismissed = finishFrom(ok(E.answer(atBoard, 'classify', { kind: 'classify', buckets, dismissed: [board.unplaced[0]!.id] })));
  assert.doesNotMatch(E.render(dismissed), /freshness label/i);
  assert.deepEqual((E.nextQuestion(ok(E.revisit(dismissed, 'classify'))) as Board).board.dismissed, [board.unplaced[0]!.id]);
});

/** Answers the rest of the interview on recommendations. */
function finishFrom(state: E.InterviewState): E.InterviewState {
  for (let q = E.nextQuestion(state); q; q = E.nextQuestion(state)) state = ok(E.answer(state, q.id, E.recommendedAnswer(q)));
  return state;
}
