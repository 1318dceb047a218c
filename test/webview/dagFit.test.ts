/**
 * The DAG as the user met it in VS Code: Fit that showed only part of a 12-step pipeline, the
 * dataset hand-off from the data pipeline to training that was never drawn, a huge document
 * that left the pane blank, and a document without pipelines greeted with the interview's text.
 * In light, dark and high contrast; the screenshots were looked at.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { screenshot, startHarness, type Harness } from './harness';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => harness?.close());

/** The drawing's box and the pane's, as the user sees them. */
const boxes = (page: Page) =>
  page.evaluate(() => ({
    content: document.querySelector('[data-testid=dag-content]')!.getBoundingClientRect().toJSON() as DOMRect,
    pane: document.querySelector('[data-testid=dag]')!.getBoundingClientRect().toJSON() as DOMRect,
  }));

for (const theme of ['light', 'dark', 'hc'] as const) {
  test(`${theme}: Fit shows all of a 12-step pipeline, and the dataset hand-off from the data pipeline to training`, async () => {
    const { page, errors } = await harness.open({ theme, mode: 'document', arch: 'data-training', width: 1000, height: 700 });
    await page.click('[data-testid=zoom-in]');
    await page.click('[data-testid=zoom-fit]');
    const { content, pane } = await boxes(page);
    assert.ok(content.top >= pane.top - 0.5 && content.bottom <= pane.bottom + 0.5, `all of it, top to bottom: ${JSON.stringify({ content, pane })}`);
    assert.ok(content.left >= pane.left - 0.5 && content.right <= pane.right + 0.5, 'all of it, side to side');
    assert.equal(await page.locator('[data-node^="pipeline:model training/step:"]').count(), 12);
    const zoom = Number((await page.textContent('[data-testid=zoom-level]'))!.replace('%', ''));
    assert.ok(zoom < 60, `fitted below the old 60 % floor: ${zoom} %`);

    const dataset = await page.$$eval('.dag-edge.dataset', (els) => els.map((e) => [e.getAttribute('data-from'), e.getAttribute('data-to'), e.querySelector('.dag-edge-label text')?.textContent]));
    assert.deepEqual(dataset, [['pipeline:data preparation/step:2', 'pipeline:model training/step:0', 'dataset']]);
    assert.match((await page.textContent('.dag-legend'))!, /dataset hand-off/);
    // The second line of each step is drawn at 12 px: readable when fitted, not the 6 px it was.
    const detail = await page.$eval('.dag-node-detail', (el) => getComputedStyle(el).fontSize);
    assert.equal(detail, '12px');
    await screenshot(page, `${theme}-dag-fit-12-steps`);

    // Zoomed back to 100 %, the dataset edge and its label close up.
    await page.click('[data-testid=zoom-in]');
    await page.click('[data-testid=zoom-in]');
    await page.click('[data-testid=zoom-in]');
    await page.focus('[data-testid=dag]');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
    await screenshot(page, `${theme}-dag-dataset`);
    assert.deepEqual(errors, []);
  });
}

test('a 20,000-step document is drawn in part with a notice, never a blank pane', async () => {
  const { page, errors } = await harness.open({ theme: 'light', mode: 'document', arch: 'huge' });
  assert.match((await page.textContent('[data-testid=dag-omitted]'))!, /Too big to draw whole: steps beyond 30 in 1 pipeline not drawn/);
  assert.ok((await page.locator('[data-node]').count()) > 0);
  assert.match((await page.textContent('[data-node$="/more"]'))!, /\+ 19,971 more steps/);
  await screenshot(page, 'light-dag-huge');
  assert.deepEqual(errors, []);
});

test('a document without pipelines says so, not the interview\'s invitation', async () => {
  const { page } = await harness.open({ theme: 'light', mode: 'document', arch: 'empty' });
  const text = (await page.textContent('.dag-empty'))!;
  assert.match(text, /pipeline_architecture\.md has no pipelines to draw/);
  assert.doesNotMatch(text, /as you describe your workflow/);
});
