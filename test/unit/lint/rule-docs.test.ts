import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULES } from '../../../src/core/lint/registry';
import { END, README, renderRuleCatalogue, START, withCatalogue } from '../../../scripts/gen-rule-docs';

test('the README rule catalogue is current (regenerate with scripts/gen-rule-docs.ts)', () => {
  const readme = readFileSync(README, 'utf8');
  assert.equal(withCatalogue(readme), readme);
  const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen-rule-docs.ts', '--check'], { cwd: join(__dirname, '../../..'), encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
});

test('every rule has an entry with its rule-<slug> anchor, severity and quick fix', () => {
  const catalogue = renderRuleCatalogue();
  for (const rule of RULES) {
    assert.ok(catalogue.includes(`<a id="rule-${rule.slug}"></a>\n#### \`${rule.slug}\` (${rule.defaultSeverity})`), rule.slug);
    assert.ok(catalogue.includes(`**Quick fix:** ${rule.docs.fix}`), rule.slug);
  }
});

test('withCatalogue appends the markers once, then replaces only what is between them', () => {
  const appended = withCatalogue('# Title\n\nIntro.\n', 'v1');
  assert.equal(appended, `# Title\n\nIntro.\n\n${START}\nv1\n${END}\n`);
  const replaced = withCatalogue(`${appended}\n## After\n`, 'v2');
  assert.equal(replaced, `# Title\n\nIntro.\n\n${START}\nv2\n${END}\n\n## After\n`);
});

test('an example containing a code fence is wrapped in a longer fence', () => {
  const catalogue = renderRuleCatalogue(RULES.filter((r) => r.slug === 'code-in-doc'));
  assert.ok(catalogue.includes('````markdown\n```python'));
});
