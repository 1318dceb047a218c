/**
 * Start-up noise: VS Code's extension host (Node 22) turns every read of the global `navigator`
 * into a logged `PendingMigrationError: navigator is now a global`. zod reads it when it probes
 * whether it may compile parsers with `new Function`, so the bundle must switch that probe off
 * before its first schema is built. Loads the real bundle with such a trap and a stub `vscode`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = resolve(__dirname, '../../..');

const LOADER = `
let reads = 0;
Object.defineProperty(globalThis, 'navigator', { configurable: true, get() { reads++; return undefined; } });
const Module = require('node:module');
const load = Module._load;
const stub = new Proxy(function () {}, { get: (_t, k) => (k === '__esModule' ? true : stub), apply: () => stub, construct: () => stub, getPrototypeOf: () => stub });
Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
const ext = require(process.argv[2]);
if (typeof ext.activate !== 'function') throw new Error('no activate export');
process.stdout.write(String(reads));
`;

test('loading the extension bundle never reads the global navigator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zenml-scope-startup-'));
  try {
    const bundle = join(dir, 'extension.js');
    buildSync({ entryPoints: [join(ROOT, 'src/extension.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'], outfile: bundle, logLevel: 'silent' });
    writeFileSync(join(dir, 'load.js'), LOADER);
    const reads = execFileSync(process.execPath, [join(dir, 'load.js'), bundle], { encoding: 'utf8' });
    assert.equal(reads, '0', 'the bundle read navigator while loading: VS Code logs a PendingMigrationError');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
