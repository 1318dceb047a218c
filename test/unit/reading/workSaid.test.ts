/**
 * Work said in plain words the tagger or the lexicon trips on: a hyphenated modifier after the
 * verb, a schedule said in a clause of its own before the work, where results are handed to, and
 * a model named by its method rather than its use. On wordings no fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDescription } from '../../../src/core/reading';
import { findTask } from '../../../src/core/reading/project';
import { parseText } from '../../../src/core/language/parse';
import { draftInterview } from '../../../src/core/interview/autopilot';

test('a hyphenated word between a verb and a noun modifies the noun, and the clause keeps its verb', () => {
  for (const [text, word] of [['We score stock-out risk for each shelf.', 'stock-out'], ['Every hour we rank long-tail listings with our model.', 'long-tail']]) {
    const tokens = parseText(text).flatMap((s) => s.tokens);
    assert.notEqual(tokens.find((t) => t.text === word)?.pos, 'VERB', text);
    assert.ok(readDescription(text, null).components.some((c) => c.kind === 'batch-inference'), text);
  }
  const flagged = parseText('We flag high-value claims for review.').flatMap((s) => s.tokens);
  assert.deepEqual(flagged.slice(1, 4).map((t) => t.pos), ['VERB', 'ADJ', 'NOUN'], 'the plural closing the object is its head, not a second verb');
});

test('a clause that is only a time phrase gives the next clause its schedule', () => {
  for (const [text, cadence] of [
    ['Every night, before the stores open, we score churn risk for every loyalty member with our model.', 'daily'],
    ['Each Monday, and for the flagship stores every day, we forecast footfall for each store with our model.', 'weekly'],
  ] as const) {
    const scoring = readDescription(text, null).components.find((c) => c.kind === 'batch-inference');
    assert.equal(scoring?.cadence, cadence, text);
  }
});

test('where the results are handed to ("publish it to the store app") is where batch scoring writes', () => {
  const cases: [string, RegExp][] = [
    ['Every night we score stock-out risk for each shelf with our model and publish it to the store app. We retrain the model weekly on Kubeflow from Snowflake.', /Writes the predictions to the store app/],
    ['Each morning we forecast demand per route and push the forecasts to the dispatch console. The model is retrained monthly on Vertex AI from BigQuery.', /Writes the (?:predictions|forecasts?) to the dispatch console/],
  ];
  for (const [text, expected] of cases) {
    const r = draftInterview(text);
    assert.ok(r.ok);
    const scoring = r.draft.architecture.pipelines.find((p) => p.steps.some((s) => s.name === 'publish_predictions'));
    assert.match(scoring?.steps.map((s) => s.description).join('\n') ?? '', expected, text);
  }
});

test('a model named by its method says how it learns, not what it is for: the work names the project', () => {
  const r = draftInterview('Every night we score default risk for each open loan with our gradient-boosted model and write the scores to Postgres. We retrain it monthly on Databricks.');
  assert.ok(r.ok);
  assert.doesNotMatch(r.draft.architecture.project, /gradient/i);
  assert.match(r.draft.architecture.project, /^Default risk scoring$/);
  assert.deepEqual(findTask('We predict churn for every subscriber each week.'), { name: 'Churn prediction', model: 'churn_model' });
});

test('a participle that works as a preposition opens what follows, and the plural after a modifier heads the object', () => {
  for (const [text, expected] of [
    ['Our model predicts the dwell time using historical shipments together with live port congestion.', ['historical shipments']],
    ['We estimate the repair cost including past claims and open invoices.', ['past claims']],
  ] as const) {
    const data = readDescription(text, null).sources.map((s) => s.name.toLowerCase());
    for (const name of expected) assert.ok(data.some((d) => d.includes(name)), `${text} → ${data.join(' | ')}`);
    assert.ok(!data.some((d) => /\busing\b|\bincluding\b/.test(d)), 'the preposition is no part of a name');
  }
});

test('a cluster a job runs on is where work runs, not where data comes from; the data it reads is', () => {
  for (const text of [
    'Every night a Spark job on EMR builds the co-purchase scores from the last 60 days of orders and writes them to Redis.',
    'A weekly Dataproc job computes the customer features from the clickstream events in GCS.',
  ]) {
    const names = readDescription(text, null).sources.map((s) => s.name);
    assert.ok(!names.some((n) => /^(?:EMR|Dataproc)$/i.test(n)), `${text} → ${names.join(', ')}`);
  }
  assert.ok(readDescription('We pull discharge notes from the hospital EMR every night.', null).sources.some((s) => /EMR/.test(s.name)), 'the medical record system is a source');
});

test('a singular article rules out a base-form verb, and an -s word before a compound object is the verb', () => {
  const pos = (text: string) => parseText(text).flatMap((s) => s.tokens).map((t) => `${t.text}/${t.pos}`).join(' ');
  assert.match(pos('Each night a cron job on the VM pulls the logs.'), /job\/NOUN .* pulls\/VERB/);
  assert.match(pos('A nightly Spark job on EMR computes item-item similarities.'), /job\/NOUN .* computes\/VERB item-item\/ADJ/);
  assert.match(pos('A model run takes an hour.'), /run\/NOUN takes\/VERB/);
});

test('what a new model is compared with ("compare it with the current similarities") is the baseline a version must beat', () => {
  const cases: [string, string][] = [
    ['We want to train a graph model and compare it with the current heuristics before switching.', 'the current heuristics'],
    ['Each candidate is compared to the rules we run today.', 'the rules we run today'],
  ];
  for (const [text, baseline] of cases) assert.equal(readDescription(text, null).baseline, baseline, text);
  assert.equal(readDescription('We compared the two vendors with each other.', null).baseline, null);
});

test('results pushed back as a list or as tasks go where they are pushed', () => {
  const r = draftInterview('We trained a detector on 5,000 labelled shelf photos. Every morning we detect empty facings in the new photos and push a task list back to the store app. Two engineers.');
  assert.ok(r.ok);
  const publish = r.draft.architecture.pipelines.flatMap((p) => p.steps).find((s) => /^publish/.test(s.name));
  assert.match(publish?.description ?? '', /to the store app\b/);
});

test('predictions named with their schedule, or computed ahead on one, are batch scoring whatever the verb', () => {
  const batch = (text: string) => readDescription(text, null).components.find((c) => c.kind === 'batch-inference');
  for (const [text, cadence] of [
    ['What we want:\n- weekly churn scores per subscriber, in the CRM by Monday\n- a view for the retention team', 'weekly'],
    ['Goal: a nightly risk estimate for each open loan, read by the collections desk.', 'daily'],
    ['It is fine if the code suggestions are pre-computed overnight for the charts closed that day.', 'daily'],
  ] as const) {
    assert.equal(batch(text)?.cadence, cadence, text);
  }
  // Features computed ahead, and scores that measure the model, are not predictions handed to anyone.
  assert.equal(batch('Features are precomputed nightly into the feature table; training runs monthly.'), undefined);
  assert.equal(batch('We track weekly evaluation scores on the holdout set.'), undefined);
});

test('SQL Server, Oracle and Teradata are where data lives', () => {
  const sources = (text: string) => readDescription(text, null).sources.map((s) => s.name);
  assert.deepEqual(sources('Admissions data sits in an on-prem MS SQL database, copied there every night.'), ['SQL Server']);
  assert.deepEqual(sources('The billing history is in Teradata and the contracts in Oracle.'), ['Teradata', 'Oracle']);
});

test('a plant historian and SAP hold the data named with them', () => {
  const sources = (text: string) => readDescription(text, null).sources.map((s) => s.name);
  assert.deepEqual(sources('Pump pressures are logged every minute in the plant historian; outages come as notifications from SAP PM.'), ['plant historian', 'SAP']);
});

test('"within seconds of the claim being submitted" is a request budget: the participle after "being" only says when', () => {
  const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);
  assert.ok(kinds('Scores have to be back within 3 seconds of the photo being uploaded, while the customer waits.').includes('online-inference'));
  assert.ok(kinds('The risk flag should come back within a couple of seconds of the payment being received.').includes('online-inference'));
});

test('people waiting at a screen and counted reports are no dashboard to build', () => {
  const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);
  assert.ok(!kinds('The agent is waiting on screen while we score the call, so answers must come in 2 seconds.').includes('dashboard'));
  assert.ok(!kinds('We are the fraud analytics team, handling about 40k incident reports a month.').includes('dashboard'));
  assert.ok(kinds('Analysts want to see the weekly scores in a dashboard.').includes('dashboard'));
});

test('a BI view people look at is a screen, in a numbered list too; "I\'m" is nobody\'s product', () => {
  const read = (text: string) => readDescription(text, null);
  const kinds = (text: string) => read(text).components.map((c) => c.kind);
  assert.ok(kinds('Wishlist:\n1. Nightly scores in the warehouse.\n2. A Tableau page where branch managers can see the riskiest accounts.').includes('dashboard'));
  assert.ok(kinds('Store managers look at the forecasts in Power BI every Monday.').includes('dashboard'));
  assert.deepEqual(read("I keep the data in Excel and some Python (numpy, I'm still learning it), and I share charts in Metabase.").systems.map((s) => s.name).filter((n) => /^I/.test(n)), []);
});

test('a model called only plain or basic by its method names nothing; a task asked about in a question is not the work, and "the ask is:" says it', () => {
  for (const text of [
    'A plain GBM on last season\'s data got an MAE of 7. We want to predict basket size for every new store before it opens.',
    'Somebody built a basic random forest last year. Our request is: estimate repair cost for each incoming claim.',
  ]) {
    const r = draftInterview(text);
    assert.ok(r.ok);
    assert.doesNotMatch(r.draft.architecture.project, /\b(?:plain|basic|GBM|forest)\b/i, text);
  }
  assert.deepEqual(findTask('Would you want per-region predictions too? The ask is: predict delivery delay for every parcel.')?.name, 'Delivery delay prediction');
  assert.equal(findTask('How much do you care about per-segment rankings?'), null);
});

test('screening and categorisation name tasks like detection does; a ticket key and a title after it with no separator are read as a ticket', () => {
  assert.deepEqual(findTask('What we want first:\n1. Supplier categorisation on arrival, so nothing waits a day.'), { name: 'Supplier categorisation', model: 'supplier_categoriser' });
  assert.deepEqual(findTask('FIN-88  Automate weekly invoice screening for duplicate payments'), { name: 'Invoice screening', model: 'invoice_screener' });
  assert.deepEqual(findTask('HR-12 applicant screening, first pass only'), { name: 'Applicant screening', model: 'applicant_screener' });
  assert.equal(readDescription('FIN-88  Duplicate payment checks\nWe want to flag likely duplicate invoices every week.', null).project, 'Duplicate payment checks');
});

test('a prototype made with a model\'s method is that model; an optimisation model a solver runs learns nothing', () => {
  const models = (text: string) => readDescription(text, null).models.map((m) => m.name);
  assert.deepEqual(models('Last spring I put together an XGBoost prototype on 18 months of returns.'), ['XGBoost prototype']);
  assert.deepEqual(models('Our CatBoost PoC scores each lane; the Gurobi model then assigns trucks.'), ['CatBoost PoC']);
  assert.deepEqual(models('The planners run an optimization model every morning to build the rota.'), []);
});

test('"pull X out of Y" is extracting X, and a team in brackets after "we" still does the work; "so" qualifies no task', () => {
  assert.deepEqual(findTask('We (the catalogue team, four of us) want to pull colour values out of supplier descriptions.'), { name: 'Colour value extraction', model: 'colour_value_extractor' });
  assert.deepEqual(findTask('Our plan: we take the due dates out of scanned letters every morning.'), { name: 'Due date extraction', model: 'due_date_extractor' });
  assert.equal(findTask('It lands within minutes, so extraction would ideally run right after.'), null);
});

test('a model offered as one of two alternatives is a candidate, not the project', () => {
  const r = draftInterview('We tag support emails by product with GPT-4o today. Another idea is to fine-tune something small, a DistilBERT classifier or a small T5, on those tags. Score every new email hourly into Zendesk. Two engineers.');
  assert.ok(r.ok);
  assert.doesNotMatch(r.draft.architecture.project, /DistilBERT|T5/i);
  // A method named as the other alternative ("gradient boosting or a sequence model") makes the model a candidate too.
  for (const text of [
    'We score every delivery nightly from Postgres. Do we build it on gradient boosting or a sequence model? Nobody has decided.',
    'Every night we rank open tickets from Zendesk. Boosted trees or a pairwise model, still undecided.',
    'Each morning we estimate stock levels per shelf from the WMS; plain linear regression or a temporal model is the open choice.',
  ]) {
    const d = draftInterview(text);
    assert.ok(d.ok);
    assert.doesNotMatch(d.draft.architecture.project, /sequence|pairwise|temporal/i, text);
  }
});

test('advice someone gives is no recommender, and what "extract from" takes from names the task under an "Objective" heading', () => {
  assert.notEqual(readDescription('Each discharge summary ends with the physician\'s follow-up recommendation, which nurses copy by hand.', null).project, 'Recommendations');
  assert.equal(findTask('The auditor\'s recommendation was to hire more clerks.'), null);
  assert.deepEqual(findTask('Objective\nAutomatically extract from every signed lease: rent, term, break dates.'), { name: 'Lease extraction', model: 'lease_extractor' });
  assert.match(readDescription('We want product recommendations on the home page, retrained weekly.', null).project ?? '', /^Product recommendations/);
});

test('a model named as released ("an open-weight instruction-tuned LLM") or listed among candidates is not trained here', () => {
  const r = readDescription('Preferred option: an open-weight instruction-tuned LLM (candidates: Qwen 2.5 72B, Gemma 2 27B, or a smaller legal model) run on our own GPUs.', null);
  assert.ok(!r.components.some((c) => c.kind === 'training'), r.components.map((c) => c.kind).join(', '));
  assert.ok(r.models.every((m) => m.trained !== 'here'), JSON.stringify(r.models));
  assert.ok(readDescription('We instruction-tuned Llama 3 on our support macros last spring.', null).components.some((c) => c.kind === 'training'));
});

test('pricing and categorising said by their verbs name the task', () => {
  assert.deepEqual(findTask('We price second-hand bikes for our shops each week.')?.name, 'Second-hand bike pricing');
  assert.deepEqual(findTask('We categorise incoming invoices by cost centre.'), { name: 'Invoice categorisation', model: 'invoice_categoriser' });
});

test('a task said as what the work is not names nothing, and "next-day" is a time to come', () => {
  assert.equal(findTask('Plate waste is a portion question, not forecasting.'), null);
  assert.deepEqual(findTask('We want to predict next-day overcooking per dish so the chefs prep less.'), { name: 'Overcooking forecasting', model: 'overcooking_forecaster' });
});

test('"we\'d", "we\'ll" and "we\'re" do the work as "we" does, and "auto-" is no part of the verb', () => {
  assert.deepEqual(findTask("We'd like to classify incoming permit applications by department."), { name: 'Permit application classification', model: 'permit_application_classifier' });
  assert.deepEqual(findTask("We're trying to detect leaking valves from pressure logs.")?.name, 'Leaking valve detection');
  assert.deepEqual(findTask('We want to auto-tag support emails by product.')?.name, 'Support email tagging');
});

test('a monitoring centre, room or desk is a place; a model operating in real time answers in real time; real time times no training', () => {
  const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);
  assert.ok(!kinds('The bureau wants automatic flood gauge alerts inside its existing monitoring centre.').includes('monitoring'));
  assert.ok(!kinds('Analysts in the monitoring room check every alert by hand.').includes('monitoring'));
  assert.ok(kinds('The new picker should be operating in real time on the live station feeds.').includes('online-inference'));
  const training = readDescription('We want a detector fine-tuned on our archive, operating in real time on the feeds, with retraining (proposed quarterly) on newly reviewed events.', null).components.find((c) => c.kind === 'training');
  assert.notEqual(training?.cadence, 'realtime');
});

test('a named catalogue or corpus a model is trained on is where its data comes from', () => {
  const sources = (text: string) => readDescription(text, null).sources.map((s) => s.name);
  assert.ok(sources('The classifier will be fine-tuned on the Harbour catalogue of 90,000 reviewed sightings.').includes('Harbour catalogue'));
  assert.ok(sources('We train the tagger on the Lexa corpus of annotated rulings.').includes('Lexa corpus'));
});

test('a model evaluating one record is scoring it, not an evaluation of the model', () => {
  const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);
  assert.ok(!kinds('While the checkout spins, the scorer has to evaluate the order in under 80 ms.').includes('evaluation'));
  assert.ok(!kinds('Every night the rules engine evaluates each incoming claim against the policy.').includes('evaluation'));
  assert.ok(kinds('We evaluate each new model version on last month\'s holdout before it goes live.').includes('evaluation'));
});

test('comparing candidates named in quotation marks, or one "vs" another, is evaluation', () => {
  const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);
  assert.ok(kinds('We want to compare "a small fine-tuned tagger" vs "GPT with a prompt" on last year\'s files before we commit.').includes('evaluation'));
  assert.ok(kinds('Before choosing, compare the \'distilled model\' against the hosted one on the same 300 tickets.').includes('evaluation'));
});

test('a ranked or scored list made on a schedule is batch scoring', () => {
  const batch = (text: string) => readDescription(text, null).components.find((c) => c.kind === 'batch-inference');
  assert.equal(batch('G3: a ranked "priority list" per depot every Monday by 07:00 for the planners.')?.cadence, 'weekly');
  assert.ok(batch('The collectors want a scored shortlist of overdue accounts each morning.'));
  assert.equal(batch('We keep a ranked list of suppliers in a spreadsheet.'), undefined);
});

test('an answer under its label times the work the question before it asks about', () => {
  const cadence = (text: string) => readDescription(text, null).components.find((c) => c.kind === 'batch-inference')?.cadence;
  assert.equal(cadence('We score every active policy with the lapse model and write the scores to Redshift.\nQ: How often should that run?\nA: Every night, after the load.'), 'daily');
  assert.equal(cadence('We score every active policy with the lapse model and write the scores to Redshift.\nQuestion: and the cadence?\nAnswer: weekly is plenty.'), 'weekly');
});

test('predictions or decisions said to run in batch are batch scoring, whatever does the deciding', () => {
  for (const text of ['Decisions are executed in batch through the decision engine on the first business day of each month.', 'Scores get computed in batches overnight and land in Oracle.', 'Recommendations are run in batch for every member on Sundays.']) {
    assert.ok(readDescription(text, null).components.some((c) => c.kind === 'batch-inference'), text);
  }
});

test('a sentence that says it is about something else holds no work of the plan', () => {
  for (const aside of ['unrelated but the load board scraper broke again, ignore the 4am alerts.', 'Side note: the old dashboard for finance still needs a new login page.', 'Totally unrelated - we also retrain the HR attrition model monthly.']) {
    const text = `We score every open invoice nightly for payment risk from NetSuite. ${aside} The collectors read the scores in Salesforce.`;
    const kinds = readDescription(text, null).components.map((c) => c.kind);
    assert.ok(kinds.includes('batch-inference'), `${aside}: ${kinds}`);
    assert.ok(!kinds.some((k) => k === 'alerting' || k === 'dashboard' || k === 'training'), `${aside}: ${kinds}`);
  }
});

test('being told when something happens is alerting, however it is asked for', () => {
  for (const text of ['Ping me in Slack if the suggested rate on a lane jumps by more than 15% overnight.', 'Please notify the yard team when a trailer sits for more than six hours.', 'Text us as soon as a freezer reading drifts.']) {
    assert.ok(readDescription(text, null).components.some((c) => c.kind === 'alerting'), text);
  }
  // "Text" the noun, and a condition about something else, ask for no alert.
  const prompt = readDescription('We call the hosted LLM with the page text from the parser, or the image if it is a scan.', null);
  assert.ok(!prompt.components.some((c) => c.kind === 'alerting'), prompt.components.map((c) => c.kind).join(', '));
});

test('a clock\'s drift is no model drift, and preparation only asked about is not planned', () => {
  const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);
  for (const text of ['Event timestamps are synced to the video, roughly (±3s drift). We score every match weekly.', 'The GPS has about 5 m of error and some clock drift; we estimate arrival per stop nightly.', 'Sensor logs carry timestamp drift of a few seconds. We forecast load daily.'])
    assert.ok(!kinds(text).includes('monitoring'), text);
  assert.ok(kinds('We want data drift checks on the scoring inputs every week.').includes('monitoring'));
  const prep = readDescription('We score each match from tracking data. Would you aggregate at the team level, or keep players apart?', null).preparations;
  assert.deepEqual(prep, []);
});

test('a pseudo-cleft ("What the board wants is a risk score for every pupil") wishes for what follows "is"', () => {
  const kinds = (text: string) => readDescription(text, null).components.map((c) => c.kind);
  for (const text of [
    'What the principal wants is a risk score for every pupil, weekly.',
    'What Ops really needs is a forecast for each depot every morning.',
    'What our CFO asked for is a weekly list of the riskiest invoices.',
  ])
    assert.ok(kinds(text).includes('batch-inference'), text);
});
