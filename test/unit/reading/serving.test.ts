/** The serving the team already runs (the seed: respect existing work, "a serving API"). On wordings no fixture or case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findServing } from '../../../src/core/reading/serving';
import { draftInterview } from '../../../src/core/interview/autopilot';
import { readDescription } from '../../../src/core/reading';

test('serving said in the present tense, passive, active or as the subject, names the system', () => {
  const cases: [string, string][] = [
    ['Our scores are currently served by a Go service behind the checkout API, which the web team owns.', 'a Go service behind the checkout API'],
    ['We serve the ranking model from a FastAPI app on Kubernetes for the search page.', 'a FastAPI app on Kubernetes'],
    ['Our Flask API serves the churn model to the CRM.', 'our Flask API'],
    ['Predictions are served through an internal gRPC service; latency is fine.', 'an internal gRPC service'],
    ['A Java backend that serves our recommendations reads the embeddings.', 'a Java backend'],
    ['The classifiers get served from a sidecar container next to the ingestion app.', 'a sidecar container'],
    // A running system the team built for the model's task is where the model is used.
    ['We built automated invoice screening and escalation two years ago.', 'automated invoice screening and escalation'],
    ['We run a real-time fraud scoring service on Kubernetes.', 'a real-time fraud scoring service'],
    ['We developed an in-house product matching engine last year.', 'an in-house product matching engine'],
    ['We built a listing moderation workflow on top of our event bus.', 'a listing moderation workflow'],
  ];
  for (const [text, expected] of cases) assert.equal(findServing(text), expected, text);
});

test('a plan, a wish, a replacement or another sense of "served" is no serving the team runs', () => {
  for (const text of [
    'The model will be served by a FastAPI service.',
    'We want to serve predictions from an endpoint.',
    "We'd like to replace the Flask API that serves our models.",
    'Models are served by our old Tomcat server, which we are migrating off this year.',
    'Lunch is served in the canteen at noon.',
    'The customers are served by three regional warehouses.',
    'We run forecasting in a notebook every week.',
    'We want to build automated invoice screening.',
    'We built a churn model.',
    'We built a data pipeline in Airflow.',
  ]) {
    assert.equal(findServing(text), null, text);
  }
});

test('real-time requests the team already serves stay with their serving, which loads the production version', () => {
  const r = draftInterview('We retrain a card fraud model weekly on transactions in Snowflake. Fraud scores are served by a Kotlin service in the payments backend, under 150 ms per transaction. Three engineers.');
  assert.ok(r.ok);
  const a = r.draft.architecture;
  assert.ok(a.pipelines.every((p) => !p.deployed), a.pipelines.map((p) => p.name).join(', '));
  const kept = a.notAPipeline.find((n) => /^your Kotlin service in the payments backend, which you already use/.test(n.alternative));
  assert.ok(kept, JSON.stringify(a.notAPipeline));
  assert.match(kept.alternative, /`production` version/);
  const planned = draftInterview('We retrain a card fraud model weekly on transactions in Snowflake and want to score each transaction in real time, under 150 ms. Three engineers.');
  assert.ok(planned.ok);
  assert.ok(planned.draft.architecture.pipelines.some((p) => p.deployed), 'with no serving of their own, real-time requests get a deployed pipeline');
});

test('a system of theirs that applies the model reads the production version, and no batch pipeline is suggested beside it', () => {
  const text = 'We built automated leak detection for the water network: it reads pressure telemetry from InfluxDB every few minutes and flags pipes that behave unlike their neighbours. We want to evaluate and tune the detector on the leaks field crews confirmed.';
  const r = draftInterview(text);
  assert.ok(r.ok);
  const a = r.draft.architecture;
  assert.match(a.dataFlow, /Your automated leak detection, outside ZenML, loads the `production` version/);
  assert.doesNotMatch(a.dataFlow, /Nothing reads/);
  assert.match(a.dataFlow, /a failed run or a rejected version/, 'an evaluation pipeline has no training run to fail');
  assert.ok(!a.deferred.some((d) => /Batch inference/.test(d.name)), JSON.stringify(a.deferred));
  const kept = a.notAPipeline.find((n) => n.name === 'Automated leak detection');
  assert.ok(kept, JSON.stringify(a.notAPipeline));
  assert.match(kept.alternative, /^your automated leak detection, as today, loading the `production` version/);
});

test('an endpoint that takes the results in is where they go, not a serving API', () => {
  const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);
  assert.ok(!kinds('We suggest codes nightly for yesterday\'s discharges; the vendor can receive suggestions over their REST endpoint.').includes('online-inference'));
  assert.ok(kinds('The mobile app calls our scoring endpoint for every checkout.').includes('online-inference'));
});

test('a time said with work on the device is the device\'s, not a budget for the served model', () => {
  const r = readDescription('On the handheld: a TFLite glare check, about 30 ms on a mid-range phone. In the cloud, a product recogniser runs behind our endpoint.', null);
  assert.equal(r.latencyMs, null);
  assert.equal(readDescription('In the cloud, the recogniser must answer within 300 ms.', null).latencyMs, 300);
});

test('the team\'s own service that calls the model is where it is used, and is no data source', () => {
  const r = readDescription('We prompt a hosted model to draft each reply. Plain SDK calls from our existing Rails backend, nothing else in between.', null);
  assert.equal(r.servedBy, 'our existing Rails backend');
  assert.ok(!r.sources.some((s) => /rails/i.test(s.name)), JSON.stringify(r.sources));
});

test('a budget that belongs to another system ("so no live model call"), or "live" describing a noun, serves nothing', () => {
  const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);
  assert.ok(!kinds('We score every listing after each upload and write it to the catalogue. Checkout has a 30 ms budget for everything, so no real-time model calls.').includes('online-inference'));
  assert.ok(!kinds('The auction service gets 80 ms in total, without any live inference: it only reads the stored risk score.').includes('online-inference'));
  assert.ok(!kinds('We check each draft clause so that every prompt change is scored before a live hearing.').includes('online-inference'));
  // Said of the model, the budget is its serving's.
  assert.ok(kinds('The fraud model must answer each card authorisation within 40 ms.').includes('online-inference'));
  assert.ok(kinds('We want to score each claim live as the adjuster types.').includes('online-inference'));
});

test('a fast reader of results computed ahead ("it only reads precomputed segments") serves no model per request, and a server is not serving', () => {
  const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);
  const ahead = [
    'Bids are placed by the exchange in real time (<20 ms), but it only reads the precomputed audience segments we upload each night. We tag each page with topics from its text.',
    'The game server decides matchups live in under 30 ms and looks up cached skill ratings; we recompute the ratings hourly from match logs.',
    'Our checkout answers within 50 ms, reading stored fraud scores that a nightly job writes; we score every account from its history.',
  ];
  for (const text of ahead) assert.ok(!kinds(text).includes('online-inference'), text);
  // A server that sorts requests in real time is a system named, not a verb of serving.
  assert.ok(!kinds('The mail server delivers in real time. We score each sender nightly from last week\'s bounces.').includes('online-inference'));
  // The model itself held to the budget still serves.
  assert.ok(kinds('The ranking model must answer each search request within 40 ms.').includes('online-inference'));
  assert.ok(kinds('We want to serve a price for each quote in real time, under 100 ms.').includes('online-inference'));
});

test('a model run in-process or embedded in the team\'s own service is served there, whatever the tense', () => {
  assert.equal(findServing('Model: a gradient-boosted classifier, exported to ONNX and scored in-process in the Go booking service. No model server.'), 'the Go booking service');
  assert.equal(findServing('The ranker will be embedded in our search API as a native library.'), 'our search API');
  assert.equal(findServing('We embedded a spell checker into the app years ago.'), null, 'no service or backend named after it');
  const r = draftInterview('We retrain a no-show classifier weekly on Snowflake bookings. It is exported to ONNX and run in-process inside the Java booking service, which must answer in under 50 ms. Three engineers.');
  assert.ok(r.ok);
  assert.ok(!r.draft.architecture.pipelines.some((p) => /serving/i.test(p.name)), r.draft.architecture.pipelines.map((p) => p.name).join(', '));
  assert.ok(r.draft.architecture.notAPipeline.some((n) => /Java booking service/.test(n.alternative)), JSON.stringify(r.draft.architecture.notAPipeline));
});
