import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes } from '../../../../src/core/lint/fix';
import { mcpStage } from '../../../../src/core/lint/rules/smells/mcp-stage';
import { CHURN_TRAINING } from './domains';
import { architectureDoc, expectNone, expectOne, runRule } from './harness';

function churn(mcp: string): string {
  return architectureDoc({ project: 'Subscription Churn', overview: 'Predicts churn.', pipelines: [{ ...CHURN_TRAINING, mcp }], dataFlow: 'The CRM sync reads production.' });
}

test('promotion to `latest` is an error on the stage word; the suggested fix is not safe', () => {
  const md = churn('`churn_model` — produces a new version on every run; promotes passing versions to `latest`.');
  const f = expectOne(runRule(mcpStage, md), mcpStage, md, '**Model Control Plane**', 'error');
  assert.match(f.message, /virtual/);
  assert.equal(md.split('\n')[f.line]!.slice(f.range.start.character, f.range.end.character), 'latest');
  assert.deepEqual(f.fixes.map((x) => x.safe), [false]);
});

test('`prod` is not a stage: the safe fix rewrites it to production and the rule is then quiet', () => {
  const md = churn('`churn_model` — produces a new version on every run; promotes passing versions to `prod`.');
  const f = expectOne(runRule(mcpStage, md), mcpStage, md, '**Model Control Plane**', 'error');
  assert.equal(f.fixes[0]?.safe, true);
  const fixed = applyFixes(md, f.fixes);
  assert.match(fixed, /promotes passing versions to `production`\./);
  expectNone(runRule(mcpStage, fixed));
});

test('`prod` named in other words ("moves winners to `prod`") still gets the safe fix (issue 11, item 8)', () => {
  const md = churn('Model `churn_model`; each run creates a version; `promote` moves winners to `prod`.');
  const f = expectOne(runRule(mcpStage, md), mcpStage, md, '**Model Control Plane**', 'error');
  assert.equal(f.fixes[0]?.safe, true);
  const fixed = applyFixes(md, f.fixes);
  assert.match(fixed, /moves winners to `production`\./);
  expectNone(runRule(mcpStage, fixed));
});

test('an unticked alias is found in prose; an unknown stage gets no guessed fix', () => {
  const prose = churn('churn_model, promoted to prod by the retention lead after review.');
  expectOne(runRule(mcpStage, prose), mcpStage, prose, '**Model Control Plane**', 'error');
  const unknown = churn('`churn_model` — reads the `gold` version.');
  const f = expectOne(runRule(mcpStage, unknown), mcpStage, unknown, '**Model Control Plane**', 'error');
  assert.deepEqual(f.fixes, []);
});

test('near miss: promoting to production and reading latest are both valid', () => {
  expectNone(runRule(mcpStage, churn('`churn_model` — produces a new version on every run; promotes passing versions to `production`.')));
  expectNone(runRule(mcpStage, churn('`churn_model` — reads the `latest` version.')));
  expectNone(runRule(mcpStage, churn('`churn_model` — produces a new version; promotes it to the model registry for review.')));
});
