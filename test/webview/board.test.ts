/**
 * The board handles what the reader could not place, so nothing the user wrote disappears: each
 * unplaced clause is a card to place, rename or dismiss (and restore); a component the reader
 * missed can be added; any card can be renamed. The DAG follows, the answer carries every edit,
 * and a reload or going back shows the board as the user left it.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { setTheme, submit, until } from './flow';
import { hostRecord, screenshot, startHarness, type Harness } from './harness';
import { PHONES } from '../fixtures/board/phones';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => harness?.close());

const clause = (page: Page, words: string) => page.locator('[data-unplaced]', { hasText: words });
const clauseId = async (page: Page, words: string) => (await clause(page, words).getAttribute('data-unplaced'))!;
const dagText = (page: Page) => page.locator('[data-testid=dag]').textContent();

async function toBoard(page: Page): Promise<void> {
  await page.locator('[data-testid=answer-text] textarea').fill(PHONES);
  await submit(page);
  await until(page, 'classify');
}

/** Picks an entry of a toolkit dropdown by its value, as a mouse user does. */
async function pick(page: Page, testId: string, value: string): Promise<void> {
  await page.click(`[data-testid=${testId}]`);
  await page.click(`[data-testid=${testId}] vscode-option[data-value="${value}"]`);
}

async function rename(page: Page, id: string, name: string): Promise<void> {
  await page.click(`[data-testid=rename-${id}]`);
  await page.locator(`[data-testid=name-${id}] input`).fill(name);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`[data-testid=rename-${id}]`);
}

test('unplaced clauses are placed, renamed, dismissed and restored; a missed component is added; the answer and the DAG carry it all', async () => {
  const { page, errors } = await harness.open({ theme: 'light' });
  await toBoard(page);
  assert.equal(await page.locator('[data-unplaced]').count(), 3, 'every unplaced clause is a card');
  assert.match((await clause(page, 'refurbished phones').textContent())!, /The reader: context, no work recognised/);
  assert.match((await clause(page, 'confirm it').textContent())!, /"review" work the reader could not tie to a component/);

  // Place the certificate clause as a pipeline: a card in the Pipeline column, named from its words.
  const certificate = await clauseId(page, 'battery health certificate');
  await pick(page, `place-${certificate}`, 'pipeline');
  await page.waitForSelector(`[data-column=pipeline] [data-component="${certificate}"][data-origin=placed]`);
  assert.match((await page.textContent(`[data-component="${certificate}"] .card-title`))!, /^Each graded phone gets a battery$/);
  await rename(page, certificate, 'Battery certificates');
  assert.equal(await page.textContent(`[data-component="${certificate}"] .card-title`), 'Battery certificates');
  await page.waitForFunction(() => document.querySelector('[data-testid=dag]')?.textContent?.includes('Battery certificates'));
  await page.locator('[data-testid=unplaced]').scrollIntoViewIfNeeded();
  await screenshot(page, 'light-board-unplaced');
  for (const theme of ['dark', 'hc'] as const) {
    await setTheme(page, theme);
    await screenshot(page, `${theme}-board-unplaced`);
  }
  await setTheme(page, 'light');

  // The grader's confirmation goes outside the pipelines, renamed before it is placed.
  const confirm = await clauseId(page, 'confirm it');
  await rename(page, confirm, 'Grader confirmation');
  await pick(page, `place-${confirm}`, 'not-a-pipeline');
  await page.waitForSelector(`[data-column=not-a-pipeline] [data-component="${confirm}"]`);
  assert.equal(await page.textContent(`[data-component="${confirm}"] .card-title`), 'Grader confirmation');

  // Dismissed, restored, dismissed again: it leaves the board, and the count says where it went.
  const context = await clauseId(page, 'refurbished phones');
  await page.click(`[data-testid=dismiss-${context}]`);
  await page.waitForSelector('[data-testid=dismissed] summary:has-text("Dismissed (1)")');
  assert.equal(await clause(page, 'refurbished phones').count(), 0);
  await page.click('[data-testid=dismissed] summary');
  await page.click(`[data-testid=restore-${context}]`);
  await page.waitForSelector(`[data-unplaced="${context}"]`);
  assert.equal(await page.$('[data-testid=dismissed]'), null);
  await page.click(`[data-testid=dismiss-${context}]`);
  await page.waitForSelector('[data-testid=dismissed]');

  // A component the reader missed, added in Defer; a reader card renamed.
  await page.locator('[data-testid=add-text] input').fill('Weekly grading report for the leads');
  await pick(page, 'add-bucket', 'defer');
  await page.click('[data-testid=add]');
  await page.waitForSelector('[data-column=defer] [data-component=added-1][data-origin=added]');
  assert.equal(await page.textContent('[data-component=added-1] .card-title'), 'Weekly grading report for the leads');
  await rename(page, 'monitoring', 'Grade drift checks');
  await page.waitForFunction(() => document.querySelector('[data-testid=dag]')?.textContent?.includes('Grade drift checks'));
  await page.waitForSelector('[data-testid=dag-unconfirmed]');

  await page.click('[data-testid=dismissed] summary');
  await page.locator(`[data-component="${certificate}"]`).scrollIntoViewIfNeeded();
  await screenshot(page, 'light-board-edited');

  // A reload keeps every edit before it is confirmed.
  await page.reload();
  await page.waitForSelector(`[data-component="${certificate}"]`);
  assert.equal(await page.textContent(`[data-component="${certificate}"] .card-title`), 'Battery certificates');
  assert.equal(await page.locator('[data-component=added-1]').count(), 1);
  assert.equal(await page.locator('[data-testid=dismissed] summary').textContent(), 'Dismissed (1)');

  await submit(page);
  const answer = (await hostRecord(page)).accepted.find((m) => m.type === 'answer' && m.questionId === 'classify');
  assert.ok(answer && answer.type === 'answer' && answer.value.kind === 'classify');
  assert.deepEqual(answer.value.placed, { [certificate]: 'pipeline', [confirm]: 'not-a-pipeline' });
  assert.deepEqual(answer.value.dismissed, [context]);
  assert.deepEqual(answer.value.added, [{ id: 'added-1', text: 'Weekly grading report for the leads', bucket: 'defer' }]);
  assert.deepEqual(answer.value.names, { [certificate]: 'Battery certificates', [confirm]: 'Grader confirmation', monitoring: 'Grade drift checks' });
  const dag = (await dagText(page))!;
  for (const name of ['Battery certificates', 'Grader confirmation', 'Grade drift checks']) assert.ok(dag.includes(name), `${name} in the DAG`);

  // Going back shows the board as confirmed, and a reload there too.
  await page.click('.phase[data-phase=classify] button');
  await page.waitForSelector('[data-question=classify]');
  await page.reload();
  await page.waitForSelector(`[data-column=not-a-pipeline] [data-component="${confirm}"]`);
  assert.equal(await page.textContent(`[data-component="${confirm}"] .card-title`), 'Grader confirmation');
  assert.equal(await page.locator('[data-testid=dismissed] summary').textContent(), 'Dismissed (1)');
  assert.equal(await page.textContent('[data-component=monitoring] .card-title'), 'Grade drift checks');
  assert.equal(await page.$('[data-testid=dag-unconfirmed]'), null, 'the confirmed answer has nothing unconfirmed');
  assert.deepEqual((await hostRecord(page)).violations, []);
  assert.deepEqual(errors, []);
});

