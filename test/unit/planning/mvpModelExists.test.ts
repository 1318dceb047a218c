/** "Deploy a model" needs a model: a model the team has yet to train is trained first, one in use today is deployed first. On wordings no fixture or case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';
import { modelExists } from '../../../src/core/planning/trainedModels';
import { readDescription } from '../../../src/core/reading';

const mvpKind = (text: string) => {
  const r = draftInterview(text);
  assert.ok(r.ok);
  const mvp = r.draft.architecture.pipelines.find((p) => p.phase === 'MVP')!;
  return mvp.modelControlPlane.producesVersions ? 'training' : mvp.deployed ? 'deployed' : 'inference';
};

test('predictions into production: with no model yet, training comes first; with one live today, serving does', () => {
  assert.equal(mvpKind('We are launching a new fraud model and want to get its predictions into production: train it on the card transactions in Snowflake and serve each payment decision over HTTP under 150 ms.'), 'training');
  assert.equal(mvpKind('Our current fraud model is live and we want to get its predictions into production: retrain it on the card transactions in Snowflake and serve each payment decision over HTTP under 150 ms.'), 'deployed');
});

test('a model exists when working code, a model in use today, or a model taken as given says so; every model said to be used must', () => {
  const exists = (text: string) => modelExists(readDescription(text, null));
  assert.equal(exists('We already have a notebook that trains the churn model with XGBoost.'), true);
  assert.equal(exists('Our current pricing model is a LightGBM regressor we trained last year.'), true);
  assert.equal(exists('We want to build a first demand model from the sales history.'), false);
  assert.equal(exists('Invoices are read by OCR plus a fine-tuned Donut model, and the fields land in our ledger.'), true, 'a participle in front says it was made');
  assert.equal(exists('We want a fine-tuned Donut model for the scans.'), false, 'a wish is not a model');
  const reading = readDescription('We want to build a first demand model from the sales history.', null);
  const used = (trained: 'here' | 'given', quote: string) => ({ name: 'm', trained, use: 'request' as const, quote });
  assert.equal(modelExists({ ...reading, models: [used('given', 'we call GPT-4o for every ticket'), used('here', 'fine-tune a small model to replace it')] }), false, 'the replacement must be trained first');
  assert.equal(modelExists({ ...reading, models: [used('given', 'we call GPT-4o for every ticket')] }), true);
});

test('"our … models" doing something in the present tense exist; a wish or a future does not', () => {
  const exists = (text: string) => modelExists(readDescription(text, null));
  assert.equal(exists('Our churn models range from a logistic regression to a small gradient-boosted ensemble.'), true);
  assert.equal(exists('Our ranking model scores every listing each night.'), true);
  assert.equal(exists('Our ranking model will score every listing each night once we build it.'), false);
  assert.equal(exists('We want our ranking model to score every listing each night.'), false);
});

test('the work a wish is about picks the first pipeline: the run the team wants reproducible, unless the wish names training too', () => {
  const base = 'Our demand models range from moving averages to gradient-boosted trees, retrained now and then on Redshift sales history. Every Monday a batch run scores next week for 40,000 articles on SageMaker.';
  assert.equal(mvpKind(`${base} We want this Monday scoring run to be repeatable and cheaper to operate.`), 'inference');
  assert.equal(mvpKind(`${base} We'd like the retraining to be one reproducible command.`), 'training');
  assert.equal(mvpKind(`${base} We want to move both retraining and the scoring run onto one setup.`), 'training', 'a wish about both picks neither: the seed\'s default, training first');
});

test('a wish opens its clause; "we want" inside a relative clause is no wish', () => {
  const stated = (text: string) => readDescription(text, null).goalStated;
  assert.equal(stated('Now we need the nightly scoring job to stop failing silently.'), true);
  assert.equal(stated('We build queries for the product pairs we want similarity scores for, then retrain the matcher.'), false);
});

test('the training added for predictions in use registers the model in use as its first version only when one exists', () => {
  const purposes = (text: string) => {
    const d = draftInterview(text);
    assert.ok(d.ok);
    return d.draft.architecture.pipelines.map((p) => p.purpose).join('\n');
  };
  const scored = 'every night we want to score all open tenancies for arrears risk and push the scores to the housing officers\' CRM. The tenancy history sits in our SQL Server warehouse.';
  assert.doesNotMatch(purposes(`Every night${scored.slice('every night'.length)}`), /existing model is registered/);
  assert.match(purposes(`Our current arrears model runs in a notebook; ${scored}`), /until it runs, the existing model is registered as the first version/);
});
