/**
 * Several models in one description: how their training pipelines are shared or split, and what the draft
 * says of it. On wordings no fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';

test('two models of different kinds whose training runs the same steps share one pipeline named for neither kind', () => {
  const text = 'Pricing runs nightly in Airflow on Databricks.\n- Model 1: demand forecast per store and day (LightGBM, trained weekly).\n- Model 2: shrink risk per product group (a Bayesian model, refit monthly).\n- The optimiser turns both into a markdown per product, written to the prices table.';
  const r = draftInterview(text);
  assert.ok(r.ok);
  const training = r.draft.architecture.pipelines.filter((p) => /Training/.test(p.name));
  assert.equal(training.length, 1, training.map((p) => p.name).join(', '));
  assert.doesNotMatch(training[0]!.name, /Forecast/);
  assert.match(r.draft.markdown, /each run trains one of `demand_forecast_model` and `shrink_risk_model`/);
  assert.doesNotMatch(r.draft.markdown, /Trains `demand_forecast_model` with rolling-origin backtests/);
});

test('models listed by their code names ("`cellgraph_ae` — graph autoencoder …") are models of their own', () => {
  const text = '**Models in prod:**\n- `queue_stl` — seasonal decomposition per queue, refit daily.\n- `graph_ae` — graph autoencoder over the call routing graph. Retrained weekly on the Spark cluster.\n\nScores go to a Kafka topic every 15 minutes; Airflow runs the jobs.';
  const r = draftInterview(text);
  assert.ok(r.ok);
  assert.match(r.draft.markdown, /`queue_stl`/);
  assert.match(r.draft.markdown, /`graph_ae`/);
});

test('more models than pipelines share one, and a model of another kind among them is said to need its own', () => {
  const text = '## Our models\n1. `price_gbm` — LightGBM on listing attributes, retrained monthly.\n2. `comps_ranker` — ranks comparable sales for each valuation, trained here.\n3. `photo_grade` — CNN scoring listing photos for condition, fine-tuned on 30k labelled photos.\n4. `spread_model` — quantile model for the error band, trained here.\n\nEverything is scored nightly into the valuations table.';
  const r = draftInterview(text);
  assert.ok(r.ok);
  assert.doesNotMatch(r.draft.markdown, /`photo_grade`[^.]*since their training differs only in data and settings/);
  assert.match(r.draft.markdown, /`photo_grade` \(a model of another kind\) gets a pipeline of its own/);
});
