import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as engine from '../../../src/core/interview/engine';
import { DEFAULT_CONFIG } from '../../../src/core/lint/config';
import { InterviewSession, type SessionDeps } from '../../../src/host/interviewSession';
import { InterviewStore, UNCONFIRMED_KEY, type KeyValueStore } from '../../../src/host/stateStore';

const FORECAST =
  'We forecast weekly demand per store. Sales history sits in Snowflake; we clean it, train a LightGBM model every Sunday and write next week’s forecasts back to Snowflake for the planners. Two ML engineers, Vertex AI.';

function memory(): KeyValueStore {
  const data = new Map<string, unknown>();
  return { get: <T>(k: string) => data.get(k) as T | undefined, update: (k, v) => Promise.resolve(void data.set(k, v)) };
}

/** A session answered to the end on the engine's recommendations, as a user clicking through the panel would. */
async function finished(extra: Partial<SessionDeps> = {}): Promise<InterviewSession> {
  const session = new InterviewSession({ store: new InterviewStore(memory(), assert.fail), lintConfig: async () => DEFAULT_CONFIG, canWrite: () => true, ...extra });
  for (let q = engine.nextQuestion(session.state); q; q = engine.nextQuestion(session.state)) {
    const outcome = await session.answer(q.id, q.id === 'picture' ? { kind: 'text', text: FORECAST } : engine.recommendedAnswer(q));
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.error);
  }
  return session;
}

test('the finished interview’s next step names the document where the host writes it (zenmlScope.documentPath)', async () => {
  const session = await finished({ documentPath: () => 'docs/demand_forecasting.md' });
  const message = await session.message();
  const { view } = message;
  assert.equal(message.documentPath, 'docs/demand_forecasting.md', 'the Write button names the same file');
  assert.match(view.nextStep!, /using docs\/demand_forecasting\.md as its specification/);
  assert.doesNotMatch(view.nextStep!, /pipeline_architecture\.md/);
});

test('without a document path from the host, the next step names pipeline_architecture.md', async () => {
  const { view, documentPath } = await (await finished()).message();
  assert.equal(documentPath, 'pipeline_architecture.md');
  assert.match(view.nextStep!, /using pipeline_architecture\.md as its specification/);
});

test('a draft answer shows its architecture and keeps nothing: moves on the board, a refused draft, the saved state', async () => {
  const saved: unknown[] = [];
  const edits: unknown[] = [];
  const store = new InterviewStore({ get: () => undefined, update: (k, v) => Promise.resolve(void (k === UNCONFIRMED_KEY ? edits : saved).push(v)) }, assert.fail);
  const session = new InterviewSession({ store, lintConfig: async () => DEFAULT_CONFIG, canWrite: () => true });
  const description = `${FORECAST} The planners also want a Grafana dashboard of forecast accuracy.`;
  await session.answer('picture', { kind: 'text', text: description });
  let q = engine.nextQuestion(session.state)!;
  while (q.kind !== 'classify') {
    await session.answer(q.id, engine.recommendedAnswer(q));
    q = engine.nextQuestion(session.state)!;
  }
  const dashboard = q.components.find((c) => c.bucket === 'not-a-pipeline')!;
  assert.ok(dashboard, q.components.map((c) => `${c.name}: ${c.bucket}`).join(', '));
  const before = { state: JSON.stringify(session.state), saves: saved.length, edits: edits.length, architecture: session.architecture() };
  const buckets = Object.fromEntries(q.components.map((c) => [c.id, c.id === dashboard.id ? ('defer' as const) : c.bucket]));
  const drafted = session.draftArchitecture(q.id, { kind: 'classify', buckets })!;
  assert.ok(drafted.deferred.some((d) => d.name === dashboard.name), 'the moved card is deferred in the draft');
  assert.ok(!drafted.notAPipeline.some((c) => c.name === dashboard.name));
  assert.ok(before.architecture.notAPipeline.some((c) => c.name === dashboard.name), 'the confirmed architecture still has it where it was');
  assert.equal(session.draftArchitecture(q.id, { kind: 'classify', buckets: { nonsense: 'defer' } }), null, 'a draft the engine refuses draws nothing');
  assert.equal(session.draftArchitecture('no-such-question', { kind: 'classify', buckets }), null);
  assert.equal(JSON.stringify(session.state), before.state, 'the interview state is unchanged');
  assert.equal(saved.length, before.saves, 'nothing of the interview state is saved');
  assert.deepEqual(edits.slice(before.edits), [{ questionId: q.id, value: { kind: 'classify', buckets, names: {}, placed: {}, dismissed: [], added: [], shown: null } }], 'only the valid edit is kept, for a reload');
});

test('an edit not yet confirmed is kept by the host: a new session (a window reload) offers it, confirming forgets it', async () => {
  const kv = memory();
  const deps = { store: new InterviewStore(kv, assert.fail), lintConfig: async () => DEFAULT_CONFIG, canWrite: () => true };
  const session = new InterviewSession(deps);
  assert.ok((await session.answer('picture', { kind: 'text', text: FORECAST })).ok);
  let q = engine.nextQuestion(session.state)!;
  while (q.kind !== 'pipeline') {
    assert.ok((await session.answer(q.id, engine.recommendedAnswer(q))).ok);
    q = engine.nextQuestion(session.state)!;
  }
  const edited = { kind: 'pipeline' as const, proposal: { ...q.proposal, trigger: 'Nightly at 02:00' } };
  assert.ok(session.draftArchitecture(q.id, edited));

  const reloaded = new InterviewSession({ ...deps, store: new InterviewStore(kv, assert.fail) });
  const message = await reloaded.message();
  assert.equal(message.view.question?.id, q.id);
  assert.deepEqual(message.unconfirmed, edited, 'the form can start from the edit');

  assert.ok((await reloaded.answer(q.id, edited)).ok);
  assert.equal((await new InterviewSession({ ...deps, store: new InterviewStore(kv, assert.fail) }).message()).unconfirmed, undefined, 'confirmed: nothing unconfirmed is left');
});
