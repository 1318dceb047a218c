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
    write: record('write'),
    export: record('export'),
  };
  return { actions, calls };
}

test('5,000 malformed messages: none reaches an action, each is logged, nothing throws', async () => {
  const { actions, calls } = recording();
  const logged: string[] = [];
  const handle = createMessageHandler(actions, (l) => logged.push(l));
  const batch = malformedBatch(5000);
  for (const raw of batch) await handle(raw);
  assert.deepEqual(calls, []);
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
    'draft ["classify",{"kind":"classify","buckets":{"dashboard":"defer"}}]',
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
