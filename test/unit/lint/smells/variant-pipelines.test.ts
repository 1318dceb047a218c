import assert from 'node:assert/strict';
import { test } from 'node:test';
import { variantPipelines } from '../../../../src/core/lint/rules/smells/variant-pipelines';
import { fraudDoc } from './domains';
import { architectureDoc, expectNone, expectOne, runRule, type DocSpec, type PipelineSpec } from './harness';

function forecast(region: string, phase: string): PipelineSpec {
  const r = region.toLowerCase();
  return {
    name: `Demand Forecast — ${region}`,
    phase,
    purpose: `Trains the weekly store-demand forecaster for the ${region} stores.`,
    trigger: 'Weekly on Sunday at 02:00.',
    steps: [
      `load_${r}_sales — reads two years of ${region} point-of-sale data → produces sales table`,
      `build_${r}_calendar — adds holidays and promotions → produces training table`,
      `train_${r}_model — fits a LightGBM forecaster per store cluster → produces forecaster`,
      `backtest_${r} — rolling-origin backtest over the last 12 weeks → produces backtest report`,
    ],
    dataSources: `Snowflake ${region} sales schema`,
    orchestrator: 'Vertex AI',
    mcp: `\`demand_${r}\` — produces a new version on every run; promotes passing versions to \`production\`.`,
  };
}

function retailDoc(pipelines: PipelineSpec[]): string {
  const spec: DocSpec = {
    project: 'Store Demand Forecasting',
    overview: 'Weekly demand forecasts per store for the replenishment team.',
    pipelines,
    dataFlow: 'Each forecaster is promoted to production by its backtest; replenishment reads production.',
  };
  return architectureDoc(spec);
}

test('the same forecasting pipeline per region is flagged on the copy, naming the original', () => {
  const md = retailDoc([forecast('EU', 'MVP'), forecast('US', 'Phase 2'), forecast('APAC', 'Phase 2')]);
  const found = runRule(variantPipelines, md);
  assert.equal(found.length, 2);
  expectOne(found.slice(0, 1), variantPipelines, md, '### Pipeline 2: Demand Forecast — US');
  assert.match(found[0]!.message, /same structure as "Demand Forecast — EU"/);
});

test('a purpose that plans "one pipeline per region" is flagged on its Purpose line', () => {
  const md = retailDoc([{ ...forecast('EU', 'MVP'), name: 'Demand Forecast', purpose: 'Trains the store-demand forecaster, with one pipeline per region so each team owns theirs.' }]);
  expectOne(runRule(variantPipelines, md), variantPipelines, md, '**Purpose**: Trains the store-demand forecaster, with one pipeline per region');
});

test('near miss: training and scoring are genuinely different pipelines', () => {
  expectNone(runRule(variantPipelines, architectureDoc(fraudDoc())));
  const scoring: PipelineSpec = {
    ...forecast('EU', 'Phase 2'),
    name: 'Demand Forecast — Weekly Scoring',
    steps: [
      'load_open_orders — reads next week\'s open orders → produces order table',
      'load_model — fetches the production forecaster → produces model',
      'predict — forecasts demand per store and SKU → produces forecast table',
      'publish — writes forecasts to the replenishment schema → produces publication record',
    ],
  };
  expectNone(runRule(variantPipelines, retailDoc([forecast('EU', 'MVP'), scoring])));
});
