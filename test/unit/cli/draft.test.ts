import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../src/core/lint/lint';
import { DESCRIPTIONS, runCli, scratchDir } from './interview.helpers';

test('draft writes a lint-clean document, and refuses to overwrite it without --force', async () => {
  const dir = scratchDir();
  const first = await runCli(['draft', join(DESCRIPTIONS, 'mega-pipeline-churn.txt')], dir);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /push-back \[mega-pipeline\]/);
  const md = readFileSync(join(dir, 'pipeline_architecture.md'), 'utf8');
  assert.deepEqual(lint(md).filter((d) => d.severity !== 'info'), []);
  assert.match(first.stdout, /Next: Build the .+ pipeline first/);

  writeFileSync(join(dir, 'pipeline_architecture.md'), 'mine');
  const again = await runCli(['draft', join(DESCRIPTIONS, 'mega-pipeline-churn.txt')], dir);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /already exists \(use --force/);
  assert.equal(readFileSync(join(dir, 'pipeline_architecture.md'), 'utf8'), 'mine', 'the user’s file is untouched');
  const forced = await runCli(['draft', join(DESCRIPTIONS, 'mega-pipeline-churn.txt'), '--force'], dir);
  assert.equal(forced.code, 0);
  assert.notEqual(readFileSync(join(dir, 'pipeline_architecture.md'), 'utf8'), 'mine');
});

test('draft from stdin with -o, reporting the readiness redirect it overrides', async () => {
  const dir = scratchDir();
  const r = await runCli(['draft', '-', '-o', 'arch.md'], dir, readFileSync(join(DESCRIPTIONS, 'medical-imaging-eda.txt')));
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /readiness: .*notebook/);
  assert.ok(existsSync(join(dir, 'arch.md')));
});

test('draft: nothing is a pipeline → no file, what to use instead, exit 1; bad input → exit 2', async () => {
  const dir = scratchDir();
  const etl = await runCli(['draft', join(DESCRIPTIONS, 'etl-no-ml-reporting.txt')], dir);
  assert.equal(etl.code, 1);
  assert.match(etl.stderr, /Nothing you described needs a ZenML pipeline/);
  assert.ok(!existsSync(join(dir, 'pipeline_architecture.md')));
  const empty = await runCli(['draft', '-'], dir, '');
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /^zenml-scope: stdin: empty/);
  const none = await runCli(['draft'], dir);
  assert.equal(none.code, 2);
});
