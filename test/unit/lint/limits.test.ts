import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_DOCUMENT_BYTES, oversize } from '../../../src/core/lint/limits';

test('documents over 5 MB (UTF-8 bytes, as on disk) are not linted, and the hosts get a reason to show', () => {
  assert.equal(oversize('x'.repeat(MAX_DOCUMENT_BYTES)), null);
  assert.match(oversize('x'.repeat(MAX_DOCUMENT_BYTES + 1)) ?? '', /^larger than 5 MB, so ZenML Scope does not lint it/);
  // 2 million three-byte characters: 6 MB on disk, though only 2 million UTF-16 units.
  assert.notEqual(oversize('€'.repeat(2_000_000)), null);
  assert.equal(oversize('€'.repeat(1_000_000)), null);
});
