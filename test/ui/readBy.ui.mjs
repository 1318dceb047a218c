// "Read by" in the real workbench, with a language model on: code-server has the packaged .vsix and the
// test's own `vscode.lm` provider (test/ui/model-provider), which answers with the recorded reply. The
// panel reads the description through the product's path (the setting, the model family, `vscode.lm`,
// the progress notification), says "Read by <model>", and its switch reads offline and back: each time
// the label and the board's cards change. Screenshots: out/screenshots/vscode-read-by.png, -read-offline.png.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/vscode-env.mjs';
import { launchBrowser, workbenchUrl } from '../../scripts/lib/workbench.mjs';
import { runCommand, shot } from './workbench.ui.mjs';

/** Has a recording in test/recordings: the provider can answer its prompt. */
const DESCRIPTION = readFileSync(join(ROOT, 'test', 'fixtures', 'descriptions', 'card-fraud-realtime.txt'), 'utf8');
export const MODEL_SETTINGS = {
  'zenmlScope.useLanguageModel': true,
  'zenmlScope.languageModel.family': 'recorded-replies',
};

export async function runReadByTest({ serverUrl, profile, workspace }) {
  const context = await launchBrowser(profile, { viewport: { width: 1600, height: 1000 } });
  const page = context.pages()[0] ?? (await context.newPage());
  try {
    await page.goto(workbenchUrl(serverUrl, workspace));
    await page.waitForSelector('.statusbar-item', { timeout: 60_000 });
    await runCommand(page, 'ZenML: Scope ZenML Architecture');
    const web = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    const readBy = web.locator('[data-testid=read-by]');
    const cards = () => web.locator('[data-component]').evaluateAll((els) => els.map((e) => e.textContent.trim()).sort().join(' | '));
    const switchReader = async (expected) => {
      await web.locator('[data-testid=read-by-switch]').click();
      await readBy.locator('.hint', { hasText: expected }).waitFor({ timeout: 30_000 });
    };

    await web.locator('[data-testid=answer-text] textarea').fill(DESCRIPTION);
    await web.locator('[data-testid=submit]').click();
    await readBy.locator('.hint', { hasText: 'Read by recorded-replies' }).waitFor({ timeout: 30_000 });
    await web.locator('[data-question=classify]').waitFor();
    const modelCards = await cards();

    await switchReader('Read offline');
    assert.match(await web.locator('[data-testid=read-by-switch]').innerText(), /Read with a language model/);
    const offlineCards = await cards();
    assert.notEqual(offlineCards, modelCards, 'the offline reader puts other cards on the board');
    await readBy.scrollIntoViewIfNeeded();
    await shot(page, 'read-offline');

    await switchReader('Read by recorded-replies');
    assert.match(await web.locator('[data-testid=read-by-switch]').innerText(), /Read offline instead/);
    assert.equal(await cards(), modelCards, "the model's reading again: the same cards");
    await readBy.scrollIntoViewIfNeeded();
    await shot(page, 'read-by');
  } catch (e) {
    await shot(page, 'failure.tmp').catch(() => undefined);
    throw e;
  } finally {
    await context.close();
  }
}
