/**
 * Words that look like model work and are not: watching a feed for new items, labels a model
 * infers, a queue that hands jobs between stages. On wordings no fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDescription } from '../../../src/core/reading';

const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);

test('watching a place new items turn up in is waiting for data, not monitoring a model', () => {
  for (const text of [
    'We monitor a dozen partner RSS feeds and start a job for every new article.',
    'An ops script monitors the vendor SFTP folders and picks up each new export.',
    'We keep monitoring the shared claims inbox and forward each new email to the parser.',
    'Someone watches the upload bucket for new scans every morning.',
  ]) {
    assert.ok(!kinds(text).includes('monitoring'), `${text}: ${kinds(text)}`);
  }
  // What a model does stays monitoring, watched or monitored.
  for (const text of ['We monitor the ranking model for drift every week.', 'We monitor the accuracy of the classifier after each release.']) {
    assert.ok(kinds(text).includes('monitoring'), text);
  }
});

test('labels a model infers or predicts are its output, not labelling work; people labelling still is', () => {
  for (const text of [
    'A second step infers speaker labels and merges the turns.',
    'The tagger predicts topic labels for every article we ingest.',
    'The service generates intent labels for each chat and stores them.',
  ]) {
    assert.ok(!kinds(text).includes('labeling'), `${text}: ${kinds(text)}`);
  }
  for (const text of ['Two nurses label a few hundred scans each week.', 'We label the disputed payments by hand in Label Studio.']) {
    assert.ok(kinds(text).includes('labeling'), text);
  }
});

test('a job or task queue between stages is how work is handed on, not a stream', () => {
  for (const text of [
    'Our OCR stages are chained through a Celery task queue, so a slow stage never blocks the others.',
    'Every stage picks its next item off a Sidekiq job queue backed by Redis.',
    'The resize and tagging workers pull their jobs from a shared work queue.',
  ]) {
    assert.ok(!kinds(text).includes('streaming'), `${text}: ${kinds(text)}`);
  }
  assert.ok(kinds('Clicks land in an event queue that we process as they arrive.').includes('streaming'), 'an event queue is still a stream');
});

test('a system of a job queue, a system described by what it holds, and post-processing output name no source', () => {
  const sources = (text: string) => readDescription(text, null).sources.map((s) => s.name);
  assert.deepEqual(sources('The OCR workers share a Celery task queue backed by Redis, and we extract fields with a fine-tuned model.'), []);
  assert.deepEqual(sources('Our stages hand work on through a Redis and RQ job queue.'), []);
  assert.ok(!sources('We run Trawl, a search engine over legal filings, and we classify each new filing.').some((s) => /engine/.test(s)));
  assert.ok(!sources('The model drafts replies; post-processing strips signatures, fixes greetings and merges quoted threads.').some((s) => /greetings|signatures|threads/.test(s)));
  assert.deepEqual(sources('We cache the features in Redis and retrain nightly.'), ['Redis'], 'a store of its own is still a source');
});

test('work its own clause says fails at its job is the problem, not work to plan; a relative clause still names the work', () => {
  const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);
  assert.ok(!kinds("Threshold alerts don't catch it, so bad servers linger. We retrain a detector weekly on Atlas telemetry.").includes('alerting'));
  assert.ok(!kinds('Our Grafana dashboard never shows the drift. We retrain weekly on Postgres.').includes('dashboard'));
  assert.ok(!kinds("The drift monitoring can't keep up with new stores. We retrain the demand model weekly on BigQuery.").includes('monitoring'));
  assert.ok(kinds('The drift monitoring keeps up with new stores. We retrain the demand model weekly on BigQuery.').includes('monitoring'), 'said working, it is work');
  assert.ok(kinds("We need a dashboard that doesn't exist yet, and we retrain weekly on Postgres.").includes('dashboard'));
});

test('a clause that opens on its verb shares the subject before it: the model split off by commas still predicts', () => {
  const r = readDescription('A random forest model, fitted in a notebook by our pricing analyst, predicts next month\'s returns per warehouse, and the planners act on those predictions.', null);
  assert.ok(r.components.some((c) => c.kind === 'batch-inference'), r.components.map((c) => c.kind).join(', '));
  assert.deepEqual(r.existing, { where: 'notebook', does: 'training', method: 'random forest' }, 'a model fitted in a notebook is working code today');
  const plan = readDescription('A classifier, which we still have to build, should flag risky listings.', null);
  assert.ok(!plan.existing, 'a model still to build is no existing work');
});

test('a budget in the purpose clause after calling the model is the serving budget, not data landing somewhere', () => {
  for (const text of [
    'We want to call the classifier from a webhook whenever an order is placed, so it lands in the right review bucket within 2 seconds.',
    'The app will call it on every upload so the verdict arrives in under 500 ms.',
  ]) {
    const serving = readDescription(text, null).components.find((c) => c.kind === 'online-inference');
    assert.ok(serving, text);
    assert.ok(serving.latencyMs !== null && serving.latencyMs <= 2000, `${text}: ${serving.latencyMs}`);
  }
});

test('work a sentence denies is none the running work does: a platform that runs jobs is no training job', () => {
  assert.equal(readDescription("We run everything on AWS with Lambda, and I'm not going to host GPU models for this.", null).existing, null);
  assert.equal(readDescription('Our cron jobs load the warehouse nightly; we will never train models on that box.', null).existing, null);
  assert.deepEqual(readDescription('A Lambda function already scores every new order with our fraud model.', null).existing, { where: 'function', does: 'scoring', method: null });
});
