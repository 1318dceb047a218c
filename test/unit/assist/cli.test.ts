import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { makeRecording } from '../../../src/recordings/recordings';
import { scratch } from '../cli/cliHarness';
import { runCli } from '../cli/interview.helpers';
import { localServer } from './localServer';
import { DESCRIPTION, reply } from './synthetic';

const served = (content: string) => JSON.stringify({ model: 'served-model', choices: [{ message: { content } }] });

async function run(cwd: string, env: Record<string, string>, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, env, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

test('analyze --model-url --model: the description is read by the model, said in readBy', async () => {
  const { url, seen } = await localServer((_b, res) => res.end(served(reply())));
  const dir = scratch({ 'd.txt': DESCRIPTION });
  const r = await run(dir, {}, 'analyze', 'd.txt', '--model-url', url, '--model', 'local');
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.readBy, 'served-model');
  assert.deepEqual(out.modelNotes, []);
  assert.equal(seen.length, 1);
  assert.equal(seen[0]!.body.model, 'local');
});

test('ZENML_SCOPE_MODEL_URL / _MODEL / _KEY: the same without flags (how a scorer calls the CLI)', async () => {
  const { url, seen } = await localServer((_b, res) => res.end(served(reply())));
  const dir = scratch({ 'd.txt': DESCRIPTION });
  const r = await run(dir, { ZENML_SCOPE_MODEL_URL: url, ZENML_SCOPE_MODEL: 'env-model', ZENML_SCOPE_MODEL_KEY: 'k' }, 'draft', 'd.txt');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(seen[0]!.body.model, 'env-model');
  assert.equal(seen[0]!.auth, 'Bearer k');
});

test('no flag and no variable: no call, read offline; a failed call reads offline with one line on stderr', async () => {
  const { url, seen } = await localServer((_b, res) => res.end(served('I think this is a nice system.')));
  const dir = scratch({ 'd.txt': DESCRIPTION });
  const offline = await run(dir, {}, 'analyze', 'd.txt');
  assert.equal(JSON.parse(offline.stdout).readBy, null);
  assert.equal(seen.length, 0);
  const failed = await run(dir, {}, 'analyze', 'd.txt', '--model-url', url, '--model', 'm');
  assert.equal(failed.code, 0);
  assert.equal(JSON.parse(failed.stdout).readBy, null);
  assert.match(failed.stderr, /^model: the model's reply is not JSON .*; read offline\n$/);
  const bad = await run(dir, {}, 'analyze', 'd.txt', '--model-url', url);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /needs a model name too/);
});

test('--model-url replay:<folder> serves recordings; a changed prompt is refused naming the file', async () => {
  const dir = scratch({ 'd.txt': DESCRIPTION });
  mkdirSync(join(dir, 'recs'));
  writeFileSync(join(dir, 'recs', 'd.json'), JSON.stringify(makeRecording(DESCRIPTION, reply(), 'recorded-model', '2026-01-01T00:00:00Z')));
  const r = await run(dir, { ZENML_SCOPE_MODEL_URL: `replay:${join(dir, 'recs')}` }, 'analyze', 'd.txt');
  assert.equal(JSON.parse(r.stdout).readBy, 'recorded-model');
  writeFileSync(join(dir, 'd.txt'), `${DESCRIPTION} We also want drift reports.`);
  const stale = await run(dir, {}, 'analyze', 'd.txt', '--model-url', `replay:${join(dir, 'recs')}`);
  assert.equal(JSON.parse(stale.stdout).readBy, null);
  assert.match(stale.stderr, /no recording in .*recs answers prompt/);
});

test('interview --model-url: the reply is saved with the answers, so resuming reads it from the state file', async () => {
  const dir = scratch();
  mkdirSync(join(dir, 'recs'));
  writeFileSync(join(dir, 'recs', 'd.json'), JSON.stringify(makeRecording(DESCRIPTION, reply(), 'recorded-model', '2026-01-01T00:00:00Z')));
  const r = await runCli(['interview', '--model-url', `replay:${join(dir, 'recs')}`], dir, `${DESCRIPTION}\n\n:quit\n`);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Reading your description with replay:/);
  const saved = JSON.parse(readFileSync(join(dir, '.zenml-scope-interview.json'), 'utf8'));
  assert.equal(saved.answers[0].model.model, 'recorded-model');
  const resumed = await runCli(['interview'], dir, ':quit\n');
  assert.equal(resumed.code, 0, resumed.stderr);
  assert.doesNotMatch(resumed.stdout, /Reading your description/);
});
