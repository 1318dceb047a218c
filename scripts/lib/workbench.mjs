// Drives code-server's workbench from Debian Chromium with playwright-core: the integration run (mocha inside
// the extension host, started through the smoke-test driver's `payload`) and the UI click-through share it.
import { format } from 'node:util';
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

/** Workbench chatter that says nothing about the tests (offline gallery, agent host, connection set-up). */
const WORKBENCH_NOISE =
  /^\[(AgentHost|ChatModelSelection|AccountPolicyGate|Service Worker|reconnection-grace-time)\]|ENOTFOUND (open-vsx\.org|[\w.]*(github|visualstudio|microsoft)\.com)|^(Resolving|Resolved) connection token|^Creating a socket|^Updating additional builtin/;

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
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      if (!WORKBENCH_NOISE.test(line)) log(type === 'error' ? `[workbench error] ${line}` : line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    const url = workbenchUrl(serverUrl, folder, [
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['extensionTestsPath', remote(testsEntry)],
    ]);
    await page.goto(url);
    let timer;
    const timeout = new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`extension tests did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
    });
    try {
      return await Promise.race([exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await context.close();
  }
}
