/**
 * A model the team does not train (taken as given, or only evaluated): its versions are
 * configurations, an evaluation pipeline produces them, and no training is invented. On wordings no
 * fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';
import type { Architecture, Pipeline } from '../../../src/core/model/architecture';
import { renderArchitecture } from '../../../src/core/markdown/render';
import { parseDocumentStrict } from '../../../src/core/markdown/parse';
import { lint } from '../../../src/core/lint/lint';
import { readDescription } from '../../../src/core/reading';

function draft(text: string): Architecture {
  const r = draftInterview(text);
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.draft.architecture;
}

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
  }
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
