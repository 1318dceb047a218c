// Bundles the integration suite for the extension host: one CommonJS file per test file plus the entry,
// `vscode` and `mocha` left external (the host provides the first, node_modules the second).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './vscode-env.mjs';

export const INTEGRATION_OUT = join(ROOT, 'out', 'integration');
export const INTEGRATION_ENTRY = join(INTEGRATION_OUT, 'index.js');

export async function buildIntegrationTests() {
  const dir = join(ROOT, 'test', 'integration');
  rmSync(INTEGRATION_OUT, { recursive: true, force: true });
  const entryPoints = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
  await esbuild.build({
    entryPoints,
    outdir: INTEGRATION_OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
}
