/** Work the user names outright: a pipeline by its name, measuring the model's quality, the variant a per-X pipeline is for. On wordings no fixture or case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDescription } from '../../../src/core/reading';
import { variantOf } from '../../../src/core/domain/redFlags';
import { draftInterview } from '../../../src/core/interview/autopilot';

const component = (text: string, kind: string) => readDescription(text, null).components.find((c) => c.kind === kind);

test('a pipeline the team names is work of the kind its words say, under their name', () => {
  // Where the lexicon already knows the work ("feature pipeline"), its component quotes the clause instead.
  const cases: [string, string][] = [
    ['We also want a feature pipeline that rebuilds the customer aggregates in BigQuery every night.', 'processing'],
    ['Next quarter we need a proper ingestion pipeline for the partner feeds landing on SFTP.', 'ingestion'],
    ['Each product line should get its own embedding pipeline over the manuals in Confluence.', 'processing'],
    ['We want a scoring pipeline that writes risk scores for all open loans to Postgres.', 'batch-inference'],
    ['Onboarding a new warehouse should only need its own knowledge-base pipeline run once.', 'processing'],
  ];
  for (const [text, kind] of cases) {
    const c = component(text, kind);
    assert.ok(c, `${text}: ${readDescription(text, null).components.map((k) => k.kind)}`);
    assert.match(c.text, /pipeline/);
  }
  assert.equal(component('Onboarding a new warehouse should only need its own knowledge-base pipeline run once.', 'processing')!.name, 'Knowledge-base pipeline');
});

test('a pipeline named by words that say no work ("proper ML pipelines") adds nothing, nor one put off for later', () => {
  for (const text of ['We want to move our scripts onto proper ML pipelines soon.', 'Some day we might add a labelling pipeline, but not this year.']) {
    const named = readDescription(text, null).components.filter((c) => / pipeline$/.test(c.name));
    assert.deepEqual(named.map((c) => c.name), [], text);
  }
});

test('measuring the quality of the output is evaluation work', () => {
  for (const text of [
    'We want a way to measure answer accuracy before we touch the prompts.',
    'Before each release we need to measure precision and recall on last month\'s disputes.',
    'We want to compare the word error rate of each new transcription setup with the current one.',
  ]) {
    assert.ok(component(text, 'evaluation'), `${text}: ${readDescription(text, null).components.map((c) => c.kind)}`);
  }
  assert.equal(component('We measure the delivery times of every courier in Postgres.', 'evaluation'), undefined);
});

test('the variant a per-X pipeline is for, in the user\'s words', () => {
  assert.equal(variantOf('a separate model per warehouse'), 'warehouse');
  assert.equal(variantOf('every brand, each with its own scoring pipeline'), 'brand');
  assert.equal(variantOf('one pipeline for each sales region'), 'sales region');
  assert.equal(variantOf('per-tenant models'), 'tenant');
  assert.equal(variantOf('each franchise gets its own pipeline'), 'franchise');
  assert.equal(variantOf('a model per store and per product family'), 'store');
});

test('what is said after a per-X variant is not part of it', () => {
  assert.equal(variantOf('one isolation forest model per turbine from the SCADA export'), 'turbine');
  assert.equal(variantOf('a separate model for each kitchen using last year\'s covers'), 'kitchen');
  assert.equal(variantOf('one Prophet model per pump on healthy windows'), 'pump');
});

test('a model kept per item is named by the item', () => {
  const names = (text: string) => readDescription(text, null).models.map((m) => m.name);
  assert.deepEqual(names('We trained one autoencoder per pump on healthy windows from the historian.'), ['pump autoencoder']);
  assert.deepEqual(names('Every Monday we fit a separate forecaster for each kitchen from Snowflake.'), ['kitchen forecaster']);
  assert.deepEqual(names('Every Monday we fit a covers forecaster for each kitchen from Snowflake.'), ['covers forecaster'], 'a model with a name keeps it');
  // With no task named, the item's model titles the draft before a side model the team named in passing.
  const r = draftInterview('We trained one autoencoder per pump on healthy windows from the historian; a nightly job scores yesterday\'s readings. There is also an experimental survival model for the valves in a notebook.');
  assert.ok(r.ok);
  assert.equal(r.draft.architecture.project, 'Pump autoencoder');
});

test('the pipeline a per-X request lands in takes X as a parameter, once', () => {
  const r = draftInterview('We want to onboard every brand, each with its own embedding pipeline over its product manuals in Confluence, and a support assistant that answers from them.');
  assert.ok(r.ok);
  const withParameter = r.draft.architecture.pipelines.filter((p) => /one pipeline with the brand as a parameter/.test(p.purpose));
  assert.equal(withParameter.length, 1, r.draft.architecture.pipelines.map((p) => `${p.name}: ${p.purpose}`).join('\n'));
});

test('a system a step runs against is not a data detail: "runs it against Snowflake"', () => {
  for (const text of ['The bot writes the SQL, runs it against Snowflake and posts the result.', 'We check each batch against Postgres before loading it.']) {
    for (const s of readDescription(text, null).sources) assert.doesNotMatch(s.detail ?? '', /\b(?:against|runs?)\b/, text);
  }
});

test('a model put out "in a format X can load" leaves training as an export for X; on-device stays a device build', () => {
  const steps = (text: string) => {
    const r = draftInterview(text);
    assert.ok(r.ok);
    return r.draft.architecture.pipelines.flatMap((p) => p.steps);
  };
  for (const [text, loader] of [
    ['We train a ranking model weekly with LightGBM on the click logs in Hive and export it in a format the Solr LTR plugin can load.', 'the Solr LTR plugin'],
    ['Every month we retrain the defect detector on the labelled photos in S3 and convert it to a format the camera firmware runs.', 'the camera firmware'],
  ] as const) {
    assert.equal(component(text, 'other')?.name, 'Model export', text);
    const exported = steps(text).find((s) => s.name === 'export_model');
    assert.ok(exported, steps(text).map((s) => s.name).join(' '));
    assert.match(exported.description, new RegExp(`the format ${loader} loads`));
  }
  assert.ok(steps('We retrain the wake-word model monthly on the recordings in GCS and ship it on-device to the headphones.').some((s) => s.name === 'export_for_devices'));
  // The loader reads `production` from outside ZenML: versions are promoted for it, and the data flow says so.
  const r = draftInterview('We train a ranking model weekly with LightGBM on the click logs in Hive and export it in a format the Solr LTR plugin can load.');
  assert.ok(r.ok);
  const training = r.draft.architecture.pipelines.find((p) => p.modelControlPlane.producesVersions)!;
  assert.equal(training.modelControlPlane.promotesTo, 'production');
  assert.match(r.draft.architecture.dataFlow, /Nothing inside ZenML reads it: the Solr LTR plugin loads the export of a version a person has promoted to `production`/);
});

test('where the data is kept is not what the model trains with; a training system is', () => {
  assert.equal(readDescription('Every month we retrain the defect detector on the labelled photos in S3.', null).trainedWith, null);
  assert.equal(readDescription('We retrain the churn model in Redshift every week.', null).trainedWith, null);
  assert.equal(readDescription('We use BigQuery ML to build a churn model on the events in BigQuery.', null).trainedWith, 'BigQuery ML');
});

test('the team scoring records itself ("we score leads") is batch scoring when no budget is said; scoring well is not', () => {
  for (const text of [
    'We score leads and accounts for our customers from their CRM data.',
    'We rank every open listing by how likely it is to sell this month.',
    'Now we classify incoming invoices from the SFTP drop into twelve cost centres.',
  ]) {
    assert.ok(component(text, 'batch-inference'), `${text}: ${readDescription(text, null).components.map((c) => c.kind)}`);
  }
  for (const text of ['We score well on recall but poorly on precision.', 'We rank third in the market.', 'The server answers health checks.']) {
    assert.equal(component(text, 'batch-inference'), undefined, text);
  }
  assert.equal(component('We score leads for our customers within 50 ms of each page view.', 'batch-inference'), undefined);
});

test('models along a range ("from simple averages over trees to a neural network") are kinds, not the model a draft is named after', () => {
  const r = draftInterview('We forecast weekly demand for every store from the sales history in Snowflake. Our forecasting models range from simple moving averages over gradient-boosted trees to a neural network, retrained every month.');
  assert.ok(r.ok);
  assert.doesNotMatch(r.draft.architecture.project, /moving averages|gradient|neural network/i);
  assert.ok(!r.draft.architecture.pipelines.some((p) => /moving_averages|gradient_boosted|neural_network/.test(p.modelControlPlane.model ?? '')));
});

test('a particle before a system ("back in the warehouse") is no data detail', () => {
  for (const s of readDescription('We predict how long a returned parcel takes until it is back in the warehouse.', null).sources) assert.doesNotMatch(s.detail ?? '', /\bback\b/);
});

test('a task named by its noun is work to build when it is wished for or automated, not when people do it today', () => {
  for (const text of [
    "We'd like to bring in automatic categorisation of incoming complaints, with a clerk checking each one.",
    'The plan is to add ML-based detection of cracked housings on the assembly line.',
    'What we need is anomaly detection on the pump vibration data.',
  ]) assert.ok(component(text, 'batch-inference'), `${text}: ${readDescription(text, null).components.map((k) => k.kind)}`);
  assert.equal(component('Categorisation of the complaints takes our clerks two days a week.', 'batch-inference'), undefined);
});

test('a whole clause before a colon is work of its own, not a label heading what follows', () => {
  const text = 'Our aim is to introduce automated classification of the inbound letters: the system suggests a category and a caseworker confirms it.';
  assert.ok(component(text, 'batch-inference'), readDescription(text, null).components.map((k) => k.kind).join());
  // A short label still heads its list and does no work of its own.
  assert.equal(component('Scoring: a cron script on the analytics VM.', 'batch-inference'), undefined);
});

test('a model run on a device meets its budget there: no endpoint, and "a recommendation" asked of us is advice', () => {
  for (const text of [
    'We train a crack detector on our labelled images every quarter. Inference runs in the kiosk, on a Raspberry Pi next to the camera, and the verdict must reach the conveyor controller in under 200 ms.',
    'Our pest classifier is retrained monthly. It is deployed onto the drones, where a decision latency below 150 ms is needed.',
  ]) {
    const kinds = readDescription(text, null).components.map((c) => c.kind);
    assert.ok(kinds.includes('other'), `${text}: ${kinds}`);
    assert.ok(!kinds.includes('online-inference'), `${text}: ${kinds}`);
  }
  // A device model beside an API the team names keeps the API.
  assert.ok(component('The detector runs on the Jetson boxes, and the ops portal calls a REST endpoint that answers in under 300 ms.', 'online-inference'));
  assert.equal(component('We retrain the defect model monthly. IT offered us Kubeflow; we need a recommendation either way.', 'batch-inference'), undefined);
  assert.ok(component('Store managers need a recommendation for every SKU each Monday.', 'batch-inference'));
});

test('tags a model writes are its output, and an ONNX export loaded by a service is no device model', () => {
  assert.ok(component('A nightly cron embeds new tracks and writes tags with confidence to the track_tags table.', 'batch-inference'));
  const kinds = readDescription('We retrain the ETA model weekly; it is exported to ONNX and loaded in-process by our Go service, which answers in under 150 ms.', null).components.map((c) => c.kind);
  assert.ok(!kinds.includes('other'), kinds.join());
});

test('a task the tagger keeps as one term ("anomaly detection") is wished work after "we need" too', () => {
  for (const text of ['We need anomaly detection on the compressor telemetry.', 'The plant needs defect detection on every weld image.', 'What the CFO needs is fraud detection on all expense claims.'])
    assert.ok(component(text, 'batch-inference'), `${text}: ${readDescription(text, null).components.map((k) => k.kind)}`);
});