test('the board from the keyboard alone: place, rename, add, dismiss and restore', async () => {
  const { page, errors } = await harness.open({ theme: 'light' });
  await toBoard(page);
  const certificate = await clauseId(page, 'battery health certificate');
  // The place menu: arrow down picks the first bucket, and the focus follows the card into its column.
  await page.focus(`[data-testid=place-${certificate}]`);
  await page.keyboard.press('ArrowDown');
  await page.waitForSelector(`[data-column=pipeline] [data-component="${certificate}"]`);
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === `move-${id}`, certificate);
  await page.keyboard.press('ArrowDown');
  await page.waitForSelector(`[data-column=deployed] [data-component="${certificate}"]`);

  // Shift+Tab reaches the card's pencil; Enter opens the name, Enter keeps it, the focus comes back.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), `rename-${certificate}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`[data-testid=name-${certificate}]`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Certificate service');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === `rename-${id}`, certificate);
  assert.equal(await page.textContent(`[data-component="${certificate}"] .card-title`), 'Certificate service');
  // Escape leaves the name as it was.
  await page.keyboard.press('Enter');
  await page.keyboard.type(' (draft)');
  await page.keyboard.press('Escape');
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === `rename-${id}`, certificate);
  assert.equal(await page.textContent(`[data-component="${certificate}"] .card-title`), 'Certificate service');

  // Added with Enter in the field: the new card's menu has the focus.
  await page.focus('[data-testid=add-text]');
  await page.keyboard.type('Trade-in price quotes for the shop');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-column=pipeline] [data-component=added-1]');
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'move-added-1');

  // Dismissed with the keyboard: the focus lands on the dismissed list; Enter opens it, Restore brings it back.
  const context = await clauseId(page, 'refurbished phones');
  await page.focus(`[data-testid=dismiss-${context}]`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=dismissed]');
  await page.waitForFunction(() => document.activeElement?.tagName === 'SUMMARY');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), `restore-${context}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`[data-unplaced="${context}"]`);
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === `place-${id}`, context);

  // A placed clause can go back: End picks the menu's last entry, "Back to not placed".
  await page.focus(`[data-testid=move-${certificate}]`);
  await page.keyboard.press('End');
  await page.waitForSelector(`[data-unplaced="${certificate}"]`);
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === `place-${id}`, certificate);
  assert.match((await page.textContent(`[data-unplaced="${certificate}"] .card-title`))!, /^Certificate service$/, 'its name stays');
  assert.deepEqual(errors, []);
});
