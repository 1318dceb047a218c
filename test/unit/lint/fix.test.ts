import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes, fixAll, safeFixes } from '../../../src/core/lint/fix';
import { lint } from '../../../src/core/lint/lint';
import type { Fix } from '../../../src/core/lint/types';
import { CHURN, edit } from './helpers';

const at = (line: number, character: number) => ({ line, character });
const replace = (title: string, sl: number, sc: number, el: number, ec: number, newText: string): Fix => ({
  title,
  safe: true,
  edits: [{ range: { start: at(sl, sc), end: at(el, ec) }, newText }],
});

test('applyFixes applies edits back to front, so earlier positions stay valid', () => {
  const text = 'alpha beta\ngamma delta\n';
  const out = applyFixes(text, [replace('a', 0, 0, 0, 5, 'ALPHA!'), replace('b', 1, 6, 1, 11, 'DELTA'), replace('c', 0, 6, 0, 10, 'B')]);
  assert.equal(out, 'ALPHA! B\ngamma DELTA\n');
});

test('applyFixes skips a fix that overlaps one already accepted (the first wins) and keeps the rest', () => {
  const text = 'one two three';
  const out = applyFixes(text, [replace('first', 0, 4, 0, 7, 'TWO'), replace('overlap', 0, 0, 0, 5, 'X'), replace('later', 0, 8, 0, 13, '3')]);
  assert.equal(out, 'one TWO 3');
});

test('applyFixes treats a fix as a unit: one clashing edit drops all of its edits', () => {
  const text = 'a b c';
  const pair: Fix = { title: 'pair', safe: true, edits: [{ range: { start: at(0, 4), end: at(0, 5) }, newText: 'C' }, { range: { start: at(0, 0), end: at(0, 1) }, newText: 'A' }] };
  assert.equal(applyFixes(text, [replace('first', 0, 0, 0, 1, 'x'), pair]), 'x b c');
});

test('applyFixes: insertions at one point all apply in fix order, and land before a range replaced from there', () => {
  const text = 'abc';
  const insert = (s: string): Fix => replace(s, 0, 1, 0, 1, s);
  assert.equal(applyFixes(text, [insert('X'), insert('Y'), insert('Z')]), 'aXYZbc');
  assert.equal(applyFixes(text, [replace('r', 0, 1, 0, 2, 'B'), insert('>')]), 'a>Bc');
});

test('applyFixes: an insertion at the end of a range another fix replaces waits for the next round', () => {
  const insertAfterB = replace('after b', 0, 2, 0, 2, '!');
  assert.equal(applyFixes('abc', [replace('r', 0, 0, 0, 2, 'BA'), insertAfterB]), 'BAc');
  assert.equal(applyFixes('abc', [insertAfterB, replace('r', 0, 0, 0, 2, 'BA')]), 'ab!c');
});

test('applyFixes keeps CRLF line endings, including in inserted lines, and clamps past-the-end positions', () => {
  const text = 'line one\r\nline two\r\n';
  const out = applyFixes(text, [replace('ins', 1, 0, 1, 0, 'new\nlines\n'), replace('end', 9, 0, 9, 0, 'tail')]);
  assert.equal(out, 'line one\r\nnew\r\nlines\r\nline two\r\ntail');
});

test('fixAll applies every safe fix until stable; linting again finds nothing safely fixable', () => {
  const flawed = edit(
    edit(edit(CHURN, '### Pipeline 1: Churn Model Training (MVP)', '### Pipeline 1: Churn Model Training'), '- **Trigger**: Weekly on Monday at 07:00 UTC, after training.\n', ''),
    'Team: 2 ML engineers maintain these pipelines.',
    'Team: 2 ML engineers maintain these pipelines. The MVP should take 2-3 weeks to build, roughly $400/month on GPUs.\n\n- Week 1: training pipeline\n- Week 2: scoring',
  ).replace(/## Deferred \/ Future Work[\s\S]*?(?=## Open Questions)/, '');
  const before = lint(flawed).map((d) => d.rule);
  for (const rule of ['mvp-marker', 'pipeline-field', 'time-estimate', 'cost-estimate', 'week-roadmap', 'required-section']) assert.ok(before.includes(rule), rule);
  const out = fixAll(flawed);
  assert.deepEqual(safeFixes(out), []);
  assert.deepEqual(lint(out).map((d) => d.rule).filter((r) => r !== 'doc-length'), []);
  assert.ok(out.includes('### Pipeline 1: Churn Model Training (MVP)'));
  assert.ok(out.includes('- MVP: training pipeline\n- Phase 2: scoring'));
  assert.equal(fixAll(out), out, 'a second fix-all changes nothing');
});

test('applyFixes keeps a lone-CR document CR only', () => {
  assert.equal(applyFixes('a\rb', [replace('insert', 1, 0, 1, 0, 'x\n')]), 'a\rx\rb');
});

test('fixAll on a CRLF document keeps CRLF everywhere', () => {
  const crlf = edit(CHURN, '## Open Questions', '## Open Questions\n\n- Week 1: scoring').replace(/\n/g, '\r\n').replace('## Deferred / Future Work', '## Later');
  const out = fixAll(crlf);
  assert.notEqual(out, crlf);
  assert.equal(out.replace(/\r\n/g, '').includes('\n'), false);
});

test('fix-all stays linear with thousands of fixes (20,000 estimates and roadmap lines in seconds, was minutes)', () => {
  const lines = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? `- Week ${((i >> 1) % 500) + 1}: set up \`zenml stack register p${i}\` and train` : `The MVP should take 2 weeks to build. <!-- n${i} -->`));
  const md = `# Pipeline Architecture: X\n\n## Overview\n\n${lines.join('\n')}\n`;
  const started = performance.now();
  const out = fixAll(md);
  assert.ok(performance.now() - started < 15_000, `${Math.round(performance.now() - started)} ms`);
  assert.equal(out.match(/<!-- n\d+ -->/g)?.length, 10_000);
  assert.equal(out.match(/^- (?:MVP|Phase \d+):$/gm)?.length, 10_000, 'every roadmap line kept, with its label');
});
