/**
 * Work the user denies or only puts off is not work to plan now: a negation reaches the verbs it
 * coordinates ("don't train or fine-tune") and the verb of its infinitive ("don't want to train"),
 * and a possibility for later ("might fine-tune it later") is deferred. On wordings no fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDescription } from '../../../src/core/reading';
import { draftInterview } from '../../../src/core/interview/autopilot';
import { draftArchitecture as draft } from '../drafts';
import { classify } from '../../../src/core/planning/classify';

const trainsHere = (text: string) => readDescription(text, null).models.filter((m) => m.trained === 'here').map((m) => m.name);
const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);

test('a negation covers the verbs it offers as alternatives and the verb of its infinitive', () => {
  for (const text of [
    'We call a hosted model to tag every invoice. We do not train or fine-tune anything ourselves.',
    'A vendor API labels the calls; we never train nor adapt a model of our own.',
    "Our bot sends each ticket to GPT-4o for a summary. We don't want to train our own language model.",
  ]) {
    assert.ok(!kinds(text).includes('training'), `no training: ${text}`);
    assert.deepEqual(trainsHere(text), [], `no model trained here: ${text}`);
  }
});

test('a model they might make later is deferred work, not the model of the plan', () => {
  for (const text of [
    'Every new recording is transcribed by a hosted speech API and summarised by Claude. We might fine-tune an open speech model for Welsh later.',
    'GPT-4o extracts the fields from each delivery note today; perhaps we could train a small layout model of our own later, if volumes grow.',
  ]) {
    assert.deepEqual(trainsHere(text), [], `no model trained here: ${text}`);
    const arch = draft(text);
    assert.ok(!arch.pipelines.some((p) => p.steps.some((s) => s.name === 'train_model')), `no training pipeline: ${text}`);
    assert.ok(arch.deferred.some((d) => /fine-tun|train/i.test(d.name)), `the put-off training is deferred: ${arch.deferred.map((d) => d.name).join(', ')}`);
  }
});

test('an aside in brackets is part of its clause: the model it describes is still the one trained', () => {
  const m = readDescription('What exists:\n- a lapse model (XGBoost, scores each policy) trained on five years of renewals from Redshift', null).models.find((x) => x.name === 'lapse model');
  assert.equal(m?.trained, 'here');
  const tokens = readDescription('- a routing model (fastText, sorts tickets into queues) retrained every month on Zendesk exports', null).models.find((x) => x.name === 'routing model');
  assert.equal(tokens?.trained, 'here');
});

test('a vendor\'s prebuilt model is taken as given, and a model the team only tried names nothing', () => {
  const models = (text: string) => readDescription(text, null).models;
  assert.equal(models('Receipts go through the prebuilt receipt model of a cloud OCR service today.').find((m) => /receipt model/.test(m.name))?.trained, 'given');
  const tried = draftInterview('We forecast weekly parcel volumes per depot with a gradient boosting model retrained every Sunday on Postgres data. Last spring we also tried a seasonal transformer, but it was worse on holidays.');
  assert.ok(tried.ok);
  assert.doesNotMatch(tried.draft.architecture.project, /transformer/i);
});

test('work asked about as an option ("SageMaker endpoint?", "should it be real time?") is not decided; work asked how to do is wanted', () => {
  const deferred = (text: string) => {
    const r = draftInterview(text);
    assert.ok(r.ok, text);
    return r.draft.architecture.deferred.map((d) => d.name).join(' | ');
  };
  const pipelines = (text: string) => {
    const r = draftInterview(text);
    assert.ok(r.ok, text);
    return r.draft.architecture.pipelines.map((p) => p.steps.map((s) => s.name).join(' ')).join(' | ');
  };
  for (const text of [
    'We retrain a basket-size model weekly on Redshift and score every store nightly. Serving is the open bit. SageMaker endpoint? Lambda behind API Gateway?',
    'We retrain a basket-size model weekly on Redshift and score every store nightly. Should the predictions also be served in real time through an API?',
  ]) {
    assert.doesNotMatch(pipelines(text), /parse_request/, `no serving pipeline: ${text}`);
    assert.match(deferred(text), /real-time|api/i, `the serving question is deferred: ${text}`);
  }
  const how = 'We retrain a basket-size model weekly on Redshift. How do we serve its predictions to the checkout page in real time, within 300 ms?';
  assert.match(pipelines(how), /parse_request/, 'asked how, the serving is wanted');
});

test('data that may not be used to train is no training; a mail\'s header lines are no work', () => {
  for (const text of [
    'We want each supplier contract checked against our clause library by a hosted model. Supplier documents cannot be used to train any model.',
    'Summaries of each call go to the account owner. Recordings must not be used for training, per the customer contract.',
  ]) assert.ok(!kinds(text).includes('training'), text);
  const mail = 'From: Dana Park <dana@example.com>\nTo: Data Science Team\nCc: Legal Ops\nSubject: intake question\n\nWe want a model to flag risky clauses in incoming NDAs every day.';
  assert.ok(!kinds(mail).includes('human-review'), kinds(mail).join(', '));
});

test('what the team lists under "Open questions" is not decided; the section ends at the next heading or paragraph', () => {
  const text = 'We score every new claim nightly with our severity model and write the scores to Postgres.\n\n3. Open questions\n- Serving: a SageMaker endpoint, or keep it batch\n- Dashboards for the adjusters\n\n4. Team\nTwo engineers.';
  const r = draftInterview(text);
  assert.ok(r.ok);
  const a = r.draft.architecture;
  assert.ok(!a.pipelines.some((p) => p.steps.some((s) => s.name === 'parse_request')), 'no serving pipeline for an open question');
  assert.ok(a.pipelines.some((p) => p.steps.some((s) => s.name === 'predict')), 'the nightly scoring said outside the questions is planned');
  const after = readDescription('Qs for the architect:\n- retrain weekly or monthly?\n\nWe retrain the churn model weekly on Snowflake.', null);
  assert.ok(after.components.some((c) => c.kind === 'training' && !/\?$/.test(c.text)), 'a paragraph after the list is the team\'s statement again');
});

test('work that waits on evidence after it ("add a re-ranker once we have baseline numbers") is put off; a "once" that opens the sentence orders steps', () => {
  const later = [
    'We score every listing nightly with the rules. Add a learned ranker trained on past clicks once we have baseline numbers.',
    'Match candidates to roles weekly from the ATS. Fine-tune the encoder on accepted matches once we\'ve got a few hundred of them.',
    'We forecast demand per store each Monday. Train per-region models once we see the global one hold up.',
  ];
  for (const text of later) {
    const waiting = classify(readDescription(text, null)).filter((c) => / once /.test(c.text));
    assert.ok(waiting.length > 0 && waiting.every((c) => c.bucket === 'defer'), `${text}\n${JSON.stringify(waiting.map((c) => [c.name, c.bucket]))}`);
  }
  // "Once we have the features, we train the model": a sequence, training stays.
  assert.ok(kinds('Once we have the features, we retrain the churn model every month from Snowflake.').includes('training'));
});
