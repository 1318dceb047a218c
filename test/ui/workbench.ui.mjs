// The UI click-through in the real workbench (code-server's VS Code 1.139, Debian Chromium, playwright-core),
// with the packaged .vsix installed: lint the example workspace → Problems; F1 → "Scope ZenML Architecture"
// → answers typed into the webview → the DAG → Write → the overwrite diff and confirmation → Problems clean;
// then "Developer: Reload Window" restores the panel through the serializer; last, a new description with clauses the reader
// cannot place: one placed on the board, one component added, both in the DAG. Screenshots go to out/screenshots/vscode-*.png (git-ignored).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/vscode-env.mjs';
import { launchBrowser, workbenchUrl } from '../../scripts/lib/workbench.mjs';

/** A run's screenshots: git-ignored (copy one to test/screenshots to commit it, deliberately). */
export const SHOTS = join(ROOT, 'out', 'screenshots');
const DESCRIPTION = readFileSync(join(ROOT, 'test', 'fixtures', 'descriptions', 'card-fraud-realtime.txt'), 'utf8');
/** A used-bike shop: "Each trade-in bike gets a safety certificate…" is work the reader cannot place. */
const BIKES = [
  'We run a chain of used-bike shops.',
  'Every night we export the trade-in records from Postgres and train a price model on them.',
  'Staff see the suggested price on a tablet and confirm it.',
  'Each trade-in bike gets a safety certificate printed for the buyer.',
  'We also want drift monitoring at some point.',
].join(' ');

/**
 * F1, type the title, run the matching row. Extension commands join the palette only once the extension
 * host has registered the extension, a few seconds after the workbench shows: until then, close and retry.
 */
export async function runCommand(page, title, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type(title);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    try {
      await row.waitFor({ timeout: 3000 });
      await page.keyboard.press('Enter');
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

export async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `vscode-${name}.png`) });
  console.log(`  screenshot out/screenshots/vscode-${name}.png`);
}

function problemsText(page) {
  return page.locator('.markers-panel').innerText();
}

export async function runUiTest({ serverUrl, profile, workspace }) {
  const context = await launchBrowser(profile, { viewport: { width: 1600, height: 1000 } });
  const page = context.pages()[0] ?? (await context.newPage());
  try {
    await page.goto(workbenchUrl(serverUrl, workspace));
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    // The status bar shows once the workbench has restored its parts.
    await page.waitForSelector('.statusbar-item', { timeout: 60_000 });

    // 1. Lint the workspace: the example document's findings land in the Problems panel.
    await runCommand(page, 'ZenML: Lint Architecture Documents in Workspace');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30_000 });
    await page.locator('.markers-panel', { hasText: 'time-estimate' }).waitFor();
    assert.match(await problemsText(page), /pipeline-field/);
    await shot(page, 'problems');

    // 2. The command palette opens the interview panel.
    await runCommand(page, 'ZenML: Scope ZenML Architecture');
    const web = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    const textarea = web.locator('[data-testid=answer-text] textarea');
    await textarea.waitFor({ timeout: 30_000 });
    await textarea.fill(DESCRIPTION);
    const question = () => web.locator('[data-question]').getAttribute('data-question');
    const submit = async () => {
      const before = await question();
      await web.locator('[data-testid=submit]').click();
      await web.locator(`[data-question]:not([data-question="${before}"])`).waitFor({ timeout: 15_000 });
      return question();
    };
    let current = await submit();
    await shot(page, 'classify');

    // 3. Take the recommendations through the phases; the DAG redraws after every answer.
    for (let i = 0; current !== 'review' && i < 30; i++) current = await submit();
    assert.equal(current, 'review');
    const pipelines = await web.locator('[data-cluster][data-kind=pipeline]').count();
    assert.ok(pipelines >= 2, `the DAG shows ${pipelines} pipeline clusters`);
    assert.equal(await web.locator('[data-cluster][data-mvp=true]').count(), 1, 'one MVP highlighted');
    assert.ok((await web.locator('.dag-edge.handoff').count()) >= 1, 'a Model Control Plane hand-off');
    await web.locator('[data-testid=lint]', { hasText: /0\s*errors · 0\s*warnings/ }).waitFor();
    await shot(page, 'review-dag');

    // 4. Write: pipeline_architecture.md exists, so VS Code shows the diff and asks first.
    await web.locator('[data-testid=write]').click();
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 15_000 });
    assert.match(await dialog.innerText(), /already exists and differs/);
    await page.locator('.editor-instance .monaco-diff-editor').first().waitFor();
    await shot(page, 'overwrite-confirm');
    await dialog.locator('.monaco-button', { hasText: 'Overwrite' }).click();

    // 5. The written document opens beside the panel, which says so, and the old findings leave Problems.
    // The host closes the diff, then writes and opens the document. The diff's own tab title also
    // starts with the file name, so the document tab is only looked for once the diff is gone.
    await page
      .locator('.tab', { hasText: 'proposed by ZenML Scope' })
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => assert.fail('the diff closes after the answer'));
    await page.locator('.tab', { hasText: /^pipeline_architecture\.md/ }).first().waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => !document.querySelector('.markers-panel')?.textContent?.includes('time-estimate'), null, { timeout: 15_000 });
    await web.locator('[data-testid=notice-info]', { hasText: 'Replaced pipeline_architecture.md' }).waitFor();
    await shot(page, 'written');

    // 6. Reload the window: the serializer restores the panel where the interview was. The command, not a
    // page reload, so the workbench saves its layout first, as a user's reload does; a bare page reload can
    // beat that save and restore an older layout.
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await web.locator('[data-question], .completed').first().waitFor({ timeout: 60_000 });
    assert.ok((await web.locator('[data-cluster][data-kind=pipeline]').count()) >= 2, 'the restored panel draws the DAG again');
    await shot(page, 'restored');

    // 7. Back to the first question with another description: the board shows what the reader could not
    // place; one clause is placed outside the pipelines, one missed component added, and the DAG draws both.
    await web.locator('.phase[data-phase=picture] button').click();
    await web.locator('[data-question=picture]').waitFor();
    await web.locator('[data-testid=answer-text] textarea').fill(BIKES);
    assert.equal(await submit(), 'classify');
    const certificate = web.locator('[data-unplaced]', { hasText: 'safety certificate' });
    const id = await certificate.getAttribute('data-unplaced');
    await web.locator(`[data-testid=place-${id}]`).click();
    await web.locator(`[data-testid=place-${id}] vscode-option[data-value=not-a-pipeline]`).click();
    await web.locator(`[data-column=not-a-pipeline] [data-component="${id}"]`).waitFor();
    await web.locator('[data-testid=add-text] input').fill('Weekly price report for the shop managers');
    await web.locator('[data-testid=add]').click();
    await web.locator('[data-column=pipeline] [data-component=added-1]').waitFor();
    await web.locator('[data-testid=dag]', { hasText: 'Weekly price report for the shop managers' }).waitFor({ timeout: 15_000 });
    await web.locator('[data-testid=dag]', { hasText: 'Each trade-in bike gets a safety' }).waitFor();
    await web.locator('[data-testid=unplaced]').scrollIntoViewIfNeeded();
    await shot(page, 'board-unplaced');
  } catch (e) {
    await shot(page, 'failure.tmp').catch(() => undefined);
    throw e;
  } finally {
    await context.close();
  }
}
