/**
 * The good fixtures are realistic, well-scoped architectures: no smell rule may warn on them
 * (an info, e.g. a deployed pipeline awaiting its latency budget, is allowed).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SMELL_RULES } from '../../../../src/core/lint/rules/smells';
import { runRule } from './harness';

const DIR = join(__dirname, '../../../fixtures/docs/good');
const files = readdirSync(DIR).filter((f) => f.endsWith('.md'));

test('there are good fixtures from several domains to check', () => {
  assert.ok(files.length >= 4, `only ${files.length} good fixtures`);
});

for (const file of files) {
  test(`good fixture ${file}: no smell warnings or errors`, () => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const found = SMELL_RULES.flatMap((rule) => runRule(rule, text)).filter((f) => f.severity !== 'info');
    assert.deepEqual(
      found.map((f) => `${f.rule} line ${f.line + 1}: ${f.message}`),
      [],
    );
  });
}
