import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULES } from '../../../src/core/lint/registry';
import { RULES_DOC } from '../../../scripts/gen-rule-docs';
import { renderRuleCatalogue, renderRulesDocument, ruleDocLine } from '../../../src/core/lint/catalogue';

test('docs/rules.md is current (regenerate with scripts/gen-rule-docs.ts), and the README no longer carries the catalogue', () => {
  assert.equal(readFileSync(RULES_DOC, 'utf8'), renderRulesDocument());
  const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
  assert.ok(!readme.includes('<a id="rule-'), 'no rule entries in the README');
  assert.match(readme, /\[docs\/rules\.md\]\(docs\/rules\.md\)/);
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

test('each rule\'s line in docs/rules.md is its anchor, for the diagnostics\' links', () => {
  const lines = readFileSync(RULES_DOC, 'utf8').split('\n');
  for (const rule of RULES) assert.equal(lines[ruleDocLine(rule.slug) - 1], `<a id="rule-${rule.slug}"></a>`, rule.slug);
});

test('the extension package ships docs/rules.md', () => {
  assert.match(readFileSync(join(__dirname, '../../../.vscodeignore'), 'utf8'), /^!docs\/rules\.md$/m);
});

test('an example containing a code fence is wrapped in a longer fence', () => {
  const catalogue = renderRuleCatalogue(RULES.filter((r) => r.slug === 'code-in-doc'));
  assert.ok(catalogue.includes('````markdown\n```python'));
});
