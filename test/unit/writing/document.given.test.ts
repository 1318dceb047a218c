/**
 * A model the team does not train (taken as given, or only evaluated): its versions are
 * configurations, an evaluation pipeline produces them, and no training is invented. On wordings no
 * fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Architecture, Pipeline } from '../../../src/core/model/architecture';
import { renderArchitecture } from '../../../src/core/markdown/render';
import { parseDocumentStrict } from '../../../src/core/markdown/parse';
import { lint } from '../../../src/core/lint/lint';
import { readDescription } from '../../../src/core/reading';
import { draftArchitecture as draft } from '../drafts';

const stepNames = (p: Pipeline) => p.steps.map((s) => s.name);
const allSteps = (a: Architecture) => a.pipelines.flatMap(stepNames);
const producer = (a: Architecture) => a.pipelines.filter((p) => p.modelControlPlane.producesVersions);

/** Lint-clean (info aside), re-parses into the same architecture, deterministic. */
function wellFormed(text: string, a: Architecture): void {
  const markdown = renderArchitecture(a);
  assert.deepEqual(lint(markdown).filter((d) => d.severity !== 'info').map((d) => d.message), []);
  assert.deepEqual(parseDocumentStrict(markdown).architecture, a);
  assert.equal(renderArchitecture(draft(text)), markdown);
}

/** A model put to use as it is: the use comes first, the evaluation of its configurations next, no training anywhere. */
function usesGivenModel(text: string, given: RegExp): Architecture {
  const a = draft(text);
  assert.ok(!allSteps(a).some((s) => /train|fine_tune/.test(s)), allSteps(a).join(' '));
  const [evaluation, ...others] = producer(a);
  assert.equal(others.length, 0);
  assert.match(evaluation!.name, /Evaluation$/);
  assert.deepEqual(stepNames(evaluation!), ['load_reference_set', 'run_candidate', 'score_outputs', 'register_configuration']);
  const use = a.pipelines.find((p) => p.phase === 'MVP')!;
  assert.notEqual(use, evaluation, 'the use of the model comes first');
  assert.match(use.steps.map((s) => s.description).join(' '), given);
  assert.match(use.steps.map((s) => s.description).join(' '), /production configuration/);
  assert.doesNotMatch(use.steps.map((s) => s.description).join(' '), /training feature logic/);
  wellFormed(text, a);
  return a;
}

test('"use a model to <verb> the records": the model does the work, whatever the verb', () => {
  for (const text of [
    'We use a pretrained Whisper model as is to caption the lecture recordings we upload to S3 every evening, and we publish the captions to our video site.',
    'We run an off-the-shelf YOLO detector to count the cars in each parking-lot camera frame from S3, hourly, and write the counts to Postgres.',
  ]) {
    const r = readDescription(text, null);
    assert.ok(r.components.some((c) => c.kind === 'batch-inference'), `${text}: ${r.components.map((c) => c.kind)}`);
    assert.ok(r.models.some((m) => m.trained === 'given'), JSON.stringify(r.models));
    // The clause is the model's use, read once: not also ingestion for its "we upload".
    const use = r.components.find((c) => c.kind === 'batch-inference')!;
    assert.ok(!r.components.some((c) => c.kind === 'ingestion' && c.text === use.text), r.components.map((c) => `${c.kind}: ${c.text}`).join('\n'));
  }
});

test('a model as the subject of a verb with an object does that work on the records; a time before it is no part of its name', () => {
  for (const [text, model] of [
    ['Every night GPT-4 reads the new contracts in S3 and writes a summary for each one to Postgres; we chose GPT-4 after comparing three models.', 'GPT-4'],
    ['The churn model ranks every subscriber by risk each Monday and the list goes to the CRM.', 'churn model'],
  ] as const) {
    const r = readDescription(text, null);
    assert.ok(r.components.some((c) => c.kind === 'batch-inference'), `${text}: ${r.components.map((c) => c.kind)}`);
    assert.ok(r.models.some((m) => m.name === model), JSON.stringify(r.models));
  }
  // Being judged or trained is not being used.
  const judged = readDescription('The vendor model beats the old rules on recall, and we retrain it monthly.', null);
  assert.ok(!judged.components.some((c) => c.kind === 'batch-inference'), judged.components.map((c) => c.kind).join());
});

test('making or judging a model is not using it: "use XGBoost to train the churn model" stays training', () => {
  const r = readDescription('We use XGBoost to train the churn model on the Snowflake data.', null);
  assert.ok(!r.components.some((c) => c.kind === 'batch-inference'), r.components.map((c) => c.kind).join());
  assert.ok(stepNamesOf('We use XGBoost to train the churn model on the Snowflake data.').includes('train_model'));
});

function stepNamesOf(text: string): string[] {
  return allSteps(draft(text));
}

test('a model taken as given and used in batches: its use is the MVP, an evaluation produces its configuration versions', () => {
  usesGivenModel('We use a pretrained Whisper model as is to caption the lecture recordings we upload to S3 every evening, and we publish the captions to our video site.', /Whisper/);
  usesGivenModel('We run an off-the-shelf YOLO detector to count the cars in each parking-lot camera frame from S3, hourly, and write the counts to Postgres.', /YOLO/);
});

