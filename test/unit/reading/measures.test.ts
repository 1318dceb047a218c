import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCadences, findLatencies, findMeasured, findMetrics, findWindows } from '../../../src/core/reading/measures';
import { draftInterview } from '../../../src/core/interview/autopilot';
import { readDescription } from '../../../src/core/reading';

const cadences = (t: string) => findCadences(t).map((c) => c.value);
const latencies = (t: string) => findLatencies(t).map((l) => l.value);

test('cadences: each way of saying a schedule', () => {
  const cases: [string, string[]][] = [
    ['refresh hourly', ['hourly']],
    ['every 15 minutes we poll the API', ['hourly']],
    ['every six hours', ['hourly']],
    ['runs daily', ['daily']],
    ['runs every day', ['daily']],
    ['a nightly job', ['daily']],
    ['kick it off at 2 AM', ['daily']],
    ['retrain weekly', ['weekly']],
    ['every Sunday night', ['weekly']],
    ['once a month', ['monthly']],
    ['quarterly refresh', ['monthly']],
    ['whenever new files land in the bucket', ['on-arrival']],
    ['as soon as new documents arrive', ['on-arrival']],
    ['score transactions in real time', ['realtime']],
    ['retraining can be manual', ['manual']],
    ['on demand when an analyst asks', ['manual']],
  ];
  for (const [text, want] of cases) assert.deepEqual(cadences(text), want, text);
});

test('cadences: a job run at a clock time, or work due by one, comes round every day', () => {
  const cases: [string, string[]][] = [
    ['the export job runs at 04:30 and drops a CSV', ['daily']],
    ['a cron job scheduled at 23:15 rebuilds the features', ['daily']],
    ['the planners need the numbers by 07:45 local time', ['daily']],
  ];
  for (const [text, want] of cases) assert.deepEqual(cadences(text), want, text);
  assert.deepEqual(cadences('the outage started at 14:05 and lasted an hour'), [], 'a moment something happened is no schedule');
});

test('cadences: near misses are not schedules', () => {
  assert.deepEqual(cadences('when the model goes live we celebrate'), []);
  assert.deepEqual(cadences('where the data lives in S3'), []);
  assert.deepEqual(cadences('about 10k transactions per day'), []);
});

test('latency budgets in their usual spellings', () => {
  const cases: [string, number[]][] = [
    ['under 50 ms', [50]],
    ['<100ms p99', [100]],
    ['p99 under 80 milliseconds', [80]],
    ['within 2 seconds', [2000]],
    ['in under 1.5s', [1500]],
    ['sub-10ms', [10]],
    ['50-100ms is fine', [100]],
    ['sub-second responses', [1000]],
    ['answers in about 3 seconds', [3000]],
  ];
  for (const [text, want] of cases) assert.deepEqual(latencies(text), want, text);
});

