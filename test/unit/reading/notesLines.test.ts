/**
 * Descriptions written as notes, "label: value" lines: the model line names the model, a "want:" line
 * is a wish, a ranked list people get is predictions, and a notebook named by its platform is still a
 * notebook. On wordings no fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findProject } from '../../../src/core/reading/project';
import { findWish } from '../../../src/core/reading/goal';
import { existingWork } from '../../../src/core/reading/existing';
import { withoutQuantity } from '../../../src/core/reading/sourceNames';
import { draftInterview } from '../../../src/core/interview/autopilot';

test('a model line names the model; a line that names only a method does not', () => {
  assert.equal(findProject('- data: orders in Postgres\n- model: late delivery risk, LightGBM, retrained by hand'), 'Late delivery risk model');
  assert.equal(findProject('Model: churn classifier\nData: Snowflake'), 'Churn classifier');
  assert.equal(findProject('* model: xgboost, weekly'), null);
});

test('a notes line labelled as a wish is a wish', () => {
  assert.equal(findWish('- data: events in S3\n- want: a score per user in Braze every night').goal, 'deploy-predictions');
  assert.equal(findWish('goals: automate retraining of the ranking model').goal, 'automate-training');
});

test('a ranked list people get is the model\'s predictions, handed on', () => {
  const r = draftInterview('- data: visits and labs tables in Snowflake, refreshed nightly\n- model: no-show risk, logistic regression, trained by me in a SageMaker notebook\n- output: front desk staff get a daily list of the 50 likeliest no-shows in our scheduling app\n- team: just me');
  assert.ok(r.ok);
  const a = r.draft.architecture;
  assert.equal(a.project, 'No-show risk model');
  assert.ok(a.pipelines.some((p) => p.steps.some((s) => s.name === 'publish_predictions')), a.pipelines.map((p) => p.name).join(', '));
  assert.match(a.overview, /your notebook trains/);
});

test('a notebook named by where it runs is still a notebook', () => {
  assert.deepEqual(existingWork('The model was trained by our analyst in a Databricks notebook last spring.'), { where: 'notebook', does: 'training', method: null });
});

test('a count in front of the data is no part of its name', () => {
  for (const [name, bare] of [['10-30 photos', 'photos'], ['40k new listings', 'listings'], ['about 5,000 labelled images', 'labelled images'], ['New York taxi trips', 'New York taxi trips'], ['2024 sales', '2024 sales']] as const) {
    assert.equal(withoutQuantity(name), bare, name);
  }
});

test('a line labelled as the output, saying only where it is written, names where the results go', () => {
  const text = [
    'Inputs',
    '- Order events are published to Kafka topic orders.v1 as they happen.',
    '- Nightly, a LightGBM model we retrain monthly scores every open order for late-delivery risk.',
    'Output: written to the Zendesk ticket of each order via the API.',
  ].join('\n');
  const r = draftInterview(text);
  assert.ok(r.ok);
  const publish = r.draft.architecture.pipelines.flatMap((p) => p.steps).find((s) => s.name === 'publish_predictions');
  assert.ok(publish, 'a scoring pipeline publishes');
  assert.match(publish.description, /to the Zendesk ticket/);
  assert.doesNotMatch(publish.description, /Kafka/, 'the topic the events come from is not where the scores go');
});
