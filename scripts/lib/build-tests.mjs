// Bundles the integration suite for the extension host: one CommonJS file per test file plus the entry,
// `vscode` and `mocha` left external (the host provides the first, node_modules the second); and the
// UI test's language model provider, packaged to install beside the extension.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
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

const PROVIDER_SRC = join(ROOT, 'test', 'ui', 'model-provider');
const PROVIDER_OUT = join(ROOT, 'out', 'ui-model-provider');
export const PROVIDER_VSIX = join(ROOT, 'out', 'recorded-replies.vsix');

/**
 * Packages the UI test's language model (test/ui/model-provider) as a .vsix for code-server to install:
 * bundled with the recordings folder's absolute path, which the installed copy cannot find by itself.
 */
export async function buildModelProvider() {
  rmSync(PROVIDER_OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [join(PROVIDER_SRC, 'extension.ts')],
    outfile: join(PROVIDER_OUT, 'extension.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    define: { RECORDINGS: JSON.stringify(join(ROOT, 'test', 'recordings')) },
    logLevel: 'warning',
  });
  cpSync(join(PROVIDER_SRC, 'package.json'), join(PROVIDER_OUT, 'package.json'));
  const vsce = join(ROOT, 'node_modules', '.bin', 'vsce');
  const r = spawnSync(vsce, ['package', '--skip-license', '--allow-missing-repository', '--no-dependencies', '--out', PROVIDER_VSIX], { cwd: PROVIDER_OUT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`packaging the UI test's model provider failed:\n${r.stdout}${r.stderr}`);
}
