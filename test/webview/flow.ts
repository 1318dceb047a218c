/** Steps of the interview as a user takes them, shared by the webview tests. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { THEMES, type ThemeName } from './themes';

export const description = (name: string) => readFileSync(join(__dirname, '../fixtures/descriptions', `${name}.txt`), 'utf8');

export const currentQuestion = (page: Page) => page.getAttribute('[data-question]', 'data-question');

/** Clicks the question's submit button and waits for the next question (or the end). */
export async function submit(page: Page, button = '[data-testid=submit]'): Promise<string | null> {
  const before = await currentQuestion(page);
  await page.click(button);
  await page.waitForFunction((id) => document.querySelector('[data-question]')?.getAttribute('data-question') !== id, before);
  return currentQuestion(page);
}

/** Submits until a question of `kind` is shown. */
export async function until(page: Page, kind: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    if ((await page.getAttribute('[data-question]', 'data-kind')) === kind) return;
    await submit(page);
  }
  assert.fail(`no ${kind} question came`);
}

/**
 * VS Code swaps the theme live: new variables, then the body class, which the toolkit
 * watches to re-read its design tokens. So does this, in that order.
 */
export async function setTheme(page: Page, theme: ThemeName): Promise<void> {
  await page.evaluate(
    ({ theme, bodyClass }) =>
      new Promise<void>((loaded) => {
        const link = document.querySelector<HTMLLinkElement>('link[href*="/theme/"]')!;
        link.addEventListener('load', () => {
          document.body.className = bodyClass;
          loaded();
        }, { once: true });
        link.href = link.href.replace(/\/theme\/\w+\.css/, `/theme/${theme}.css`);
      }),
    { theme, bodyClass: THEMES[theme].bodyClass },
  );
  await page.waitForTimeout(50); // the toolkit applies tokens on its next DOM update
}

/**
 * Waits until a toolkit control shows the enabled state wanted. The toolkit reflects its
 * `disabled` property to the attribute on its next update, not at once, so reading the
 * attribute right after a change races on a loaded machine.
 */
export async function expectDisabled(page: Page, testId: string, wanted: boolean, message?: string): Promise<void> {
  const selector = `[data-testid=${testId}]${wanted ? '[disabled]' : ':not([disabled])'}`;
  await page.waitForSelector(selector, { timeout: 5000 }).catch(() => assert.fail(message ?? `${testId} is ${wanted ? 'not ' : ''}disabled`));
}

/** A toolkit text field's value (the property on the element, set by the app). */
export const fieldValue = (page: Page, testId: string) => page.$eval(`[data-testid=${testId}]`, (el) => (el as HTMLInputElement).value);

export const dagClusters = (page: Page) =>
  page.$$eval('[data-cluster]', (els) =>
    els.map((el) => ({
      kind: el.getAttribute('data-kind'),
      mvp: el.getAttribute('data-mvp') === 'true',
      label: el.querySelector('.dag-cluster-label')?.textContent ?? '',
      meta: el.querySelector('.dag-cluster-meta')?.textContent ?? '',
      steps: el.parentElement!.querySelectorAll(`[data-node^="${el.getAttribute('data-cluster')}/"]`).length,
    })),
  );
