/**
 * The domain only words the proposed steps, but a wrong one proposes the wrong work: LoRA
 * prompt/response pairs for a video detector, aggregates and encodings for support tickets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { baselineOf } from '../../../src/core/reading/evaluationSet';
import { detectDomain } from '../../../src/core/planning/steps';
import { domainCuesOf } from '../../../src/core/reading/domainCues';
import { readDescription } from '../../../src/core/reading';
import { draftArchitecture as draft } from '../drafts';

/** The domain a description's reading picks, with what its sources hold. */
const domain2 = (text: string) => detectDomain(text, readDescription(text, null).domainCues);

/** The domain a text alone picks, by its own cue words. */
const domain = (text: string) => detectDomain(text, domainCuesOf(text));

test('fine-tuning alone is not LLM work: a detector is vision, a BERT classifier is text, Llama with LoRA is LLM', () => {
  assert.equal(detectDomain('player tracking on live video frames; we fine-tune a detector on clips our annotators labelled'), 'vision');
  assert.equal(detectDomain('we fine tune a distilbert on the tickets'), 'text');
  assert.equal(detectDomain('fine-tune Llama 3 8B with LoRA on support transcripts so it drafts replies'), 'llm');
  assert.equal(detectDomain('OCR + a fine-tuned LayoutLM, extraction results go into Postgres'), 'extraction', 'document extraction is not instruction tuning');
  assert.equal(detectDomain('invoices and receipts go through OCR, then we extract the line items and totals'), 'extraction', 'documents read for their fields are not document Q&A');
  assert.equal(detectDomain('a Q&A assistant over our contracts with retrieval'), 'documents');
  // Words only object detection uses: its metric, its labelling tool, its boxes.
  assert.equal(domain('the shelf detector must reach mAP@0.5 of 0.9; an outsourced vendor labels 15k bounding boxes a week in CVAT'), 'vision');
});

test('a domain\'s shape needs several of its cues and a lead over any other: one word never picks it', () => {
  for (const text of [
    'we use retrieval to find similar past claims, then train a fraud model on the outcomes',
    'the adjusters upload photos now and then; the model scores each claim from its form fields',
    'a forecast of next month is shown on the dashboard, but the model predicts which customers churn',
  ]) assert.equal(detectDomain(text), 'tabular', text);
  assert.equal(detectDomain('embeddings of the manuals go into a vector store and a knowledge base answers questions with retrieval'), 'documents');
  assert.equal(detectDomain('an LLM reads each message and returns a verdict; we never train it'), 'tabular', 'an LLM only called gives no fine-tuning shape');
  // Papers alone, with no question asked or index built over them, are no Q&A: an FAQ page and a PDF report.
  const faq = readDescription('Depot Staffing: FAQ\nQ: What is it?\nA: A weekly PDF with the risk of each driver quitting, from HR records and rosters. We retrain a GBM monthly.', null);
  assert.deepEqual(faq.domainCues.papers, ['faq', 'pdf']);
  assert.equal(detectDomain('a weekly risk score per driver from HR records', faq.domainCues), 'tabular');
  assert.equal(detectDomain('we index the manuals and the pdfs into a vector store so technicians search them'), 'documents', 'papers with an index built over them are Q&A');
  // A question someone asks of the papers makes them Q&A too.
  assert.equal(detectDomain('', domainCuesOf('After each audit, the board asks "which of our policies still cover flood damage?" and two clerks read 900 PDFs.')), 'documents');
});

test('text classification is read from the whole description: sorting tickets, reviews or emails, unless the model generates', () => {
  const components = 'pulls the last 90 days of tickets from our postgres replica, cleans the text';
  assert.equal(detectDomain(components), 'tabular');
  assert.equal(detectDomain(components, domainCuesOf('we want to clasify them into ~40 queues automatically. ' + components)), 'text');
  assert.equal(detectDomain('reviews come from the App Store API', domainCuesOf('sentiment analysis on app store reviews')), 'text');
  assert.equal(detectDomain('emails arrive in a shared inbox', domainCuesOf('route each email to the right team')), 'text');
  assert.notEqual(detectDomain('transcripts exported from Zendesk', domainCuesOf('a model that drafts replies to support tickets and tags them')), 'text', 'drafting replies is generation');
  assert.equal(detectDomain('we score transactions nightly', domainCuesOf('card transactions from Kafka, classify fraud')), 'tabular', 'classifying transactions is not text');
});

