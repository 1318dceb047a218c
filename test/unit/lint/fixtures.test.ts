/**
 * The fixture documents under test/fixtures/docs. Good ones lint clean; bad ones carry their
 * expectations inline, markdownlint-style: `<!-- expect: rule[, rule] -->` at the end of a line
 * expects those findings to start on that line; alone on a line, on the next line.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixAll, safeFixes } from '../../../src/core/lint/fix';
import { lint } from '../../../src/core/lint/lint';

const DOCS = join(__dirname, '../../fixtures/docs');
const read = (kind: 'good' | 'bad') =>
  readdirSync(join(DOCS, kind))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ name: `${kind}/${f}`, text: readFileSync(join(DOCS, kind, f), 'utf8') }));

const EXPECT = /<!--\s*expect:\s*([^>]*?)\s*-->/;

/** "line:rule" keys, sorted, so a missing and an unexpected finding both show in the diff. */
function expectations(text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const m = EXPECT.exec(line);
    if (!m) return [];
    const target = line.replace(EXPECT, '').trim() === '' ? i + 1 : i;
    return m[1]!.split(/[\s,]+/).filter(Boolean).map((rule) => `${target + 1}:${rule}`);
  }).sort();
}

const GOOD = read('good');
const BAD = read('bad');

test('there are several good and bad fixtures from different domains', () => {
  assert.ok(GOOD.length >= 4, `${GOOD.length} good fixtures`);
  assert.ok(BAD.length >= 3, `${BAD.length} bad fixtures`);
});

for (const { name, text } of GOOD) {
  test(`${name} has no errors or warnings`, () => {
    const problems = lint(text).filter((d) => d.severity !== 'info');
    assert.deepEqual(problems.map((d) => `${d.range.start.line + 1}:${d.rule} ${d.message}`), []);
  });
}

for (const { name, text } of BAD) {
  test(`${name} reports exactly what its expect comments say`, () => {
    const expected = expectations(text);
    assert.ok(expected.length > 0, 'a bad fixture states at least one expectation');
    const actual = lint(text).map((d) => `${d.range.start.line + 1}:${d.rule}`).sort();
    assert.deepEqual(actual, expected);
  });

  test(`${name}: fix-all leaves nothing safely fixable and is stable`, () => {
    const out = fixAll(text);
    assert.deepEqual(safeFixes(out).map((f) => f.title), []);
    assert.equal(fixAll(out), out);
  });
}
