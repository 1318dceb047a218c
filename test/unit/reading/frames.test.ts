/** Frames and placement on wordings no fixture or case uses: several paraphrases per rule. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFrames } from '../../../src/core/reading/frames';
import { readDescription } from '../../../src/core/reading';
import { classify } from '../../../src/core/planning/classify';
import { findLatencies } from '../../../src/core/reading/measures';
import { draftInterview } from '../../../src/core/interview/autopilot';

const systemRole = (text: string, name: string) => readDescription(text, null).systems.find((s) => s.name.includes(name))?.role;

test('a system gets its role from the preposition before it, known to the catalogue or not', () => {
  assert.equal(systemRole('Every evening we copy the shipment ledger from Quillmate.', 'Quillmate'), 'source');
  assert.equal(systemRole('Scores are written to Zorblat for the sales desk.', 'Zorblat'), 'destination');
  assert.equal(systemRole('The labelled rows are pushed into our Brambleboard service.', 'Brambleboard'), 'destination');
  assert.equal(systemRole('Training runs on Nimbusgrid with four GPUs.', 'Nimbusgrid'), 'platform');
  assert.equal(systemRole('A new version must beat Heuristix on recall.', 'Heuristix'), 'baseline');
  assert.equal(systemRole('We label the crops with Tagwell before training.', 'Tagwell'), 'tool');
  assert.equal(systemRole('We compare each candidate against Heuristix.', 'Heuristix'), 'baseline');
});

test('a capitalised first word is not a system, a product name with inner capitals is', () => {
  const names = readDescription('Forecasts feed the replenishment planner. FlowDesk shows them to buyers.', null).systems.map((s) => s.name);
  assert.ok(!names.includes('Forecasts'));
  assert.ok(names.some((n) => n.includes('FlowDesk')));
});

const kindsOf = (text: string) => readDescription(text, null).components.map((c) => c.kind);

test('people reviewing or deciding is a component of its own, outside the pipelines', () => {
  for (const text of [
    'We train a classifier on past disputes. Low-confidence disputes go to an analyst who makes the final call.',
    'A model scores each shipment for damage risk; risky shipments are checked by inspectors before they leave.',
    'We fine-tune a model on support tickets and agents approve every suggested reply before it is sent.',
  ]) {
    const reading = readDescription(text, null);
    const review = classify(reading).find((c) => c.id === 'human-review');
    assert.ok(review, `${text}: ${kindsOf(text).join(', ')}`);
    assert.equal(review!.bucket, 'not-a-pipeline');
  }
});

test('acting on a prediction (block, notify, suspend) is the owning system\'s job, not a pipeline', () => {
  for (const text of [
    'We score every login with a gradient-boosted model and the auth service blocks the risky ones.',
    'A nightly model predicts churn; the CRM then notifies the account managers.',
    'We retrain weekly on flagged listings, and the marketplace suspends sellers above the threshold.',
  ]) {
    const verdict = classify(readDescription(text, null)).find((c) => c.id === 'action');
    assert.equal(verdict?.bucket, 'not-a-pipeline', `${text}: ${kindsOf(text).join(', ')}`);
  }
});

test('work put off for later is deferred; "later" that only orders steps is not', () => {
  for (const text of [
    'We train a ranking model on clicks every week. Later we want to extend it to the mobile catalogue.',
    'We forecast demand per store nightly. Eventually we would like to cover the franchise stores as well.',
    'We classify incoming emails daily. In the future we plan to handle attachments too.',
  ]) {
    const verdict = classify(readDescription(text, null)).find((c) => c.id === 'future-work');
    assert.equal(verdict?.bucket, 'defer', `${text}: ${kindsOf(text).join(', ')}`);
  }
  assert.ok(!kindsOf('We pull orders from Postgres. Later we compute features and train a model.').includes('future-work'));
});

test('every clause ends somewhere: context no component or fact takes is kept as unplaced, with why', () => {
  const reading = readDescription(
    'Our shop sells vintage furniture in four countries. We retrain a price model weekly from Postgres. Customers love the quirky catalogue.',
    null,
  );
  const unplaced = reading.unplaced.map((u) => u.text);
  assert.ok(unplaced.some((u) => u.includes('vintage furniture')), unplaced.join(' | '));
  assert.ok(unplaced.some((u) => u.includes('quirky catalogue')), unplaced.join(' | '));
  assert.ok(!unplaced.some((u) => u.includes('price model')), 'the training clause is placed in a component');
  for (const u of reading.unplaced) assert.ok(u.reason.length > 0);
});

test('negated work is no component: the user said it does not happen', () => {
  const frames = readFrames("We don't retrain the model, and analysts never review the scores.");
  assert.ok(frames.every((f) => f.negated), frames.map((f) => `${f.text}:${f.negated}`).join(' | '));
  assert.ok(!kindsOf("We score leads nightly. Analysts don't review the scores.").includes('human-review'));
});

test('latency in words: a few milliseconds, single-digit ms and microseconds are all extreme budgets', () => {
  for (const text of ['it has to answer in a few milliseconds', 'single-digit millisecond responses', 'quotes priced within 300 µs', 'latency measured in microseconds']) {
    const [found] = findLatencies(text);
    assert.ok(found && found.value <= 10, text);
  }
  assert.deepEqual(findLatencies('a few minutes later'), []);
});

test('Phase 1 coverage counts what the clauses do, so a full description in plain words gets no follow-up', () => {
  const reading = readDescription(
    'Parcels are scanned at each depot and the scans land in our Depotline database. We clean the scans, fit a delay model every Monday and publish the predicted delays to the dispatch app. Dispatchers reroute the late vans. Two of us look after it.',
    null,
  );
  assert.ok(reading.coverage.length >= 3, reading.coverage.join(', '));
});

test('data named in a clause covers the data sources, even with no system: history, records, labelled outcomes', () => {
  for (const text of [
    'We learn from years of historical shipments.',
    'Our main input is the raw sensor stream of each turbine.',
    'The classifier is fit on labelled refund outcomes.',
  ]) assert.ok(readFrames(text).some((f) => f.data.length > 0), text);
  assert.deepEqual(readFrames('We want to move faster.').flatMap((f) => f.data), []);
});

test('a clause that says who "we" are covers the team', () => {
  for (const text of ["We're the pricing team at a ferry operator.", 'I am the only data scientist here.', 'We are three engineers and an analyst.']) {
    assert.ok(readFrames(text).some((f) => f.aboutTeam), text);
  }
  assert.ok(!readFrames('Our customers love the app.').some((f) => f.aboutTeam));
});

test('a negation ends where a new subject starts, with or without a comma', () => {
  const frames = readFrames("For parcels that aren't insured we still estimate a delivery date.");
  const estimate = frames.find((f) => f.text.includes('estimate'))!;
  assert.equal(estimate.negated, false, frames.map((f) => `${f.text}:${f.negated}`).join(' | '));
});

test('every source at once is the too-many-sources red flag, in several wordings', () => {
  for (const text of [
    'The first pipeline should ingest all of these data sources.',
    'We want every feed from day one.',
    'Load each of our sources into the warehouse and train on them.',
  ]) assert.ok(readDescription(text, null).redFlags.some((f) => f.rule === 'too-many-sources'), text);
  assert.ok(!readDescription('We start with the two most important sources.', null).redFlags.some((f) => f.rule === 'too-many-sources'));
});

test('readiness by meaning: no approach picked yet, or first finding out whether ML helps, is not ready', () => {
  for (const text of [
    "We haven't picked a model yet; we want pipelines for scoring suppliers.",
    'Honestly we do not know which forecasting approach would work for our depots.',
    'First we need to find out whether machine learning could help with staffing at all.',
    'We want to build this as a quick proof of concept with the ward data.',
  ]) assert.ok(readDescription(text, null).readinessSignals.length > 0, text);
  for (const text of ['We went with a gradient-boosted model last year and retrain it weekly.', 'Our proof of concept works and runs every night.']) {
    assert.deepEqual(readDescription(text, null).readinessSignals, [], text);
  }
});

const verdictOf = (text: string, id: string) => classify(readDescription(text, null)).find((c) => c.id === id);

test('exploration in notebooks stays in the notebooks: not a pipeline', () => {
  for (const text of [
    'We train a churn model weekly. Experiments happen in Jupyter notebooks first.',
    'Our analysts explore new features in Colab before anything ships; training runs nightly.',
    'Prototyping is done in notebooks, and the weekly retraining job runs on Airflow.',
  ]) assert.equal(verdictOf(text, 'exploration')?.bucket, 'not-a-pipeline', text);
});

test('a stream system the work runs on or sends over is streaming, not a pipeline', () => {
  for (const text of [
    'Scores are published over Kinesis to the checkout team; we retrain weekly.',
    'We built the moderation flow on top of our in-house event streaming platform and train the classifier monthly.',
    'Every decision goes onto a Pulsar topic, and the model is retrained every Sunday.',
  ]) assert.equal(verdictOf(text, 'streaming')?.bucket, 'not-a-pipeline', text);
});

test('later work that names only a product is still deferred', () => {
  assert.equal(verdictOf('We fine-tune a summariser monthly. Later we would like to try Mistral models.', 'future-work')?.bucket, 'defer');
});

test('the tool a not-a-pipeline job is built with is kept and named first, not what it sits on', () => {
  const v = verdictOf('We retrain a churn model weekly. On top of Snowflake we built a dashboard with Metabase, and the scores should show up there.', 'dashboard');
  assert.match(v?.alternative ?? '', /^Metabase, which you already use/);
});

test('near miss: a streaming business (video, music) is no event stream', () => {
  assert.equal(verdictOf('We are a music streaming service; we retrain our playlist ranker weekly from S3 logs.', 'streaming'), undefined);
});

test('data described as labelled is no labelling work; labelling it is', () => {
  for (const text of ['We retrain a fraud model weekly on labelled outcomes.', 'The ranker learns from annotated query logs every month.', 'A classifier is trained nightly on labeled tickets.']) {
    assert.ok(!kindsOf(text).includes('labeling'), `${text}: ${kindsOf(text).join(', ')}`);
  }
  for (const text of ['Two interns label the new photos every Friday.', 'We annotate the invoices in Label Studio before training.', 'Nurses do the labelling of scans.']) {
    assert.ok(kindsOf(text).includes('labeling'), `${text}: ${kindsOf(text).join(', ')}`);
  }
});

test('a budget is not a system: "under 200 ms" names no product', () => {
  const names = readDescription('We serve scores to the checkout in under 200 ms and retrain weekly.', null).systems.map((s) => s.name);
  assert.ok(!names.some((n) => /ms$/.test(n)), names.join(', '));
});

const models = (text: string) => readDescription(text, null).models.map((m) => `${m.name} [${m.trained}, ${m.use}]`);
const sources = (text: string) => readDescription(text, null).sources.map((s) => s.name);

test('several models, several lifecycles: each named model is its own entry', () => {
  assert.deepEqual(models('Receipts come in as photos; a fine-tuned Donut model reads the totals, and a churn classifier is retrained monthly and scores every account each night.'), [
    'fine-tuned Donut model [here, unknown]',
    'churn classifier [here, batch]',
  ]);
  const given = models('We compared a few hosted LLMs and chose GPT-4o for the summaries; a ranking model trained weekly orders the results in under 80 ms.');
  assert.ok(given.some((m) => m.startsWith('GPT-4o [given')), given.join(' | '));
  assert.ok(given.some((m) => m.startsWith('ranking model [here, request]')), given.join(' | '));
});

test('"the model" alone, or two models, names no model of its own; an abbreviation is the same model', () => {
  assert.deepEqual(models('We retrain the model weekly and serve two models behind one API.'), []);
  assert.deepEqual(models('Our forecaster is a Seasonal Gradient Tree (SGT). We retrain the SGT every Monday.'), ['Seasonal Gradient Tree [here, unknown]']);
});


test('a model applied to many records on a schedule, or to all of them, is batch scoring whatever its verb', () => {
  for (const text of [
    'Then we re-price every listing twice a week with the new model.',
    'The model should rate all 40,000 suppliers each Monday.',
    'After training, we estimate delivery dates for the whole catalogue.',
    'Each night it classifies the new support emails in bulk.',
  ]) assert.ok(kindsOf(text).includes('batch-inference'), text);
  for (const text of ['The model must score well on recall every week.', 'Later we might rank all products weekly.', 'Analysts estimate every budget monthly.']) {
    assert.ok(!kindsOf(text).includes('batch-inference'), text);
  }
});

test('predictions handed on to a system or to people are made in batches, whatever the verb of handing', () => {
  for (const text of [
    "Each morning the job should produce next week's demand forecasts that the buyers pick up.",
    'Nightly, push the propensity scores to Salesforce.',
    'Then give every open account a default probability.',
    'Afterwards we hand the ranked recommendations to the email service.',
    'We want to write the risk scores into Snowflake for the collections team.',
  ]) assert.ok(kindsOf(text).includes('batch-inference'), text);
  for (const text of [
    'We write summaries based on the predictions into the log.',
    'Store the evaluation scores on the model version.',
    'The job then pushes the feature scores into a second topic.',
    'Analysts publish the price estimates every Friday.',
    'We send the weekly report to the board.',
  ]) assert.ok(!kindsOf(text).includes('batch-inference'), text);
  // A budget makes handing on serving.
  assert.ok(kindsOf('We return the fraud scores to the checkout in under 50 ms.').includes('online-inference'));
});

test('making a model is training it, whatever the verb of making', () => {
  for (const text of ['We plan to build a churn model on the usage logs.', 'The goal is to develop a ranking classifier for the catalogue.', 'We fit a gradient-boosted regressor to the labelled outcomes.']) {
    assert.ok(kindsOf(text).includes('training'), text);
    assert.equal(models(text).length, 1, text);
  }
  assert.ok(!kindsOf('The team built a dashboard on top of the model outputs.').includes('training'));
  assert.deepEqual(models('We want to develop a demand forecaster for each store.'), ['demand forecaster [here, unknown]']);
});

test('data brought in is ingestion work, said with any verb of bringing', () => {
  for (const text of ['We need pipelines that bring in the supplier price lists.', 'A job collects the meter readings from the substations.', 'We fetch shipping manifests from the carriers every hour.']) {
    assert.ok(kindsOf(text).includes('ingestion'), text);
  }
  assert.ok(!kindsOf('Eventually we will import the partner catalogues.').includes('ingestion'), 'put off for later');
});

test('the data named is the source when no system is: specific names only, not adjectives of age or size', () => {
  assert.deepEqual(sources('We learn from meter readings, outage reports and weather records.'), ['meter readings', 'outage reports', 'weather records']);
  assert.deepEqual(sources('The model is trained on the returned orders and the courier notes.'), ['returned orders', 'courier notes']);
  assert.deepEqual(sources('It uses public records plus historical data and fresh data.'), ['public records']);
  assert.deepEqual(sources('We score the insurance claims nightly and publish the risk scores.'), ['insurance claims'], 'the scores are output');
});

test('what a copula says the source is, is the source, however plainly it is named', () => {
  assert.deepEqual(sources('Our most important data source is historical demand, and it is messy.'), ['historical demand']);
  assert.deepEqual(sources('Meter readings are our main input.'), ['Meter readings']);
  assert.deepEqual(sources('The primary source is weather. We train a model on it.'), ['weather']);
  assert.deepEqual(sources('Our sources are varied.'), []);
});

test('the quality measures the user names are what the evaluation logs, in any of their usual spellings', () => {
  const metrics = (text: string) => readDescription(text, null).metrics;
  assert.deepEqual(metrics('A new version must keep recall above 0.9 on the held-out month.'), ['recall']);
  assert.deepEqual(metrics('We judge forecasts by their mean absolute percentage error and by RMSE.'), ['MAPE', 'RMSE']);
  assert.deepEqual(metrics('Ranking quality is NDCG@10; the F1-score matters for the filter.'), ['F1', 'NDCG']);
  assert.deepEqual(metrics('We want it to be accurate and fast.'), [], 'an adjective names no measure');
});

test('a model run over records is a prediction whatever the verb; run on a platform it is not', () => {
  const action = (text: string) => readFrames(text)[0]!.action;
  assert.equal(action('We want to run the production model over the damages found in each new inspection.'), 'predict', 'the wish governs the work');
  assert.equal(action('Apply the churn classifier to all open accounts every Monday.'), 'predict');
  assert.equal(action('Each morning we run the pricing model on new listings.'), 'predict');
  assert.equal(action('We run the model on Kubernetes.'), null, 'a platform, not records');
  // A relative clause with no "that" ("a classifier we train weekly …") is not the clause's verb.
  assert.deepEqual(
    ['A classifier we train weekly on labelled listings from Postgres flags risky listings every night.', 'The ranker they built last spring re-ranks every search result.'].map((t) => readFrames(t)[0]!.action),
    ['predict', 'predict'],
  );
  // A quantifier opens the object whatever the tagger calls it.
  for (const text of ['We want to re-price all active listings several times a week.', 'Every Sunday we re-rank all open tickets.']) {
    assert.equal(readFrames(text)[0]!.transitive, true, text);
  }
  assert.equal(readFrames('Each graded phone gets a battery health certificate.')[0]!.verb, 'gets', 'a participle describing a noun is not the verb');
});

test('the data the model learns from is evidence of its domain', () => {
  const cues = (text: string) => readDescription(text, null).domainCues.vision?.length ?? 0;
  assert.ok(cues('We train a crack model on the high-resolution images our drones capture.') >= 2);
  assert.ok(cues('A damage classifier learns from the photos the adjusters upload.') >= 2);
  assert.equal(cues('We train a churn model on account events; the dashboard shows a few images.'), 1, 'an image mentioned is not the data learned from');
});

test('what a result is measured against is the baseline, in the user words; quantities and data are not', () => {
  const baseline = (text: string) => readDescription(text, null).baseline;
  assert.equal(baseline('Our new model has to beat the current ARIMA forecasts.'), 'the current ARIMA forecasts');
  assert.equal(baseline('We compare each version against the old logistic regression model.'), 'the old logistic regression model');
  assert.equal(baseline("It must do better than the vendor's scoring API."), "the vendor's scoring API");
  assert.equal(baseline('Accuracy must improve clearly over the incumbent XGBoost model.'), 'the incumbent XGBoost model');
  assert.equal(baseline('Then we check it against the estimates we publish today.'), 'the estimates we publish today');
  for (const text of [
    'We validate it against the held-out set.',
    'So far it has processed more than a million parcels.',
    'We match invoices against purchase orders.',
    'A clerk checks each invoice against the PO.',
    'Nightly it runs them against a Spark cluster.',
  ]) assert.equal(baseline(text), null, text);
});

test('a label before a colon heads the clause after it: it is neither a name nor an unplaced clause', () => {
  const r = readDescription('Scale: one model has to cover every country. Latency: answers within 300 ms.', null);
  assert.ok(!r.models.some((m) => /scale/i.test(m.name)), JSON.stringify(r.models));
  assert.ok(!r.unplaced.some((u) => /^(?:Scale|Latency)$/.test(u.text)), JSON.stringify(r.unplaced));
});

test('work named by its noun is that work: training, inference, serving; not a noun that modifies another or follows a preposition', () => {
  assert.deepEqual(kindsOf('Next we want to bring model training and inference onto Databricks.'), ['training', 'batch-inference']);
  assert.ok(kindsOf('Retraining and scoring run on a single VM today.').includes('batch-inference'));
  assert.ok(kindsOf('We would like to move model serving into a Go service.').includes('online-inference'));
  assert.ok(kindsOf('Fine-tuning and inference should move to the new cluster, and answers must come back within 400 ms.').includes('online-inference'));
  for (const text of ['The model must be fast during inference.', 'Inference latency matters to us.', 'The scoring logic lives in one repository.', 'We want a report for serving staff.']) {
    assert.deepEqual(kindsOf(text).filter((k) => k === 'batch-inference' || k === 'online-inference'), [], text);
  }
});

test('words of age, size or worth alone name no source: "the core data", "our own data"', () => {
  assert.deepEqual(sources('Each night we collect and aggregate the core data.'), []);
  assert.deepEqual(sources('We pull our own data every hour.'), []);
  assert.deepEqual(sources('We collect the sensor data once a day.'), ['sensor data']);
  assert.deepEqual(sources('We read the ledger from Postgres and want to pull in all of those data sources nightly.').filter((s) => /those|data$/.test(s)), []);
});

test('a system the clause calls a data or event stream is streaming, whatever it is called; a streaming business is not', () => {
  assert.ok(kindsOf("Our fraud checks run on top of Acme's in-house real-time data streaming and processing platform.").includes('streaming'));
  assert.ok(kindsOf("We read events from the Orders team's event stream.").includes('streaming'));
  assert.ok(!kindsOf('Netflix is a streaming service with millions of members.').includes('streaming'));
});

test('"longer term" and "in the long run" put work off; a long-term thing is no plan', () => {
  assert.ok(kindsOf('Longer term we want to forecast hourly demand for everything.').includes('future-work'));
  assert.ok(kindsOf('In the longer term we want to rank every listing.').includes('future-work'));
  assert.ok(!kindsOf('We keep long-term storage in S3.').includes('future-work'));
});

test('a relative clause keeps its coordinated subject: "the forecasts that purchasing and planning pick up" is one clause', () => {
  const texts = readFrames('Then we publish the stock forecasts that buying and store planning pick up, and we retrain monthly.').map((f) => f.text);
  assert.deepEqual(texts, ['Then we publish the stock forecasts that buying and store planning pick up', 'and we retrain monthly']);
});

test("a model's learned values refreshed is training, whatever the verb of renewing", () => {
  for (const text of [
    "We want to organise how the recommender's parameters are refreshed from the new ratings.",
    'Every night we update the model weights from the new clicks.',
    'We recalibrate the churn model monthly on the latest cancellations.',
  ]) assert.ok(kindsOf(text).includes('training'), text);
  for (const text of ['We refresh the sales dashboard every hour.', 'We update the parameters of the weekly report.', 'We update the model registry page by hand.']) {
    assert.ok(!kindsOf(text).includes('training'), text);
  }
});

test('a plural of models named one per purpose is one model per purpose, trained here when the plural is', () => {
  assert.deepEqual(models('We run two classifiers, one for nudity and one for violence. Both classifiers are retrained monthly on the moderator decisions.'), [
    'nudity classifier [here, unknown]',
    'violence classifier [here, unknown]',
  ]);
  assert.deepEqual(models('Each listing is screened by rules, then neural models score it for counterfeit goods and for prohibited items. We want to set up how the models are trained.'), [
    'counterfeit goods model [here, unknown]',
    'prohibited items model [here, unknown]',
  ]);
  assert.deepEqual(models('We run two classifiers, one for nudity and one for violence, bought from a vendor.').map((m) => m.split(' [')[0]), ['nudity classifier', 'violence classifier']);
});

test('candidates compared and not chosen are not the team model; the one chosen is taken as given unless they train it', () => {
  const named = (text: string) => Object.fromEntries(readDescription(text, null).models.map((m) => [m.name, m.trained]));
  // The tagger may fold a neighbour word into a name ("picked GPT-4o"): look models up by their product word.
  const a = named('We benchmarked a fine-tuned Mistral model and a distilled T5 model against GPT-4o and picked GPT-4o.');
  const trained = (word: string) => Object.entries(a).find(([name]) => name.includes(word))?.[1];
  assert.equal(trained('Mistral'), 'unknown', JSON.stringify(a));
  assert.notEqual(trained('T5'), 'here', JSON.stringify(a));
  assert.ok(Object.entries(a).some(([name, t]) => name.endsWith('GPT-4o') && !name.includes('T5') && t === 'given'), JSON.stringify(a));
  const b = named('We compared a fine-tuned BERT model and a logistic regression model and chose the BERT model. We retrain the BERT model monthly.');
  assert.equal(b['fine-tuned BERT model'], 'here', JSON.stringify(b));
  assert.notEqual(b['logistic regression model'], 'here', JSON.stringify(b));
  assert.ok(!kindsOf('We benchmarked a fine-tuned Mistral model against GPT-4o and picked GPT-4o; it tags every support ticket nightly.').includes('training'));
});

test('a screen people use is a screen for people, said with the people as the subject of a relative clause', () => {
  assert.ok(kindsOf('We would also like a tool the ward nurses would use.').includes('dashboard'));
  assert.ok(kindsOf('They want an interface the dispatchers can check during a shift.').includes('dashboard'));
  assert.ok(!kindsOf('Our engineers use Python for everything.').includes('dashboard'));
});

test('an action item\'s owners in brackets are no part of its sentence: the verb after them is no system', () => {
  const systems = readFrames('Action items\n- [Ana] Define which flags need an audit trail\n- [Raj + IT] Containerise the scorer').flatMap((f) => f.systems.map((s) => s.name));
  assert.ok(!systems.includes('Define') && !systems.includes('Containerise'), systems.join(', '));
});

test('a month or a day is a time, not a system, whatever its capital', () => {
  const names = (text: string) => readDescription(text, null).systems.map((s) => s.name);
  for (const text of ['Since March we push the nightly summaries to Zendesk for the team leads.', 'From May the scores land in Looker for the branch managers.', 'Every Friday the scores land in Looker for the branch managers.']) {
    assert.ok(!names(text).some((n) => /^(?:March|May|Friday)$/.test(n)), `${text}: ${names(text)}`);
  }
  assert.ok(names('Every Friday the scores land in Looker for the branch managers.').includes('Looker'));
});

test('a transcript\'s speaker labels are no systems, and what each speaker says starts its own sentence', () => {
  const text = ['Meera: Right, so the forecast runs on the old server.', 'Jonas: Sure. The scores land in Postgres.', 'Meera: Okay. Retraining is monthly.', 'Jonas: And Grafana shows the error.'].join('\n');
  const names = readDescription(text, null).systems.map((s) => s.name);
  assert.ok(!names.some((n) => /^(?:Meera|Jonas|Sure|Okay|And|Right)$/.test(n)), names.join(', '));
  assert.ok(names.includes('Grafana') && names.includes('Postgres'), names.join(', '));
  // Labels of a document's sections are no speakers.
  assert.ok(readDescription('Goal: forecast ward demand.\nData: Clarity in SQL Server.\nTeam: two analysts.', null).sources.some((s) => s.name === 'SQL Server'));
});

test('a chat export\'s message headers and time-stamped handles name no system and no tool', () => {
  const names = (text: string) => readDescription(text, null).systems.map((s) => s.name);
  const exports = [
    ['Ines Carvalho  8:02 AM', 'the scores should land in Looker for the store managers', '', 'Bram de Wit  8:05 AM', 'ok, and alert us in PagerDuty when a store drops'],
    ['Ines Carvalho — 08:02', 'the scores should land in Looker for the store managers', 'Bram de Wit — 08:05', 'ok, and alert us in PagerDuty when a store drops'],
    ['[Monday 08:02] Ines Carvalho', 'the scores should land in Looker for the store managers', '[Monday 08:05] Bram de Wit', 'ok, and alert us in PagerDuty when a store drops'],
  ];
  for (const lines of exports) {
    const found = names(lines.join('\n'));
    assert.ok(!found.some((n) => /Ines|Bram|Carvalho|Monday/.test(n)), `${lines[0]}: ${found.join(', ')}`);
    assert.ok(found.includes('Looker') && found.includes('PagerDuty'), `${lines[0]}: ${found.join(', ')}`);
  }
  const stamped = ['[10:01] ines.c: the scores should land in Looker', '[10:02] bram: and Grafana shows the error', '[10:04] ines.c: retraining is monthly', '[10:05] bram: ok'].join('\n');
  assert.ok(!names(stamped).some((n) => /ines|bram/i.test(n)), names(stamped).join(', '));
  // A time inside a line of prose is no header.
  assert.ok(names('Every morning at 9:30 AM the scores land in Looker.').includes('Looker'));
});

test('a cloud region is where something runs, not a system, and a model is no screen to keep', () => {
  const names = (text: string) => readDescription(text, null).systems.map((s) => s.name);
  assert.ok(!names('Since spring we send the notes to Azure OpenAI (GPT-4o, West Europe) for the team lead view.').includes('West Europe'));
  assert.ok(!names('Everything stays in eu-west-2 on our Aurora cluster.').includes('eu-west-2'));
  const r = draftInterview('We retrain the intent classifier monthly on tickets from Zendesk and score new tickets nightly. Since May we also send each ticket to Azure OpenAI (GPT-4o, UK South) to write a summary for the supervisor dashboard.');
  assert.ok(r.ok);
  assert.doesNotMatch(JSON.stringify(r.draft.architecture.notAPipeline), /(?:GPT-4o|UK South|Azure OpenAI), which you already use/);
});

test('an indefinite after a verb of beating ("beat anything fancy") is no baseline; a named rival is', () => {
  for (const text of ['Honestly a plain GBM on the band energies will beat anything fancy.', 'A small CNN should outperform everything we tried last year.', 'Any model that beats something simple is a win.'])
    assert.equal(readDescription(text, null).baseline, null, text);
  assert.equal(readDescription('The new ranker has to beat the incumbent XGBoost model.', null).baseline, 'the incumbent XGBoost model');
});

test('a product\'s model listed among its attributes is which product it is, not a model that learns', () => {
  assert.deepEqual(models('From the fleet register we take vehicle model, build year and body type, and a gradient-boosted regressor predicts the repair cost.').map((m) => m.split(' [')[0]), ['gradient-boosted regressor']);
  assert.deepEqual(models('Each record has the make and model of the tractor; we retrain a yield model every spring.').map((m) => m.split(' [')[0]), ['yield model']);
});

test('people named by what they do are no models, nor are the models whose output the team reads', () => {
  const names = (text: string) => models(text).map((m) => m.split(' [')[0]);
  assert.deepEqual(names('Three senior forecasters write the bulletin by 7am. We want to train a surge-height model on the tide gauge history.'), ['surge-height model']);
  assert.deepEqual(names('A team of four estimators prices each job by hand; we would train a bid-price regressor on past jobs.'), ['bid-price regressor']);
  assert.deepEqual(names('Inputs include rainfall fields from the ECMWF and ICON models, and we retrain a flood-depth model monthly.'), ['flood-depth model']);
});

test('models counted and then named one by one are each a model, named by the item and the counted noun', () => {
  const names = (text: string) => models(text).map((m) => m.split(' [')[0]);
  assert.deepEqual(names('Three XGBoost classifiers: churn, upsell and late payment. All retrained monthly.'), ['churn classifier', 'upsell classifier', 'late payment classifier']);
  assert.deepEqual(names('We run two CatBoost regressors — basket size (EUR) and pick time (s) — nightly.'), ['basket size regressor', 'pick time regressor']);
  // A colon that opens something other than the models' names leaves the plural as said.
  assert.ok(!names('Two models: we train them weekly on Snowflake and score every account.').some((n) => /we train/.test(n)));
});

test('a model said with its version is that model, named without the version', () => {
  const names = (text: string) => models(text).map((m) => m.split(' [')[0]);
  assert.deepEqual(names('- Smurf-account classifier v3 is in shadow mode on ranked queues. It scores every match.'), ['Smurf-account classifier']);
});
