import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findReadiness } from '../../../src/core/reading/readiness';
import { readDescription } from '../../../src/core/reading';

const raised = (t: string) => findReadiness(t).raised;
const cleared = (t: string) => findReadiness(t).cleared;

test('the seed\'s three signs of not being ready', () => {
  assert.deepEqual(raised("honestly we're still in EDA"), ['still-in-eda']);
  assert.deepEqual(raised("I'm still exploring the data"), ['still-in-eda']);
  assert.deepEqual(raised("we don't have a working prototype yet"), ['no-prototype']);
  assert.deepEqual(raised("haven't trained anything"), ['no-prototype']);
  assert.deepEqual(raised("I'm not sure what the output should be"), ['unclear-io']);
  assert.deepEqual(raised("can't really describe what the input data looks like"), ['unclear-io']);
});

test('near misses do not raise a signal', () => {
  assert.deepEqual(raised('we finished EDA last month'), []);
  assert.deepEqual(raised('we have a working notebook that trains the model'), []);
  assert.deepEqual(raised('no model registry yet'), []);
  assert.deepEqual(raised('the ETL has no model in it'), []);
});

test('a clearing phrase clears, unless it is negated', () => {
  assert.deepEqual(cleared('we do have a working notebook now'), ['no-prototype']);
  assert.deepEqual(cleared("we're done with EDA"), ['still-in-eda']);
  assert.deepEqual(cleared("we don't have a working model yet"), []);
  assert.deepEqual(raised("we don't have a working model yet"), ['no-prototype']);
});

test('when a text raises and clears the same signal, the later statement wins', () => {
  assert.deepEqual(raised('We had no prototype last month. Now we have a working prototype.'), []);
  assert.deepEqual(cleared('We had no prototype last month. Now we have a working prototype.'), ['no-prototype']);
});

test('hedged exploring is still exploring', () => {
  assert.deepEqual(raised('still kinda exploring which model works best in notebooks tbh'), ['still-in-eda']);
  assert.deepEqual(raised("we're still sort of experimenting with features"), ['still-in-eda']);
  assert.deepEqual(raised('we still run the notebook by hand every week'), []);
});

test('doubt about the approach said without "know" is no approach chosen; doubt about a tool is not', () => {
  assert.deepEqual(raised('We are not sure yet which technique would work.'), ['no-approach']);
  assert.deepEqual(raised('No idea yet which algorithm fits best.'), ['no-approach']);
  assert.deepEqual(raised("We're unsure what model to use for this."), ['no-approach']);
  assert.deepEqual(raised('Not sure which dashboard tool we want.'), []);
  assert.deepEqual(raised('We are sure which model works: XGBoost.'), []);
});

test('no prototype said with a negative subject', () => {
  assert.deepEqual(raised('Nobody has built anything yet, but the partners want a demo.'), ['no-prototype']);
  assert.deepEqual(raised('No one has trained a model so far.'), ['no-prototype']);
  assert.deepEqual(raised('Nobody has complained about the dashboard.'), []);
});

test('kinds of approach put side by side as a doubt are no approach chosen; a choice between tools is not', () => {
  assert.deepEqual(raised('The ops director keeps asking whether this should be a set of rules or a proper ML model.'), ['no-approach']);
  assert.deepEqual(raised("Should it be heuristics, a classic model, or an LLM? We don't have a view yet."), ['no-approach']);
  assert.deepEqual(raised("I'm not sure if plain rules would do or we need machine learning."), ['no-approach']);
  assert.deepEqual(raised('We are not sure whether Airflow or Dagster fits our team better.'), []);
});

test('a doubt about one part leaves the approach chosen when a model of theirs was trained or measured', () => {
  const signals = (text: string) => readDescription(text, null).readinessSignals;
  assert.deepEqual(signals('Our intern trained a U-Net on 800 annotated scans and we trained it again in March. For the lesion size we have not decided which approach: a regression head or plain measurement.'), []);
  assert.deepEqual(signals('The pricing model was prototyped in CatBoost last quarter. Not sure yet which model should handle the rare fares.'), []);
  assert.deepEqual(signals('Our churn scorer reaches AUC 0.77 on last year\'s holdout. Not sure yet which model should score new members.'), []);
  // With nothing made or measured, the same doubt keeps the approach open.
  assert.deepEqual(signals('We want to flag odd fuel purchases. Not sure yet which model or approach fits.'), ['no-approach']);
});
