/**
 * Editing an answer before confirming it, as a user met it in the real VS Code: a step name
 * the host would refuse, a pipeline grown past its bounds, edits undone ("Discard my changes",
 * "Back to recommendations"), and edits restored after a reload, drawn in the DAG with their badge.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { PROPOSAL_LIMITS } from '../../src/core/planning/proposals';
import { description, expectDisabled, fieldValue, setTheme, submit, until } from './flow';
import { hostRecord, screenshot, startHarness, type Harness } from './harness';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => harness?.close());

const badge = (page: Page) => page.$('[data-testid=dag-unconfirmed]');

async function toFirstPipeline(page: Page): Promise<void> {
  await page.locator('[data-testid=answer-text] textarea').fill(description('card-fraud-realtime'));
  await submit(page);
  await until(page, 'pipeline');
}

test('a step name the host would refuse is refused at the button, on the field, before anything is sent', async () => {
  const { page, errors } = await harness.open({ theme: 'light' });
  await toFirstPipeline(page);
  const question = (await page.getAttribute('[data-question]', 'data-question'))!;
  await page.locator('[data-testid=step-name-1] input').fill('load data');
  await page.waitForSelector('[data-testid=problem]');
  assert.match((await page.textContent('[data-testid=problem]'))!, /Step 2: step names are single identifiers like load_transactions .*no spaces/);
  assert.equal(await page.getAttribute('[data-testid=step-name-1]', 'aria-invalid'), 'true', 'the field is marked');
  assert.equal(await page.getAttribute('[data-testid=step-name-0]', 'aria-invalid'), null);
  await expectDisabled(page, 'submit', true, 'Confirm waits for a valid name');
  // The message sits at the button (beside it, or on the line above when narrow), not at the top of the column.
  const problem = (await page.locator('[data-testid=problem]').boundingBox())!;
  const button = (await page.locator('[data-testid=submit]').boundingBox())!;
  const gap = button.y - (problem.y + problem.height);
  assert.ok(gap < 16 && problem.y < button.y + button.height, `beside or just above the button: ${JSON.stringify({ problem, button })}`);
  await page.locator('[data-testid=submit]').scrollIntoViewIfNeeded();
  await screenshot(page, 'light-rejected-name');
  for (const theme of ['dark', 'hc'] as const) {
    await setTheme(page, theme);
    await screenshot(page, `${theme}-rejected-name`);
  }
  await page.click('[data-testid=submit]', { force: true });
  await page.waitForTimeout(200);
  const sent = (await hostRecord(page)).accepted.filter((m) => m.type === 'answer' && m.questionId === question);
  assert.deepEqual(sent, [], 'nothing the host would refuse is sent');

  await page.locator('[data-testid=step-name-1] input').fill('load_data');
  await page.waitForSelector('[data-testid=problem]', { state: 'detached' });
  assert.equal(await page.getAttribute('[data-testid=step-name-1]', 'aria-invalid'), null);
  await expectDisabled(page, 'submit', false);
  assert.deepEqual(errors, []);
});

test(`a pipeline stops growing at ${PROPOSAL_LIMITS.steps} steps, and "Discard my changes" restores the proposal`, async () => {
  const { page } = await harness.open({ theme: 'light' });
  await toFirstPipeline(page);
  const proposed = await page.locator('.step').count();
  assert.equal(await page.$('[data-testid=discard]'), null, 'nothing to discard yet');
  for (let n = proposed; n < PROPOSAL_LIMITS.steps; n++) await page.click('[data-testid=add-step]');
  assert.equal(await page.locator('.step').count(), PROPOSAL_LIMITS.steps);
  await expectDisabled(page, 'add-step', true, 'no step beyond the bound');
  assert.match((await page.getAttribute('[data-testid=add-step]', 'title'))!, /At most 30 steps/);
  assert.equal(await page.getAttribute('[data-testid=pipeline-name]', 'maxlength'), String(PROPOSAL_LIMITS.name));

  await page.locator('[data-testid=pipeline-trigger] input').fill('Every hour');
  await page.click('[data-testid=discard]');
  await page.waitForSelector('[data-testid=discard]', { state: 'detached' });
  assert.equal(await page.locator('.step').count(), proposed);
  assert.notEqual(await fieldValue(page, 'pipeline-trigger'), 'Every hour');
  assert.equal(await badge(page), null, 'nothing unconfirmed is drawn');
});

test('edits restored after a reload are drawn in the DAG with their badge; exports wait for them', async () => {
  const { page } = await harness.open({ theme: 'light' });
  await toFirstPipeline(page);
  await page.locator('[data-testid=pipeline-trigger] input').fill('Nightly at 02:00');
  await page.waitForSelector('[data-testid=dag-unconfirmed]');
  await page.reload();
  await page.waitForSelector('[data-question]');
  assert.equal(await fieldValue(page, 'pipeline-trigger'), 'Nightly at 02:00', 'the form keeps the edit');
  await page.waitForFunction(() => [...document.querySelectorAll('.dag-cluster-meta')].some((e) => e.textContent === 'Nightly at 02:00'));
  assert.ok(await badge(page), 'the DAG says it shows unconfirmed changes');
  await expectDisabled(page, 'export-svg', true);
});

test('"Back to recommendations" leaves nothing unconfirmed: the badge goes, Export comes back', async () => {
  const { page } = await harness.open({ theme: 'light' });
  await page.locator('[data-testid=answer-text] textarea').fill(description('card-fraud-realtime'));
  assert.equal(await submit(page), 'classify');
  await page.click('[data-testid=move-monitoring]');
  await page.click('[data-testid=move-monitoring] vscode-option[data-value=not-a-pipeline]');
  await page.waitForSelector('[data-testid=dag-unconfirmed]');
  await expectDisabled(page, 'export-svg', true);
  await page.click('text=Back to recommendations');
  await page.waitForSelector('[data-testid=dag-unconfirmed]', { state: 'detached' });
  // A draft reply still in flight must not bring the badge back.
  await page.waitForTimeout(400);
  assert.equal(await badge(page), null);
  await expectDisabled(page, 'export-svg', false);
});

test('a changed description that brings a new component shows the board with the new card', async () => {
  const { page, errors } = await harness.open({ theme: 'light' });
  await page.locator('[data-testid=answer-text] textarea').fill(description('card-fraud-realtime'));
  await submit(page);
  await until(page, 'review');
  // Back to the first answer, one more wish added.
  await page.click('.phase[data-phase=picture] button');
  await page.waitForSelector('[data-question=picture]');
  await page.locator('[data-testid=answer-text] textarea').fill(`${description('card-fraud-realtime')}\nWe also want a weekly report for the risk committee and an A/B test of the new model against the rules engine.`);
  assert.equal(await submit(page), 'classify', 'the board, not the document');
  await page.waitForSelector('[data-component=ab-testing]');
  await page.locator('[data-component=ab-testing]').scrollIntoViewIfNeeded();
  await screenshot(page, 'light-board-new-card');
  for (const theme of ['dark', 'hc'] as const) {
    await setTheme(page, theme);
    await screenshot(page, `${theme}-board-new-card`);
  }
  assert.deepEqual(errors, []);
});

test('outcomes do not pile up: the latest notice replaces the one before', async () => {
  const { page } = await harness.open({ theme: 'light' });
  await page.evaluate(() => window.__host.send({ type: 'notice', level: 'info', text: 'Kept the existing pipeline_architecture.md: nothing was written.' }));
  await page.waitForSelector('text=Kept the existing');
  await page.evaluate(() => window.__host.send({ type: 'notice', level: 'info', text: 'Replaced pipeline_architecture.md.' }));
  await page.waitForSelector('text=Replaced pipeline_architecture.md.');
  assert.equal(await page.locator('text=Kept the existing').count(), 0, 'the older, contradicting outcome is gone');
});

test('edits made just before a window reload survive even when the webview\'s own state is lost: the host keeps them', async () => {
  const { page } = await harness.open({ theme: 'light' });
  await toFirstPipeline(page);
  await page.locator('[data-testid=pipeline-trigger] input').fill('Hourly, from the stream');
  await page.waitForSelector('[data-testid=dag-unconfirmed]');
  // What a reload in the last seconds can do in VS Code: the webview's setState never reached the workbench.
  await page.evaluate(() => sessionStorage.removeItem('viewState'));
  await page.reload();
  await page.waitForSelector('[data-testid=pipeline-trigger]');
  assert.equal(await fieldValue(page, 'pipeline-trigger'), 'Hourly, from the stream');
  await page.waitForSelector('[data-testid=dag-unconfirmed]');
  // Discarded, the edit is forgotten by the host too.
  await page.click('[data-testid=discard]');
  await page.waitForSelector('[data-testid=dag-unconfirmed]', { state: 'detached' });
  await page.waitForTimeout(300);
  await page.evaluate(() => sessionStorage.removeItem('viewState'));
  await page.reload();
  await page.waitForSelector('[data-testid=pipeline-trigger]');
  assert.notEqual(await fieldValue(page, 'pipeline-trigger'), 'Hourly, from the stream');
});
