import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DESCRIPTIONS, runCli, scratchDir } from './interview.helpers';

const KEYS = ['categories', 'missingCategories', 'followUp', 'readiness', 'components', 'smells', 'pipelines', 'team', 'systems', 'models', 'unplaced', 'readBy', 'modelNotes'];

test('analyze prints the documented JSON shape for a description file', async () => {
  const r = await runCli(['analyze', join(DESCRIPTIONS, 'card-fraud-realtime.txt'), '--format', 'json'], scratchDir());
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), KEYS);
  assert.deepEqual(Object.keys(out.categories).sort(), ['dataSources', 'deployment', 'infrastructure', 'modelWork', 'operations', 'processing', 'team']);
  assert.equal(typeof out.readiness.ready, 'boolean');
  for (const c of out.components) {
    assert.ok(['pipeline', 'deployed', 'not-a-pipeline', 'defer'].includes(c.bucket));
    assert.equal(typeof c.text, 'string');
    assert.ok(c.reason.length > 0);
  }
  assert.ok(out.pipelines.length >= 2);
  assert.equal(out.pipelines.filter((p: { mvp: boolean }) => p.mvp).length, 1);
  for (const p of out.pipelines) assert.ok(['data', 'training', 'inference', 'deployed', 'other'].includes(p.kind) && p.steps.every((s: unknown) => typeof s === 'string'));
});

test('analyze reads stdin; nothing recognisable gets the follow-up, not a guess', async () => {
  const r = await runCli(['analyze', '-'], scratchDir(), 'hello there, lovely weather today');
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.match(out.followUp, /Where does your data come from/);
  assert.deepEqual(out.pipelines, []);
  assert.deepEqual(out.components, []);
  assert.deepEqual(out.smells, [], 'no push-back about things the user never said');
});

test('analyze: bad input is one line and exit 2 (empty, binary, over 1 MB, missing, bad format)', async () => {
  const dir = scratchDir();
  writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x61, 0x00, 0x62]));
  writeFileSync(join(dir, 'big.txt'), 'a'.repeat(1024 * 1024 + 1));
  const cases: [string[], string, RegExp][] = [
    [['analyze', '-'], '  \n', /empty/],
    [['analyze', 'bin.txt'], '', /binary/],
    [['analyze', 'big.txt'], '', /larger than 1 MB/],
    [['analyze', '-'], 'x'.repeat(1024 * 1024 + 10), /larger than 1 MB/],
    [['analyze', 'missing.txt'], '', /no such file/],
    [['analyze', '-', '--format', 'sarif'], 'we train a model', /unknown format/],
  ];
  for (const [args, stdin, message] of cases) {
    const r = await runCli(args, dir, stdin);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1, 'one line, no stack trace');
  }
});