test('data work that only feeds a given model runs in the pipeline that uses it, in the team\'s words', () => {
  const text =
    'Each evening we deduplicate the incoming supplier catalogues from an SFTP drop, then a pretrained LayoutLM model, used as is, extracts the product attributes, which we load into Postgres.';
  const a = usesGivenModel(text, /LayoutLM/);
  assert.equal(a.pipelines.length, 2, a.pipelines.map((p) => p.name).join(', '));
  const use = a.pipelines.find((p) => p.phase === 'MVP')!;
  assert.ok(stepNames(use).some((s) => s.startsWith('deduplicate')), stepNames(use).join(' '));
  assert.ok(!allSteps(a).includes('build_features'));
});

test('a chosen hosted model: the candidates it beat are not trained either', () => {
  const text =
    'We picked GPT-4.1 after comparing it with two open models. Every night we clean the new support tickets from Zendesk and strip the signatures, GPT-4.1 summarises each ticket, and the summaries are written to Snowflake.';
  usesGivenModel(text, /GPT-4\.1/);
});

test('a model the description only evaluates and tunes gets an evaluation pipeline, not a training run nobody described', () => {
  for (const text of [
    'Our anomaly detector is an isolation forest with hand-set contamination; we want a proper way to evaluate it on the incidents we labelled last year and tune its settings.',
    'Our fraud rules call a hosted LLM to summarise each flagged order for the analysts, and we would like a proper way to evaluate that summariser against the notes analysts wrote by hand.',
    'We inherited a churn model from a vendor and want a repeatable way to evaluate it against the cancellations in Snowflake each quarter.',
  ]) {
    const a = draft(text);
    assert.ok(!allSteps(a).some((s) => /train/.test(s)), allSteps(a).join(' '));
    const mvp = a.pipelines.find((p) => p.phase === 'MVP')!;
    assert.match(mvp.name, /Evaluation$/);
    assert.match(mvp.trigger, /candidate configuration/);
    assert.ok(mvp.modelControlPlane.producesVersions);
    wellFormed(text, a);
  }
});

test('a model trained here keeps its training pipeline, evaluation said or not', () => {
  for (const text of ['We retrain the churn model weekly on Snowflake data and evaluate it against last month\'s model.', 'We fine-tune a ticket router on the labelled Zendesk tickets and evaluate it on a golden set.']) {
    assert.ok(stepNamesOf(text).some((s) => /train|fine_tune/.test(s)), `${text}: ${stepNamesOf(text).join(' ')}`);
  }
});

test('a pretrained family the records pass through (Whisper, BERT) is used as it is, unless a clause trains it', () => {
  usesGivenModel('New voice notes from the app are uploaded to GCS every hour, and each one goes through Whisper before the text is written to Firestore.', /Whisper/);
  usesGivenModel('Each night the new product descriptions in BigQuery are fed into BERT, which tags each one with a category, and the tags go back to BigQuery.', /BERT/);
  const tuned = 'We fine-tune BERT monthly on our labelled tickets from Zendesk, and every night the new tickets are fed into it and the labels are written back to Zendesk.';
  assert.ok(stepNamesOf(tuned).some((s) => /train|fine_tune/.test(s)), stepNamesOf(tuned).join(' '));
});

test('an evaluation the team asks for is the MVP, even with the model in use; one the engine adds follows the use', () => {
  const asked = draft('Our support bot calls GPT-4o for every customer question. We want an LLM judge and a test suite so we know how often the bot answers correctly.');
  const mvp = asked.pipelines.find((p) => p.phase === 'MVP')!;
  assert.match(mvp.name, /Evaluation$/);
  assert.ok(!allSteps(asked).some((s) => /train/.test(s)));
  const added = draft('Each night the new product descriptions in BigQuery are fed into BERT, which tags each one with a category, and the tags go back to BigQuery.');
  assert.doesNotMatch(added.pipelines.find((p) => p.phase === 'MVP')!.name, /Evaluation$/);
});

test('the data work of a model evaluated and never trained feeds the reference set: no features, no training split', () => {
  const a = draft('Our support bot calls GPT-4o for every customer question. We want an LLM judge and a test suite built from the chat logs in Postgres, which we clean and deduplicate every week.');
  const data = a.pipelines.filter((p) => !p.modelControlPlane.producesVersions && p.steps.some((s) => s.name === 'version_dataset'));
  assert.equal(data.length, 1, a.pipelines.map((p) => p.name).join(', '));
  for (const p of data) {
    assert.ok(!stepNames(p).includes('build_features') && !stepNames(p).includes('split_and_version'), stepNames(p).join(' '));
    assert.doesNotMatch(p.purpose, /training/);
  }
  assert.ok(!allSteps(a).some((s) => /train|build_features/.test(s)), allSteps(a).join(' '));
});

test('the preparation folded into the use of a given model is said in the team\'s words when they described it', () => {
  const text = 'Every hour the new claim forms land in Azure Blob; our OCR service turns the scans into text, and then GPT-4 extracts the claimant details, which we write to Postgres. We chose GPT-4 after a bake-off.';
  const a = usesGivenModel(text, /GPT-4/);
  const prepare = a.pipelines.flatMap((p) => p.steps).find((s) => s.name === 'prepare_inputs');
  assert.ok(prepare, allSteps(a).join(' '));
  assert.match(prepare.description, /as the team does it today \(“our OCR service turns the scans into text”\)/);
});
