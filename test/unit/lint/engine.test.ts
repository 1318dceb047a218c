import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../../src/core/lint/config';
import { lint, lintDocument } from '../../../src/core/lint/lint';
import { parseLintConfig, RULES, RULE_SLUGS } from '../../../src/core/lint/registry';
import type { Rule } from '../../../src/core/lint/types';
import { parseDocument } from '../../../src/core/markdown/parse';
import { CHURN, edit, findings } from './helpers';

const FLAWED = edit(
  edit(CHURN, '### Pipeline 1: Churn Model Training (MVP)', '### Pipeline 1: Churn Model Training'),
  'Team: 2 ML engineers maintain these pipelines.',
  'Team: 2 ML engineers maintain these pipelines.\nThe MVP should take 2-3 weeks to build.',
);

const rule = (slug: string, check: Rule['check']): Rule => ({
  slug,
  category: 'structure',
  defaultSeverity: 'warning',
  docs: { checks: '', why: '', example: '', fix: '', source: '' },
  check,
});

test('registry: slugs are unique, kebab-case, and include every required rule of the issue', () => {
  assert.equal(new Set(RULE_SLUGS).size, RULE_SLUGS.length);
  for (const slug of RULE_SLUGS) assert.match(slug, /^[a-z]+(?:-[a-z0-9]+)*$/);
  const required = ['title', 'required-section', 'section-order', 'doc-length', 'pipeline-field', 'mvp-marker', 'step-count', 'open-questions',
    'time-estimate', 'cost-estimate', 'week-roadmap', 'code-in-doc', 'stack-setup'];
  for (const slug of required) assert.ok(RULE_SLUGS.includes(slug), slug);
});

test('a rule that throws contributes nothing and the other rules still report', () => {
  const doc = parseDocument(CHURN);
  const boom = rule('boom', () => {
    throw new Error('rule bug');
  });
  const partial = rule('partial', (ctx) => {
    ctx.report({ message: 'reported before the crash', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } });
    throw new Error('rule bug after a report');
  });
  const ok = rule('ok', (ctx) => ctx.report({ message: 'fine', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } } }));
  assert.deepEqual(lintDocument(doc, DEFAULT_CONFIG, [boom, partial, ok]).map((d) => d.rule), ['ok']);
});

test('findings are sorted by position, then rule', () => {
  const all = lint(FLAWED);
  const keys = all.map((d) => [d.range.start.line, d.range.start.character, d.rule] as const);
  const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]));
  assert.deepEqual(keys, sorted);
  assert.ok(all.some((d) => d.rule === 'time-estimate') && all.some((d) => d.rule === 'mvp-marker'));
});

test('config: a rule set to off is not run; a configured severity replaces the default', () => {
  const parsed = parseLintConfig(JSON.stringify({ rules: { 'time-estimate': 'off', 'mvp-marker': 'error' } }));
  assert.ok(parsed.ok);
  const all = lint(FLAWED, parsed.config);
  assert.equal(all.filter((d) => d.rule === 'time-estimate').length, 0);
  assert.deepEqual(all.filter((d) => d.rule === 'mvp-marker').map((d) => d.severity), ['error']);
});

test('config: a finding the rule marks milder than its default stays milder after an override', () => {
  // doc-length reports a short document as info (its default is warning).
  const raised = parseLintConfig('{"rules":{"doc-length":"error"}}');
  const lowered = parseLintConfig('{"rules":{"doc-length":"info"}}');
  assert.ok(raised.ok && lowered.ok);
  assert.deepEqual(findings(CHURN, 'doc-length', raised.config).map((d) => d.severity), ['warning']);
  assert.deepEqual(findings(CHURN, 'doc-length', lowered.config).map((d) => d.severity), ['info']);
});

test('config: thresholds change what the rules accept', () => {
  const parsed = parseLintConfig('{"thresholds":{"stepsMax":3,"linesMin":10}}');
  assert.ok(parsed.ok);
  assert.deepEqual(findings(CHURN, 'step-count', parsed.config).map((d) => d.range.start.line), [CHURN.split('\n').indexOf('- **Steps** (approximate — describe in prose, no code):')]);
  assert.equal(findings(CHURN, 'doc-length', parsed.config).length, 0);
});

test('config: invalid files are rejected with the offending key named', () => {
  const cases: [string, RegExp][] = [
    ['{"rules":{"time-estimate":"loud"}}', /rules\.time-estimate/],
    ['{"rules":{"no-such-rule":"off"}}', /rules\.no-such-rule: unknown rule/],
    ['{"thresholds":{"stepsMax":"seven"}}', /thresholds\.stepsMax/],
    ['{"thresholds":{"stepsMin":9}}', /thresholds\.stepsMin: must not exceed thresholds\.stepsMax/],
    ['{"thresholds":{"stepLimit":9}}', /thresholds\.stepLimit/],
    ['{"rule":{}}', /\brule\b/],
    ['{"rules":', /not valid JSON/],
  ];
  for (const [text, expected] of cases) {
    const parsed = parseLintConfig(text);
    assert.equal(parsed.ok, false, text);
    if (!parsed.ok) assert.match(parsed.error, expected, text);
  }
});

test('every rule has its documentation filled in', () => {
  for (const r of RULES) {
    for (const [field, value] of Object.entries(r.docs)) assert.ok(value.trim().length > 10, `${r.slug}.docs.${field}`);
  }
});
