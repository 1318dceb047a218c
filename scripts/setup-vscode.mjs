// Installs, once and cached in the git-ignored .vscode-test/, what the real-VS-Code tests and the demo need
// on a machine with only Node 20, npm and Debian apt (see docs/notes/extension.md):
//   Debian chromium + libkrb5-dev, Node 24 (from the npm registry) and code-server (VS Code 1.139) built with it.
// Safe to run repeatedly: each step is skipped when its result is already there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CACHE, CHROMIUM, CODE_SERVER_DIR, CODE_SERVER_ENTRY, CODE_SERVER_VERSION,
  NODE24, NODE24_BIN, NODE24_DIR, NODE24_HEADERS,
} from './lib/vscode-env.mjs';

function run(cmd, args, opts = {}) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
}

function aptPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  // code-server's `kerberos` module is compiled from source here and needs gssapi.h.
  if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages: ${missing.join(' ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  // Wait for the dpkg lock rather than fail when another apt-get (e.g. a parallel setup) holds it.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  run('apt-get', [...lock, 'update']);
  run('apt-get', [...lock, 'install', '-y', '--no-install-recommends', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** An npm install into its own folder; the package.json stops npm from walking up into the project. */
function npmInstallInto(dir, spec, env = process.env) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `vscode-test-${spec.split('@')[0]}`, private: true }));
  run('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', spec], { env });
}

function node24() {
  if (existsSync(NODE24)) return;
  npmInstallInto(NODE24_DIR, 'node@24');
}

/**
 * Under `npm test` the outer npm (on Node 20) exports npm_* variables; the inner npm would read
 * npm_config_user_agent back as its own config, and code-server's postinstall reads the Node version
 * from that user agent: it would see Node 20 and refuse. Drop them so the inner npm speaks for itself.
 */
function withoutNpmLifecycleEnv(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
}

function codeServer() {
  if (existsSync(CODE_SERVER_ENTRY)) return;
  // code-server wants Node 24 and compiles native modules with node-gyp (prebuilt downloads fail offline);
  // the user's npmrc may point node-gyp at Node 20's headers, so point it at Node 24's explicitly.
  npmInstallInto(CODE_SERVER_DIR, `code-server@${CODE_SERVER_VERSION}`, {
    ...withoutNpmLifecycleEnv(process.env),
    PATH: `${NODE24_BIN}:${process.env.PATH}`,
    npm_config_nodedir: NODE24_HEADERS,
  });
  if (!existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server install finished but ${CODE_SERVER_ENTRY} is missing`);
}

export function setup() {
  const t0 = Date.now();
  mkdirSync(CACHE, { recursive: true });
  aptPackages();
  node24();
  codeServer();
  console.log(`real VS Code ready (code-server ${CODE_SERVER_VERSION}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    setup();
  } catch (e) {
    console.error(`setup-vscode: ${e.message}`);
    process.exit(1);
  }
}
