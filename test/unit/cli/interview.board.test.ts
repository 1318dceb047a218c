/**
 * The terminal interview resumes a state whose board was edited in the panel (a clause placed,
 * one dismissed, a component added, a card renamed): the edits survive the replay, the terminal's
 * own board answer keeps them, and the document it writes has them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { interviewCommand } from '../../../src/cli/interview';
import * as E from '../../../src/core/interview/engine';
import type { Question } from '../../../src/core/interview/questions';
import { scratch } from './cliHarness';
import { PHONES } from '../../fixtures/board/phones';

test('interview: a state with board edits resumes, and the document keeps them', async () => {
  let state = E.start();
  const answer = (id: string, value: Parameters<typeof E.answer>[2]) => {
    const r = E.answer(state, id, value);
    assert.ok(r.ok, r.ok ? '' : r.error);
    state = r.state;
  };
  answer('picture', { kind: 'text', text: PHONES });
  const board = E.nextQuestion(state) as Extract<Question, { kind: 'classify' }>;
  assert.equal(board.kind, 'classify');
  const id = (words: string) => board.unplaced.find((u) => u.text.includes(words))!.id;
  answer('classify', {
    kind: 'classify',
    buckets: Object.fromEntries(board.components.map((c) => [c.id, c.bucket])),
    placed: { [id('battery health')]: 'not-a-pipeline' },
    names: { [id('battery health')]: 'Battery certificates', monitoring: 'Grade drift checks' },
    dismissed: [id('refurbished phones')],
    added: [{ id: 'added-1', text: 'Weekly grading report for the leads', bucket: 'defer' }],
  });
  // Back to the board, as the panel leaves it when the user went back: the terminal answers it again.
  state = (E.revisit(state, 'classify') as { ok: true; state: E.InterviewState }).state;
  const dir = scratch();
  writeFileSync(join(dir, '.zenml-scope-interview.json'), E.serialize(state));
  let out = '';
  const io = { cwd: dir, stdout: (t: string) => (out += t), stderr: () => {} };
  const code = await interviewCommand([], io, Readable.from([Array<string>(40).fill('\n').join('')]), 0);
  assert.equal(code, 0, out.slice(-400));
  assert.match(out, /Move items with/, 'the terminal showed the board again');
  const md = readFileSync(join(dir, 'pipeline_architecture.md'), 'utf8');
  assert.match(md, /Battery certificates[^\n]*decide what runs it/);
  assert.match(md, /Weekly grading report for the leads/);
  assert.match(md, /Grade drift checks/);
  assert.doesNotMatch(md, /refurbished phones online/);
});
