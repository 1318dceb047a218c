/** The CLI's one input validator: the same refusals for documents (5 MB) and descriptions (1 MB). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkInputFile, CliError, decodeInput, DOCUMENT_INPUT, readInputFile, type InputKind } from '../../../src/cli/io';
import { readDescriptionInput } from '../../../src/cli/description';
import { scratch } from './cliHarness';

const TINY: InputKind = { maxBytes: 16, noun: 'a test input', empty: 'empty, say something' };
const bytes = (s: string | number[]) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s));

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof CliError, `a CliError, not ${String(e)}`);
    assert.doesNotMatch(e.message, /\n/, 'one line');
    return e.message;
  }
  assert.fail('accepted');
}

test('decodeInput refuses by the limit it is given, and accepts exactly the limit', () => {
  assert.equal(decodeInput('x.txt', bytes('a'.repeat(16)), TINY), 'a'.repeat(16));
  assert.match(refusal(() => decodeInput('x.txt', bytes('a'.repeat(17)), TINY)), /^x\.txt: larger than [\d.]+ MB, not a test input$/);
  assert.equal(refusal(() => decodeInput('x.txt', bytes([0x61, 0x00]), TINY)), 'x.txt: binary file (contains NUL bytes), not a test input');
  assert.equal(refusal(() => decodeInput('stdin', bytes([0x23, 0xe9, 0x0a]), TINY)), 'stdin: not valid UTF-8 text');
  assert.equal(refusal(() => decodeInput('stdin', bytes('\uFEFF \n\t'), TINY)), 'stdin: empty, say something');
  assert.equal(decodeInput('ok.md', bytes('# Fraud scoring\n'), DOCUMENT_INPUT), '# Fraud scoring\n');
});

test('checkInputFile: missing, directory and oversized files are refused before reading', () => {
  const dir = scratch({ 'notes.txt': 'retrain weekly', 'big.txt': 'a'.repeat(17) });
  mkdirSync(join(dir, 'docs'));
  assert.equal(refusal(() => checkInputFile(dir, 'missing.txt', TINY)), 'missing.txt: no such file');
  assert.equal(refusal(() => checkInputFile(dir, 'docs', TINY)), 'docs: is a directory, not a test input');
  assert.match(refusal(() => checkInputFile(dir, 'docs', DOCUMENT_INPUT)), /^docs: is a directory, not an architecture document \(pass files or a glob/);
  assert.match(refusal(() => checkInputFile(dir, 'big.txt', TINY)), /^big\.txt: larger than/);
  assert.equal(readInputFile(checkInputFile(dir, 'notes.txt', TINY), 'notes.txt', TINY), 'retrain weekly');
});

test('a description and a document get the same refusal for the same bad bytes', async () => {
  const dir = scratch({ 'bin.txt': bytes([0x61, 0x00, 0x62]), 'bin.md': bytes([0x61, 0x00, 0x62]) });
  const description = await readDescriptionInput(dir, 'bin.txt').then(
    () => assert.fail('accepted'),
    (e: Error) => e.message,
  );
  const document = refusal(() => readInputFile(checkInputFile(dir, 'bin.md', DOCUMENT_INPUT), 'bin.md', DOCUMENT_INPUT));
  assert.equal(description.replace('bin.txt', 'X').replace('a workflow description', 'N'), document.replace('bin.md', 'X').replace('an architecture document', 'N'));
});
