/**
 * The draft takes every recommendation except where a recommendation would put words in the
 * user's mouth: a latency budget they never gave stays unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';

test('a deployment with no stated budget is drafted with the budget unknown, never a typical figure', () => {
  const r = draftInterview('We have a churn model in a notebook on Snowflake. I want to retrain it every week, evaluate it against the current one and then deploy it. Two data scientists.');
  assert.ok(r.ok, 'the draft runs');
  const serving = r.draft.architecture.pipelines.find((p) => p.deployed);
  assert.ok(serving, 'the deployment is a deployed pipeline');
  assert.equal(serving.latencyBudgetMs, null);
  assert.doesNotMatch(r.draft.markdown, /\b\d+ ms budget|latency budget \d/);
  assert.match(r.draft.markdown, /What latency budget must/, 'the budget is an open question');
});

test('a budget the user stated is kept', () => {
  const r = draftInterview('We retrain a fraud model weekly from Postgres and the checkout needs a fraud score in under 80 ms. Two engineers.');
  assert.ok(r.ok, 'the draft runs');
  assert.equal(r.draft.architecture.pipelines.find((p) => p.deployed)?.latencyBudgetMs, 80);
});
