// `npm run demo`: the product in a real VS Code without installing anything by hand. Installs code-server
// (cached in .vscode-test/), builds and packages the .vsix, installs it into a fresh profile, opens a copy of
// the example workspace (test/fixtures/workspace: a churn architecture with a few findings) and prints the
// address. Runs until Ctrl-C.   PORT=8080 npm run demo   picks the port (default: a free one).
import { spawnSync } from 'node:child_process';
import { cpSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setup } from './setup-vscode.mjs';
import { codeServerCli, freePort, freshProfile, ROOT, startCodeServer, VSIX, writeUserSettings } from './lib/vscode-env.mjs';

setup();
const pack = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
if (pack.status !== 0) {
  console.error('demo: npm run package failed');
  process.exit(1);
}
const profile = freshProfile('demo');
const workspace = join(profile.base, 'example-workspace');
cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
// The example is linted under another name, so the interview's first Write creates pipeline_architecture.md
// instead of meeting an overwrite prompt.
const EXAMPLE_DOCUMENT = 'pipeline_architecture_churn.md';
renameSync(join(workspace, 'pipeline_architecture.md'), join(workspace, EXAMPLE_DOCUMENT));
// Desktop VS Code does not save on its own; code-server (VS Code for the web) does by default.
writeUserSettings(profile, { 'files.autoSave': 'off' });
await codeServerCli(profile, ['--install-extension', VSIX]);
const port = process.env.PORT ? Number(process.env.PORT) : await freePort();
const server = await startCodeServer(profile, { port, workspace });

const cleanUp = () => {
  server.stop();
  rmSync(profile.base, { recursive: true, force: true, maxRetries: 3 });
  process.exit(0);
};
process.on('SIGINT', cleanUp);
process.on('SIGTERM', cleanUp);
server.child.on('exit', (code) => {
  console.error(`code-server stopped (exit ${code})`);
  rmSync(profile.base, { recursive: true, force: true, maxRetries: 3 });
  process.exit(1);
});

console.log(`
ZenML Scope is running in VS Code (code-server) with the example workspace:

    ${server.url}/?folder=${encodeURIComponent(workspace)}

Open it in a browser, then F1 → "ZenML: Scope ZenML Architecture". The example ${EXAMPLE_DOCUMENT}
has a few findings: open it to see the diagnostics and quick fixes. Auto Save is off, as in desktop VS Code.
Ctrl-C stops the server.
`);
