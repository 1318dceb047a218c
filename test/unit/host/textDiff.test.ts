import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { SourcePosition } from '../../../src/core/markdown/document';
import { minimalEdit } from '../../../src/host/textDiff';

/** Offset of a position the way an editor counts it: lines end at \r\n, \n or \r. */
function offsetOf(text: string, p: SourcePosition): number {
  const lines = text.split(/(\r\n|\n|\r)/);
  let offset = 0;
  for (let i = 0; i < p.line; i++) offset += lines[2 * i]!.length + lines[2 * i + 1]!.length;
  assert.ok(p.character <= lines[2 * p.line]!.length, 'position past the end of its line');
  return offset + p.character;
}

const apply = (before: string, after: string) => {
  const edit = minimalEdit(before, after);
  if (!edit) return before;
  return before.slice(0, offsetOf(before, edit.range.start)) + edit.newText + before.slice(offsetOf(before, edit.range.end));
};

test('the edit covers only the changed span', () => {
  const before = '# Fraud\n\n- **Trigger**:\n- **Steps**: 4\n';
  const after = '# Fraud\n\n- **Trigger**: daily at 02:00\n- **Steps**: 4\n';
  assert.deepEqual(minimalEdit(before, after), {
    range: { start: { line: 2, character: 14 }, end: { line: 2, character: 14 } },
    newText: ' daily at 02:00',
  });
});

test('identical texts need no edit', () => {
  assert.equal(minimalEdit('same\n', 'same\n'), null);
});

test('CRLF pairs are never split', () => {
  const edit = minimalEdit('a\r\nb', 'a\r\nx\r\nb');
  assert.ok(edit);
  for (const p of [edit.range.start, edit.range.end]) assert.ok(p.character === 0 || p.line === 0);
  assert.equal(apply('a\r\nb', 'a\r\nx\r\nb'), 'a\r\nx\r\nb');
});

test('applying the edit to the old text always gives the new text', () => {
  const text = fc.stringOf(fc.constantFrom('a', 'b', ' ', '\n', '\r\n', '#', '-'), { maxLength: 40 });
  fc.assert(fc.property(text, text, (before, after) => apply(before, after) === after), { numRuns: 3000 });
});
