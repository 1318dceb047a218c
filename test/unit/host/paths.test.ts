import { test } from 'node:test';
import assert from 'node:assert/strict';
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
