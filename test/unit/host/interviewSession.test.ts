import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as engine from '../../../src/core/interview/engine';
import { DEFAULT_CONFIG } from '../../../src/core/lint/config';
import { InterviewSession, type SessionDeps } from '../../../src/host/interviewSession';
import { InterviewStore, type KeyValueStore } from '../../../src/host/stateStore';

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
  const store = new InterviewStore({ get: () => undefined, update: (_k, v) => Promise.resolve(void saved.push(v)) }, assert.fail);
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
  const before = { state: JSON.stringify(session.state), saves: saved.length, architecture: session.architecture() };
  const buckets = Object.fromEntries(q.components.map((c) => [c.id, c.id === dashboard.id ? ('defer' as const) : c.bucket]));
  const drafted = session.draftArchitecture(q.id, { kind: 'classify', buckets })!;
  assert.ok(drafted.deferred.some((d) => d.name === dashboard.name), 'the moved card is deferred in the draft');
  assert.ok(!drafted.notAPipeline.some((c) => c.name === dashboard.name));
  assert.ok(before.architecture.notAPipeline.some((c) => c.name === dashboard.name), 'the confirmed architecture still has it where it was');
  assert.equal(session.draftArchitecture(q.id, { kind: 'classify', buckets: { nonsense: 'defer' } }), null, 'a draft the engine refuses draws nothing');
  assert.equal(session.draftArchitecture('no-such-question', { kind: 'classify', buckets }), null);
  assert.equal(JSON.stringify(session.state), before.state, 'the interview state is unchanged');
  assert.equal(saved.length, before.saves, 'nothing is saved');
});
