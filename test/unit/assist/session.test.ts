/** The host's interview session with a language model: one call per description, never on board moves or drafts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as engine from '../../../src/core/interview/engine';
import type { ModelEndpoint } from '../../../src/core/assist/endpoint';
import { DEFAULT_CONFIG } from '../../../src/core/lint/config';
import { InterviewSession } from '../../../src/host/interviewSession';
import { InterviewStore, type KeyValueStore } from '../../../src/host/stateStore';
import { DESCRIPTION, reply } from './synthetic';

function memory(): KeyValueStore {
  const data = new Map<string, unknown>();
  return { get: <T>(k: string) => data.get(k) as T | undefined, update: (k, v) => Promise.resolve(void data.set(k, v)) };
}

/** A model that answers the synthetic reply (or fails), counting calls. */
function fake(fail = false) {
  const calls: string[] = [];
  const endpoint: ModelEndpoint = {
    id: 'fake-model',
    complete: async (messages) => {
      calls.push(messages[1]!.content);
      return fail ? { ok: false, error: 'the model refused: no' } : { ok: true, text: reply(), model: 'fake-model' };
    },
  };
  return { endpoint, calls };
}

function session(model: ModelEndpoint | null, kv = memory()) {
  return new InterviewSession({ store: new InterviewStore(kv, assert.fail), lintConfig: async () => DEFAULT_CONFIG, canWrite: () => true, model: async () => model });
}

test('one call for the description; board moves, drafts and a reloaded session never call again', async () => {
  const { endpoint, calls } = fake();
  const kv = memory();
  const s = session(endpoint, kv);
  assert.deepEqual(await s.answer('picture', { kind: 'text', text: DESCRIPTION }), { ok: true });
  assert.equal((await s.message()).view.readBy, 'fake-model');
  for (let q = engine.nextQuestion(s.state); q && q.kind !== 'review'; q = engine.nextQuestion(s.state)) {
    s.draftArchitecture(q.id, engine.recommendedAnswer(q));
    assert.ok((await s.answer(q.id, engine.recommendedAnswer(q))).ok);
  }
  const reloaded = session(endpoint, kv);
  assert.deepEqual(reloaded.architecture(), s.architecture());
  assert.equal(calls.length, 1);
});

test('a failed call reads offline and says so; the switch reads with the model again, or offline', async () => {
  const failing = fake(true);
  const s = session(failing.endpoint);
  const outcome = await s.answer('picture', { kind: 'text', text: DESCRIPTION });
  assert.ok(outcome.ok);
  assert.match(outcome.notice!, /^Read offline: the language model could not read the description \(the model refused: no\)\.$/);
  assert.equal((await s.message()).view.readBy, null);

  const { endpoint } = fake();
  const switching = session(endpoint);
  await switching.answer('picture', { kind: 'text', text: DESCRIPTION });
  assert.ok((await switching.setReader('offline')).ok);
  assert.equal((await switching.message()).view.readBy, null);
  assert.ok((await switching.setReader('model')).ok);
  assert.equal((await switching.message()).view.readBy, 'fake-model');
  const none = session(null);
  await none.answer('picture', { kind: 'text', text: DESCRIPTION });
  const refused = await none.setReader('model');
  assert.ok(!refused.ok && /No language model is available/.test(refused.error));
});
