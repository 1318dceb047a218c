import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tinyStep } from '../../../../src/core/lint/rules/smells/tiny-step';
import { CHURN_TRAINING } from './domains';
import { architectureDoc, expectNone, expectOne, runRule, type PipelineSpec } from './harness';

function merchantDoc(steps: string[]): string {
  const p: PipelineSpec = {
    ...CHURN_TRAINING,
    name: 'Merchant Risk Training',
    purpose: 'Trains the merchant risk model on the daily merchant export.',
    steps,
    dataSources: 'Daily merchant CSV export on S3',
    mcp: '`merchant_risk` — produces a new version on every run; promotes passing versions to `production`.',
  };
  return architectureDoc({ project: 'Merchant Risk', overview: 'Scores merchants for onboarding risk.', pipelines: [p], dataFlow: 'One pipeline; the risk team reads production.' });
}

const TRAIN = [
  'train_model — fits a logistic regression on the engineered features → produces risk model',
  'evaluate — computes AUC on the last month → produces evaluation report',
];

test('the seed\'s example: "load CSV" then "check CSV has rows" — the check is flagged on its step line', () => {
  const md = merchantDoc(['load_csv — reads the daily merchant export from S3 → produces raw DataFrame', 'check_rows — checks the CSV has rows → produces the same DataFrame', ...TRAIN]);
  const f = expectOne(runRule(tinyStep, md), tinyStep, md, 'check_rows');
  assert.match(f.message, /Fold it into `load_csv`/);
});

test('a step that only adds one column is flagged', () => {
  const md = merchantDoc(['load_csv — reads the daily merchant export from S3 → produces raw DataFrame', 'add_weekend_flag — adds the is_weekend column → produces DataFrame', ...TRAIN]);
  expectOne(runRule(tinyStep, md), tinyStep, md, 'add_weekend_flag');
});

test('near miss: a validate step with real work earns its boundary', () => {
  const md = merchantDoc([
    'load_csv — reads the daily merchant export from S3 → produces raw DataFrame',
    'validate — schema and distribution checks with Great Expectations, failing on null rates above 5% → produces validation report',
    ...TRAIN,
  ]);
  expectNone(runRule(tinyStep, md));
});

test('near miss: a load step that also checks the file is not empty is one step, as the seed advises', () => {
  const md = merchantDoc(['load_csv — reads the daily merchant export from S3, normalises column names and fails early on an empty file → produces raw DataFrame', ...TRAIN]);
  expectNone(runRule(tinyStep, md));
});

const LOAD = 'load_csv — reads the daily merchant export from S3 → produces raw DataFrame';

test('tiny steps phrased naturally: a presence check or one derived column, in unseen wordings', () => {
  for (const tiny of [
    'guard_input — only makes sure the merchant frame handed over by the loader is not empty → produces the same frame',
    'confirm_drop — confirms that the export for the business day has arrived → produces the same DataFrame',
    'add_tenure — just derives a single extra column, months since onboarding → produces DataFrame',
    'flag_weekend — computes the derived weekend flag → produces DataFrame',
  ]) {
    const md = merchantDoc([LOAD, tiny, ...TRAIN]);
    expectOne(runRule(tinyStep, md), tinyStep, md, tiny.split(' ')[0]!);
  }
});

test('near miss: the check or the column is one part of a step that does more', () => {
  for (const step of [
    'load_and_check — confirms the export has arrived and loads it into a DataFrame → produces raw DataFrame',
    'add_features — derives a tenure column, then encodes the merchant categories → produces feature table',
    'count_rows — counts transactions per merchant and day → produces daily counts',
    'add_columns — derives the tenure and weekend columns → produces DataFrame',
  ]) expectNone(runRule(tinyStep, merchantDoc([LOAD, step, ...TRAIN])));
});
