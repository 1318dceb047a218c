// `npm run test:webview`: the webview in a real headless browser.
// Installs Debian Chromium when it is missing (CI machines start with Node and npm only),
// builds the bundles, then runs test/webview/*.test.ts with Node's test runner (through tsx).
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`\n${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status ?? 1);
  }
}

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0) {
    console.error(`${CHROMIUM} is missing. Install Debian's chromium (apt-get install -y chromium) as root, or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log(`${CHROMIUM} is missing: installing Debian chromium…`);
  run('sh', ['-c', 'apt-get update && apt-get install -y --no-install-recommends chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

run(process.execPath, ['esbuild.mjs']);

const only = process.argv.slice(2);
const files = only.length ? only : readdirSync('test/webview').filter((f) => f.endsWith('.test.ts')).sort().map((f) => `test/webview/${f}`);
// One browser at a time: each file starts its own Chromium, and CI machines have few cores.
run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files]);