test('the baseline a version must beat: the system that decides today, when the user names it', () => {
  assert.equal(baselineOf('fine tunes a distilbert and evaluats it vs the current rules engine'), 'the current rules engine');
  assert.equal(baselineOf('it has to beat our heuristics before anyone trusts it'), 'the current heuristics');
  assert.equal(baselineOf('should outperform the existing rule-based routing'), 'the existing rule based routing');
  assert.equal(baselineOf('the model should be compared with manual triage by the support leads'), 'the current manual triage');
  assert.equal(baselineOf('evaluate against the holdout set and compare to last year'), null);
  assert.equal(baselineOf('we follow the rules of the GDPR'), null);
});

test('a baseline by its label, or a heuristic the team names in quotes, is the one a version must beat', () => {
  assert.equal(baselineOf('Evaluation\n- Baselines: the weekly average and a naive carry-forward'), 'the weekly average');
  assert.equal(baselineOf('**Baseline:** yesterday\'s dispatch plan as the planners wrote it'), 'yesterday\'s dispatch plan as the planners wrote it');
  assert.equal(baselineOf('Baseline — none yet, that is part of the work'), null);
  // A figure after the label is the score to beat, not what decides today.
  assert.equal(baselineOf('- Baseline: precision@100 of 0.42 on the 2023 audit sample'), null);
  assert.equal(baselineOf('Baseline: MAPE 18% at store level'), null);
  assert.equal(baselineOf('Done when it outperforms the "three strikes" rule of thumb on recall.'), 'the “three strikes” rule of thumb');
  assert.equal(baselineOf('It must beat the heuristic the night desk uses.'), 'the current heuristic');
  // A comparative of amount compares quantities: "higher than sales" names nothing to beat.
  assert.equal(readDescription('Sold-out days hide demand: true demand was higher than sales. We forecast bread per store daily.', null).baseline, null);
});

test('a ticket router: text steps, a GPU for fine-tuning, and the rules engine as the baseline the first version must beat', () => {
  const a = draft(readFileSync('test/fixtures/descriptions/ticket-routing-typos.txt', 'utf8'));
  const training = a.pipelines.find((p) => p.name === 'Ticket Router Training')!;
  assert.ok(training, a.pipelines.map((p) => p.name).join(', '));
  const steps = Object.fromEntries(training.steps.map((s) => [s.name, s.description]));
  assert.match(steps.prepare_training_data!, /tokenizes/);
  assert.match(steps.train_model!, /classification head/);
  assert.match(steps.evaluate_model!, /per label.*scores the current rules engine on the same held-out data/);
  assert.ok(training.orchestrator.some((o) => /^a GPU for train_model/.test(o)));
  const data = a.pipelines.find((p) => p.name === 'Text Dataset')!;
  assert.deepEqual(data.steps.map((s) => s.name), ['collect_texts', 'clean_text', 'split_and_version']);
  assert.doesNotMatch(JSON.stringify(a), /aggregates, encodings|fitted preprocessor/, 'no tabular wording');
  assert.match(a.overview, /scored side by side with the current rules engine/);
  assert.ok(a.openQuestions.some((q) => /margin over the current rules engine/.test(q)));
  const churn = draft('We retrain an xgboost churn model weekly on Snowflake tables and score customers in a nightly batch. Vertex AI. Three engineers.');
  assert.doesNotMatch(JSON.stringify(churn), /baseline a version must beat/, 'no baseline named, none invented');
});

test('a video detector trained offline gets vision steps, not instruction data', () => {
  const a = draft(readFileSync('test/fixtures/descriptions/video-frames-realtime.txt', 'utf8'));
  const steps = a.pipelines.flatMap((p) => p.steps.map((s) => s.name));
  assert.ok(steps.includes('train_model') && !steps.includes('fine_tune'), steps.join(', '));
  assert.doesNotMatch(JSON.stringify(a), /LoRA|prompt\/response/);
  assert.doesNotMatch(JSON.stringify(a), /Pulls the data from the source data/);
});

