/**
 * Lint must never throw or hang, whatever the input: random text, random markdown built from
 * the template's own pieces (and the forbidden phrases), every truncation of the good fixtures,
 * 200k-character lines shaped to provoke regex backtracking, and a 10,000-line document.
 * Time bounds are generous hang detectors, not performance assertions (see bench/lint.bench.ts).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { applyFixes, fixAll, safeFixes } from '../../../src/core/lint/fix';
import { lint } from '../../../src/core/lint/lint';
import { suppressionFixes } from '../../../src/core/lint/suppress';
import type { Diagnostic } from '../../../src/core/lint/types';
import { templateMarkdown } from './fixProperties';

const GOOD_DIR = join(__dirname, '../../fixtures/docs/good');
const GOOD = readdirSync(GOOD_DIR)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(GOOD_DIR, f), 'utf8'));

/** Every finding is well formed: a known severity, a message, a range inside the document. */
function checkShape(text: string, diagnostics: Diagnostic[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of diagnostics) {
    assert.ok(['error', 'warning', 'info'].includes(d.severity));
    assert.ok(d.message.length > 0);
    assert.ok(d.range.start.line >= 0 && d.range.start.line < lines.length, `${d.rule} starts on line ${d.range.start.line}`);
    assert.ok(d.range.end.line >= d.range.start.line);
  }
}

/** Lint, every fix (including the suppression ones) applied, and fix-all: none may throw. */
function exercise(text: string): void {
  const diagnostics = lint(text);
  checkShape(text, diagnostics);
  const fixes = diagnostics.flatMap((d) => [...d.fixes, ...suppressionFixes(text, d)]);
  assert.equal(typeof applyFixes(text, fixes), 'string');
  fixAll(text);
}

test('random strings never make lint throw', () => {
  fc.assert(fc.property(fc.fullUnicodeString({ maxLength: 400 }), (s) => exercise(s)), { numRuns: 300 });
});

test('random template-shaped markdown never makes lint throw; fix-all leaves nothing safely fixable', () => {
  fc.assert(
    fc.property(templateMarkdown, (md) => {
      exercise(md);
      assert.deepEqual(safeFixes(fixAll(md)).map((f) => f.title), []);
    }),
    { numRuns: 300 },
  );
});

test('documents random draws once broke, kept: each finding inside the document', () => {
  // Front matter and nothing after it: the missing title was reported on a line past the end.
  for (const md of ['---\n---', '---\ntitle: x\n---']) exercise(md);
});

test('every truncation of every good fixture lints without throwing', () => {
  for (const doc of GOOD) {
    const lines = doc.split('\n');
    for (let n = 0; n <= lines.length; n++) exercise(lines.slice(0, n).join('\n'));
    // And cut mid-line, where a field label or a fence is half written.
    for (let i = 0; i < doc.length; i += 97) exercise(doc.slice(0, i));
  }
});

test('200,000-character lines of every awkward shape finish quickly', () => {
  const n = 200_000;
  const shapes = [
    'a'.repeat(n),
    '$1 '.repeat(n / 3),
    '2 weeks '.repeat(n / 8),
    '<!--'.repeat(n / 4),
    '('.repeat(n),
    '. '.repeat(n / 2),
    ' '.repeat(n) + 'x',
    '- **Trigger**: ' + 'every 7 days of data, '.repeat(n / 22),
    'zenml '.repeat(n / 6),
    '1'.repeat(n),
    '~ '.repeat(n / 2),
    'Week 1: ' + 'x'.repeat(n),
    '@step ' + 'a = b('.repeat(n / 6),
  ];
  for (const line of shapes) {
    const started = Date.now();
    exercise(`# Pipeline Architecture: Long\n\n## Overview\n\n${line}\n`);
    assert.ok(Date.now() - started < 5000, `a ${line.slice(0, 12)}… line took ${Date.now() - started} ms`);
  }
});

test('a 10,000-line document lints in well under 5 seconds', () => {
  const base = GOOD[0]!;
  const body = base.slice(base.indexOf('### Pipeline 1'), base.indexOf('## Cross-Pipeline Data Flow'));
  const parts: string[] = [base.slice(0, base.indexOf('### Pipeline 1'))];
  while (parts.join('').split('\n').length < 10_000) parts.push(body.replace('(MVP)', '(Phase 2)'));
  const doc = parts.join('');
  assert.ok(doc.split('\n').length >= 10_000);
  const started = Date.now();
  const diagnostics = lint(doc);
  const elapsed = Date.now() - started;
  assert.ok(elapsed < 5000, `took ${elapsed} ms`);
  assert.ok(diagnostics.some((d) => d.rule === 'doc-length'));
});
