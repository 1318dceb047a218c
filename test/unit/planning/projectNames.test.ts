/**
 * Titles and Model Control Plane names as the user will see them in the document: a clean phrase
 * for the title, a short domain noun for the model, for every description fixture.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDescriptionFixtures } from '../../fixtures/descriptions/load';
import { readDescription, modelNameFor, MODEL_NAME_MAX } from '../../../src/core/reading';
import * as E from '../../../src/core/interview/engine';
import { runInterview } from '../interview/engineHelpers';
import { draftInterview } from '../../../src/core/interview/autopilot';
import { orchestratorChoice } from '../../../src/core/planning/orchestrator';
import { findProject, findTask } from '../../../src/core/reading/project';

const DANGLING_END = /(?:\s(?:for|of|on|in|at|to|from|by|with|and|or|the|a|an|our|their|its)|\d|[^\p{L}\p{N})])$/iu;
const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

const fixtures = loadDescriptionFixtures();

/** The project title the draft of a description carries. */
function title(text: string): string {
  const r = draftInterview(text);
  assert.ok(r.ok);
  return r.draft.architecture.project;
}

for (const f of fixtures) {
  test(`${f.name}: a clean title and a short model name`, () => {
    const project = readDescription(f.text, null).project;
    if (project !== null) {
      assert.doesNotMatch(project, DANGLING_END, `reader's title "${project}" ends in a fragment`);
      assert.doesNotMatch(project, /[~<>#*`|]/, `reader's title "${project}" carries a symbol`);
    }
    const architecture = E.architecture(runInterview(f.text).state);
    assert.doesNotMatch(architecture.project, DANGLING_END, `title "${architecture.project}" ends in a fragment`);
    for (const p of architecture.pipelines) {
      const model = p.modelControlPlane.model;
      if (model === null) continue;
      assert.ok(model.length <= MODEL_NAME_MAX, `${model} is longer than ${MODEL_NAME_MAX}`);
      assert.match(model, SNAKE, model);
    }
  });
}

test('the fraud, forecasting and churn descriptions name their project and model the way a person would', () => {
  const byName = new Map(fixtures.map((f) => [f.name, f.text]));
  const named = (name: string) => {
    const architecture = E.architecture(runInterview(byName.get(name)!).state);
    const models = new Set(architecture.pipelines.map((p) => p.modelControlPlane.model).filter((m) => m !== null));
    return { title: architecture.project, models: [...models] };
  };
  assert.deepEqual(named('card-fraud-realtime'), { title: 'Fraud detection for card payments', models: ['fraud_detector'] });
  assert.deepEqual(named('retail-forecasting-bullets'), { title: 'Demand forecasting', models: ['demand_forecaster'] });
  assert.deepEqual(named('mega-pipeline-churn').models, ['churn_model']);
  assert.deepEqual(named('video-frames-realtime'), { title: 'Player tracking on live video frames', models: ['tracker'] });
  // Not "ML System" / ml_model: the first words say what it is.
  assert.deepEqual(named('automate-everything-drift'), { title: 'Insurance claims triage', models: ['claims_triage_model'] });
});

test('the purpose phrase stops before a symbol, a joining word or a dangling article', () => {
  const project = (t: string) => readDescription(t, null).project;
  assert.equal(project("we're building fraud detection for card payments at a mid-size PSP"), 'Fraud detection for card payments');
  assert.equal(project('Demand forecasting for ~1,400 grocery stores'), 'Demand forecasting');
  assert.equal(project('churn prediction for the, um, subscription business'), 'Churn prediction');
  assert.equal(project('a recommendation engine for a news app'), 'Recommendations for a news app');
});

test('model names: the use case\'s noun, else the project name cut at a word boundary, keeping what says what it is', () => {
  assert.equal(modelNameFor('Card fraud detection'), 'fraud_detector');
  assert.equal(modelNameFor('LLM fine-tuning'), 'fine_tuned_llm');
  assert.equal(modelNameFor('Sentinel'), 'sentinel');
  // Too long: the words in front go, the last one says what it is; a generic "model" at the end goes first.
  assert.equal(modelNameFor('Kestrel Automotive Weld Seam Inspection Platform'), 'weld_seam_inspection_platform');
  assert.equal(modelNameFor('Hierarchical multi-armed bandit'), 'multi_armed_bandit');
  assert.equal(modelNameFor('Regional shipment delay prediction model'), 'shipment_delay_prediction');
  assert.equal(modelNameFor('!!!'), 'ml_model');
  // Where the project is and when it comes are no part of the model's name.
  assert.equal(modelNameFor('Next claims triage model at Northwind Mutual'), 'claims_triage_model');
  assert.equal(modelNameFor('New parcel weight estimator for DHL'), 'parcel_weight_estimator');
  assert.equal(modelNameFor('Yield model for the greenhouse'), 'yield_model_for_the_greenhouse', 'a lower-case place stays: it says what the model is for');
});

test('with nothing else named, the task named by its noun titles the draft and names its model', () => {
  const titled = (text: string) => {
    const r = draftInterview(text);
    assert.ok(r.ok, text);
    return [r.draft.architecture.project, r.draft.architecture.pipelines[0]!.modelControlPlane.model ?? ''];
  };
  assert.deepEqual(titled('We run automated leak detection over the pressure readings from our pipes and want to retrain it monthly.'), ['Leak detection', 'leak_detector']);
  assert.deepEqual(titled('Our team wants shipment delay prediction for the carriers, trained weekly on the tracking events.'), ['Shipment delay prediction', 'shipment_delay_prediction']);
  // A model the text names by what it is for still wins.
  assert.equal(titled('We want leak detection: we retrain a pressure anomaly classifier monthly on the sensor logs.')[0], 'Pressure anomaly classifier');
});

test('several models that end on the same noun share it once in the title, which then takes a plural verb', () => {
  const cases: [string, string][] = [
    ['Vision models score every upload for violence and for nudity, and we want to structure how both models are retrained from the moderated photos in S3.', 'Violence and nudity models'],
    ['Deep learning models score each listing photo for counterfeit goods and for weapons; we want to set up how both models are trained and evaluated from the reviewed photos in GCS.', 'Counterfeit goods and weapons models'],
  ];
  for (const [text, title] of cases) {
    const r = draftInterview(text);
    assert.ok(r.ok);
    assert.equal(r.draft.architecture.project, title);
    assert.match(r.draft.architecture.overview, new RegExp(`^${title} turn `));
  }
});

test('a task said by its verb names the draft by what it is done to ("we transcribe millions of episodes")', () => {
  const cases: [string, string, string][] = [
    ['Every night we classify the incoming support tickets with a pretrained BERT model and route them to queues in Zendesk.', 'Support ticket classification', 'support_ticket_classifier'],
    ['We summarise thousands of call notes each day with GPT-4o and store the summaries in Postgres.', 'Call note summarisation', 'call_note_summariser'],
    ['We translate product descriptions into nine languages every night with a hosted LLM API and publish them to the shop.', 'Product description translation', 'product_description_translator'],
  ];
  for (const [text, title, model] of cases) {
    const r = draftInterview(text);
    assert.ok(r.ok);
    assert.equal(r.draft.architecture.project, title, text);
    assert.ok(JSON.stringify(r.draft.architecture).includes(`\`${model}\``), `${text}: ${model}`);
  }
});

test('a model named only by its method is named by what it predicts, from the clause that says so', () => {
  assert.match(title('We built a gradient boosting model in a Jupyter notebook that predicts claim severity from the first notice of loss. Two data scientists.'), /^Claim severity prediction/);
  assert.match(title('Our random forest model, which predicts late payments from the invoice history, is retrained by hand every quarter.'), /^Late payment prediction/);
  assert.match(title('We trained a neural network to classify support emails by product area, and it runs nightly.'), /^Support email classification/);
  // A method word beside what the model is for keeps the team's own name.
  assert.match(title('Our gradient-boosted churn model is retrained monthly from Snowflake.'), /^Churn/i);
});

test('a question word or a verb of knowing says no task: "to know when routing accuracy drops" is not a task called "know when routing"', () => {
  const task = (text: string) => readDescription(text, null).task?.name ?? null;
  assert.equal(task('We want to know when routing accuracy drops.'), null);
  assert.equal(task('It should tell us where forecasting goes wrong.'), null);
});

test('the task said by a verb of catching or flagging is detection, and an adverb after the object is not part of it', () => {
  assert.match(title('A colleague trained an autoencoder per compressor type in SageMaker last spring to catch bearing wear early.'), /^Bearing wear detection/);
  assert.match(title('We want a classifier to flag duplicate listings automatically before they go live.'), /^Duplicate listing detection/);
  assert.doesNotMatch(title('We keep scoring every 10 minutes as today with the model we trained on the sensor data.'), /^Keep/);
});

test('predicting which ones do something names the event predicted: "which free-trial users convert" is free-trial conversion', () => {
  const task = (text: string) => readDescription(text, null).task;
  assert.deepEqual(task('- what: predict which free-trial users convert to paid, so sales can call the warm ones'), { name: 'Free-trial conversion prediction', model: 'free_trial_conversion_model' });
  assert.deepEqual(task('We want to predict whether patients will attend their appointment.'), { name: 'Patient attendance prediction', model: 'patient_attendance_model' });
  assert.deepEqual(task('We need a model that predicts which small-business loans default within a year.'), { name: 'Small-business loan default prediction', model: 'small_business_loan_default' });
  assert.equal(task('We built a gradient boosting model in a notebook that predicts claim severity from the first notice of loss.')?.model, 'claim_severity_model', 'a prediction is named by what it predicts');
});

test('a word of stage or hand ("final", "manual") names no task: "the processors\' final classification" is not a project', () => {
  assert.equal(readDescription("We have 40,000 historical reports with the processors' final classification.", null).task, null);
  assert.equal(readDescription('Today the manual scoring takes two days.', null).task, null);
});

test('the task is named from a long model phrase or the team as subject, and a degree adverb ends what is predicted', () => {
  assert.match(title('Our data scientist trained an XGBoost model on two years of GPS pings and delivery logs from Redshift that predicts arrival time much better than the table.'), /^Arrival time prediction/);
  assert.match(title('Our utility forecasts electricity load for the day-ahead market from meter data in Snowflake.'), /^Electricity load forecasting/);
  assert.equal(readDescription('Our customers rate us highly.', null).task, null, 'a pronoun is no object to name a task by');
});

test('a note\'s title names the project: a labelled subject, or the work named before what the note is', () => {
  const project = (text: string) => readDescription(text, null).project;
  const body = '\n\nWe retrain a model on Postgres orders every week and score customers nightly on Vertex AI. Two engineers.';
  assert.equal(project(`Subject: Warranty claim triage proposal - context for Monday${body}`), 'Warranty claim triage');
  assert.equal(project(`Project: 90-Day Lapse Risk (LRM v3)${body}`), '90-Day Lapse Risk');
  assert.equal(project(`RE: Re: parcel volume forecasting | status${body}`), 'Parcel volume forecasting');
  assert.equal(project(`Returns fraud scoring: notes ahead of the review${body}`), 'Returns fraud scoring');
  assert.equal(project(`# Spare-parts demand: current state and questions${body}`), 'Spare-parts demand');
  assert.equal(project(`Subject: Churn alerts -> Zendesk - sanity check before we start${body}`), 'Churn alerts');
  assert.equal(project(`TillWise v3 - scoping notes (draft)${body}`), 'TillWise v3');
  // A headline, or a title that only says what the note is, names nothing.
  assert.equal(project(`Teaching our warehouse to count: what we learned in year one${body}`), null);
  assert.equal(project(`Subject: quick question${body}`), null);
  assert.equal(project(`Notes: parcel volumes${body}`.replace('Notes', 'Thoughts')), null);
  assert.equal(project(`Overview: some questions about our setup${body}`), null);
});

test('a span or a company in front of a title is no part of the model\'s name', () => {
  assert.equal(modelNameFor('90-Day Lapse Risk'), 'lapse_risk');
  assert.equal(modelNameFor('BrightHarbor parcel volumes'), 'parcel_volumes');
  assert.equal(modelNameFor('Courier no-show risk'), 'courier_no_show_risk');
  assert.equal(modelNameFor('TillWise v3'), 'tillwise_v3', 'a product name with only a version after it stays');
});

test('the system the team says it runs names the project by the work it does; adjectives and products name nothing', () => {
  const project = (text: string) => readDescription(text, null).project;
  assert.equal(project('We operate a parcel damage inspection service for three depots. Photos land in S3 and we retrain weekly.'), 'Parcel damage inspection');
  assert.equal(project('Our team maintains a shift scheduling tool for nurses; the demand model behind it retrains monthly.'.replace('maintains', 'maintain')), 'Shift scheduling');
  assert.equal(project('We run a small internal platform on GKE and retrain a model there weekly.'), null);
  assert.equal(project('We run a Databricks platform for the analysts and retrain a model there weekly.'), null);
});

test('a title naming several models takes a plural verb; one compound name does not', () => {
  const overview = (text: string) => {
    const r = draftInterview(text);
    assert.ok(r.ok);
    return r.draft.architecture.overview;
  };
  const several = overview(['Two models, both retrained monthly on Vertex AI from BigQuery:', '- Seat upgrade classifier: gradient-boosted trees on booking history', '- No-show detector: logistic regression on check-in events', 'Two engineers.'].join('\n'));
  assert.match(several, /^\w[\w ]* classifier and no.show detector turn /m);
});

test('an indefinite object is named by its relative clause, or names no task: never "anything detection"', () => {
  const task = (text: string) => readDescription(text, null).task?.name ?? null;
  assert.equal(task('We want a model that flags anything that looks like a duplicate invoice.'), 'Duplicate invoice detection');
  assert.equal(task('We would like a classifier to flag whatever could be a counterfeit listing.'), 'Counterfeit listing detection');
  assert.equal(task('Our reviewers flag everything that mentions a chargeback.'), 'Chargeback detection');
  assert.equal(task('We flag anything unusual in the nightly loads.'), null);
});

test('the note\'s kind may come first, or after a short code of the work: "Design doc: X", "X (ABC) v2 - RFC"', () => {
  const project = (text: string) => readDescription(text, null).project;
  const body = '\n\nWe retrain a model on Postgres orders every week and score customers nightly on Vertex AI. Two engineers.';
  assert.equal(project(`Design doc: "Shelfwise" - open questions${body}`), 'Shelfwise');
  assert.equal(project(`Internal brief: Parcel ETA - background${body}`), 'Parcel ETA');
  assert.equal(project(`Stockout Alerts (SOA) v3 - RFC${body}`), 'Stockout Alerts');
  assert.equal(project(`Freight Quotes (FQ) - spec draft${body}`), 'Freight Quotes');
  // A ticket key before the work's name is no name; a note that is only notes names nothing.
  assert.notEqual(project(`OPS-1172: Parcel ETA model - architecture review request${body}`), 'OPS-1172');
  assert.equal(project(`Meeting notes - call with the vendor, 3 May${body}`), null);
});

test('a task the sentence denies names nothing, and translation is a task a translation memory is not', () => {
  const task = (text: string) => readDescription(text, null).task?.name ?? null;
  const project = (text: string) => readDescription(text, null).project;
  assert.equal(task('Prices are left alone: we must not translate brand names or sizes.'), null);
  assert.equal(task("We don't classify the emails ourselves; the vendor does."), null);
  assert.equal(project('Looking for advice on a translation service for our help centre. Our translation memory holds 1M segments.'), 'Translation');
  assert.equal(project('Our translation memory and the agency handle French today. We want a model that scores churn risk weekly.'), 'Churn prediction');
});

test('what a model is like is not which model it is: "a cheaper model", "a small fast classifier"', () => {
  const models = (text: string) => readDescription(text, null).models.map((m) => m.name);
  assert.deepEqual(models('We could route easy receipts to a cheaper model and keep the big one for the rest.'), []);
  assert.deepEqual(models('Plan: a small fast classifier in front, then humans for the unsure ones.'), []);
  assert.deepEqual(models('A lighter detector would fit the camera; the bigger YOLOv8 runs on the server.'), ['bigger YOLOv8']);
  // Words that pick out one of them ("the exact model", "which specific model") say nothing of which it is either.
  assert.deepEqual(models('Nobody can say which exact model, feature set and threshold flagged an invoice last March.'), []);
  assert.deepEqual(models('Auditors ask which particular classifier made each call; the underlying model is retrained monthly.'), []);
  // A word that judges it ("that hacky churn model") is no part of its name.
  assert.deepEqual(models('We still run that hacky churn model from the 2021 offsite.'), ['churn model']);
});

test('records of past work ("48,000 internal classifications") name no task: what they are about does', () => {
  const task = (text: string) => readDescription(text, null).task?.name ?? null;
  assert.equal(task('We keep 12,000 historical predictions in S3 and 3,000 past classifications in Postgres.'), null);
  assert.equal(task('There are 9,000 legacy detections in the archive; our reviewers classify alerts by hand today.'), 'Alert classification');
});

test('a use case named as other work ("we tried it for the churn thing") or put off ("park it") does not name the project', () => {
  const project = (text: string) => readDescription(text, null).project;
  assert.notEqual(project('We transcribe support calls overnight and score them for QA. We tried Vertex for the churn project and hated the bill.'), 'Churn prediction');
  assert.notEqual(project('We score support calls for QA every night. Sentiment analysis came up in the review; park it for now.'), 'Sentiment analysis');
  assert.equal(project('We need a churn model for the subscription base, retrained monthly.'), 'Churn prediction for the subscription base');
});

test('a meeting transcript or minutes names the work before what the note is, and an acronym keeps its capitals', () => {
  assert.equal(readDescription('Dispatchly weekly sync — minutes\nAttendees: Ana, Raj\nWe want to predict late deliveries from the GPS pings in Postgres.', null).project, 'Dispatchly');
  assert.match(readDescription('We want to automate the QA scoring of calls: today reviewers score 3% of calls by hand.', null).task?.name ?? '', /QA/);
});

test('a ticket key labels the line the work is named on: "EPIC OPS-41: Pallet damage detection — Hall 2"', () => {
  assert.equal(readDescription('EPIC OPS-41: Pallet damage detection — Hall 2\nReporter: Kim\nWe train a YOLO model on the dock camera images.', null).project, 'Pallet damage detection');
  assert.equal(readDescription('PLAT-7 - Invoice coding assistant\nWe want to suggest GL codes for each invoice line.', null).project, 'Invoice coding assistant');
  assert.equal(readDescription('OPS-DS-12 · Spare part demand forecast\nAssignee: @lee\nWe forecast weekly demand per part.', null).project, 'Spare part demand forecast');
});

test('a README heading, or a slide title after the slide number, names the work; a note kind does not swallow a review it names', () => {
  const project = (text: string) => readDescription(text, null).project;
  assert.equal(project('# shelfscan\n\nNightly job that flags empty shelf facings from store photos.'), 'shelfscan');
  // A remark in brackets after the name is no part of it.
  assert.equal(project('# dune-watch (draft README, half of this is wrong)\n\nMonthly detection of dune movement from satellite tiles.'), 'dune-watch');
  assert.equal(project('## Overview (work in progress)\n\nWe flag empty shelf facings from store photos nightly.'), null);
  assert.equal(project('## Overview\n\nWe flag empty shelf facings from store photos nightly.'), null);
  assert.equal(project('Slide 12 — Freight Rate Forecast refresh (Cargolane)\n• Predict lane rates weekly'), 'Freight Rate Forecast refresh');
  assert.equal(project('Background: we retrain weekly on Postgres data.'), null);
  assert.equal(project('Subject: Supplier invoice review — what we want to build\nWe want to flag duplicate invoices.'), 'Supplier invoice review');
});

test('words that report who brought a task up ("the board also mentioned forecasting") do not qualify it', () => {
  assert.equal(readDescription('Someone in finance also mentioned forecasting, maybe later.', null).task, null);
  assert.equal(readDescription('The CFO suggested forecasting at some point.', null).task, null);
});

test('a numbered section heading names the section, and an -ing verb after "be" does not qualify the task', () => {
  assert.notEqual(readDescription('4.1 Proposed Scoring Design (draft)\n\nWe propose a gradient-boosted churn model retrained monthly.', null).project, '4.1 Proposed Scoring Design');
  assert.equal(readDescription("We're porting language detection from the cloud to the device.", null).task?.name, 'Language detection');
  assert.equal(readDescription('The team is rebuilding anomaly detection for the meters.', null).task?.name, 'Anomaly detection');
});

test('a request about something names it: "quick sanity check on our churn scoring" is churn scoring', () => {
  assert.equal(readDescription('Subject: quick sanity check on our churn scoring?\n\nWe retrain monthly on Postgres.', null).project, 'Churn scoring');
  assert.equal(readDescription('Subject: advice on the invoice matcher\n\nWe match invoices to POs nightly.', null).project, 'Invoice matcher');
  // A request for help planning the work names the work, and who asks, in brackets after it, is no name of it.
  const project = (subject: string) => readDescription(`Subject: ${subject}\n\nHi Ana,\n\nWe retrain monthly on Postgres.`, null).project;
  assert.equal(project('Help scoping a bed-occupancy forecast (St Aldric Hospital Trust)'), 'Bed-occupancy forecast');
  assert.equal(project('Advice on planning our parcel ETA model (Northline Freight)'), 'Parcel ETA model');
  assert.equal(project('help with scoping the grading assistant (Oakfield Academy)'), 'Grading assistant');
});

test('pricing is a use case of its own, and a machine cron runs on is no scheduler', () => {
  assert.match(readDescription('Our revenue team wants dynamic pricing for 30 hotels, approved by a human each Monday.', null).project ?? '', /^Dynamic pricing\b/);
  assert.notEqual(readDescription('We need a new pricing page for the SaaS plans and a churn model.', null).project, 'Pricing');
  const reading = readDescription('Everything runs as cron jobs on the GPU server. We retrain the coder model quarterly on SQL Server data.', null);
  assert.equal(orchestratorChoice(reading, null).theirs, null);
});

test('after a note kind, a name that ends on what the meeting was names the work: "Meeting notes — AVM refresh kickoff"', () => {
  assert.equal(readDescription('Meeting notes — churn model workshop\nPresent: Ana, Raj\nWe retrain monthly.', null).project, 'Churn model');
  assert.equal(readDescription('Thoughts: parcel volumes\nWe retrain monthly.', null).project, null);
});

test('after a note kind, a body of people is who met, not the work', () => {
  for (const text of ['MINUTES — Network Planning Steering Committee\nItem 3: a parcel volume forecast per depot, retrained monthly on Redshift.', 'Meeting notes - Clinical Informatics Working Group\nWe discussed a readmission risk score per patient, scored nightly.']) {
    assert.doesNotMatch(readDescription(text, null).project ?? '', /committee|group/i, text);
  }
  assert.equal(readDescription('Meeting notes — AVM refresh kickoff\nWe retrain monthly.', null).project, 'AVM refresh');
});

test('a session that names the work keeps the work\'s name, and a version before the note\'s kind is the note\'s', () => {
  assert.equal(readDescription('Transcript — Gate Delay Forecast design session\nAttendees: Li, Omar\nWe retrain the model weekly.', null).project, 'Gate Delay Forecast');
  assert.equal(readDescription('Notes: Parts Reorder planning session\nWe score every SKU nightly.', null).project, 'Parts Reorder');
  assert.equal(readDescription('Claims Letter Drafter - v2 proposal\nOwner: Ines\nWe call a hosted model to draft each letter.', null).project, 'Claims Letter Drafter');
  assert.equal(readDescription('Freight Quote Helper — v0.3 notes\nWe estimate a price for each quote request.', null).project, 'Freight Quote Helper');
});

test('a heading that ends on what the note is names no work; a code name in backticks opening the first sentence does', () => {
  assert.equal(readDescription('## System overview\n\n`gridwatch` forecasts feeder load for the next 48 hours and pages the control room.', null).project, 'gridwatch');
  assert.equal(readDescription('# Architecture notes\n\n`tally` is a service that counts pallets in dock camera frames.', null).project, 'tally');
  assert.notEqual(readDescription('## Design\n\nWe want to forecast feeder load every hour.', null).project, 'Design');
});

test('a state said of the results ("unmatched detections") is no kind of task', () => {
  assert.equal(findTask('Unmatched detections longer than 25 m become candidates.'), null);
  assert.equal(findTask('Confirmed predictions are written back nightly.'), null);
  assert.deepEqual(findTask('We need better speed detection on the ramps.'), { name: 'Speed detection', model: 'speed_detector' });
});

test('of two platforms named, the one the team submits its runs to is where the work lives, not the one a notebook sits on', () => {
  const recommended = (text: string) => orchestratorChoice(readDescription(text, null), null).recommended;
  assert.equal(recommended('A cron job submits one Kubeflow Pipelines run per batch of scans. Retraining happens by hand in a notebook on a Vertex Workbench instance.'), 'kubeflow');
  assert.equal(recommended('Every morning an Airflow DAG run loads the claims. Somebody retrains from a SageMaker notebook now and then.'), 'airflow');
});

test('a bracketed line or tag is the note\'s, and a short code followed by what it stands for names the work by the latter', () => {
  assert.equal(readDescription('[Slide 3 of 9 - DockEye: status and asks]\n• cameras on 12 doors', null).project, 'DockEye');
  assert.equal(readDescription('[Draft] RLF - Repair Lead Finder, Design Doc v1.2\nWe score every inbound lead nightly.', null).project, 'Repair Lead Finder');
  assert.equal(readDescription('SEW - Sepsis Early Warning: notes\nWe retrain monthly.', null).project, 'Sepsis Early Warning');
  assert.equal(readDescription('ABC - quick notes\nWe retrain monthly.', null).project, 'ABC');
});

test('whom the work is for is no part of its name', () => {
  assert.equal(readDescription('Subject: Question - invoice matching automation for our finance team\nWe want to match each invoice to its PO.', null).project, 'Invoice matching automation');
});

test('a first line over a line that says what the note is names the work', () => {
  assert.equal(readDescription('Lanternfish — shelf gap alerts v3\nDesign doc (draft) · Author: Ana\n\nWe detect empty shelf gaps from store cameras every hour.', null).project, 'Lanternfish');
  assert.equal(readDescription('Hi team,\nQuick notes below.\nWe retrain monthly.', null).project, null);
});

test('a post-incident review or postmortem is what the note is, not the work', () => {
  assert.doesNotMatch(readDescription('Postmortem INC-88: the nightly churn scorer went silently down for two days\nStatus: final\n\nThe churn scorer stopped.', null).project ?? '', /postmortem|INC-88/i);
  assert.doesNotMatch(readDescription('Post-incident review PIR-7: scorer down\nStatus: final\n\nThe churn scorer stopped.', null).project ?? '', /review|PIR/i);
});

test('words in front of a task noun that the tagger reads as a verb, an auxiliary or an adverb do not qualify it', () => {
  // "Priya built detection", "the scorer was quietly ranking": a doer and her verb, or a verb group, are no kind of task.
  assert.equal(findTask('Last spring our intern Priya built detection on top of OpenCV.'), null);
  assert.equal(findTask('For a week the old service was quietly ranking on stale prices.'), null);
  assert.equal(findTask('Then Ahmed wrote segmentation code for the scans.'), null);
  assert.deepEqual(findTask('We need better pallet damage detection at the docks.'), { name: 'Pallet damage detection', model: 'pallet_damage_detector' });
});

test('a task said in the scope of a negation is work ruled out, and a cadence written with a number qualifies nothing', () => {
  assert.equal(findTask('HR was firm: no individual-level predictions of absence, only team totals.'), null);
  assert.equal(findTask('Compliance said never any per-customer scoring.'), null);
  assert.equal(findTask('Please make the 10-min scoring sturdier.'), null);
  assert.equal(findTask('We want the 5-minute routing to stop timing out.'), null);
});

test('a plural ending in -ches, -shes or -xes is made singular whole: "flags rust patches" is rust patch detection', () => {
  assert.deepEqual(findTask('We want a model that flags rust patches on the hull photos.'), { name: 'Rust patch detection', model: 'rust_patch_detector' });
});

test('a time to come before "of" is the span of a forecast, singular or plural: "the next month of branch deliveries"', () => {
  assert.equal(findTask('We want to forecast the next month of branch deliveries.')?.name, 'Branch delivery forecasting');
  assert.equal(findTask('Our planners predict the coming week of ferry bookings by hand.')?.name, 'Ferry booking forecasting');
  assert.equal(findTask('We estimate the next 6 weeks of parcel volumes.')?.name, 'Parcel volume forecasting');
});

test('a roadmap, a wishlist or a backlog is what the note is; a code name defined near the top names the work', () => {
  assert.notEqual(readDescription('## Roadmap\n\nOur tagger retrains by hand; we want it weekly.', null).project, 'Roadmap');
  assert.notEqual(readDescription('# Wishlist\n\n- retrain the churn model monthly', null).project, 'Wishlist');
  assert.equal(readDescription('## Where we are\n\nHi all, opening this for the new students.\nBackground: `tidewatch` is our group\'s code for forecasting harbour silt.\nWe retrain it weekly.', null).project, 'tidewatch');
});

test('of two platforms named, the one the team says orchestrates its jobs is where the work lives', () => {
  const recommended = (text: string) => orchestratorChoice(readDescription(text, null), null).recommended;
  assert.equal(recommended('We self-host the speech model on our EKS cluster with a GPU node group. Orchestration is Cloud Composer (Airflow 2.6), one big DAG per night.'), 'airflow');
  assert.equal(recommended('The embedding service runs on GKE. Scheduling is done with Kubeflow Pipelines, with one run per night.'), 'kubeflow');
  assert.equal(recommended('Inference pods live on AKS. All our batch jobs are orchestrated by Airflow, which the data team owns.'), 'airflow');
  // Said outright where the pipelines run: the other one only starts them.
  assert.equal(recommended('Decision: training and scoring become pipelines running on our existing Vertex AI project. Airflow stays the company scheduler; an Airflow DAG triggers the nightly scoring.'), 'vertex');
});

test('"X on Y" ranks X above Y only within a sentence, even in a quoted passage read as one', () => {
  const recommended = (text: string) => orchestratorChoice(readDescription(text, null), null).recommended;
  assert.equal(recommended('Ravi 10:02\nstack bit: "Data in Redshift, Airflow 2 on our EKS cluster. Training in SageMaker (a few jobs, mostly manual). Scoring is a Go service on EKS."'), 'airflow');
  assert.equal(recommended('Draft: "Data in BigQuery, Airflow 2.9 on the GKE cluster. Training in Vertex AI (custom jobs, by hand)."'), 'airflow');
});

test('a noun in front of a use case\'s qualifier is part of the compound it names: "fuel card fraud"', () => {
  assert.equal(readDescription('Our fuel card fraud losses doubled this year.', null).project, 'Fuel card fraud detection');
  assert.equal(readDescription('A gift card fraud ring hit three stores.', null).project, 'Gift card fraud detection');
  assert.equal(readDescription('Our card fraud model is two years old.', null).project, 'Card fraud detection');
});

test('"Interview notes — discovery call with …" names what the note is, not the work', () => {
  assert.doesNotMatch(readDescription('Interview notes — discovery call w/ Harbourline ops, typed up by J. Ode\n\nQ: What do you want?\nA: Flag damaged pallets at the dock.', null).project ?? '', /^Interview/);
});


test('a model name too long to keep whole loses the purpose after "for" before the words that say what it is', () => {
  assert.equal(modelNameFor('Players tracking system for handball club'), 'players_tracking_system');
  assert.equal(modelNameFor('Yield model for the greenhouse'), 'yield_model_for_the_greenhouse');
});

test('a task verb with no object, done "from" what it reads, is named by that, less the form the input takes', () => {
  assert.equal(findTask('We would like to auto-tag from the ticket description and route it.')?.name, 'Ticket tagging');
  assert.equal(findTask('We\'d like to auto-categorise from the incident text plus location.')?.name, 'Incident categorisation');
  assert.equal(findTask('We extract from every finalised lab report: the values and the units.')?.name, 'Lab report extraction');
});

test('a task after the dash of a subject line is the work done on what comes before it', () => {
  assert.equal(readDescription('Subject: Re: claims mailbox – classification\n\nWe want the incoming claims emails sorted by type.', null).project, 'Claims mailbox classification');
  assert.equal(readDescription('Subject: Fwd: supplier portal - extraction\n\nSuppliers upload PDFs.', null).project, 'Supplier portal extraction');
  assert.equal(readDescription('Subject: Churn model - notes\n\nWe retrain monthly.', null).project, 'Churn model');
});

test('advice a system gives ("reorder recommendations") recommends no items, and " -- " is a dash in a title line', () => {
  assert.equal(readDescription('We send weekly reorder recommendations to the branch buyers.', null).project, null);
  assert.equal(readDescription('Nightly transfer recommendations go to the store managers.', null).project, null);
  assert.match(readDescription('Our recommendations on the home page are stale.', null).project ?? '', /^Recommendations/);
  assert.equal(readDescription('Subject: Gauge drift -- proposal\n\nWe retrain monthly.', null).project, 'Gauge drift');
});

test('a participle opening the wished output names its prediction; a verb and its object, a vague noun or a method do not', () => {
  assert.equal(findTask('What we want:\n- predicted admissions per ward, next 48h\n- a weekly report')?.name, 'Admission prediction');
  assert.equal(findTask('We need forecasted returns for each store by Monday.')?.name, 'Return forecasting');
  assert.equal(findTask('The team wants estimated repair costs on every claim.')?.name, 'Repair estimation');
  for (const text of ['The old model predicted admissions badly last winter.', '- predicted values go straight into Power BI']) assert.equal(findTask(text), null, text);
  // A model named by its method ("a simple stats model") names no work: the title falls back to the task.
  const r = draftInterview('Wishlist:\n- predicted admissions per ward for the next 24h, refreshed every 4 hours from Epic Clarity\n- Arrivals forecast later; Kevin thinks a simple stats model is fine there.');
  assert.ok(r.ok);
  assert.doesNotMatch(r.draft.markdown.split('\n')[0]!, /stats model/i);
});

test('over the note\'s kind stands who wrote it; a title line under the kind that names a task names the work', () => {
  assert.equal(findProject('NORTHWIND DAIRY CO-OP\nRequest for Proposals No. 7\nMilk Volume Forecasting Services\n\n1. Background'), 'Milk volume forecasting');
  assert.equal(findProject('Harbour Ferries Ltd\nRequest for Proposals 2026-3\nNo-Show Prediction for Vehicle Bookings'), 'No-show prediction');
  // With no task under the kind, the first line keeps its place.
  assert.equal(findProject('Acme Freight Pricing\nRequest for Proposals No. 9\nPhase two of the programme'), 'Acme Freight Pricing');
});

test('a use case the team denies names no project', () => {
  for (const text of ['Ops notes.\n- We are NOT doing machine translation; two clients ban it.\n- Spotting takes hours per programme.', 'We will never do dynamic pricing here. The phone room needs a ranked call list.', 'No fraud detection in this phase, just the weekly churn list.']) {
    assert.doesNotMatch(findProject(text) ?? '', /translation|pricing|fraud/i, text);
  }
  assert.equal(findProject('We want machine translation for the product catalogue.'), 'Machine translation for the product catalogue');
});

test('a part of a title that points at something said elsewhere ("that … idea") names nothing; a title that only points is none', () => {
  assert.equal(findProject('Subject: Fwd: Re: hail claims triage + that drone photo idea\n\nHi Noor, see below.'), 'Hail claims triage');
  assert.equal(findProject('Subject: RE: this thing we chatted about on Friday\n\nHello, we want to forecast call volumes per site.'), null);
  assert.equal(findProject('Subject: Re: Re: those scoring questions & pallet damage detection\n\nHi team,'), 'Pallet damage detection');
  assert.equal(findProject('Subject: Frost alerts and yield estimation\n\nHi Marcus,'), 'Frost alerts and yield estimation', 'no part points');
});

test('a tracker\'s "Project:" field among its metadata names the project space, and the summary line after the key names the work', () => {
  const ticket = ['OPS-733  Berth delay + crane idle risk scoring (v2)', '', 'Project: Terminal Analytics (TA)', 'Type: Story', 'Priority: Medium', 'Reporter: Ana Ruiz', '', 'Description:', 'Score each vessel call for berth delay risk.'].join('\n');
  assert.equal(findProject(ticket), 'Berth delay + crane idle risk scoring');
  // A "Project:" line with no tracker fields around it still names the work.
  assert.equal(findProject('Project: Hive health scoring\n\nWe record the hives every night.'), 'Hive health scoring');
});

test('a workspace page named "<name> — Project Hub" or "<name> — Home" is named by what comes before the kind of page', () => {
  assert.equal(findProject('📄 Tender Lens — Project Hub\nOwner: Ola Berg\n\n## Why\nBids take too long.'), 'Tender Lens');
  assert.equal(findProject('Kelp Watch — Home\n\nWe map kelp forests from drone imagery.'), 'Kelp Watch');
});

test('a task verb after a number, a quantifier or an article is a plural noun, no task: "we play six matches a weekend"', () => {
  for (const text of ['We play maybe six matches a weekend across the age groups.', 'The league sends us a few scores a day by email.', 'Most routes a driver takes are the same each week.'])
    assert.equal(findTask(text), null, text);
  assert.equal(findTask('We want to route tickets to the right team.')?.name, 'Ticket routing');
});

test('under an organisation and a request\'s kind, a line written as a title names the work, without what it is for when long', () => {
  const rfp = ['NORTHERN RIVERS WATER BOARD', 'Request for Proposal No. NRW-2025-04', 'Automated Sewer Pipe Condition Grading for CCTV Inspection Footage', '', '1. Background', 'We inspect 300 km of sewer a year.'].join('\n');
  assert.equal(findProject(rfp), 'Automated Sewer Pipe Condition Grading');
  const short = ['Hillcrest Health Trust', 'Invitation to Tender', 'Discharge Letter Summaries', '', 'We write 9,000 letters a month.'].join('\n');
  assert.equal(findProject(short), 'Discharge Letter Summaries');
});

test('a handling mark over a note ("DRAFT — do not circulate", "CONFIDENTIAL") names nothing; the line under it does', () => {
  assert.equal(findProject('DRAFT — do not circulate outside Ops Analytics\nDesign Doc: Berth Window Forecasting\nAuthor: K. Ito'), 'Berth Window Forecasting');
  assert.equal(findProject('CONFIDENTIAL\nProject: Seed Lot Germination Scoring\n\nWe test 4,000 lots a year.'), 'Seed Lot Germination Scoring');
  assert.equal(findProject('Draft proposal — Kiln Temperature Forecasting\n\nWe fire bricks.'), 'Kiln Temperature Forecasting', 'a draft of a proposal is the note\'s kind, not a mark');
});

test('a ticket\'s kind with a colon before its key ("EPIC: ANTI-FRAUD-12 — …") labels the line the work is named on', () => {
  assert.equal(findProject('STORY: YARD-88 — Container dwell time prediction\nProject: Terminal Ops | Reporter: a.li | Priority: High\n\nDescription'), 'Container dwell time prediction');
});

test('an onboarding page\'s greeting names what it is about: "Welcome to Kelp Watch — read this first"', () => {
  assert.equal(findProject('Welcome to Kelp Watch — read this first\n(Maintained by Ines.)\n\nWe map kelp from drone imagery.'), 'Kelp Watch');
  assert.notEqual(findProject('Welcome to the team! Glad you are here.\n\nWe map kelp from drone imagery.'), 'Team');
});

test('an issue copied from its page is named by its repository; a greeting to a team names no work', () => {
  assert.equal(findProject('acme-geo/quarrycam · Issue #88 · Open\nProposal: make the nightly blast-fragment scoring a real pipeline\nopened by @rk'), 'quarrycam');
  assert.equal(findProject('Welcome to Harbour Insights & ML 👋\nOnboarding guide for new analysts\n\nWe count ships.'), null);
  assert.equal(findProject('Welcome to Kelp Watch — read this first\n\nWe map kelp.'), 'Kelp Watch');
});

test('a task put off ("eventually", "someday") names nothing, and an -ing word after the object ends it', () => {
  assert.equal(findTask("We'd love to eventually forecast volunteer sign-ups too, but that's a someday thing."), null);
  assert.equal(findTask('Down the road we could classify the grant letters.'), null);
  assert.equal(findTask('We want to classify letters arriving at the front desk.')?.name, 'Letter classification');
});

test('a name in quotation marks that opens a title line, or follows its label, is the name the team gave the work', () => {
  assert.equal(findProject('Postmortem: "Tidecaller" rollout, week 3\n\nWe forecast harbour pilot demand.'), 'Tidecaller');
  assert.equal(findProject('[Photo of flipchart, Room 4]\nLEFT SIDE:\n"ORCHARD EYE" — goal: fewer missed blight cases\n\nScouts take photos.'), 'ORCHARD EYE');
  assert.equal(findProject('Grant bid: "Saltmarsh: learning where sediment settles"\nApplicant: Coastal Lab\n\nWe model sediment.'), 'Saltmarsh');
  assert.equal(findProject('Call notes — "Kiln scheduling workshop"\nPresent: Ana, Bo\n\nWe forecast kiln demand.'), 'Kiln scheduling');
  // Something someone said, in quotes, names nothing; nor does the channel a chat export quotes.
  assert.notEqual(findProject('Retro: "we should have tested it" was the mood\n\nWe score returns nightly.'), 'we should have tested it');
  assert.equal(findProject('Slack export — "#ops-ml chatter" — 4 May\n[10:01] Bo: hi'), null);
  // Further down, quotes before a noun that stands for the work ("the … thing", "our … pilot") mark its name.
  assert.equal(findProject('[10:02] Ana: the board wants a plan for the "pallet counting" thing by Friday\n[10:03] Raj: ok'), 'Pallet counting');
  assert.equal(findProject('Quick recap. We kicked off our "Lantern" pilot in March and it scores loans nightly.'), 'Lantern');
  assert.equal(findProject('Quick recap. Nobody likes the "AI" thing the vendor sold us; we score loans nightly.'), null);
});

test('an organisation after a note\'s kind is who the note is for, not the work it is about', () => {
  assert.equal(findProject('DISCOVERY NOTES — Harbourline Hotels & Resorts\nEngagement: week 2\n\nWe want to predict no-shows per booking daily.'), null);
  assert.equal(findProject('Meeting notes — Brightwater Mutual\n\nWe score claims nightly.'), null);
  assert.equal(findProject('Design doc — Berth Window Forecasting\n\nWe forecast berth windows.'), 'Berth Window Forecasting');
});

test('a name that ends on a medium ("The Shop Floor Podcast") says where the note was published, not the work', () => {
  assert.equal(findProject('The Shop Floor Podcast — Ep. 12 (transcript)\nGuest: Ama\n\nWe want to predict press breakdowns.'), null);
  assert.equal(findProject('Signal & Noise Newsletter | issue 9 (excerpt)\n\nWe rank grant applications.'), null);
  // So does one that ends on the note's own kind.
  assert.equal(findProject('Customer discovery interview — notes (draft)\n\nWe want to forecast kiln demand.'), null);
  assert.equal(findProject('Vendor call transcript — summary\n\nWe want to forecast kiln demand.'), null);
});

test('a product\'s part named in capitals before "module" or "feature" names the work; its words are no verb and object', () => {
  assert.equal(findProject('Escalation\n\nThe client says our Churn Radar module has missed three cancellations this month.'), 'Churn Radar');
  assert.equal(findTask('Support notes: our Route Score module has been flaky; we rank delivery routes daily.')?.name, 'Delivery route ranking');
  // How results looked is no task: "kept showing confident-looking predictions".
  assert.equal(findTask('For weeks the screen kept showing confident-looking predictions.'), null);
});

test('a use case named only as what existing serving is for ("endpoints for the fraud model") is other work', () => {
  assert.notEqual(findProject('Stack: Airflow, Feast, and Vertex endpoints for the churn model. The pitch: suggest a rent for each new listing.'), 'Churn prediction');
  assert.equal(findProject('We want to add fraud detection for card payments, scored nightly.'), 'Fraud detection for card payments');
});

test('who issued a request for proposals and its number, then a title line: the title names the work', () => {
  const headers: [string, string][] = [
    ['ACME WATER — Request for Proposals No. 7\nLeak Detection Analytics Platform\nSection 1. Background\nWe need leak alerts per district.', 'Leak Detection Analytics Platform'],
    ['Northfield Council - RFQ 2024/33\nRoad Defect Detection From Dashcams\n\nThe council wants potholes found in dashcam video.', 'Road Defect Detection From Dashcams'],
    ['PORT OF LENNOX — RFI 12-B\nQuay Crane Failure Prediction\n\n1. Scope. Predict crane faults a week ahead.', 'Quay Crane Failure Prediction'],
  ];
  for (const [text, name] of headers) assert.equal(findProject(text), name, text);
  // The issuer over a line of prose is no title.
  assert.notEqual(findProject('Harbour Board — RFP 3\nWe are looking for a supplier to predict berth delays.'), 'We are looking for a supplier to predict berth delays');
});

test('a memo names its work after its routing fields, and a request for money or people is the note\'s kind', () => {
  const memos: [string, string][] = [
    ['MEMORANDUM\nTo: Head of Operations\nFrom: Data Science\nDate: 4 May\nSubject: Budget request — Warehouse Pick-Path Optimisation\n\nWe ask for two engineers.', 'Warehouse Pick-Path Optimisation'],
    ['To: CFO\nCc: CTO\nRe: FY26 headcount and budget request: returns fraud scoring\n\nWe need one ML engineer.', 'Returns fraud scoring'],
    ['From: Lab Informatics\nDate: 12.02.\nRe: Funding proposal - Assay Plate Anomaly Detection\nWe would like funding for a second GPU.', 'Assay Plate Anomaly Detection'],
  ];
  for (const [text, name] of memos) assert.equal(findProject(text), name, text);
});

test('a name in quotes beside the noun it names ("our system, \\"Tern\\"") names the project, over a witty title', () => {
  const said: [string, string][] = [
    ['Title: "Nine alarms a day: lessons from a year of leak detection"\nWe describe our system, "Plover": per-district models of night flow.', 'Plover'],
    ['Talk: When the model cried wolf\nThe platform ("Kestrel") scores every pump hourly.', 'Kestrel'],
    ['Abstract. This tool, "Wren Scan", flags damaged pallets from dock cameras.', 'Wren Scan'],
  ];
  for (const [text, name] of said) assert.equal(findProject(text), name, text);
});

test('true and false are outcomes counted, not a kind of task; a use case only asked about is not the work', () => {
  assert.equal(findTask('Our first version raised 9 false alarms for every true detection, so engineers stopped reading them.'), null);
  assert.doesNotMatch(findTask('We counted each false positive detection in the audit and retrain the corrosion classifier monthly.')?.name ?? '', /^(?:True|False)/);
  for (const text of ['Q: And churn prediction, is that on your list?\nA: No, another team. We score invoices for late payment.', 'What about fraud detection, reused receipts? Separate team. We check receipts for blur in the app.'])
    assert.doesNotMatch(findProject(text) ?? '', /Churn|Fraud/, text);
});

test('a quoted name right after the run, engine or app it names, and a title after "A -> B:", name the work', () => {
  const said: [string, string][] = [
    ['POSTMORTEM — scoring outage\nThe nightly pricing job ("Tidewater") wrote stale prices to 40 stores.', 'Tidewater'],
    ['Our triage assistant ("Sorter") drafts a queue for each inbound claim.', 'Sorter'],
    ['Lab notes, p.12\nWe use the model ("Kelvin", v0.3) to rank variants for the next plate.', 'Kelvin'],
    ['Pilot -> production plan: "Lantern"\nWe score every lamp post for failure risk monthly.', 'Lantern'],
  ];
  for (const [text, name] of said) assert.equal(findProject(text), name, text);
});

test('a transcription\'s own line in brackets says what the note is, never the work', () => {
  for (const text of [
    '[Voicemail transcription — auto-generated]\n"Hi, it is Ana. We want a churn score for every member, monthly."',
    '[Call recording transcript, 12 min]\nWe want a late-delivery score for every parcel, nightly.',
    '[Meeting transcription — rough]\nWe want a fraud score for every claim, nightly.',
  ]) {
    assert.doesNotMatch(findProject(text) ?? '', /transcri|recording|voicemail/i, text);
    assert.doesNotMatch(findTask(text)?.name ?? '', /transcri|recording|voicemail/i, text);
  }
});

test('a word with a number that opens a sentence ("Day-7 retention …") is no ticket key, and a quoted program names the work', () => {
  assert.equal(findProject('Board update, section 3: the "Harbour" programme\nFor: the board\n\nWeek-4 churn has been flat since March.'), 'Harbour');
  assert.notEqual(findProject('Status\nBy: data team\nDay-7 retention on the new title has been flat for a year.'), 'Retention on the new title has been flat for a year');
  assert.equal(findProject('PLAT-88 — Invoice Risk Scoring\nWe score invoices nightly.'), 'Invoice Risk Scoring');
});

test('a bold name before what it is ("We own **HomeWorth**, the valuation model") names the work; a method is no task', () => {
  assert.equal(findProject('## What we do\nWe run **Beacon**, the lead-scoring service behind the sales inbox.'), 'Beacon');
  assert.equal(findProject('Our team owns **Rainmaker**, an internal demand forecasting platform.'), 'Rainmaker');
  assert.doesNotMatch(findTask('A CNN scoring listing photos for condition feeds the price model.')?.name ?? '', /^CNN/i);
});

test('a note that says what kind it is before its title (a PRD, an ADR, a handover) is named by the title', () => {
  assert.equal(findProject('PRD: Automatic Seat Map Repair\nOwner: Lina (PM)\n\nWhen an aircraft swap happens we …'), 'Automatic Seat Map Repair');
  assert.equal(findProject('Handover notes — Kiln Crack Prediction\n\nI leave on Friday; the model retrains monthly …'), 'Kiln Crack Prediction');
  assert.equal(findProject('Architecture Decision Record: Batch Scoring for Parcel Lockers\n\nStatus: accepted'), 'Batch Scoring for Parcel Lockers');
});

test('the quoted quantity before an output noun names the task; a task named only in an aside does not', () => {
  assert.deepEqual(findTask('The app gives every hive a "chance of swarming within the next 10 days" score, refreshed at dawn.'), { name: 'Swarming chance', model: 'swarming_chance_model' });
  assert.deepEqual(findTask('Each parcel gets a "late delivery probability" rating before the van leaves.'), { name: 'Late delivery probability', model: 'late_delivery_probability' });
  assert.equal(findTask('Our labels are thin (hoof scoring happens maybe twice a year), so we start with milk data.'), null);
});

test('after the kind of a meeting or a call, the organisation met names who was on it, not the work', () => {
  assert.notEqual(findProject('Intake call — Eastvale Dairy Co-op\n\nThey want a mastitis risk score per cow each morning.'), 'Eastvale Dairy Co-op');
  assert.notEqual(findProject('Kickoff meeting – Harbour Pilots Alliance\n\nGoal: forecast pilot demand per shift.'), 'Harbour Pilots Alliance');
});

test('a model named only by its method gives way to the task the team names', () => {
  const title = (text: string) => {
    const r = draftInterview(text);
    assert.ok(r.ok);
    return r.draft.markdown.split('\n')[0];
  };
  assert.equal(title('We need crack detection on bridge inspection photos. The current ResNet50 classifier, retrained every quarter on labelled photos in Azure Blob, flags each photo overnight. Three engineers.'), '# Pipeline Architecture: Crack detection');
  assert.equal(title('We do pothole detection from dashcam frames. A LightGBM classifier is retrained weekly on labelled frames in GCS and scores every frame nightly. Three engineers.'), '# Pipeline Architecture: Pothole detection');
  // A model named for its work keeps its name.
  assert.equal(title('We do pothole detection from dashcam frames. Our pothole classifier is retrained weekly on labelled frames in GCS and scores every frame nightly. Three engineers.'), '# Pipeline Architecture: Pothole classifier');
});

test('a subject that offers options for some work is named by that work', () => {
  assert.equal(findProject('Subject: Options for automating freight invoice matching — summary\n\nHi all,'), 'Automating freight invoice matching');
});

test('work others have done, asked about, names no task of this work; a participle is no qualifier of a task', () => {
  assert.equal(findTask('If anyone in viticulture has done canopy-cover estimation from drones, please get in touch.'), null);
  assert.deepEqual(findTask('We have done yield forecasting in a spreadsheet for years.'), { name: 'Yield forecasting', model: 'yield_forecaster' });
});

test('a use case the team is looking at next is not the work of this note', () => {
  assert.equal(findProject('A bleed flag from a bought model reorders the reading list. We are evaluating knee MRI scans next, same approach.'), null);
  assert.equal(findProject('The pipe-burst alarm runs nightly. Next up: sentiment analysis of customer emails.'), null);
  assert.equal(findProject('The pipe-burst alarm runs nightly. We want sentiment analysis of customer emails, starting next week.'), 'Sentiment analysis of customer emails', 'a week to come is no work to come');
});
