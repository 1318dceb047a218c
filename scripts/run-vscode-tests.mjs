// `npm run test:vscode`: the integration suite inside a real VS Code (code-server 4.139.1 = VS Code 1.139.1,
// Node extension host) opened by Debian Chromium, then the UI click-through of the packaged .vsix in the
// same kind of workbench, and "Read by" with a language model (the test's own vscode.lm provider).
// Installs what it needs first (scripts/setup-vscode.mjs, cached in .vscode-test/).
//   node scripts/run-vscode-tests.mjs [--integration-only | --ui-only]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup } from './setup-vscode.mjs';
import { buildIntegrationTests, buildModelProvider, INTEGRATION_ENTRY, PROVIDER_VSIX } from './lib/build-tests.mjs';
import { codeServerCli, freePort, freshProfile, ROOT, startCodeServer, VSIX, writeUserSettings } from './lib/vscode-env.mjs';
import { runExtensionTests } from './lib/workbench.mjs';

const args = new Set(process.argv.slice(2));
const FIXTURE_WORKSPACE = join(ROOT, 'test', 'fixtures', 'workspace');
const timings = {};

function npm(script) {
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run ${script} failed`);
}

async function timed(name, fn) {
  const t0 = Date.now();
  try {
    return await fn();
  } finally {
    timings[name] = Math.round((Date.now() - t0) / 100) / 10;
  }
}

/** A throwaway copy of the example workspace, so tests may write into it. */
function workspaceCopy(profile) {
  const ws = join(profile.base, 'workspace');
  cpSync(FIXTURE_WORKSPACE, ws, { recursive: true });
  return ws;
}

async function withServer(label, prepare, body) {
  const profile = freshProfile(label);
  const workspace = workspaceCopy(profile);
  writeUserSettings(profile);
  await prepare?.(profile);
  const port = await freePort();
  const serverLog = [];
  const server = await startCodeServer(profile, { port, workspace, log: (l) => serverLog.push(l) });
  try {
    return await body({ serverUrl: server.url, profile, workspace });
  } catch (e) {
    console.error(`--- code-server log (${label}) ---\n${serverLog.join('').slice(-4000)}`);
    throw e;
  } finally {
    server.stop();
    rmSync(profile.base, { recursive: true, force: true, maxRetries: 3 });
  }
}

async function integration() {
  npm('build');
  await buildIntegrationTests();
  const code = await withServer('it', null, ({ serverUrl, profile, workspace }) =>
    runExtensionTests({ serverUrl, profile, folder: workspace, extensionPath: ROOT, testsEntry: INTEGRATION_ENTRY }),
  );
  if (code !== 0) throw new Error(`integration tests failed (exit ${code})`);
}

async function ui() {
  npm('package');
  await buildModelProvider();
  const { runUiTest } = await import('../test/ui/workbench.ui.mjs');
  const { MODEL_SETTINGS, runReadByTest } = await import('../test/ui/readBy.ui.mjs');
  await withServer(
    'ui',
    (profile) => codeServerCli(profile, ['--install-extension', VSIX]),
    ({ serverUrl, profile, workspace }) => runUiTest({ serverUrl, profile, workspace }),
  );
  // A server of its own: the language model on, and the test's model provider installed beside the extension.
  await withServer(
    'ui-lm',
    async (profile) => {
      writeUserSettings(profile, MODEL_SETTINGS);
      await codeServerCli(profile, ['--install-extension', VSIX, '--install-extension', PROVIDER_VSIX]);
    },
    runReadByTest,
  );
}

async function main() {
  await timed('setup', () => setup());
  if (!args.has('--ui-only')) await timed('integration', integration);
  if (!args.has('--integration-only')) await timed('ui', ui);
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  writeFileSync(join(ROOT, 'out', 'vscode-test-timings.json'), JSON.stringify(timings, null, 2));
  console.log(`real VS Code tests passed; seconds: ${JSON.stringify(timings)}`);
}

main().catch((e) => {
  console.error(`test:vscode: ${e.message}`);
  process.exit(1);
});
