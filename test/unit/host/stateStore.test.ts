import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initialState, type InterviewState } from '../../../src/core/interview/state';
import { InterviewStore, MAX_BACKUPS, STATE_KEY, UNREADABLE_KEY, type KeyValueStore } from '../../../src/host/stateStore';

function memory(initial: Record<string, unknown> = {}): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: <T>(k: string) => data.get(k) as T | undefined,
    update: (k: string, v: unknown) => {
      if (v === undefined) data.delete(k);
      else data.set(k, v);
      return Promise.resolve();
    },
  };
}

const answered: InterviewState = {
  ...initialState(),
  answers: [{ questionId: 'picture', value: { kind: 'text', text: 'Nightly churn scores from Snowflake for the CRM team.' } }],
};

test('a saved interview comes back equal after a save/load round trip', async () => {
  const m = memory();
  await new InterviewStore(m, () => assert.fail('no error expected')).save(answered);
  assert.deepEqual(new InterviewStore(m, () => assert.fail('no error expected')).load(), answered);
});

test('with nothing saved the interview starts fresh', () => {
  assert.deepEqual(new InterviewStore(memory(), () => assert.fail()).load(), initialState());
});

test('an unreadable save is reported and kept under the backup key, not silently dropped', () => {
  const damaged = '{"version":1,"answers":[{"questionId":""}],"revisiting":null}';
  const m = memory({ [STATE_KEY]: damaged });
  const errors: string[] = [];
  assert.deepEqual(new InterviewStore(m, (e) => errors.push(e)).load(), initialState());
  assert.equal(errors.length, 1);
  assert.match(errors[0]!, /damaged at answers\.0\.questionId/);
  assert.deepEqual(new InterviewStore(m, () => {}).backups().map((b) => b.text), [damaged]);
  assert.equal(m.data.has(STATE_KEY), false);
});

test('a second unreadable save does not overwrite the first: each is kept, dated, up to a bound', () => {
  const m = memory({ [UNREADABLE_KEY]: 'from an older version' });
  let clock = Date.UTC(2026, 0, 1);
  const store = new InterviewStore(m, () => {}, () => new Date((clock += 60_000)));
  for (let i = 0; i < MAX_BACKUPS + 3; i++) {
    m.data.set(STATE_KEY, `{"damaged": ${i}}`);
    store.load();
  }
  const kept = store.backups();
  assert.equal(kept.length, MAX_BACKUPS);
  assert.equal(kept.at(-1)!.text, `{"damaged": ${MAX_BACKUPS + 2}}`);
  assert.equal(kept.at(-2)!.text, `{"damaged": ${MAX_BACKUPS + 1}}`);
  assert.ok(kept.at(-1)!.foundAt > kept.at(-2)!.foundAt);
  assert.equal(m.data.get(UNREADABLE_KEY) instanceof Array, true);
});

test('clear forgets the interview', async () => {
  const m = memory();
  const store = new InterviewStore(m, () => {});
  await store.save(answered);
  await store.clear();
  assert.deepEqual(store.load(), initialState());
});
