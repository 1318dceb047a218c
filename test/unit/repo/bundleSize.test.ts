/**
 * The webview bundle is what every panel loads: kept under 300 KB minified (the README's
 * figure). Built in memory with the very options of esbuild.mjs, production-minified.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';

const ROOT = resolve(__dirname, '../../..');
const LIMIT = 300 * 1000;

test('the production webview bundle stays under 300 KB', async () => {
  const { targets } = (await import(join(ROOT, 'esbuild.mjs'))) as { targets: BuildOptions[] };
  const webview = targets.find((t) => JSON.stringify(t.entryPoints).includes('webview/main.tsx'))!;
  const result = await build({ ...webview, absWorkingDir: ROOT, minify: true, sourcemap: false, write: false, logLevel: 'silent' });
  const bytes = result.outputFiles.find((f) => f.path.endsWith('.js'))!.contents.length;
  assert.ok(bytes < LIMIT, `dist/webview.js would be ${(bytes / 1000).toFixed(0)} KB`);
});
