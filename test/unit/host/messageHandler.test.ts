import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMessageHandler, type PanelActions } from '../../../src/host/messageHandler';
import { malformedBatch } from '../../support/malformedMessages';

function recording() {
  const calls: string[] = [];
  const record = (name: string) => async (...args: unknown[]) => void calls.push(`${name} ${JSON.stringify(args)}`);
  const actions: PanelActions = {
    ready: record('ready'),
    answer: record('answer'),
    draft: record('draft'),
    revisit: record('revisit'),
    reset: record('reset'),
    reader: record('reader'),
    write: record('write'),
    export: record('export'),
    refuse: record('refuse'),
  };
  return { actions, calls };
}

test('5,000 malformed messages: none reaches an action, each is logged, nothing throws', async () => {
  const { actions, calls } = recording();
  const logged: string[] = [];
  const handle = createMessageHandler(actions, (l) => logged.push(l));
  const batch = malformedBatch(5000);
  for (const raw of batch) await handle(raw);
  assert.deepEqual(calls.filter((c) => !c.startsWith('refuse ')), [], 'only refusals, never an intent');
  assert.equal(logged.length, batch.length);
  assert.ok(logged.every((l) => l.startsWith('Dropped a malformed webview message')));
  assert.ok(logged.every((l) => l.length < 600), 'log lines stay short even for huge messages');
});

test('valid intents reach their action, in the order they arrived', async () => {
  const { actions, calls } = recording();
  const handle = createMessageHandler(actions, () => assert.fail('nothing to log'));
  await Promise.all([
    handle({ type: 'ready', protocol: 1 }),
    handle({ type: 'answer', questionId: 'picture', value: { kind: 'text', text: 'Forecast demand per store weekly.' } }),
    handle({ type: 'draft', questionId: 'classify', value: { kind: 'classify', buckets: { dashboard: 'defer' } } }),
    handle({ type: 'export', format: 'mermaid' }),
  ]);
  assert.deepEqual(calls, [
    'ready []',
    'answer ["picture",{"kind":"text","text":"Forecast demand per store weekly."}]',
    // Parsed: a board answer without edits gets the empty ones.
    'draft ["classify",{"kind":"classify","buckets":{"dashboard":"defer"},"names":{},"placed":{},"dismissed":[],"added":[],"shown":null}]',
    'export ["mermaid"]',
  ]);
});

test('an action that throws is logged and the next message is still handled', async () => {
  const { actions, calls } = recording();
  actions.write = () => Promise.reject(new Error('disk full'));
  const logged: string[] = [];
  const handle = createMessageHandler(actions, (l) => logged.push(l));
  await handle({ type: 'write' });
  await handle({ type: 'reset' });
  assert.match(logged[0]!, /Handling "write" failed: Error: disk full/);
  assert.deepEqual(calls, ['reset []']);
});

test('an oversized pipeline answer is refused with a reason the user sees, and never reaches the engine', async () => {
  const step = (i: number) => ({ name: `step_${i}`, description: 'Does the work', produces: 'a table' });
  const answer = (proposal: object) => ({ type: 'answer', questionId: 'pipeline:training', value: { kind: 'pipeline', proposal } });
  const cases: [object, RegExp][] = [
    [{ name: 'Training', trigger: 'weekly', steps: Array.from({ length: 20_000 }, (_, i) => step(i)) }, /20000 steps .*at most 30/],
    [{ name: 'x'.repeat(2_000_000), trigger: 'weekly', steps: [step(1)] }, /pipeline name under 120 characters/],
    [{ name: 'Training', trigger: 'weekly', steps: [{ ...step(1), description: 'y'.repeat(1_000_000) }] }, /Step 1: keep/],
  ];
  for (const [proposal, reason] of cases) {
    const { actions, calls } = recording();
    const logged: string[] = [];
    await createMessageHandler(actions, (l) => logged.push(l))(answer(proposal));
    assert.equal(calls.length, 1, calls.join());
    assert.match(calls[0]!, /^refuse \["That answer was not accepted: /);
    assert.match(calls[0]!, reason);
    assert.ok(logged[0]!.length < 600);
  }
});

test('a malformed draft is dropped without a word to the user (the form already says what is wrong)', async () => {
  const { actions, calls } = recording();
  await createMessageHandler(actions, () => {})({ type: 'draft', questionId: 'pipeline:x', value: { kind: 'pipeline', proposal: { name: 'x'.repeat(500), trigger: 't', steps: [] } } });
  assert.deepEqual(calls, []);
});
