import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveDocumentPath } from '../../../src/host/paths';

const ws = '/home/ana/fraud-detection';

test('relative paths inside the workspace resolve under the folder', () => {
  assert.deepEqual(resolveDocumentPath('pipeline_architecture.md', ws), {
    ok: true,
    path: '/home/ana/fraud-detection/pipeline_architecture.md',
    relative: 'pipeline_architecture.md',
  });
  const nested = resolveDocumentPath('docs/arch/../pipeline_architecture.md', ws);
  assert.equal(nested.ok && nested.path, '/home/ana/fraud-detection/docs/pipeline_architecture.md');
  const backslashes = resolveDocumentPath('docs\\pipeline_architecture.md', ws);
  assert.equal(backslashes.ok && backslashes.relative, 'docs/pipeline_architecture.md');
});

test('an absolute path inside the workspace is accepted', () => {
  const r = resolveDocumentPath('/home/ana/fraud-detection/design/pipeline_architecture.md', ws);
  assert.equal(r.ok && r.relative, 'design/pipeline_architecture.md');
});

test('.. that climbs out of the workspace is refused with the setting named', () => {
  for (const bad of ['../pipeline_architecture.md', 'docs/../../x.md', '..', './../../etc/passwd']) {
    const r = resolveDocumentPath(bad, ws);
    assert.equal(r.ok, false, bad);
    assert.match(!r.ok ? r.error : '', /zenmlScope\.documentPath .*climbs out of the workspace folder \/home\/ana\/fraud-detection/);
  }
});

test('absolute paths elsewhere are refused, including a sibling folder sharing the prefix', () => {
  for (const bad of ['/etc/passwd', '/home/ana/fraud-detection-old/pipeline_architecture.md', '/tmp/x.md']) {
    const r = resolveDocumentPath(bad, ws);
    assert.equal(r.ok, false, bad);
    assert.match(!r.ok ? r.error : '', /is an absolute path outside the workspace folder/);
  }
});

test('Windows drive paths compare by folder, whatever the drive letter case', () => {
  const win = '/c:/Users/ana/churn';
  const inside = resolveDocumentPath('C:\\Users\\ana\\churn\\pipeline_architecture.md', win);
  assert.equal(inside.ok && inside.relative, 'pipeline_architecture.md');
  assert.equal(resolveDocumentPath('D:\\elsewhere\\doc.md', win).ok, false);
  assert.equal(resolveDocumentPath('\\\\server\\share\\doc.md', win).ok, false);
});

test('empty values and the folder itself are refused', () => {
  assert.equal(resolveDocumentPath('   ', ws).ok, false);
  assert.equal(resolveDocumentPath('.', ws).ok, false);
  assert.equal(resolveDocumentPath('docs/..', ws).ok, false);
});

test('a drive-relative path is refused; drive paths compare without case, as Windows does', () => {
  const win = '/c:/Users/ana/churn';
  assert.equal(resolveDocumentPath('C:x.md', win).ok, false);
  assert.equal(resolveDocumentPath('c:pipeline_architecture.md', win).ok, false);
  const lower = resolveDocumentPath('c:\\users\\ana\\churn\\docs\\Plan.md', win);
  assert.equal(lower.ok && lower.relative, 'docs/Plan.md');
});

test('paths are resolved through symlinks before the workspace check', (t) => {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'zenml-scope-paths-')));
  t.after(() => rmSync(base, { recursive: true, force: true }));
  const ws = join(base, 'ws');
  mkdirSync(join(ws, 'docs'), { recursive: true });
  mkdirSync(join(base, 'outside'));
  symlinkSync(join(base, 'outside'), join(ws, 'out'));
  symlinkSync(join(base, 'outside', 'missing.md'), join(ws, 'dangling.md'));
  symlinkSync(join(ws, 'docs'), join(ws, 'alias'));
  const realpath = (p: string): string | null => {
    try {
      return realpathSync(p);
    } catch {
      return null;
    }
  };
  for (const bad of ['out/pipeline_architecture.md', 'out/new/dir/plan.md']) {
    const r = resolveDocumentPath(bad, ws, realpath);
    assert.match(!r.ok ? r.error : '', /leads through a symlink out of the workspace folder/, bad);
  }
  // Inside, whatever the link: accepted, with the path as the setting wrote it.
  const alias = resolveDocumentPath('alias/plan.md', ws, realpath);
  assert.equal(alias.ok && alias.relative, 'alias/plan.md');
  // The fake realpath of a host that follows dangling links to where they point.
  const following = (p: string): string | null => (p === join(ws, 'dangling.md') ? join(base, 'outside', 'missing.md') : realpath(p));
  assert.equal(resolveDocumentPath('dangling.md', ws, following).ok, false);
});
