/**
 * A whole interview clicked through in Chromium against the REAL engine (behind the fake
 * host): a realistic description typed in, the board adjusted by moving one component,
 * pipelines confirmed (one edited), going back with the stepper, the MVP picked, the
 * review reached, and "Write" clicked, which the host must receive.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { dagClusters, description, expectDisabled, fieldValue, setTheme, submit } from './flow';
import { hostRecord, screenshot, startHarness, type Harness } from './harness';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => harness?.close());

test('a whole card-fraud interview, from the description to Write', async () => {
  const { page, errors } = await harness.open({ theme: 'light' });

  // 1. Full picture: the empty DAG says what will appear, the description goes in the large text area.
  assert.match((await page.textContent('.dag-empty'))!, /The DAG appears as you describe your workflow/);
  assert.match((await page.textContent('.why'))!, /Why this matters/i);
  await page.locator('[data-testid=answer-text] textarea').fill(description('card-fraud-realtime'));
  await screenshot(page, 'light-picture');
  assert.equal(await submit(page), 'classify');

  // 2. Classify: pre-filled with the recommendation and its reason; move one card.
  assert.equal(await page.getAttribute('[data-component=dashboard]', 'data-bucket'), 'not-a-pipeline');
  assert.match((await page.textContent('[data-component=dashboard] .card-alternative'))!, /Grafana|Streamlit/);
  assert.match((await page.textContent('[data-testid=pushback]'))!, /dashboard/i);
  assert.equal(await page.getAttribute('[data-component=monitoring]', 'data-bucket'), 'defer');
  assert.equal(await page.getAttribute('[data-testid=move-monitoring]', 'data-value'), 'defer');
  await page.click('[data-testid=move-monitoring]');
  await page.click('[data-testid=move-monitoring] vscode-option[data-value=not-a-pipeline]');
  await page.waitForSelector('[data-column=not-a-pipeline] [data-component=monitoring]');
  assert.match((await page.textContent('[data-component=monitoring]'))!, /moved by you/);
  assert.match((await page.textContent('.actions .hint'))!, /1 moved from the recommendation/);
  // The DAG already shows the pipelines the engine proposes, and follows the move before it is confirmed.
  assert.ok((await dagClusters(page)).some((c) => c.kind === 'pipeline'));
  await page.waitForSelector('[data-testid=dag-unconfirmed]');
  const apart = async () => page.$$eval('[data-node^="group:not-a-pipeline/"] .dag-node-label', (els) => els.map((e) => e.textContent));
  await page.waitForFunction(() => [...document.querySelectorAll('[data-node^="group:not-a-pipeline/"] .dag-node-label')].some((e) => e.textContent === 'Drift monitoring'));
  await expectDisabled(page, 'export-svg', true, 'exports wait for the confirmed answer');
  const drafts = (await hostRecord(page)).accepted.filter((m) => m.type === 'draft');
  assert.ok(drafts.length >= 1, 'the move went to the host as a draft');
  assert.equal((await hostRecord(page)).accepted.filter((m) => m.type === 'answer' && m.questionId === 'classify').length, 0, 'nothing is confirmed yet');
  await screenshot(page, 'light-classify');
  let next = await submit(page);
  const afterBoard = await hostRecord(page);
  const boardAnswer = afterBoard.accepted.find((m) => m.type === 'answer' && m.questionId === 'classify');
  assert.ok(boardAnswer?.type === 'answer' && boardAnswer.value.kind === 'classify' && boardAnswer.value.buckets.monitoring === 'not-a-pipeline');
  const grouped = await apart();
  assert.ok(grouped.includes('Drift monitoring'), `drift monitoring drawn apart as not a pipeline: ${grouped.join(', ')}`);
  assert.equal(await page.$('[data-testid=dag-unconfirmed]'), null, 'confirmed: the DAG is the interview\'s again');

  // 3. Decompose: single choices take the recommendation; pipelines are confirmed, one edited.
  await setTheme(page, 'dark');
  const confirmed: string[] = [];
  while (next && next !== 'mvp') {
    const kind = await page.getAttribute('[data-question]', 'data-kind');
    if (kind === 'pipeline') {
      const name = await fieldValue(page, 'pipeline-name');
      confirmed.push(name);
      if (confirmed.length === 1) {
        await page.locator('[data-testid=pipeline-trigger] input').fill('Nightly at 03:00, after the Snowflake load');
        // Reorder: move step 2 up, then back down; add a step and remove it again.
        const first = await fieldValue(page, 'step-name-0');
        const second = await fieldValue(page, 'step-name-1');
        await page.click('[data-testid=step-up-1]');
        await page.waitForFunction((v) => (document.querySelector('[data-testid=step-name-0]') as HTMLInputElement).value === v, second);
        assert.equal(await fieldValue(page, 'step-name-1'), first);
        await page.click('[data-testid=step-down-0]');
        await page.waitForFunction((v) => (document.querySelector('[data-testid=step-name-0]') as HTMLInputElement).value === v, first);
        const count = await page.locator('.step').count();
        await page.click('[data-testid=add-step]');
        assert.equal(await page.locator('.step').count(), count + 1);
        await expectDisabled(page, 'submit', true, 'an unnamed step blocks confirming');
        await page.click(`[data-testid=step-remove-${count}]`);
        assert.match((await page.textContent('[data-testid=step-guidance]'))!, /3-7/);
        // The DAG follows the edited trigger and a renamed step before Confirm.
        await page.locator('[data-testid=step-name-0] input').fill('load_card_transactions');
        await page.waitForFunction(() => [...document.querySelectorAll('.dag-cluster-meta')].some((e) => e.textContent?.startsWith('Nightly at 03:00')));
        await page.waitForFunction(() => [...document.querySelectorAll('.dag-node-label')].some((e) => e.textContent === 'load_card_transactions'));
        assert.ok(await page.isVisible('[data-testid=dag-unconfirmed]'));
        await screenshot(page, 'dark-pipeline');
      }
    }
    next = await submit(page);
  }
  assert.ok(confirmed.length >= 2, `pipelines confirmed: ${confirmed.join(', ')}`);
  const edited = (await dagClusters(page)).find((c) => c.label === confirmed[0]);
  assert.equal(edited?.meta, 'Nightly at 03:00, after the Snowflake load', 'the DAG redraws with the edited trigger');

  // Going back: the stepper's Classify returns to the board, with the moved card still moved.
  await page.click('.phase[data-phase=classify] button');
  await page.waitForSelector('[data-question=classify]');
  assert.equal(await page.getAttribute('[data-component=monitoring]', 'data-bucket'), 'not-a-pipeline');
  assert.equal(await submit(page), 'mvp', 'the same answer again goes straight back to where we were');

  // 4. MVP: the recommendation is pre-selected; the DAG highlights the pick.
  const recommended = await page.textContent('.recommendation strong');
  assert.ok(recommended && confirmed.includes(recommended), `recommended ${recommended}`);
  assert.equal(await submit(page), 'review');
  const clusters = await dagClusters(page);
  assert.deepEqual(clusters.filter((c) => c.mvp).map((c) => c.label), [recommended]);
  for (const c of clusters.filter((x) => x.kind === 'pipeline')) assert.ok(c.steps >= 3, `${c.label} has its steps in the DAG`);
  const handoffs = await page.$$eval('.dag-edge.handoff .dag-edge-label text', (els) => els.map((e) => e.textContent));
  assert.ok(handoffs.length >= 1 && handoffs.every((l) => / @ production$/.test(l!)), `hand-offs: ${handoffs.join(', ')}`);

  // 5. Review: the document, its lint results, and Write.
  await setTheme(page, 'hc');
  assert.match((await page.textContent('[data-testid=preview] h1'))!, /^Pipeline Architecture:/);
  assert.match((await page.textContent('[data-testid=lint]'))!, /0\s*errors · 0\s*warnings/);
  await expectDisabled(page, 'write', false);
  await screenshot(page, 'hc-review');
  await page.click('[data-testid=write]');
  await page.waitForFunction(() => window.__host.written.length === 1);
  await page.waitForSelector('[data-testid=notice-info]');

  const record = await hostRecord(page);
  const types = record.accepted.map((m) => m.type);
  assert.deepEqual(types.slice(-2), ['answer', 'write'], 'the review is accepted, then written');
  assert.match(record.written[0]!, /^# Pipeline Architecture: /);
  assert.match(record.written[0]!, /Drift monitoring/);
  assert.equal(types[0], 'ready');
  assert.equal(record.received.length, record.accepted.length, 'the webview only ever sent valid messages');
  await page.waitForSelector('[data-kind=complete]');
  assert.match((await page.textContent('[data-kind=complete]'))!, /pipeline-authoring/);
  assert.deepEqual(record.violations, []);
  assert.deepEqual(errors, []);
});

test('in an untrusted workspace the Write button is disabled and says why', async () => {
  const { page } = await harness.open({ theme: 'light', trust: false, doc: 'docs/churn_architecture.md' });
  await page.locator('[data-testid=answer-text] textarea').fill(description('churn-one-training-pipeline'));
  let next = await submit(page);
  while (next && next !== 'review') next = await submit(page);
  await expectDisabled(page, 'write', true);
  assert.equal((await page.textContent('[data-testid=write]'))!.trim(), 'Write docs/churn_architecture.md', 'the button names the configured document');
  assert.match((await page.textContent('[data-testid=write-hint]'))!, /not trusted/);
  await page.click('[data-testid=write]', { force: true });
  await page.waitForTimeout(200);
  assert.deepEqual((await hostRecord(page)).written, []);
});

test('drafts survive a reload; a half-width panel keeps the DAG beside the questions, a narrow one stacks it', async () => {
  const { page } = await harness.open({ theme: 'light', width: 720, height: 900 });
  const draft = 'We forecast weekly demand for 2,000 SKUs from the ERP export';
  await page.locator('[data-testid=answer-text] textarea').fill(draft);
  await page.reload();
  await page.waitForSelector('[data-question]');
  assert.equal(await page.inputValue('[data-testid=answer-text] textarea'), draft);

  // Half of a 1440 px window: the DAG stays in the first screen, beside the question.
  let interview = (await page.locator('.interview').boundingBox())!;
  let dag = (await page.locator('.dag-view').boundingBox())!;
  assert.ok(dag.x >= interview.x + interview.width - 1 && dag.y < 900 / 2, `side by side: ${JSON.stringify({ interview, dag })}`);

  await page.setViewportSize({ width: 560, height: 1100 });
  interview = (await page.locator('.interview').boundingBox())!;
  dag = (await page.locator('.dag-view').boundingBox())!;
  assert.ok(dag.y >= interview.y + interview.height - 1, 'stacked: the DAG comes below the interview');
  assert.ok(Math.abs(dag.width - interview.width) < 2, 'both take the full width');
  await screenshot(page, 'light-narrow');
});

test('the board is usable from the keyboard: a card moves with its dropdown and arrow keys', async () => {
  const { page } = await harness.open({ theme: 'light' });
  await page.locator('[data-testid=answer-text] textarea').fill(description('card-fraud-realtime'));
  assert.equal(await submit(page), 'classify');
  assert.equal(await page.getAttribute('[data-component=evaluation]', 'data-bucket'), 'pipeline');
  await page.focus('[data-testid=move-evaluation]');
  await page.keyboard.press('ArrowDown');
  await page.waitForSelector('[data-column=deployed] [data-component=evaluation]');
  // The card moved to another column and its menu kept the focus: no refocusing needed.
  await page.keyboard.press('ArrowUp');
  await page.waitForSelector('[data-column=pipeline] [data-component=evaluation]');
  assert.match((await page.textContent('.actions .hint'))!, /All as recommended/);
});
