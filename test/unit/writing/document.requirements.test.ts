/**
 * What each pipeline asks of the orchestrator's workers, and what reads the predictions outside
 * ZenML: said from the description's own systems and models. On wordings no fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDescription } from '../../../src/core/reading';
import type { Architecture, Pipeline } from '../../../src/core/model/architecture';
import { draftArchitecture as draft } from '../drafts';

const requirementsOf = (a: Architecture, name: RegExp): string[] => {
  const p: Pipeline | undefined = a.pipelines.find((q) => name.test(q.name));
  assert.ok(p, `${name} in ${a.pipelines.map((q) => q.name).join(', ')}`);
  return p.orchestrator;
};
const has = (items: readonly string[], pattern: RegExp) => assert.ok(items.some((i) => pattern.test(i)), items.join(' | '));
const hasNot = (items: readonly string[], pattern: RegExp) => assert.ok(!items.some((i) => pattern.test(i)), items.join(' | '));

test('batch scoring needs write access to where it publishes, beside read access to its sources', () => {
  for (const text of [
    'We retrain a gradient boosting churn model monthly on Snowflake data and score every subscriber nightly; the scores go to Postgres for the retention team.',
    'Every week we retrain a lapse model on policy history in BigQuery and write the lapse scores for every active policy to MySQL.',
  ]) {
    const scoring = requirementsOf(draft(text), /Batch Scoring|Batch Inference/);
    has(scoring, /^read access to (Snowflake|BigQuery)/);
    has(scoring, /^write access to (Postgres|MySQL) from its workers/);
    hasNot(requirementsOf(draft(text), /Training/), /^write access/);
  }
});

test('a deep network trains on a GPU; a tree ensemble does not ask for one', () => {
  has(requirementsOf(draft('We retrain our LSTM demand model every week on order history from Snowflake and write the forecasts to Postgres.'), /Training/), /^a GPU for train_model: .*“lstm”/);
  has(requirementsOf(draft('We train a neural network every month on the claims history in Redshift to price new policies.'), /Training/), /^a GPU for train_model/);
  hasNot(requirementsOf(draft('We retrain a gradient boosting churn model monthly on Snowflake data and score every subscriber nightly.'), /Training/), /GPU/);
});

test('a model taken as given: an open-weight family runs on a GPU in the step that runs it, a hosted one is an API with its key as a secret', () => {
  const whisper = draft('Every hour new support calls from S3 are fed into Whisper and the transcripts are written to Postgres.');
  has(requirementsOf(whisper, /Inference|Scoring/), /^a GPU for predict: running Whisper/);
  has(requirementsOf(whisper, /Evaluation/), /^a GPU for run_candidate/);
  const hosted = draft('We picked GPT-4.1 after comparing it with two open models. Every night we clean the new support tickets from Zendesk, GPT-4.1 summarises each ticket, and the summaries are written to Snowflake.');
  const runners = hosted.pipelines.filter((q) => q.steps.some((s) => /runs GPT-4\.1/i.test(s.description)));
  assert.equal(runners.length, 2, hosted.pipelines.map((q) => q.name).join(', '));
  for (const p of runners) {
    has(p.orchestrator, /^network access to the OpenAI API for (predict|run_candidate), with the API key kept as a ZenML secret/);
    hasNot(p.orchestrator, /GPU/);
  }
});

test('a release asks for a way into the serving system and, with a budget, a machine like the serving one for its check', () => {
  const release = requirementsOf(draft('We retrain the fraud model weekly on Postgres data; it is served by our Seldon deployment within 20 ms, and we want each approved version released to Seldon automatically.'), /Release/);
  has(release, /^access from its workers to where Seldon takes new versions from/);
  has(release, /^for check_before_release, a machine like the one Seldon runs on, so the 20 ms check/);
});

test('what reads the predictions outside ZenML is named in the data flow, and no pipeline waits on it', () => {
  const screen = draft('We retrain a gradient boosting churn model monthly on Snowflake data and score every subscriber nightly; the scores go to Postgres, and the retention team sees them in a Looker dashboard.');
  assert.match(screen.dataFlow, /Dashboard reads what Churn Model Batch Scoring publishes to Postgres, outside ZenML: no pipeline waits on it, so a slow screen never holds up a run\./);
  const noScoring = draft('We retrain a gradient boosting churn model monthly on Snowflake data, and the retention team looks at its metrics in a Looker dashboard.');
  assert.doesNotMatch(noScoring.dataFlow, /no pipeline waits on/);
});

test('a promotion metric the team named is not asked again: only the margin is open', () => {
  const named = draft('We retrain the weld defect classifier on labelled photos from S3 every month, check recall on a held-out set before a new version replaces the current one, and score every new photo nightly.');
  const asked = named.openQuestions.find((q) => /promoted/.test(q));
  assert.match(asked ?? '', /^How much better on recall than the current production version should a new `[\w_]+` version be before it is promoted\?/);
  const unnamed = draft('We retrain a gradient boosting churn model monthly on Snowflake data and score every subscriber nightly.');
  assert.match(unnamed.openQuestions.find((q) => /promoted/.test(q)) ?? '', /^Which metric, and which margin over the current production version/);
});

test('batch scoring of images prepares them the way training did, with no feature logic', () => {
  const a = draft('We retrain the weld defect classifier on labelled photos from S3 every month and score every new photo nightly.');
  const scoring = a.pipelines.find((p) => /Batch Scoring|Batch Inference/.test(p.name))!;
  assert.deepEqual(scoring.steps.map((s) => s.name), ['prepare_images', 'predict', 'publish_predictions']);
  assert.doesNotMatch(scoring.steps.map((s) => s.description).join(' '), /feature logic/);
});

test('the volume the team\'s work handles is read in their words, and the pipelines that handle it get room for it', () => {
  const volume = (text: string) => readDescription(text, null).volume;
  assert.equal(volume('We re-score about 2 million policies every Sunday from the Redshift history.'), 'about 2 million policies');
  assert.equal(volume('Every night we transcribe tens of thousands of support calls.'), 'tens of thousands of support calls');
  // The team's own work outranks context, however large.
  assert.equal(volume('We are a bank with 30 million customers. Every night we score over 400,000 card applications.'), 'over 400,000 card applications');
  // Time, money, people and small counts are no volume of records.
  for (const text of ['The run takes 90,000 seconds.', 'We have 40 engineers and 12 stores.', 'It saves 2 million dollars a year.']) assert.equal(volume(text), null, text);

  const a = draft('We retrain a lapse model monthly on the policy history in Redshift and score 3 million policies every Sunday.');
  has(requirementsOf(a, /Batch Scoring|Batch Inference/), /^room for the volume the description names \(“3 million policies”\)/);
  hasNot(requirementsOf(a, /Training/), /^room for the volume/);
  const served = draft('We retrain the ranking model weekly on BigQuery data, and it answers 20 million requests a day within 80 ms.');
  has(requirementsOf(served, /Serving/), /^enough replicas for the load the description names \(“20 million requests a day”\)/);
});

test('a hosted model is an API its provider runs: network access and a key, never a GPU of the team\'s', () => {
  const needs = (text: string) => draft(text).pipelines.flatMap((p) => p.orchestrator).join('\n');
  const claude = needs('Every morning we use Claude to summarise the previous day\'s customer complaints from Zendesk, and the summaries go to a Slack channel. Two engineers.');
  assert.match(claude, /network access to the Anthropic API for \w+/);
  assert.doesNotMatch(claude, /\bGPU\b/);
  const azure = needs('Each night GPT-4o on Azure OpenAI summarises the day\'s support chats from our Postgres database, and the summaries are written back to Postgres. One engineer.');
  assert.match(azure, /network access to the Azure OpenAI API\b/);
  // Open weights run on the team's own workers.
  assert.match(needs('Every night we run Whisper over the new voicemail recordings in S3 and write the transcripts to Postgres. Two engineers.'), /a GPU for \w+: running Whisper/);
});

test('a team that says it has no GPU sees the GPU a step needs said against its words, and a model that trains on CPU needs none', () => {
  const needs = (text: string) => draft(text).pipelines.flatMap((p) => p.orchestrator).join('\n');
  const noGpu = needs('We retrain the hull crack classifier on labelled drone photos from S3 every month. We do not have any GPUs, only two CPU boxes.');
  assert.match(noGpu, /a GPU for train_model: .*The team has none \(“do not have any GPUs”\): rent one for these runs, or choose a model small enough to run on CPU/);
  const without = needs('We fine-tune a ResNet on labelled shelf photos from GCS every quarter, without a GPU so far.');
  assert.match(without, /The team has none \(“without a GPU”\)/);
  // No word of lacking one: the need is said plainly.
  assert.doesNotMatch(needs('We retrain the hull crack classifier on labelled drone photos from S3 every month.'), /The team has none/);
  // A fastText or gradient-boosted model trains on CPU: no GPU is assumed for it.
  assert.doesNotMatch(needs('We retrain our fastText ticket classifier on the labelled support emails in Postgres every week.'), /\bGPU\b/);
  assert.match(needs('We fine-tune a BERT ticket classifier on the labelled support emails in Postgres every week.'), /a GPU for train_model/);
});
