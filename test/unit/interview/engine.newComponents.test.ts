/**
 * Changing an earlier answer can bring components the board never showed. They are placed on the
 * board for the user to see, not classified silently on the way to the document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as E from '../../../src/core/interview/engine';
import type { Question } from '../../../src/core/interview/questions';
import { ok, runInterview, text } from './engineHelpers';

const FRAUD = readFileSync(join(__dirname, '../../fixtures/descriptions/card-fraud-realtime.txt'), 'utf8');
const MORE = `${FRAUD}\nWe also want a weekly report for the risk committee and an A/B test of the new model against the rules engine.`;

test('a changed description that adds a component stops at the board, with the new card and the earlier moves', () => {
  const moved = (q: Question) => (q.kind === 'classify' ? { kind: 'classify' as const, buckets: { ...Object.fromEntries(q.components.map((c) => [c.id, c.bucket])), monitoring: 'not-a-pipeline' as const } } : E.recommendedAnswer(q));
  const { state: done, asked } = runInterview(FRAUD, { classify: moved });
  assert.ok(asked.some((q) => q.id === 'classify'), 'the board was answered');
  const before = (asked.find((q) => q.id === 'classify') as Extract<Question, { kind: 'classify' }>).components.map((c) => c.id);
  const changed = ok(E.answer(done, 'picture', text(MORE)));
  const q = E.nextQuestion(changed);
  assert.equal(q?.id, 'classify', `the board again, not ${q?.id}`);
  const board = q as Extract<Question, { kind: 'classify' }>;
  const added = board.components.filter((c) => !before.includes(c.id));
  assert.ok(added.length > 0, 'a new card');
  assert.equal(board.components.find((c) => c.id === 'monitoring')?.bucket, 'not-a-pipeline', 'the earlier move is kept');
  const reloaded = E.loadState(JSON.parse(E.serialize(changed)));
  assert.ok(reloaded.ok);
  assert.deepEqual(E.nextQuestion(reloaded.state), q, 'the same board after a reload');
  // Confirming the board goes on with the interview.
  const next = ok(E.answer(changed, 'classify', E.recommendedAnswer(q!)));
  assert.notEqual(E.nextQuestion(next)?.id, 'classify');
});

test('a changed description with the same components goes on past the board as before', () => {
  const { state: done } = runInterview(FRAUD);
  const changed = ok(E.answer(done, 'picture', text(`${FRAUD}\nThe team sits in Berlin.`)));
  assert.notEqual(E.nextQuestion(changed)?.id, 'classify');
});
