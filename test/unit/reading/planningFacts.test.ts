/**
 * The facts planning needs of the user's words, read by the reader on wordings no fixture uses
 * (three paraphrases each and a near miss), and planning deciding from the Reading alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDescription } from '../../../src/core/reading';
import { derive, initialChoices, type Scope } from '../../../src/core/planning/scope';

function read(text: string) {
  return readDescription(text, null);
}

function scopeOf(text: string): Scope {
  const reading = read(text);
  return derive({ ...initialChoices(), reading }, reading);
}

test('a simple pipeline asked for is read, and planning then asks no split', () => {
  for (const text of [
    'We only need one basic scoring pipeline for the churn model, trained weekly from Snowflake.',
    'All we ask for is a single training pipeline over the Postgres tables.',
    'I just want a pipeline that retrains the demand model on S3 data.',
  ]) {
    assert.equal(read(text).simple, true, text);
    assert.equal(scopeOf(text).simple, true, text);
  }
  assert.equal(read('We want a simple way to retrain the model, not one giant pipeline.').simple, false, 'a simple way is not a simple pipeline');
});

test('"no ML" is read, and planning then adds no training the user did not describe', () => {
  for (const text of [
    'No machine learning here: nightly ETL from Postgres into BigQuery and a Looker report.',
    'This runs without any models, just dbt transformations every hour.',
    "There's no ML involved; we copy Kafka topics into S3 daily.",
  ]) {
    assert.equal(read(text).noMl, true, text);
    assert.ok(!scopeOf(text).components.some((c) => c.id === 'model-training'), text);
  }
  assert.equal(read('No one on the team has shipped ML before; we train a churn model weekly.').noMl, false, '"no one" is not "no ML"');
});

test('running work is read with where it lives, what it does and the method', () => {
  assert.deepEqual(read('Our churn model is trained in a notebook that already works, using XGBoost.').existing, { where: 'notebook', does: 'training', method: 'XGBoost' });
  assert.deepEqual(read('We have scripts that embed the product manuals into a vector index.').existing, { where: 'scripts', does: 'indexing', method: null });
  assert.deepEqual(read('Right now a cron job scores every open invoice with our model.').existing, { where: 'job', does: 'scoring', method: null });
  assert.equal(read('We would write a notebook to train the model later.').existing, null, 'a notebook planned is not running work');
});

test('running work still being explored is read, but planning does not build around it', () => {
  const text = 'We are still exploring the data; a notebook already trains a LightGBM model on it.';
  assert.equal(read(text).existing?.where, 'notebook');
  assert.ok(read(text).readinessSignals.includes('still-in-eda'));
  assert.equal(scopeOf(text).existing, null);
});

test('the evaluation set the user names is read', () => {
  assert.equal(read('Every version is scored on our golden dataset of 2,000 claims.').evaluationSet, 'golden');
  assert.equal(read('We keep a fixed validation set of 500 hand-picked photos.').evaluationSet, 'golden');
  assert.equal(read('The labels from the call centre are pretty inconsistent.').evaluationSet, 'hand-checked');
  assert.equal(read('We label the data ourselves and the validation set changes every month.').evaluationSet, null);
  // "Gold set", "gold-standard eval set": the same fixed set by the names annotators give it.
  assert.equal(read('Action: build a gold-standard eval set of 400 tenancy agreements, labelled by two paralegals.').evaluationSet, 'golden');
  assert.equal(read('Maria keeps a gold set of 250 tickets that nobody edits.').evaluationSet, 'golden');
});

test('judging each change before it is used is evaluation work, whatever else is said of it', () => {
  const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);
  assert.ok(kinds('We run GPT-4o over supplier letters, and every prompt change must be tested on last year\'s letters first.').includes('evaluation'));
  assert.ok(kinds('Each new model version gets benchmarked against the 300 labelled calls before the weekly rollout.').includes('evaluation'));
  assert.ok(!kinds('Every change is logged in the audit table; we score all invoices nightly with the classifier.').includes('evaluation'));
});

test('the baseline a version must beat is read', () => {
  assert.equal(read('The classifier must outperform our legacy keyword rules before rollout.').baseline, 'the legacy keyword rules');
  assert.equal(read('It should do better than the hand-written heuristics the ops team uses.').baseline, 'the hand-written heuristics');
  assert.equal(read('We are replacing manual review of claims with this model.').baseline, 'the current manual review');
  assert.equal(read("We compare the new model against last week's model.").baseline, null, 'the previous version is no baseline');
});

test('the domain is decided from the cues the reader recorded: two distinct cues and a lead', () => {
  assert.equal(scopeOf('Photos from the warehouse camera go to a defect detection model we retrain monthly.').domain, 'vision');
  assert.equal(scopeOf('We forecast weekly sales per store; it is a time-series model trained on Snowflake data.').domain, 'forecasting');
  assert.equal(scopeOf('OCR reads scanned receipts and we extract the totals into Postgres with a model we train monthly.').domain, 'extraction');
  assert.equal(scopeOf('Customer complaints are routed to the right desk by a model we train nightly.').domain, 'text');
  assert.deepEqual(read('Photos from the warehouse camera go to a defect detection model.').domainCues.vision, ['photos', 'camera', 'defect detection', 'data: photos'], 'the photos are the data the model works on (see frames.test.ts)');
  assert.equal(scopeOf('The shop page shows product photos; we retrain the price model monthly from the orders in Postgres.').domain, 'tabular', 'one cue never picks a domain');
});

test('a source only a one-off migration names is no pipeline source; named by pipeline work too, it stays', () => {
  for (const [text, source] of [
    ['A one-off migration moves our old logs from MySQL into BigQuery. We train a churn model nightly on the BigQuery tables.', 'MySQL'],
    ['Historical tickets get copied from MongoDB to Postgres as a one-time migration, then a model is trained every night on Postgres.', 'MongoDB'],
    ['We will do a one-off migration of the old orders from Cassandra into BigQuery. Every week a model trains on BigQuery.', 'Cassandra'],
  ] as const) {
    const reading = read(text);
    assert.equal(reading.sourceMentions[source.toLowerCase()], 1, text);
    assert.ok(reading.categories.dataSources?.includes(source), text);
    assert.ok(!scopeOf(text).allSources.includes(source), text);
  }
  assert.ok(scopeOf('A one-off migration moves our old logs from MySQL into BigQuery. We train a churn model nightly on MySQL and BigQuery tables.').allSources.includes('MySQL'));
});

test('follow-up answers add to the facts: asks hold once said, a later answer names the baseline, mentions add up', () => {
  const first = read('I just want a simple pipeline. A one-off migration moves logs from MySQL into BigQuery; a model trains on BigQuery.');
  const merged = readDescription('It has to beat the current rules engine, and training also reads MySQL.', first);
  assert.equal(merged.simple, true);
  assert.equal(merged.baseline, 'the current rules engine');
  assert.equal(merged.sourceMentions.mysql, 2);
});

test('a comparison in quotation marks names a feature, not what the model is measured against', () => {
  assert.equal(readDescription('Our "actuals vs predictions" column reads from the ledger every night. We retrain the demand model weekly.', null).baseline, null);
  assert.equal(readDescription('We evaluate the new demand model against the current forecasts before it goes live.', null).baseline, 'the current forecasts');
});

test('a comparison of costs or errors ("worse than a false alarm") names no baseline', () => {
  assert.equal(readDescription('A missed fraud case is far worse than a false alarm, so recall matters. We retrain the fraud model weekly.', null).baseline, null);
  assert.equal(readDescription('The new fraud model must do better than the current rules.', null).baseline, 'the current rules');
});

test('an activity after "than" is no baseline', () => {
  assert.equal(readDescription('We spent more time fixing the scripts than training models. We retrain the churn model weekly.', null).baseline, null);
});
