import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../src/core/lint/lint';
import { stdinHint } from '../../../src/cli/stdinHint';
import { run, scratch } from './cliHarness';
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

test('draft: an output path that cannot be written is refused before any work, in one line', async () => {
  const dir = scratch();
  const description = join(DESCRIPTIONS, 'card-fraud-realtime.txt');
  const missing = await run(dir, 'draft', description, '-o', 'docs/architecture.md');
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, 'zenml-scope: docs/architecture.md: the directory docs does not exist\n', 'no push-backs before the refusal');
  const directory = await run(dir, 'draft', description, '-o', '.', '--force');
  assert.equal(directory.stderr, 'zenml-scope: .: is a directory; name the file to write\n');
  const ok = await run(dir, 'draft', description, '-o', 'plan.md');
  assert.match(ok.stdout, /^Wrote plan\.md: 3 pipelines, MVP /);
});

test('draft -o: the next step names the file written, not the default name', async () => {
  const dir = scratch();
  const written = await run(dir, 'draft', join(DESCRIPTIONS, 'card-fraud-realtime.txt'), '-o', 'out.md');
  assert.equal(written.code, 0, written.stderr);
  assert.match(written.stdout, /Next: .*using out\.md as its specification/);
  assert.doesNotMatch(written.stdout, /pipeline_architecture\.md/);
  const nothing = await run(dir, 'draft', join(DESCRIPTIONS, 'etl-no-ml-reporting.txt'), '-o', 'reporting.md');
  assert.equal(nothing.code, 1);
  assert.match(nothing.stderr, /there is no reporting\.md to write/);
});

test('analyze and draft say they are reading the terminal instead of waiting silently', () => {
  let err = '';
  const io = { cwd: '.', stdout: () => {}, stderr: (t: string) => (err += t) };
  stdinHint(io, 'notes.txt', true);
  stdinHint(io, '-', false);
  assert.equal(err, '', 'a file, or piped stdin, needs no hint');
  stdinHint(io, undefined, true);
  assert.match(err, /^Reading the description from the terminal: .*Ctrl-D/);
});

test('--help of each subcommand names its options and exit codes', async () => {
  for (const command of ['lint', 'analyze', 'draft', 'interview']) {
    const r = await run('.', command, '--help');
    assert.equal(r.code, 0);
    assert.match(r.stdout, new RegExp(`^Usage: zenml-scope ${command} `));
    assert.match(r.stdout, /Exit code: 0 .*\b2 /s, command);
  }
  const interview = (await run('.', 'interview', '--help')).stdout;
  for (const option of ['--state', '-o, --output', ':back', ':quit', '3=defer', 'del 2']) assert.ok(interview.includes(option), option);
});

test('draft: a dangling symlink, a read-only file or directory is refused before any work', async () => {
  const dir = scratch();
  const description = join(DESCRIPTIONS, 'card-fraud-realtime.txt');
  symlinkSync('elsewhere.md', join(dir, 'link.md'));
  const dangling = await run(dir, 'draft', description, '-o', 'link.md');
  assert.equal(dangling.stderr, 'zenml-scope: link.md already exists (use --force to overwrite it)\n');
  const forced = await run(dir, 'draft', description, '-o', 'link.md', '--force');
  assert.equal(forced.stderr, 'zenml-scope: link.md: is a symlink to a missing file; name a real file to write\n');
  assert.equal(existsSync(join(dir, 'elsewhere.md')), false, 'the link target is never created');
  writeFileSync(join(dir, 'locked.md'), 'mine');
  chmodSync(join(dir, 'locked.md'), 0o444);
  const locked = await run(dir, 'draft', description, '-o', 'locked.md', '--force');
  assert.equal(locked.stderr, 'zenml-scope: locked.md: read-only, not overwritten\n');
  mkdirSync(join(dir, 'ro'), 0o555);
  const readOnlyDir = await run(dir, 'draft', description, '-o', 'ro/plan.md');
  assert.equal(readOnlyDir.stderr, 'zenml-scope: ro/plan.md: the directory ro is not writable\n', 'no push-backs before the refusal');
});
