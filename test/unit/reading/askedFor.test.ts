/**
 * Predictions the people a team works for ask for ("customer success wants a churn risk score per
 * account in Salesforce every Monday"): batch work with its own schedule and destination, and the
 * goal the MVP serves. With it: models that learn nothing (dbt models), a schedule that belongs to its
 * own clause, and a notebook named after a long object. On wordings no fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDescription } from '../../../src/core/reading';
import { findWish } from '../../../src/core/reading/goal';
import { existingWork } from '../../../src/core/reading/existing';
import { draftInterview } from '../../../src/core/interview/autopilot';

const ASKED =
  'I run data science alone at a logistics startup. Shipment events land in BigQuery and dbt models build an hourly lanes table. I fitted a gradient boosting delay model in a notebook in March; the dispatch team wants a delay risk score per open shipment in HubSpot every morning so they can call carriers early. Our platform team runs Airflow.';

test('a score the people served ask for is batch work, timed by its own clause and written where they want it', () => {
  const r = readDescription(ASKED, null);
  const scoring = r.components.find((c) => c.kind === 'batch-inference');
  assert.ok(scoring, r.components.map((c) => `${c.kind}: ${c.text}`).join(' | '));
  assert.equal(scoring.cadence, 'daily');
  assert.equal(r.components.find((c) => c.kind === 'training')?.cadence ?? null, null, 'a model fitted in March has no schedule');
  assert.ok(!r.models.some((m) => /dbt/i.test(m.name)), 'dbt models learn nothing');
  assert.ok(r.categories.deployment?.includes('HubSpot'), JSON.stringify(r.categories.deployment));
  const a = draftInterview(ASKED);
  assert.ok(a.ok);
  const mvp = a.draft.architecture.pipelines.find((p) => p.phase === 'MVP')!;
  assert.ok(mvp.steps.some((s) => s.name === 'publish_predictions' && /to HubSpot\b/.test(s.description)), mvp.steps.map((s) => s.description).join('\n'));
});

test('a wish is its own clause, and may be the people served wishing for predictions', () => {
  assert.equal(findWish('I trained a model last year; the planners need a demand forecast per store every Friday.').goal, 'deploy-predictions');
  assert.equal(findWish('Our sales team wants a lead score on every new signup.').goal, 'deploy-predictions');
  assert.equal(findWish('We want a better F1 score than last year.').goal, 'unknown', 'a measure of predictions is no wish for them');
  assert.equal(findWish('We want personalised recommendations on the home screen.').goal, 'unknown', 'a wish for the task names no run to deliver');
});

test('a schedule in a clause of its own times that clause; one that points back times the work before it', () => {
  const pointed = readDescription('We retrain the routing model on Postgres data. It should run every Sunday.', null);
  assert.equal(pointed.components.find((c) => c.kind === 'training')?.cadence, 'weekly');
  const own = readDescription('We retrain the routing model on Postgres data. The ops leads want a route score per depot every morning.', null);
  assert.notEqual(own.components.find((c) => c.kind === 'training')?.cadence, 'daily');
});

test('a model trained in a notebook is existing work however long its name', () => {
  assert.deepEqual(existingWork('Last year I trained a gradient boosting delay prediction model in a Jupyter notebook.'), { where: 'notebook', does: 'training', method: null });
});

test('scores wanted shown on a screen are the screen\'s work, not a second scoring', () => {
  const r = readDescription('Each night the model gives every subscriber a churn score. The retention team wants the scores shown in their Looker dashboard next to revenue.', null);
  const scoring = r.components.filter((c) => c.kind === 'batch-inference');
  assert.ok(scoring.every((c) => !/Looker dashboard/.test(c.text)), scoring.map((c) => c.text).join(' | '));
  assert.ok(r.components.some((c) => c.kind === 'dashboard'), r.components.map((c) => c.kind).join(', '));
});