test('latency: a figure in seconds with its percentile after it is a budget', () => {
  const cases: [string, number[]][] = [
    ['I asked for 1.5s p95 end to end', [1500]],
    ['the quote screen needs 2 seconds at p99', [2000]],
    ['we agreed on 0.8 s at the p90 for the lookup', [800]],
    ['the export takes 3 seconds on a good day', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(latencies(text), want, text);
});

test('latency: what the people waiting will put up with is a budget', () => {
  const cases: [string, number[]][] = [
    ['the underwriters would tolerate 3 sec per quote', [3000]],
    ['agents will wait up to 4 seconds for a suggestion', [4000]],
    ['buyers can live with about 2 secs on the checkout page', [2000]],
    ["the pharmacists are fine with 5 s if the answer is right", [5000]],
  ];
  for (const [text, want] of cases) assert.deepEqual(latencies(text), want, text);
  assert.deepEqual(latencies('we waited 3 seconds and retried'), [], 'a wait that happened is no budget');
});

test('latency: durations that are not budgets are ignored', () => {
  assert.deepEqual(latencies('every 15 minutes'), []);
  assert.deepEqual(latencies('training takes 3 seconds per batch'), []);
  assert.deepEqual(latencies('we keep 90 days of data'), []);
});

test('windows: the time a kind of work must finish in, said either way round', () => {
  assert.deepEqual(findWindows('We get roughly a 10-hour window to run all the scoring each week, and about 2 days to do the retraining.'), [
    { work: 'inference', within: 'a 10-hour window' },
    { work: 'training', within: '2 days' },
  ]);
  assert.deepEqual(findWindows('Predictions must be finished within 6 hours of the files landing.'), [{ work: 'inference', within: '6 hours' }]);
  assert.deepEqual(findWindows('There is an 8-hour window for the nightly batch.'), [{ work: 'inference', within: 'an 8-hour window' }]);
  assert.deepEqual(findWindows('Feature preparation has to complete in four hours.'), [{ work: 'data', within: 'four hours' }]);
  assert.deepEqual(findWindows('It takes 3 days to get a security review.'), []);
  assert.deepEqual(findWindows('We keep a 30-day window of transactions.'), []);
});

test('what the model measured today, as figure and measure; a target is not a measurement', () => {
  assert.equal(findMeasured('On last month\'s holdout the matcher reached 88% precision and 71% recall.')?.said ?? null, '88% precision and 71% recall');
  assert.equal(findMeasured('The current ranker sits at an NDCG of 0.42 on the click logs.')?.said ?? null, '0.42 NDCG');
  assert.equal(findMeasured('Its error rate on handwritten forms is roughly 7%.')?.said ?? null, 'roughly 7% error rate');
  assert.equal(findMeasured('We need at least 90% recall before launch.')?.said ?? null, null);
  assert.equal(findMeasured('We sample 5% of the traffic for labelling.')?.said ?? null, null);
});

test('the overview states the figure as the bar a new version is compared with, only when versions are produced', () => {
  const r = draftInterview('Our claims triage model reached 88% precision and 71% recall last quarter. We retrain it monthly on claims in Postgres and score new claims every night. Two engineers.');
  assert.ok(r.ok);
  assert.match(r.draft.architecture.overview, /Today's model measured 88% precision and 71% recall; every new version is scored on the same measures, so a promotion is a comparison with those figures/);
});

test('a budget with its number in words is a budget; a duration without a bound word is not', () => {
  assert.deepEqual(findLatencies('Replies should reach the agent within ten seconds.').map((l) => l.value), [10000]);
  assert.deepEqual(findLatencies('under three seconds end to end').map((l) => l.value), [3000]);
  assert.deepEqual(findLatencies('the export takes ten seconds').map((l) => l.value), []);
});

test('rates of wrong calls are measures by the name people give them', () => {
  assert.deepEqual(findMetrics('check the false-alarm rate before swapping models'), ['false-alarm rate']);
  assert.deepEqual(findMetrics('keep the false positive rate under 2% and the miss rate low'), ['false positive rate', 'false negative rate']);
});

test('a budget of a few seconds in words is a budget', () => {
  assert.deepEqual(latencies('Agents must see the suggestion within a few seconds of opening the ticket.'), [5000]);
  assert.deepEqual(latencies('the page should load in under a couple of seconds'), [5000]);
  assert.deepEqual(latencies('it took a few seconds to load'), [], 'a duration without a bound word is no budget');
});

test('results due the next morning are a daily batch, and the deadline of a screen times the scoring that fills it', () => {
  assert.deepEqual(cadences('the ranked list should be ready by the next morning'), ['daily']);
  const text = 'We score every open invoice for late-payment risk with the model we trained. The riskiest ones should show up in the collections team\'s Looker dashboard the next morning.';
  const scoring = draftInterview(text);
  assert.ok(scoring.ok);
  const batch = scoring.draft.architecture.pipelines.find((p) => /Scoring|Inference/.test(p.name));
  assert.match(batch?.trigger ?? '', /^Scheduled daily/, JSON.stringify(scoring.draft.architecture.pipelines.map((p) => [p.name, p.trigger])));
});

test('latency budgets the text rules out are no budget; a ceiling said with a negation is one', () => {
  const budgets = (t: string) => findLatencies(t).map((f) => f.value);
  assert.deepEqual(budgets("We're not in sub-50ms land here, the agent can wait a little."), []);
  assert.deepEqual(budgets('The page does not have to be under 300 ms.'), []);
  assert.deepEqual(budgets('It never needs to be within 20 ms, that is the ad server.'), []);
  assert.deepEqual(budgets('Each lookup may take no more than 80 ms.'), [80]);
  assert.deepEqual(budgets('The call must not exceed 400 ms end to end.'), [400]);
});

test('a cut-off in the measure ("top-1 accuracy") is no figure, and a figure measured on the baseline is said as the baseline\'s', () => {
  assert.deepEqual(findMeasured('The current rule set reaches 71% top-3 recall on last year\'s tickets.'), { said: '71% top-3 recall', onBaseline: false, people: null });
  assert.equal(findMeasured('We care about top-5 accuracy most.'), null);
  const reading = readDescription('A baseline regex tagger written by an intern gets 64% accuracy. We want a classifier trained on our labelled tickets in Postgres that beats it, retrained monthly and scoring new tickets nightly.', null);
  assert.equal(reading.baseline, 'the regex tagger');
  assert.equal(reading.measuredOnBaseline, true);
  const r = draftInterview('A baseline regex tagger written by an intern gets 64% accuracy. We want a classifier trained on our labelled tickets in Postgres that beats it, retrained monthly and scoring new tickets nightly.');
  assert.ok(r.ok);
  assert.match(r.draft.architecture.overview, /The regex tagger, the baseline, measured 64% accuracy/);
  assert.doesNotMatch(r.draft.architecture.overview, /Today's model measured/);
});

test('a cadence adjective right after a verb of forecasting is the forecast\'s resolution, not how often it runs', () => {
  assert.deepEqual(cadences('We forecast hourly demand for 120 feeders every morning.'), ['daily']);
  assert.deepEqual(cadences('Predict daily sales per store.'), []);
  assert.deepEqual(cadences('The forecast is refreshed hourly.'), ['hourly']);
});

test('a figure measured on people\'s judgement is the baseline\'s, the bar a first model must clear', () => {
  const measured = (t: string) => findMeasured(t);
  assert.deepEqual(measured('The planners\' forecasts run at a MAPE of 18% on the top sellers.'), { said: '18% MAPE', onBaseline: true, people: "the planners' forecasts" });
  assert.deepEqual(measured('Underwriter estimates — we checked — have an MAE of ~4,000 dollars.')?.people, 'the underwriter estimates');
  assert.equal(measured('Our ranker has an NDCG of 0.42.')?.onBaseline, false);
  const r = draftInterview('Buyers guess next season\'s order quantities today; their guesses have a MAPE of 31%. We want a model trained on our Snowflake sales history to predict the quantity for each style. Two data scientists.');
  assert.ok(r.ok);
  assert.match(r.draft.architecture.overview, /guesses, the baseline, measured 31% MAPE/i);
  assert.doesNotMatch(r.draft.architecture.overview, /Today's model/);
});

test('a figure said after "vs" is what the model is compared with, and belongs to what it is "for"', () => {
  assert.deepEqual(findMeasured('Their report says recall 0.85 and precision 0.62, vs ~0.12 precision for the vendor rule.'), { said: '0.12 precision', onBaseline: true, people: 'the vendor rule' });
  assert.deepEqual(findMeasured('The pilot got 71% accuracy versus 55% accuracy for the current keyword heuristics.'), { said: '55% accuracy', onBaseline: true, people: 'the current keyword heuristics' });
  assert.equal(findMeasured('The pilot got 71% accuracy on last month.')?.onBaseline, false);
});

test('a duration per unit of work is throughput, not a budget, unless a bound word holds it; "~" alone says about, not under', () => {
  assert.deepEqual(findLatencies('Parsing runs at ~45 s/page on the old CPU box.'), []);
  assert.deepEqual(findLatencies('The embedding step costs 200 ms per chunk today.'), []);
  assert.deepEqual(findLatencies('Scoring takes ~20 s for the whole batch.'), []);
  assert.deepEqual(findLatencies('Each answer must come back in under 300 ms per request.').map((l) => l.value), [300]);
  assert.deepEqual(findLatencies('Classification should stay below 50 ms per image.').map((l) => l.value), [50]);
  assert.deepEqual(findLatencies('Users see the draft in ~3 s.').map((l) => l.value), [3000]);
});

test('a measure followed by its figure, or a figure with an averaging word, is what the model measured', () => {
  const measured = (text: string) => readDescription(text, null).measured;
  assert.equal(measured('The first prototype reached AUC 0.74 on the 2023 holdout.'), '0.74 AUC');
  assert.equal(measured('Our tagger sits at macro F1 0.66 on a hand-checked sample.'), '0.66 F1');
  assert.equal(measured('A DistilBERT prototype got 0.83 weighted F1 last spring.'), '0.83 F1');
  // A year after a measure is no figure of it.
  assert.equal(measured('We compared recall 2023 against the older report.'), null);
});

test('a budget is the bound the team sets: beside one, a time said of what exists is none, and emphasis or "<=" hides no bound', () => {
  const latency = (text: string) => readDescription(text, null).latencyMs;
  assert.equal(latency('We buy a vendor risk score today (REST, ~700ms per call). Our own score must reach the claims system within 4 seconds of submission.'), 4000);
  assert.equal(latency('- Scores must be back in the portal within **3 seconds** of upload.'), 3000);
  assert.equal(latency('- Detector on the handheld: target <=1.2 s per photo.'), 1200);
  // With no bound said, the only time said is still the budget read.
  assert.equal(latency('The current service answers in about 900 ms.'), 900);
  assert.equal(readDescription('Anything above $25k incurred or headed to court is complex. We score 40,000 claims a month.', null).volume, '40,000 claims a month');
});

test('a cadence word that says how finely numbers are cut is no run cadence: "daily granularity", "hourly arrivals by ward"', () => {
  assert.deepEqual(findCadences('The model gives hourly arrivals by ward, at daily granularity for the board.').map((c) => c.value), []);
  assert.deepEqual(findCadences('Monthly revenue per region goes to finance.').map((c) => c.value), []);
  assert.deepEqual(findCadences('We retrain weekly per store and publish daily reports by region.').map((c) => c.value), ['weekly', 'daily']);
});
