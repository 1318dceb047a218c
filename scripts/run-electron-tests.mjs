// `npm run test:electron`: the same mocha integration suite under @vscode/test-electron, which downloads a
// desktop VS Code (needs internet; offline machines use `npm run test:vscode`, code-server instead).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildIntegrationTests, INTEGRATION_ENTRY } from './lib/build-tests.mjs';
import { ROOT } from './lib/vscode-env.mjs';

const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
await buildIntegrationTests();

const base = mkdtempSync(join(tmpdir(), 'zenml-scope-electron-'));
const workspace = join(base, 'workspace');
cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: INTEGRATION_ENTRY,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(base, 'user-data')],
  });
} catch (e) {
  console.error(`test:electron: ${e.message ?? e}`);
  process.exitCode = 1;
} finally {
  rmSync(base, { recursive: true, force: true });
}
