/** The reader never throws and never hangs: 1 MB inputs, pathological repetition, arbitrary strings. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readDescription } from '../../../src/core/reading';
import { ReadingSchema } from '../../../src/core/reading/reading';
import { loadDescriptionFixtures } from '../../fixtures/descriptions/load';

const MB = 1_000_000;
/** Generous for a 2-core CI machine; a backtracking regex would take minutes, not seconds. */
const BUDGET_MS = 5_000;

function timed(text: string) {
  const start = performance.now();
  const reading = readDescription(text, null);
  const ms = performance.now() - start;
  ReadingSchema.parse(reading);
  return { reading, ms };
}

test('a 1 MB paste of a real description, repeated, reads in bounded time and collapses to the same components', () => {
  const fixture = loadDescriptionFixtures().find((f) => f.name === 'card-fraud-realtime')!;
  const once = readDescription(fixture.text, null);
  const { reading, ms } = timed(fixture.text.repeat(Math.ceil(MB / fixture.text.length)).slice(0, MB));
  assert.ok(ms < BUDGET_MS, `${ms.toFixed(0)} ms`);
  assert.deepEqual(reading.components.map((c) => c.kind), once.components.map((c) => c.kind));
});

const pathological: [string, string][] = [
  ['one 1 MB word', 'a'.repeat(MB)],
  ['1 MB of spaces', ' '.repeat(MB)],
  // A pattern that starts a match anywhere in a run of spaces goes quadratic on it: words around the run find it.
  ['a word, 1 MB of spaces, a word', `x${' '.repeat(MB - 2)}y`],
  ['a word, 1 MB of spaces, an aside and a verdict', `x${' '.repeat(MB - 14)}(y). rejected`],
  ['digits then a unit', `${'1'.repeat(MB - 2)}ms`],
  ['repeated latency figures', '5ms '.repeat(MB / 4)],
  ['repeated filler words before a keyword', `${'pull the the the '.repeat(MB / 17)}data`],
  ['"every" with no end', 'every '.repeat(MB / 6)],
  ['one bullet per line', '-\n'.repeat(MB / 2)],
  ['dictation with no punctuation', 'and then we train and also we deploy '.repeat(MB / 37)],
  ['non-text characters', Array.from({ length: MB }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
];
for (const [name, text] of pathological) {
  test(`never hangs: ${name}`, () => {
    const { ms } = timed(text);
    assert.ok(ms < BUDGET_MS, `${ms.toFixed(0)} ms`);
  });
}

test('input beyond 1 MB is cut, not choked on', () => {
  const { reading, ms } = timed(`${'x '.repeat(MB)} we train a model weekly`);
  assert.ok(ms < BUDGET_MS);
  assert.deepEqual(reading.components, [], 'nothing past the first megabyte is read');
});

test('any string gives a valid reading, and reading it again as a follow-up changes no component count', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 400 }), fc.fullUnicodeString({ maxLength: 200 }), (a, b) => {
      const first = readDescription(a + b, null);
      ReadingSchema.parse(first);
      const again = readDescription(a + b, first);
      assert.equal(again.components.length, first.components.length);
    }),
    { numRuns: 300 },
  );
});

test('a non-string value does not throw (defensive for callers outside TypeScript)', () => {
  const reading = readDescription(undefined as unknown as string, null);
  assert.deepEqual(reading.components, []);
});