test('document extraction: OCR and a layout model, fields with their confidence where reviewers work, and the model in use today as the first version', () => {
  const a = draft(readFileSync('test/fixtures/descriptions/meta-pipeline-dynamic.txt', 'utf8'));
  const mvp = a.pipelines.find((p) => p.phase === 'MVP')!;
  assert.equal(mvp.name, 'Document Extractor Batch Scoring');
  assert.deepEqual(mvp.steps.map((s) => s.name), ['prepare_batch', 'extract_fields', 'publish_extractions']);
  assert.match(mvp.steps[0]!.description, /runs OCR over each page/);
  assert.match(mvp.steps[2]!.description, /^Writes the extracted fields to Postgres with their confidence/);
  const training = a.pipelines.find((p) => p.modelControlPlane.producesVersions)!;
  assert.match(training.steps.find((s) => s.name === 'evaluate_model')!.description, /field-level precision and recall per document type/);
  assert.match(a.overview, /into evaluated model versions and extracted fields/);
  assert.match(a.dataFlow, /Until Document Extractor Training runs, the model you use today is registered once as the first `document_extractor` version and promoted to `production` by hand/);
  assert.doesNotMatch(JSON.stringify(a), /prompt\/response|LoRA|aggregates, encodings/);
});

test('document Q&A names the vector store the user named, and how one holds a version per index', () => {
  const steps = (file: string) => draft(readFileSync(`test/fixtures/descriptions/${file}.txt`, 'utf8')).pipelines.flatMap((p) => p.steps);
  const build = (file: string) => steps(file).find((s) => s.name === 'build_index')!.description;
  assert.match(build('rag-docs-dictated'), /^Writes the embeddings into a fresh index in pgvector \(a table per version/);
  assert.match(build('rag-contracts-existing-notebook'), /in Qdrant \(a collection per version/);
  assert.match(build('legal-rag-sharepoint-fanout'), /^Writes the embeddings into a fresh index and registers/, 'none named, none invented');
});

test('a quantity predicted for a coming period is a forecast, whatever the verb; "next best action" is not', () => {
  const domain = (text: string) => detectDomain('', domainCuesOf(text));
  assert.equal(domain("Each Sunday a model predicts next week's orders per depot, and our forecasts sit at 12% WAPE."), 'forecasting');
  assert.equal(domain('We estimate the coming month of call volume per centre and compare the forecasts with staffing plans.'), 'forecasting');
  assert.equal(domain('We predict the next best action for each subscriber and score them nightly.'), 'tabular');
});

test('taking the values a document holds out of it, named by their kind, is extraction', () => {
  assert.equal(domain('We use Claude to pull out the invoice number, the supplier and the line items from the PDFs.'), 'extraction');
  assert.equal(domain('A script reads out the policy number and renewal dates from each scanned PDF.'), 'extraction');
  assert.equal(domain('GPT-4o extracts the parties and the payment amounts from our contracts.'), 'extraction');
  // Numbers named without a document to take them from are not extraction.
  assert.notEqual(domain('We pull out the daily order numbers from Snowflake and forecast next week\'s demand.'), 'extraction');
});

test('a horizon ahead and backtests are forecasting words', () => {
  assert.equal(domain('We need hourly forecasts for the next 48 hours and want to backtest every new version.'), 'forecasting');
  assert.equal(domain('Day-ahead load forecasts per region go to the trading desk.'), 'forecasting');
});

test('one word said twice is one cue: the singular and plural of a word never pick a shape alone', () => {
  assert.equal(domain('each clip gets embeddings from a pretrained encoder; the embedding goes into a feature table for the churn model'), 'tabular');
  assert.equal(domain('forecast of weekly volume; the forecasts go to the planners'), 'tabular', 'forecast and forecasts are one word');
  assert.equal(domain('forecast weekly volume with backtests over the last two years'), 'forecasting', 'two different forecasting words still agree');
});

test('pictures of the earth and networks built for pictures are vision: imagery, pixels, a U-Net', () => {
  assert.equal(domain('aerial orthophotos of every parcel go through a U-Net that marks roof damage pixel by pixel'), 'vision');
  assert.equal(domain('new satellite imagery lands every few days and a ResNet classifies each tile as flooded or dry'), 'vision');
  assert.equal(domain('a per-pixel probability map from the segmentation network, thresholded into field boundaries'), 'vision');
});

test('putting a model inside a service is not a vector embedding, and retrieval of candidates alone is not document Q&A', () => {
  assert.equal(domain('we might start embedding the ranker in the checkout service, and retrieval of candidates stays in Solr'), 'tabular');
  assert.equal(domain('chunks of the handbook get embeddings in pgvector, and retrieval feeds the answer prompt'), 'documents');
});

test('what a source holds counts as data only when it names a kind of data, not a task', () => {
  const cues = (text: string) => readDescription(text, null).domainCues;
  const ranking = 'Retrieval is OpenSearch with BM25, returning 300 candidates. A LightGBM re-ranker trained weekly on BigQuery clicks orders them within 40 ms, and we are adding semantic retrieval later.';
  assert.deepEqual(cues(ranking).retrieval, ['retrieval'], 'the search engine holds no "retrieval" data');
  assert.equal(domain2(ranking), 'tabular');
  assert.ok((cues('We retrain the pallet classifier on labelled photos from GCS every month.').vision ?? []).some((c) => c.startsWith('data:')));
});

test('people reviewing and a queue\'s messages are not texts to classify', () => {
  assert.equal(domain('flagged shipments go to a review queue; each event lands as an SQS message and a classifier scores it'), 'tabular');
  assert.equal(domain('hotel guests leave reviews and a classifier sorts them by topic'), 'text');
  assert.equal(domain('a classifier reads every Kafka message from the payment bus and flags anomalies'), 'tabular');
  assert.equal(domain('customers send messages through the app and we classify each one by intent'), 'text');
});

test('finding things by similarity is how a system looks them up: without documents or questions it is not document Q&A', () => {
  // A recommender's candidates, a bot's context and a lookalike search retrieve, but nobody asks documents questions.
  assert.equal(domain('candidates come from embeddings in Milvus plus a freshness filter, then a learned ranker orders the feed'), 'tabular');
  assert.equal(domain('the assistant needs better context, so we want to re-index the codebase every night into a vector store and pull in related functions'), 'tabular');
  assert.equal(domain('similar listings are found through an embedding index in Qdrant, then a pricing model adjusts the offer'), 'tabular');
  // The same lookup over the team's documents, or to answer questions, is the Q&A shape.
  assert.equal(domain('support agents ask questions and get answers drawn from an embedding index of the help centre articles'), 'documents');
  assert.equal(domain('the policy manuals are chunked into a vector store and the retrieval feeds the model that drafts the reply'), 'documents');
});

test('a size in kilobytes is memory, not a knowledge base', () => {
  assert.equal(domainCuesOf('the detector must fit in 96 KB of RAM on the sensor board').documents, undefined);
  assert.equal(domainCuesOf('a model of about 64kb runs on the chip').documents, undefined);
  assert.deepEqual(domainCuesOf('new KB pages get written every week').documents, ['kb']);
});

test('a document\'s parts named as what is needed are extraction, whatever the verb', () => {
  assert.equal(domain('suppliers email PDFs and scans; we need the header fields and every line item in our ERP, today an intern types them'), 'extraction');
  assert.equal(domain('from each scanned delivery note we want the invoice fields and all line items, photos included'), 'extraction');
});

test('software images, one alert message and tagging a person are no cues of vision, texts or sorting', () => {
  const cues = domainCuesOf('We push images to the edge boxes with a bash script and run the Docker images there. Anything over threshold sends a message in #ops. Tagging @platform for review.');
  assert.deepEqual(cues.vision, undefined);
  assert.deepEqual(cues.texts, undefined);
  assert.deepEqual(cues.sorting, undefined);
  const real = domainCuesOf('We classify each message and tag the product photos, and our images come from the line cameras.');
  assert.ok(real.vision?.includes('images') && real.texts?.includes('message') && real.sorting?.length, JSON.stringify(real));
});

test('cameras, CCTV and footage are cues of vision', () => {
  assert.deepEqual(domainCuesOf('We have 140 CCTV cameras on the lots and keep the footage for a week.').vision, ['cctv', 'cameras', 'footage']);
});

test('work named as detection keeps the generic shape, whatever forecast words describe its inputs', () => {
  const a = draft('Our bid anomaly detector scores every submitted bid curve every 15 minutes against the day-ahead forecast table; an isolation forest per book is retrained weekly. The forecasting team owns that table.');
  assert.doesNotMatch(JSON.stringify(a.pipelines), /rolling-origin|forecaster|backtest/i);
});

test('words of work ruled out or left undecided say nothing of the domain', () => {
  // Embeddings and a vector store alone never pick the Q&A shape; the documents said where work is ruled out must not tip it.
  const texts = [
    'We retrain an ad-slot detector monthly on the 2k episodes sales tagged by hand, from the audio in R2.\n- semantic search over episodes: embeddings -> pgvector\n- NOT doing: synthetic voices. hard no from the talent contracts',
    'We retrain an ad-slot detector monthly on the 2k episodes sales tagged by hand, from the audio in R2.\n- semantic search over episodes: embeddings -> pgvector\nOut of scope: anything touching the licensing contracts.',
  ];
  for (const text of texts) {
    const a = draft(text);
    assert.doesNotMatch(a.pipelines.map((p) => p.name).join(' '), /Index|Retrieval|Question/, text);
  }
  assert.equal(readDescription('We score churn weekly from Postgres.\n- Photo checks on the uploaded profile pictures. Not sure it is worth it.', null).domainCues.vision, undefined);
});

test('a route that is a path ("the bus route", "each delivery route") sorts nothing: a feedback log beside it is no text classification', () => {
  const text = 'We score every pupil nightly for the risk of missing 10% of school days, from attendance, prior absences and the bus route they ride. Teachers log feedback in a sheet. Logistic regression, retrained each summer.';
  assert.equal(detectDomain('', readDescription(text, null).domainCues), 'tabular');
  for (const said of ['We want to route tickets to the right team.', 'Incoming emails are routed to four queues by a classifier.'])
    assert.equal(detectDomain('', readDescription(said, null).domainCues), 'text', said);
});

test('a ticket named by its key is a work item, and a route a vehicle follows sorts nothing: a planning epic is no text classifier', () => {
  const epics = [
    'Epic OPS-88: predict the arrival time of each van at every drop on its round. Ticket OPS-91 decides the hosting. Drops on that route get a new estimate after each delivery.',
    'Story: score how late each barge will reach each lock on the route it sails. Ticket #RIV-7 tracks the data access; see ticket LOG-12 for the map.',
    'We estimate bus arrival times per stop from GPS pings. Spike ticket TRN-402 covers the feed; stops on a delayed route are re-estimated every minute.',
  ];
  for (const text of epics) assert.equal(domain2(text), 'tabular', text);
  for (const said of ['Support tickets get routed to one of 30 teams by a classifier.', 'We want to route each inbound ticket into the right queue.', 'Tickets from the portal are categorised and routed across four desks.'])
    assert.equal(domain2(said), 'text', said);
});

test('papers named in passing beside embeddings of something else are no document Q&A: the papers must be what is searched', () => {
  const passing = [
    'Label each episode of our shows with topics from the transcripts. Start with embeddings and zero-shot. No external APIs (creator contracts forbid it).',
    'We cluster song lyrics with sentence embeddings to tag moods. The label agreements and contracts sit with legal.',
    'Tag every product listing with attributes using embeddings of its title. Supplier manuals are a later idea.',
  ];
  for (const text of passing) assert.notEqual(domain2(text), 'documents', text);
  const searched = [
    'Engineers search the maintenance manuals: we put the manuals into a vector store and retrieve the closest passages.',
    'Embeddings of the supplier contracts go into pgvector so the legal team can find similar clauses.',
    'The HR handbooks are chunked and indexed in Qdrant for retrieval.',
  ];
  for (const text of searched) assert.equal(domain2(text), 'documents', text);
});

test('a draft of the note itself generates nothing; drafting said with what is drafted does', () => {
  const marked = [
    'PROPOSAL — DRAFT v2\nWe classify incoming support tickets into 12 queues with a fine-tuned DeBERTa.',
    'Working draft, do not share. Incoming complaint emails get routed to the right desk by a BERT classifier.',
  ];
  for (const text of marked) assert.equal(domain2(text), 'text', text);
  assert.ok(domainCuesOf('The model drafts a reply to each ticket.').generative);
  assert.ok(domainCuesOf('We want it to draft the first response for agents.').generative);
});
