/**
 * What a user saw go wrong in the real VS Code, each checked in Chromium against the real engine:
 * a pre-selected choice drawn as nothing selected, the next question opening half-way down,
 * backticks printed literally, and the interview's notices following the user into a document's DAG.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { submit, until } from './flow';
import { hostRecord, startHarness, type Harness } from './harness';

const FRAUD = readFileSync(join(__dirname, '../fixtures/descriptions/card-fraud-realtime.txt'), 'utf8');

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => harness?.close());

/** The radios of the question as drawn: which are checked (the property the user sees). */
const radios = (page: Page) =>
  page.$$eval('vscode-radio', (els) => els.map((el) => ({ value: el.getAttribute('data-value'), checked: (el as HTMLInputElement).checked })));

test('a single choice and the MVP pick show their pre-selected answer, and another pick is what is sent', async () => {
  const { page, errors } = await harness.open();
  await page.locator('[data-testid=answer-text] textarea').fill(FRAUD);
  await submit(page);
  await until(page, 'single');
  const single = await radios(page);
  assert.equal(single.filter((r) => r.checked).length, 1, `one option drawn as chosen: ${JSON.stringify(single)}`);

  await until(page, 'mvp');
  const recommended = await page.textContent('.recommendation strong');
  const mvp = await radios(page);
  assert.deepEqual(mvp.filter((r) => r.checked).map((r) => r.value), [recommended]);
  const other = mvp.find((r) => !r.checked)!.value!;
  await page.click(`vscode-radio[data-value="${other}"]`);
  await page.waitForFunction((v) => (document.querySelector(`vscode-radio[data-value="${v}"]`) as HTMLInputElement).checked, other);
  assert.deepEqual((await radios(page)).filter((r) => r.checked).map((r) => r.value), [other]);
  assert.match((await page.textContent('[data-testid=submit]'))!, new RegExp(`Make ${other} the MVP`));
  await submit(page);
  const sent = (await hostRecord(page)).accepted.filter((m) => m.type === 'answer' && m.value.kind === 'mvp');
  assert.deepEqual(sent.map((m) => m.type === 'answer' && m.value.kind === 'mvp' && m.value.pipeline), [other]);
  assert.deepEqual(errors, []);
});

test('the next question opens at its top with the focus on its title, not where Confirm was', async () => {
  const { page } = await harness.open({ width: 1400, height: 700 });
  await page.locator('[data-testid=answer-text] textarea').fill(FRAUD);
  await submit(page);
  await until(page, 'pipeline');
  const scrolled = await page.$eval('.interview', (el) => {
    el.scrollTop = el.scrollHeight;
    return el.scrollTop;
  });
  assert.ok(scrolled > 200, `the pipeline editor is taller than the panel (${scrolled} px scrolled)`);
  await submit(page);
  assert.equal(await page.$eval('.interview', (el) => el.scrollTop), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'question-title');

  // Stacked (narrow) panels scroll the whole page: the same holds there.
  const narrow = await harness.open({ width: 560, height: 700 });
  await narrow.page.locator('[data-testid=answer-text] textarea').fill(FRAUD);
  await submit(narrow.page);
  await until(narrow.page, 'pipeline');
  await narrow.page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight }));
  assert.ok((await narrow.page.evaluate(() => window.scrollY)) > 200);
  await submit(narrow.page);
  assert.equal(await narrow.page.evaluate(() => window.scrollY), 0);
});

test('names quoted in backticks are drawn as code, not as backticks', async () => {
  const { page } = await harness.open();
  await page.locator('[data-testid=answer-text] textarea').fill(FRAUD);
  await submit(page);
  for (let i = 0; i < 30 && !(await page.textContent('.prompt'))!.includes('Model Control Plane'); i++) await submit(page);
  const prompt = await page.$eval('.prompt', (el) => ({ text: el.textContent ?? '', code: [...el.querySelectorAll('code')].map((c) => c.textContent) }));
  assert.ok(prompt.code.length >= 1, `a model name drawn as code: ${prompt.text}`);
  assert.ok(!prompt.text.includes('`'), `no literal backticks: ${prompt.text}`);
});

test('a narrow panel keeps the phase stepper on one row', async () => {
  const { page } = await harness.open({ width: 600, height: 800 });
  const tops = await page.$$eval('.phase', (els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
  assert.equal(tops.length, 5);
  assert.equal(new Set(tops).size, 1, `phases at ${tops.join(', ')}`);
});

test("the interview's notices do not follow the user into a document's DAG", async () => {
  const { page } = await harness.open();
  await page.locator('[data-testid=answer-text] textarea').fill(FRAUD);
  await submit(page);
  await page.click('[data-testid=export-svg]');
  await page.locator('[data-testid=notice-info]', { hasText: 'Wrote pipeline_architecture.svg.' }).waitFor();
  await page.evaluate(() => window.__host.showDocument('docs/card-fraud-detection.md'));
  await page.waitForSelector('.document-mode [data-testid=dag-content]');
  assert.equal(await page.locator('[data-testid^=notice-]').count(), 0);
  // Its own outcomes still show, and stay while the same document is redrawn.
  await page.click('[data-testid=export-mermaid]');
  await page.locator('[data-testid=notice-info]', { hasText: 'Wrote pipeline_architecture.mmd.' }).waitFor();
  await page.evaluate(() => window.__host.showDocument('docs/card-fraud-detection.md'));
  await page.waitForTimeout(100);
  assert.equal(await page.locator('[data-testid^=notice-]').count(), 1);
});
