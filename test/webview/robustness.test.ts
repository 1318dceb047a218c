/**
 * Malformed host messages are dropped (and logged) without breaking the UI: the question
 * on screen, the draft being typed and the DAG all stay as they were.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { startHarness, type Harness } from './harness';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => harness?.close());

const MALFORMED: unknown[] = [
  null,
  42,
  'interview',
  [],
  {},
  { type: 'interview' },
  { type: 'interview', view: { phase: 'picture', question: { kind: 'text' }, answered: [], nextStep: null }, architecture: {}, preview: null, canWrite: true },
  { type: 'interview', view: { phase: 'deploy', question: null, answered: [], nextStep: null }, architecture: { project: 'x' }, preview: null, canWrite: 'yes' },
  { type: 'notice', level: 'fatal', text: 'the sky is falling' },
  { type: 'notice', level: 'error' },
  { type: 'document', file: 3, architecture: {} },
  { type: 'document', file: 'pipeline_architecture.md', architecture: { project: '', pipelines: 'all of them' } },
  { type: 'evaluate', code: 'alert(1)' },
  { type: 'x'.repeat(1_000_000) },
  JSON.parse('{"__proto__": {"polluted": true}, "type": "notice", "level": "info"}'),
];

test('malformed host messages are dropped without breaking the UI', async () => {
  const { page, errors, warnings } = await harness.open({ theme: 'dark' });
  const draft = 'Nightly we pull claims from the data lake, train a LightGBM model weekly and score new claims in batch.';
  await page.locator('[data-testid=answer-text] textarea').fill(draft);
  // The toolkit mirrors the value into an attribute on its next update: let it settle first.
  await page.waitForFunction((d) => document.querySelector('[data-testid=answer-text]')?.getAttribute('current-value') === d, draft);
  const html = await page.innerHTML('.app-main');

  const randomJson = fc.sample(fc.jsonValue(), { numRuns: 300, seed: 42 });
  await page.evaluate((messages) => messages.forEach((m) => window.__host.send(m)), [...MALFORMED, ...randomJson]);
  await page.waitForTimeout(300);

  assert.equal(await page.getAttribute('[data-question]', 'data-question'), 'picture');
  assert.equal(await page.inputValue('[data-testid=answer-text] textarea'), draft, 'the draft is untouched');
  assert.equal(await page.innerHTML('.app-main'), html, 'nothing on screen changed');
  assert.equal(await page.locator('.host-notice').count(), 0, 'no notice from a malformed message');
  assert.equal(await page.evaluate(() => ({} as Record<string, unknown>).polluted), undefined);
  assert.deepEqual(errors, []);
  const dropped = warnings.filter((w) => w.includes('dropped a malformed host message')).length;
  assert.equal(dropped, MALFORMED.length + randomJson.length, 'each bad message is logged once');

  // The channel still works: a valid notice shows.
  await page.evaluate(() => window.__host.send({ type: 'notice', level: 'error', text: 'The answer could not be read.' }));
  await page.waitForSelector('[data-testid=notice-error]');
  assert.match((await page.textContent('[data-testid=notice-error]'))!, /could not be read/);
});
