/** What users type to edit a proposed pipeline or the board, in the spellings terminals allow. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editPipeline, moveClause, parseBoardEdits, parseStep } from '../../../src/cli/interviewEdits';

const STEP = { name: 'score_batch', description: 'Scores the new claims', produces: 'a predictions table' };

test('interview edits: a step is read with an em dash and →, with " - " and ->, with a colon and =>', () => {
  for (const typed of [
    'score_batch — Scores the new claims → produces a predictions table',
    'score_batch - Scores the new claims -> produces a predictions table',
    'score_batch: Scores the new claims => a predictions table',
    'Score batch - Scores the new claims -> produces: a predictions table',
  ]) assert.deepEqual(parseStep(typed), { ok: true, value: STEP }, typed);
});

test('interview edits: a hyphenated step name survives; a step without a name, description or artifact is refused', () => {
  assert.deepEqual(parseStep('load-claims - Reads the claims export -> the raw claims'), {
    ok: true,
    value: { name: 'load_claims', description: 'Reads the claims export', produces: 'the raw claims' },
  });
  assert.match((parseStep('- reads things -> x') as { error: string }).error, /start with the step name/);
  assert.match((parseStep('score_batch') as { error: string }).error, /say what score_batch does/);
  assert.match((parseStep('score_batch - Scores the new claims') as { error: string }).error, /say what score_batch produces/);
});

test('interview edits: del and replace name the valid step range; the last step cannot be deleted', () => {
  const p = { name: 'Claims Scoring', trigger: 'Manual', steps: [STEP] };
  assert.deepEqual(editPipeline(p, 'del 2'), { ok: false, error: 'there is no step 2 (there is only step 1)' });
  assert.match((editPipeline(p, 'del 1') as { error: string }).error, /at least one step/);
  assert.deepEqual(editPipeline(p, 'name = Claims Fraud Scoring'), { ok: true, value: { ...p, name: 'Claims Fraud Scoring' } });
  assert.deepEqual(editPipeline(p, 'rename it'), { ok: false, error: '"rename it" is not an edit.' });
});

test('interview edits: board moves allow spaces and short bucket names; each bad part gets its own reason', () => {
  assert.deepEqual(parseBoardEdits('2 = defer, 3=n 1=d', 3), { moves: [[1, 'defer'], [2, 'not-a-pipeline'], [0, 'deployed']], errors: [] });
  assert.deepEqual(parseBoardEdits('4=defer 1=later 2', 3).errors, [
    '"4=defer": there is no item 4 (1-3)',
    '"1=later": "later" is not one of pipeline, deployed, not-a-pipeline, defer',
    '"2": write an item number and where it goes, e.g. 2=defer',
  ]);
});

test('interview edits: the clauses the reader could not place are numbered after the cards, placed or dismissed', () => {
  assert.deepEqual(parseBoardEdits('4=n 5=dismiss 6=drop', 3, 3), { moves: [[3, 'not-a-pipeline'], [4, 'dismiss'], [5, 'dismiss']], errors: [] });
  assert.deepEqual(parseBoardEdits('2=dismiss 7=p 4=later', 3, 3).errors, [
    '"2=dismiss": only a clause the reader could not place can be dismissed; move item 2 to a bucket instead',
    '"7=p": there is no item 7 (1-6)',
    '"4=later": "later" is not one of pipeline, deployed, not-a-pipeline, defer (or dismiss, for a clause)',
  ]);
});

test('interview edits: a clause moved again keeps only the last word on it', () => {
  const placed = moveClause({ placed: {}, dismissed: ['clause-b'] }, 'clause-a', 'defer');
  assert.deepEqual(placed, { placed: { 'clause-a': 'defer' }, dismissed: ['clause-b'] });
  assert.deepEqual(moveClause(placed, 'clause-a', 'dismiss'), { placed: {}, dismissed: ['clause-b', 'clause-a'] });
  assert.deepEqual(moveClause({ placed: {}, dismissed: ['clause-b'] }, 'clause-b', 'pipeline'), { placed: { 'clause-b': 'pipeline' }, dismissed: [] });
});
