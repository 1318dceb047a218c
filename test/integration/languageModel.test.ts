import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { render } from '../../src/core/interview/engine';
import type { ModelEndpoint } from '../../src/core/assist/endpoint';
import { lint } from '../../src/core/lint/lint';
import { replayEndpoint } from '../../src/recordings/recordings';
import { DESCRIPTION, reply } from '../unit/assist/synthetic';
import { api, FIXTURES, ROOT } from './helpers';
import { answerCurrent, answerUntilReview, openPanel } from './interviewDriver';

const RECORDINGS = join(ROOT, 'test', 'recordings');

/** Recordings named after a description fixture: what the panel can replay end to end. */
function recorded(): { name: string; description: string }[] {
  if (!existsSync(RECORDINGS)) return [];
  return readdirSync(RECORDINGS)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f.replace(/\.json$/, ''), file: join(FIXTURES, 'descriptions', f.replace(/\.json$/, '.txt')) }))
    .filter((r) => existsSync(r.file))
    .map((r) => ({ name: r.name, description: readFileSync(r.file, 'utf8') }));
}

/** SYNTHETIC (a hand-written reply, not model output): checks the host's wiring, not a model. */
function synthetic(calls: string[]): ModelEndpoint {
  return { id: 'synthetic-model', complete: async (messages) => (calls.push(messages[1]!.content), { ok: true, text: reply(), model: 'synthetic-model' }) };
}

describe('the language model through the host', () => {
  /** An open panel with no answers (the panel's own reset: the command asks first). */
  const fresh = async () => {
    await openPanel();
    await (await api()).deliver({ type: 'reset' });
  };
  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
  after(async () => (await api()).useModelSource(null));

  it('reads the description once, says who read it, and switches to offline and back', async function () {
    this.timeout(60_000);
    const zs = await api();
    const calls: string[] = [];
    zs.useModelSource(async () => synthetic(calls));
    await fresh();
    await answerCurrent(DESCRIPTION);
    assert.equal(zs.interviewState().answers[0]!.model?.model, 'synthetic-model');
    await answerUntilReview(DESCRIPTION);
    assert.equal(calls.length, 1, 'board moves and later answers never call the model');
    await zs.deliver({ type: 'reader', use: 'offline' });
    assert.equal(zs.interviewState().answers[0]!.model, undefined);
    await zs.deliver({ type: 'reader', use: 'model' });
    assert.equal(zs.interviewState().answers[0]!.model?.model, 'synthetic-model');
    assert.equal(calls.length, 2, 'reading with the model again, asked for, is one more call');
  });

  it('a failing model reads offline with a notice', async function () {
    this.timeout(30_000);
    const zs = await api();
    zs.useModelSource(async () => ({ id: 'down', complete: async () => ({ ok: false, error: 'cannot reach http://127.0.0.1:9' }) }));
    await fresh();
    await answerCurrent(DESCRIPTION);
    assert.equal(zs.interviewState().answers[0]!.model, undefined);
    assert.match(zs.lastNotice()?.text ?? '', /^Read offline: the language model could not read the description \(cannot reach/);
  });

  it('replays the recorded model replies: each document is the engine\'s and lints clean', async function () {
    const all = recorded();
    if (all.length === 0) return this.skip();
    this.timeout(30_000 * all.length);
    const zs = await api();
    zs.useModelSource(async () => replayEndpoint(RECORDINGS));
    for (const { name, description } of all) {
      await fresh();
      await answerCurrent(description);
      assert.ok(zs.interviewState().answers[0]!.model, `${name}: the recording was replayed`);
      await answerUntilReview(description);
      const errors = lint(render(zs.interviewState())).filter((d) => d.severity === 'error');
      assert.deepEqual(errors.map((d) => d.rule), [], `${name} lints clean`);
    }
  });
});
