import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../../src/core/lint/config';
import { LintCache } from '../../../src/host/lintCache';

const BAD = readFileSync(join(__dirname, '../../fixtures/docs/bad/support-llm-finetuning.md'), 'utf8');

function doc(text: string, version: number) {
  const reads = { count: 0 };
  return { reads, uri: { toString: () => 'file:///ws/pipeline_architecture.md' }, version, getText: () => (reads.count++, text) };
}

test('the publisher and the code actions share one lint per document version', () => {
  const cache = new LintCache();
  const v1 = doc(BAD, 1);
  const first = cache.findings(v1, DEFAULT_CONFIG);
  assert.ok(first.length > 0);
  for (let i = 0; i < 10; i++) assert.equal(cache.findings(v1, DEFAULT_CONFIG), first, 'a light-bulb request reuses the findings');
  assert.equal(v1.reads.count, 1, 'the text was linted once');
});

test('a new version or another config lints again; forgetting drops the entry', () => {
  const cache = new LintCache();
  const first = cache.findings(doc(BAD, 1), DEFAULT_CONFIG);
  const edited = doc(BAD.replace(/takes about \d+ weeks?/i, ''), 2);
  assert.notEqual(cache.findings(edited, DEFAULT_CONFIG), first);
  assert.equal(edited.reads.count, 1);
  const strict = { ...DEFAULT_CONFIG };
  cache.findings(edited, strict);
  assert.equal(edited.reads.count, 2);
  cache.forget(edited.uri);
  cache.findings(edited, strict);
  assert.equal(edited.reads.count, 3);
});
