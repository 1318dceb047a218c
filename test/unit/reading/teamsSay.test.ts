/**
 * What a small team says of its running system in plain words: the model runs inside their backend,
 * people work a queue, they want to know when accuracy drops, they retrain in Colab. On wordings no
 * fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDescription } from '../../../src/core/reading';
import { findServing } from '../../../src/core/reading/serving';
import { existingWork } from '../../../src/core/reading/existing';
import { draftInterview } from '../../../src/core/interview/autopilot';

test('a model said to run inside the team\'s backend is served there', () => {
  const cases: [string, string][] = [
    ['It runs inside our Rails monolith, next to the booking code.', 'our Rails monolith'],
    ['The ranking model lives in the search service, which another team owns.', 'the search service'],
    ['They are loaded in our Node backend at start-up.', 'our Node backend'],
  ];
  for (const [text, served] of cases) assert.equal(findServing(text), served, text);
  for (const text of ['It runs in a notebook every Monday.', 'Training runs on Vertex AI.', 'It lives in a spreadsheet.']) assert.equal(findServing(text), null, text);
});

test('a queue people work is no stream: routing messages to the billing queue is not stream processing', () => {
  for (const text of [
    'A classifier we trained sends each ticket to the billing, returns or shipping queue.',
    'Flagged claims land in the adjusters\' review queue.',
  ]) assert.ok(!readDescription(text, null).components.some((c) => c.kind === 'streaming'), text);
});

test('wanting to know when accuracy drops is monitoring work', () => {
  for (const text of ['We also want to know when routing accuracy drops.', 'We would like to notice when the model gets worse.', 'Ops wants to be told when precision falls.']) {
    assert.ok(readDescription(text, null).components.some((c) => c.kind === 'monitoring'), text);
  }
});

test('retraining in Colab or Jupyter today is existing notebook work the training step takes over', () => {
  for (const text of ['We retrain ad hoc in Colab.', 'Right now we retrain the model in a Jupyter notebook every few weeks.']) {
    assert.deepEqual(existingWork(text), { where: 'notebook', does: 'training', method: null }, text);
  }
  const r = draftInterview('A fine-tuned DistilBERT sorts incoming support emails into eight intents. It runs inside our Flask backend. Agents fix wrong intents by hand, which gives us corrected labels. We retrain ad hoc in Colab and want it weekly and reproducible.');
  assert.ok(r.ok);
  const a = r.draft.architecture;
  assert.ok(!a.pipelines.some((p) => p.steps.some((s) => /with Colab/.test(s.description))), 'Colab is where training happens today, not what it trains with');
  assert.doesNotMatch(a.overview, /does not place yet[^.]*Colab/);
  assert.ok(a.notAPipeline.some((n) => /Flask backend/i.test(n.name)), a.notAPipeline.map((n) => n.name).join(', '));
  assert.ok(!a.notAPipeline.some((n) => /Stream/i.test(n.name)));
});

test('a model that runs on machines in the field is an on-device build, named by its family', () => {
  const text = 'Four cameras photograph every weld; a ResNet50 model we trained on 8,000 labelled images runs on a Raspberry Pi next to each cell, because the robot cannot wait for the network. We need to retrain with the welders\' new labels and push the new model to the four Pis.';
  const r = draftInterview(text);
  assert.ok(r.ok);
  const a = r.draft.architecture;
  const steps = a.pipelines.flatMap((p) => p.steps);
  assert.ok(steps.some((s) => s.name === 'export_for_devices'), steps.map((s) => s.name).join(', '));
  assert.ok(steps.some((s) => s.name === 'train_model' && /ResNet50/.test(s.description)), steps.map((s) => s.description).join('\n'));
  assert.doesNotMatch(a.overview, /does not place yet[^.]*(?:Raspberry|ResNet50 model)/);
  assert.ok(a.notAPipeline.some((n) => /Rolling the device build out/.test(n.name)));
});

test('a place watched for new items is the source; a job queue between stages and database triggers are not pipelines', () => {
  const r = draftInterview('We watch the vendor SFTP folder for new invoice scans; a chain of Python workers connected by a Celery task queue runs OCR, then our fine-tuned LayoutLM extracts the totals, and the results go into Postgres, where table triggers update the monthly spend aggregates. We want this as proper pipelines.');
  assert.ok(r.ok);
  const a = r.draft.architecture;
  assert.ok(a.pipelines.some((p) => p.dataSources.some((s) => /SFTP/.test(s))), a.pipelines.map((p) => p.dataSources.join('; ')).join(' | '));
  assert.ok(a.notAPipeline.some((n) => n.name === 'The job queue between your stages' && /the Celery task queue has no job left/.test(n.reason)), a.notAPipeline.map((n) => n.name).join(', '));
  assert.ok(a.notAPipeline.some((n) => /^Monthly spend aggregates your database triggers build$/.test(n.name)), a.notAPipeline.map((n) => n.name).join(', '));
  const plain = draftInterview('We retrain a churn model weekly on Snowflake data and score all accounts nightly into Salesforce.');
  assert.ok(plain.ok);
  assert.ok(!plain.draft.architecture.notAPipeline.some((n) => /job queue|triggers/.test(n.name)));
});

test('with no source system named, the place watched for new items is where the data comes from', () => {
  const r = readDescription('We monitor the partners\' RSS feeds for new articles, download each one and tag it with our topic classifier.', null);
  assert.ok(r.sources.some((s) => /RSS feeds/.test(s.name)), r.sources.map((s) => s.name).join(', '));
  assert.ok(!readDescription('We monitor the model closely and retrain it monthly on Snowflake.', null).sources.some((s) => /model/.test(s.name)));
});

test('scoring that runs today as a serverless function is existing scoring work, named as a function', () => {
  for (const text of ['The scoring currently runs as an Azure Function.', 'Today a Lambda scores the new orders every hour.', 'Right now the predictions come from a Cloud Function that scores each upload.']) {
    assert.deepEqual(existingWork(text), { where: 'function', does: 'scoring', method: null }, text);
  }
  const r = draftInterview('We train a LightGBM model on the order history in Snowflake every month. Today a Lambda scores the new orders every hour with it and writes the scores back to Snowflake. Two engineers.');
  assert.ok(r.ok);
  const predict = r.draft.architecture.pipelines.flatMap((p) => p.steps).find((s) => s.name === 'predict');
  assert.match(predict?.description ?? '', /existing scoring function moved into the step/);
  assert.match(r.draft.architecture.overview, /takes over the scoring function you run today/);
});

test('the current setup the team describes is existing work, fitting models included', () => {
  assert.deepEqual(existingWork('The current setup is a set of Spark jobs and an R script someone runs by hand to fit the models.'), { where: 'scripts', does: 'training', method: null });
  const r = draftInterview('Our utility forecasts electricity load per region every morning from meter data in Snowflake. The current setup is an R script someone runs by hand to fit the models.');
  assert.ok(r.ok);
  assert.match(r.draft.architecture.overview, /the model your scripts train\b/);
});
