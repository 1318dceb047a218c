// Drives code-server's workbench from Debian Chromium with playwright-core: the integration run (mocha inside
// the extension host, started through the smoke-test driver's `payload`) and the UI click-through share it.
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './vscode-env.mjs';

export async function launchBrowser(profile, { viewport = { width: 1600, height: 1000 }, colorScheme = 'dark' } = {}) {
  return chromium.launchPersistentContext(profile.browser, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    colorScheme,
    env: { ...process.env, HOME: profile.home },
  });
}

/** The workbench URL for a folder, optionally with smoke-test-driver payload pairs. */
export function workbenchUrl(serverUrl, folder, payload) {
  const url = new URL(serverUrl);
  url.searchParams.set('folder', folder);
  if (payload) url.searchParams.set('payload', JSON.stringify(payload));
  return url.href;
}

/**
 * Runs the mocha suite whose `run()` is exported by `testsEntry` inside the extension host of a workbench
 * opened on `folder`, with the extension at `extensionPath` loaded in development mode.
 * Resolves to the exit code the workbench reports (0 = every test passed).
 */
export async function runExtensionTests({ serverUrl, profile, folder, extensionPath, testsEntry, timeoutMs = 300_000, log = console.log }) {
  const remote = (p) => `vscode-remote://${new URL(serverUrl).host}${p}`;
  const context = await launchBrowser(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let finish;
    const exited = new Promise((ok) => (finish = ok));
    await page.exposeFunction('codeAutomationLog', (type, args) => log(...(Array.isArray(args) ? args : [type, args])));
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    const url = workbenchUrl(serverUrl, folder, [
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['extensionTestsPath', remote(testsEntry)],
    ]);
    await page.goto(url);
    const timeout = new Promise((_, fail) => setTimeout(() => fail(new Error(`extension tests did not finish within ${timeoutMs / 1000} s`)), timeoutMs));
    return await Promise.race([exited, timeout]);
  } finally {
    await context.close();
  }
}
