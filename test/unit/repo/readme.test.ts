/**
 * What a newcomer following the README meets: the README says what the scripts do (the port the
 * demo prints, the system-wide apt-get, Auto Save, a first Write without an overwrite prompt).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const README = read('README.md');
const DEMO = read('scripts/demo.mjs');

test('the demo port: a free one, PORT to choose, as the README says', () => {
  assert.match(DEMO, /process\.env\.PORT \? Number\(process\.env\.PORT\) : await freePort\(\)/);
  assert.doesNotMatch(README, /prints the address to open, e\.g\. `http:\/\/127\.0\.0\.1:8080/, 'the README must not promise 8080');
  assert.match(README, /`PORT=8080\s+npm run demo`/);
});

test('the README discloses the system-wide apt-get the set-up runs as root', () => {
  assert.match(read('scripts/setup-vscode.mjs'), /run\('apt-get', \[\.\.\.lock, 'install'/);
  assert.match(README, /installed system-wide/);
  assert.match(README, /apt-get install chromium libkrb5-dev`\s+as root/);
});

test('the demo has Auto Save off and a first Write that creates the document', () => {
  assert.match(DEMO, /'files\.autoSave': 'off'/);
  assert.match(DEMO, /renameSync\(join\(workspace, 'pipeline_architecture\.md'\), join\(workspace, EXAMPLE_DOCUMENT\)\)/);
  assert.match(README, /Auto Save off/);
  assert.match(README, /first Write creates `pipeline_architecture\.md`/);
});
