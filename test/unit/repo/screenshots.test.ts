/**
 * A test run must leave `git status` clean: every screenshot a run takes goes to a git-ignored
 * folder. The committed ones under test/screenshots are copied there deliberately, never by a run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
/** Loaded by path: the two harnesses belong to other type-check projects (DOM, plain JS). */
const load = (path: string): Promise<Record<string, unknown>> => import(join(ROOT, path));

function ignored(dir: string): boolean {
  try {
    execFileSync('git', ['check-ignore', '-q', join(relative(ROOT, dir), 'any-run.png')], { cwd: ROOT });
    return true;
  } catch {
    return false;
  }
}

test('the webview tests write their screenshots to a git-ignored folder', async () => {
  const { SCREENSHOTS } = (await load('test/webview/harness.ts')) as { SCREENSHOTS: string };
  assert.ok(ignored(SCREENSHOTS), `${relative(ROOT, SCREENSHOTS)} is tracked: a test run would modify the repository`);
});

test('the real-VS-Code UI test writes its screenshots to a git-ignored folder', async () => {
  const { SHOTS } = (await load('test/ui/workbench.ui.mjs')) as { SHOTS: string };
  assert.ok(ignored(SHOTS), `${relative(ROOT, SHOTS)} is tracked: a test run would modify the repository`);
});
