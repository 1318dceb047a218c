/**
 * The shipped CLI: build dist/cli.js with the project's own esbuild.mjs and run it as users
 * and CI do (`node dist/cli.js`, i.e. the `zenml-scope` bin), checking exit codes and output.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { fixture, scratch } from './cliHarness';

const ROOT = join(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');

before(() => {
  const started = Date.now();
  // esbuild.mjs builds all three bundles; the CLI's is written even if another target fails
  // (e.g. while the webview is mid-edit), so judge the build by the CLI bundle's freshness.
  spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.ok(statSync(CLI).mtimeMs >= started - 1000, 'dist/cli.js was not rebuilt');
});

const cli = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });

test('the bundle is an executable node script named by the package bin', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.bin['zenml-scope'], 'dist/cli.js');
  assert.ok(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n'));
});

test('exit codes: 0 clean, 1 errors, 2 usage or I/O problems, with one-line messages', () => {
  const dir = scratch({ 'good.md': fixture('good/document-rag.md'), 'bad.md': fixture('bad/support-llm-finetuning.md') });
  const good = cli(dir, 'lint', 'good.md');
  assert.equal(good.status, 0, good.stderr);
  assert.match(good.stdout, /1 file checked: no problems\./);
  const bad = cli(dir, 'lint', '*.md');
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /^bad\.md:7:\d+ error time-estimate /m);
  const missing = cli(dir, 'lint', 'nope.md');
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, 'zenml-scope: nope.md: no such file\n');
});

test('sarif and --fix work from the bundle', () => {
  const dir = scratch({ 'plan.md': fixture('bad/weld-inspection-unstructured.md') });
  const sarif = JSON.parse(cli(dir, 'lint', '--format', 'sarif', 'plan.md').stdout);
  assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'plan.md');
  writeFileSync(join(dir, 'plan.md'), fixture('bad/weld-inspection-unstructured.md').replace(/\n/g, '\r\n'));
  const fixed = cli(dir, 'lint', '--fix', 'plan.md');
  assert.match(fixed.stdout, /1 file fixed\./);
  const text = readFileSync(join(dir, 'plan.md'), 'utf8');
  assert.ok(text.startsWith('# Pipeline Architecture: Weld Seam Inspection'));
  assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'CRLF kept');
});
