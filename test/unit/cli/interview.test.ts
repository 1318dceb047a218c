import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadState } from '../../../src/core/interview/state';
import { lint } from '../../../src/core/lint/lint';
import { runCli, scratchDir, startCli } from './interview.helpers';

const DESCRIPTION = [
  'We pull customer events from Postgres every night, clean them and build features.',
  'Then we train a churn model weekly and score all customers nightly into Snowflake.',
  'Two ML engineers, we run everything on Kubernetes and the notebook works.',
  '',
  '',
].join('\n');
/** Enter at every later prompt: take each recommendation. */
const ENTERS = '\n'.repeat(40);

test('interview: a scripted session takes the recommendations and writes a lint-clean document', async () => {
  const dir = scratchDir();
  const r = await runCli(['interview'], dir, DESCRIPTION + ENTERS);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /== The full picture/);
  assert.match(r.stdout, /Why it matters: /);
  assert.match(r.stdout, /Wrote pipeline_architecture\.md/);
  const md = readFileSync(join(dir, 'pipeline_architecture.md'), 'utf8');
  assert.deepEqual(lint(md).filter((d) => d.severity !== 'info'), []);
  assert.ok(!existsSync(join(dir, '.zenml-scope-interview.json')), 'a finished interview leaves no state behind');
});

test('interview: the board is a numbered list edited with "n=bucket"', async () => {
  const dir = scratchDir();
  const desc = 'We train a churn model weekly from Postgres, tune hyperparameters with Optuna, and want a Grafana dashboard. One ML engineer on Kubernetes.\n\n';
  const r = await runCli(['interview'], dir, `${desc}9=nope\n1=defer\n${ENTERS}`);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Move items with e\.g\. "3=defer"/);
  assert.match(r.stdout, /Not understood: "9=nope": there is no item 9 \(1-3\)/);
  assert.match(r.stdout, /1\. Model training → pipeline\n/);
  assert.match(r.stdout, /1\. Model training → defer \(you moved it; recommended: pipeline\)/, 'the board is shown again with the item moved');
});

test('interview: killed mid-way, it resumes from the saved state file', async () => {
  const dir = scratchDir();
  const child = startCli(['interview', '--state', 'saved.json'], dir);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stdin!.write(DESCRIPTION);
  const statePath = join(dir, 'saved.json');
  for (let i = 0; i < 200 && !existsSync(statePath); i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(existsSync(statePath), `state saved after the first answer; output so far: ${out.slice(-200)}`);
  child.kill('SIGKILL');
  await new Promise((r) => child.on('close', r));
  const saved = loadState(readFileSync(statePath, 'utf8'));
  assert.ok(saved.ok && saved.state.answers[0]!.questionId === 'picture');

  const resumed = await runCli(['interview', '--state', 'saved.json'], dir, ENTERS);
  assert.equal(resumed.code, 0, resumed.stderr);
  assert.match(resumed.stdout, /Resuming the interview saved in saved\.json \(1 answer so far\)/);
  assert.doesNotMatch(resumed.stdout, /== The full picture/, 'the description is not asked again');
  assert.ok(existsSync(join(dir, 'pipeline_architecture.md')));
});

test('interview: input ending early keeps the answers and says how to resume; a damaged state file is refused', async () => {
  const dir = scratchDir();
  const r = await runCli(['interview'], dir, DESCRIPTION);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /answers are saved in \.zenml-scope-interview\.json/);
  writeFileSync(join(dir, 'old.json'), JSON.stringify({ version: 0, answers: [] }));
  const old = await runCli(['interview', '--state', 'old.json'], dir, ENTERS);
  assert.equal(old.code, 2);
  assert.match(old.stderr, /old\.json: .*version 0.*delete it to start over/);
});
