/** The panel says who read the description, and its switch asks the host to read it again. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { submit } from './flow';
import { hostRecord, screenshot, startHarness, type Harness } from './harness';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => harness?.close());

test('"Read offline" once a description is read; the switch posts reader and shows the host\'s answer', async () => {
  const { page, errors } = await harness.open({ theme: 'light' });
  assert.equal(await page.$('[data-testid=read-by]'), null, 'nothing is read yet');
  await page.locator('[data-testid=answer-text] textarea').fill('We train a churn model weekly on Snowflake data and score customers nightly.');
  await submit(page);
  assert.match((await page.textContent('[data-testid=read-by]'))!, /Read offline/);
  await page.click('[data-testid=read-by-switch]');
  await page.waitForSelector('[data-testid=notice-error]');
  assert.match((await page.textContent('[data-testid=notice-error]'))!, /No language model is available/);
  assert.ok((await hostRecord(page)).accepted.some((m) => m.type === 'reader' && m.use === 'model'));
  await screenshot(page, 'light-read-by');
  assert.deepEqual(errors, []);
});
