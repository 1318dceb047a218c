/** Data sources: the systems data comes from, with what the user said about them; never what is pulled or where results go. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDescription } from '../../../src/core/reading';
import { ReadingSchema } from '../../../src/core/reading/reading';
import { sourcesInProse } from '../../../src/core/planning/sources';
import { draftInterview } from '../../../src/core/interview/autopilot';
import { detailOf, sourceNames } from '../../../src/core/reading/sourceNames';

const read = (text: string) => readDescription(text, null);
const names = (text: string) => read(text).categories.dataSources;

test('the systems named are the sources, not the documents pulled from them', () => {
  const r = read('We pull new and changed documents from SharePoint and an S3 bucket, parse the PDFs, chunk and embed them nightly.');
  assert.deepEqual(r.categories.dataSources, ['SharePoint', 'S3']);
  assert.deepEqual(r.sources, [
    { name: 'SharePoint', detail: 'new and changed documents, pulled nightly' },
    { name: 'S3', detail: 'new and changed documents, pulled nightly' },
  ]);
  assert.deepEqual(names('We collect images from the line cameras into S3 and bucket them by defect type, then train a classifier'), ['S3']);
});

test('each source keeps what comes out of it, how and how often', () => {
  const [snowflake] = read('Card transactions land in Snowflake every night from the core banking system, we pull them and retrain weekly.').sources;
  assert.deepEqual(snowflake, { name: 'Snowflake', detail: 'card transactions, landed nightly from the core banking system' });
  const zendesk = read('Transcripts are exported from Zendesk as JSON every week.').sources[0];
  assert.deepEqual(zendesk, { name: 'Zendesk', detail: 'transcripts, exported weekly' });
  const [api] = read('every ad network API (Google Ads, Meta, TikTok, ...) and our CRM in Salesforce').sources;
  assert.deepEqual(api, { name: 'ad network API', detail: 'Google Ads, Meta, TikTok' });
});

test('where results are written is not a source', () => {
  assert.deepEqual(names('We train a model on the claims and write the scores to Postgres every night'), ['claims'], 'the data trained on, not where scores go');
  assert.ok(read('We train a model on the claims and write the scores to Postgres every night').categories.deployment!.includes('Postgres'));
  assert.deepEqual(names('Pull everything from the ad APIs daily, normalise into one schema in Snowflake, fit the MMM weekly'), ['ad APIs']);
  assert.deepEqual(names('copy tables from our production Postgres into BigQuery every night'), ['Postgres']);
  assert.deepEqual(names('Extraction results go into Postgres and the ops team reviews them'), []);
  // A system both read and written back to is a source.
  assert.deepEqual(names('sales come from Snowflake. forecasts for every store, written back to Snowflake'), ['Snowflake']);
});

test('an output the users receive is not a source', () => {
  assert.deepEqual(names('the planners get a daily csv of forecasts per store'), []);
  assert.deepEqual(names('holidays come from a CSV'), ['CSV']);
});

test('with no system named, the data pulled stands in for it', () => {
  assert.deepEqual(read('we pull card transactions every night and retrain weekly').sources, [{ name: 'card transactions', detail: 'pulled nightly' }]);
  assert.deepEqual(names('we ingest everything'), []);
});

test('a stream and a nightly dump are two sources, the stream read as streaming', () => {
  const r = read('we ingest card transactions from kafka in real time and also nightly dumps from postgres');
  assert.deepEqual(r.sources, [
    { name: 'Kafka', detail: 'card transactions, pulled in real time' },
    { name: 'Postgres', detail: 'nightly dumps' },
  ]);
  assert.deepEqual(r.components.map((c) => [c.kind, c.cadence]), [['streaming', 'realtime'], ['ingestion', 'daily']]);
});

test('a follow-up adds sources and fills in a detail the first answer lacked; old readings parse without sources', () => {
  const first = read('Our data is in Snowflake.');
  const next = readDescription('Orders are exported from Snowflake nightly, and weather comes from a vendor API.', first);
  assert.deepEqual(next.sources.map((s) => s.name), ['Snowflake', 'vendor API']);
  assert.equal(next.sources[0]!.detail, 'orders, exported nightly');
  const { sources: _sources, ...old } = first;
  assert.deepEqual(ReadingSchema.parse(old).sources, []);
});

test('sources in a sentence: a system by its name, a common noun with its article', () => {
  assert.equal(sourcesInProse(['Snowflake', 'external API']), 'Snowflake and the external API');
  assert.equal(sourcesInProse(['radiology reports', 'PACS']), 'the radiology reports and PACS');
  assert.equal(sourcesInProse(['the NetSuite API']), 'the NetSuite API');
});

test('a quantity is not part of what a source is called', () => {
  const sourceNames = (text: string) => read(text).sources.map((s) => s.name);
  for (const text of [
    'We pull hundreds of thousands of support tickets from Zendesk every week and train a router on them.',
    'Millions of meter readings arrive from the substations; we forecast load from them.',
    'A classifier learns from tens of thousands of labelled scans.',
  ]) assert.ok(!sourceNames(text).some((n) => /\b(?:hundreds|thousands|millions|tens) of\b/i.test(n)), `${text} → ${sourceNames(text).join(', ')}`);
});

test('the data a verb of receiving names ends on the noun that heads it ("photo uploads", not "photo")', () => {
  for (const [text, source] of [
    ['We get hundreds of thousands of photo uploads per day.', 'photo uploads'],
    ['We pull sensor logs from the turbines hourly.', 'sensor logs'],
    ['Each night we receive receipt snapshots from the tills.', 'receipt snapshots'],
  ]) assert.deepEqual(readDescription(text!, null).categories.dataSources, [source], text);
});

test('a warehouse is a data store only with data said around it; the building is not a source', () => {
  for (const text of [
    'Return time is how long until a returned jacket is back in the warehouse.',
    'Pallets wait in the warehouse until the truck leaves, and we retrain the delay model weekly.',
  ]) assert.deepEqual(readDescription(text, null).sources, [], text);
  for (const text of ['We pull the orders from the warehouse every night.', 'Sales sit in our warehouse tables.']) {
    assert.ok(readDescription(text, null).sources.some((s) => /warehouse/.test(s.name)), text);
  }
});

test('a name the apposition after it calls a store of data is a source ("from Atlas, our telemetry platform")', () => {
  const cases: [string, string][] = [
    ['The job reads error rates from Atlas, our time-series telemetry platform, every five minutes.', 'Atlas'],
    ['We pull claims out of Kestrel, the internal claims database, every night.', 'Kestrel'],
    ['Features come from Hopper, an in-house feature store, and we retrain weekly.', 'Hopper'],
  ];
  for (const [text, name] of cases) assert.ok(readDescription(text, null).sources.some((s) => s.name === name), `${text}: ${JSON.stringify(readDescription(text, null).sources)}`);
  assert.deepEqual(readDescription('We heard this from Priya, our colleague in finance.', null).sources, [], 'a person is no store');
});

test('data its owner names is a source: the owner stays in the name; "own" and pronouns name nothing', () => {
  assert.deepEqual(names("We have the hospital's historic data and want to predict ward occupancy."), ["hospital's historic data"]);
  assert.deepEqual(names("We can use the council's raw data to train a model that predicts pothole repairs."), ["council's raw data"]);
  assert.deepEqual(names("The growers' past data is all we have; we want a yield model."), ["growers' past data"]);
  assert.deepEqual(names("It's data we don't own; we want to classify tickets from Zendesk."), ['Zendesk']);
  assert.deepEqual(sourceNames(names('We join their own internal database with the CRM to score leads weekly.')!), ['internal database', 'CRM']);
});

test('data is loaded and cleaned, a system is pulled from', () => {
  const steps = (text: string) => {
    const r = draftInterview(text);
    assert.ok(r.ok, text);
    return r.draft.architecture.pipelines.flatMap((p) => p.steps.map((s) => s.description)).join('\n');
  };
  assert.match(steps("We have the water utility's historic data and want to predict pipe bursts; retrain monthly."), /Loads and cleans the water utility's historic data/);
  assert.match(steps('We retrain a pipe burst model monthly on sensor readings pulled from Postgres.'), /Pulls the data from Postgres and cleans it/);
});

test('one event is not a data set: "the budget review" or "a sales call" is something that happens, "reviews" and "sales calls" are records', () => {
  const names = (text: string) => readDescription(text, null).sources.map((s) => s.name);
  assert.deepEqual(names('We need something working ahead of the budget review. The model reads customer reviews from Postgres.').filter((n) => /budget/i.test(n)), []);
  assert.deepEqual(names('Prepare this before the next planning session; we score recorded sales calls every night.').filter((n) => /session/i.test(n)), []);
  assert.ok(names('We classify the inbound emails and scanned letters every hour.').some((n) => /emails|letters/.test(n)));
});

test('a store named only to rule it out is no source, and the store incoming data is loaded into is one', () => {
  const names = (text: string) => readDescription(text, null).sources.map((s) => s.name);
  assert.deepEqual(names('No external APIs and no cloud LLMs: the compound structures are our IP. We retrain weekly.').filter((n) => /api/i.test(n)), []);
  assert.ok(names('Sensor readings come in every hour from the plant network and are stored in our LabVault database. We retrain monthly.').some((n) => /LabVault/.test(n)));
  // What the work writes stays a destination.
  assert.ok(!names('We retrain a classifier weekly on tickets from Zendesk, and the predicted queue is written to our Postgres database.').includes('Postgres'));
});

test('a store paired with a task-queue framework holds no data to learn from, and a feed the data is pulled from is a source', () => {
  const names = (text: string) => readDescription(text, null).sources.map((s) => s.name);
  assert.ok(!names('We pull new articles from partner feeds every hour; jobs are glued together with Sidekiq + Redis.').includes('Redis'));
  assert.ok(names('We pull new articles from partner feeds every hour; jobs are glued together with Sidekiq + Redis.').some((n) => /partner feeds/i.test(n)));
  assert.ok(names('Prices come from the market feeds of three exchanges and are scored every minute.').some((n) => /market feeds/i.test(n)));
});

test('the store a nightly extract copies the data into is where it lives', () => {
  const names = (text: string) => readDescription(text, null).sources.map((s) => s.name);
  assert.ok(names('Data comes from the ERP every night via an export into a Snowflake schema.').includes('Snowflake'));
  assert.ok(names('Orders come in from the shop system through a daily sync into our Postgres replica.').some((n) => /Postgres/.test(n)));
});

test('with no store named, the data pulled keeps where it comes from, and a time that owns it is no part of its name', () => {
  assert.deepEqual(read("each morning we fetch yesterday's recordings from the dictation system and transcribe them").sources, [{ name: 'recordings', detail: 'pulled daily from the dictation system' }]);
  assert.deepEqual(read("Every week we collect the week's audio from the partner portal.").sources, [{ name: 'audio', detail: 'pulled weekly from the partner portal' }]);
});

test('the marks a model puts on records, moving to a system, make it a destination', () => {
  assert.ok(!names('A classifier reads each email. The categories are routed to the helpdesk queue in Zendesk.').includes("Zendesk"));
  assert.ok(!names('Our detector scores every shipment; flags are posted to a review board in Jira.').includes('Jira'));
  assert.deepEqual(names('Tickets come from Zendesk. A model tags them and the tags go back to Zendesk.'), ['Zendesk'], 'read and written back: still a source');
});

test('one item someone owns is a message, not a source; a body of data someone owns is', () => {
  assert.deepEqual(names("I'm forwarding our CFO's email below; she wants this before the audit."), []);
  assert.deepEqual(names("Attaching my manager's memo so you have the context."), []);
  assert.deepEqual(names("We'd model the lab's telemetry."), ["lab's telemetry"]);
});

test('a product the data is said to live or sit in is where the work starts', () => {
  assert.deepEqual(names('Every signed agreement lives in Docuvault. We want each new one checked against our playbook.'), ['Docuvault']);
  assert.deepEqual(names('All the survey answers sit in Qualtrix; a model should tag each free-text answer by theme.'), ['Qualtrix']);
  assert.ok(!names('We live in Lisbon and want to tag each support email by topic.').includes('Lisbon'), 'people living somewhere are no data');
});

test('with no store named, a product the training data is said to come from is the source', () => {
  assert.deepEqual(names('Trained on five years of admissions from Meditrak, the model predicts length of stay.'), ['Meditrak']);
  assert.deepEqual(names('We would pull the weekly timesheets from Hourbook and score overtime risk per team.'), ['Hourbook']);
});

test('where a model comes from holds no data', () => {
  assert.ok(!names('We fine-tune a base model from Huggingbox on our own tickets.').includes('Huggingbox'));
});

test('a model the outputs come from is no store of data', () => {
  assert.ok(!names('We would fine-tune a small model on the answers we already get from Claude every day.').includes('Claude'));
  assert.ok(!names('Every night we pull the labels we get from GPT-4o and retrain on them.').some((n) => /gpt|openai/i.test(n)));
});

test('with no store named by the lexicon, a product\'s store the work reads from is the source', () => {
  assert.deepEqual(names('The bot answers policy questions from our Confluent HR wiki and hands the rest to a person.'), ['Confluent HR wiki']);
});

test('results that land in a system are written there; data that lands there is read from it', () => {
  assert.ok(!names('Each night the scores land in Redshift for the analysts.').includes('Redshift'));
  assert.ok(names('New orders land in Redshift every hour and we retrain weekly.').includes('Redshift'));
});

test('a product named where the work pulls its records from is a source beside the stores; what is exported to a system is no source', () => {
  const r = names('Sales come from Snowflake. Every morning the job pulls new filings from Edgarline and scores them.');
  assert.ok(r.includes('Snowflake') && r.includes('Edgarline'), r.join(', '));
  assert.ok(!names('We retrain on Redshift sales weekly. Approved prices are exported to Oracle on Tuesdays.').includes('Oracle'));
});

test('work the user has not decided to do names no data of theirs and no domain: "… Undecided if it\'s worth it."', () => {
  const texts = [
    'We retrain the comment spam classifier weekly from moderator decisions.\n- Audio checks on uploaded voice notes (hate speech clips). Undecided if it\'s worth it.',
    'We retrain the comment spam classifier weekly from moderator decisions. Video screening on member uploads from the gallery bucket. Not sure we need it yet.',
    'We retrain the comment spam classifier weekly from moderator decisions. Not sure about image checks on the uploaded trip photos.',
  ];
  for (const text of texts) {
    const r = readDescription(text, null);
    assert.deepEqual(r.sources.filter((s) => /voice|clips|uploads|gallery|photos/i.test(s.name)), [], `${text}: ${JSON.stringify(r.sources)}`);
    assert.equal(r.domainCues.vision, undefined, text);
  }
  // Decided work keeps its data.
  assert.ok(readDescription('We also screen the uploaded trip photos for nudity every night.', null).domainCues.vision);
});

test('a service named by the model work it does returns answers, not the team\'s data', () => {
  const sources = (text: string) => readDescription(text, null).sources.map((s) => s.name);
  assert.deepEqual(sources('Last year the pilot used a vendor detection API at $0.20 per photo. Shelf photos land in GCS.').filter((s) => /API/.test(s)), []);
  assert.deepEqual(sources('Today we call a third-party transcription service for every call. Recordings sit in S3.').filter((s) => /service/.test(s)), []);
  assert.ok(sources('We pull the daily prices from the vendor pricing API into BigQuery.').some((s) => /API/.test(s)));
});

test('what a source holds loses the quotation marks a quoted passage left at its edges, and "data" alone is no detail', () => {
  const source = (text: string) => readDescription(text, null).sources.find((s) => s.name === 'Snowflake');
  assert.equal(source('Kevin 09:38\nfirst pass: "Data in Snowflake, dbt for transforms, Airflow on EKS."')?.detail ?? null, null);
  assert.ok(!/["“”]/.test(source('notes: "Booking history lives in Snowflake, refreshed hourly."')?.detail ?? ''));
  // A quoted word inside the detail keeps both its marks.
  assert.equal(detailOf('hive id, weight, mood, "swarmy?"'), 'hive id, weight, mood, "swarmy?"');
  assert.equal(detailOf('"Data'), null);
  assert.equal(detailOf('images (labelled'), 'images (labelled');
  assert.equal(detailOf('(labelled images'), 'labelled images');
});

test('an optimiser that "picks up" numbers decides nothing', () => {
  assert.equal(readDescription('The scoring must finish in 5 minutes or the optimiser picks up stale numbers.', null).decision, null);
  assert.ok(readDescription('Then the optimiser picks the reorder quantity per store.', null).decision);
});

test('an adverb of how much is no part of a source\'s name, nor is one adverb a detail of it', () => {
  const sources = (text: string) => readDescription(text, null).sources;
  assert.ok(sources('For away games we get only the league\'s broadcast video, nothing else.').every((s) => !/^(?:the )?only\b/i.test(s.name)));
  assert.ok(sources('Today the fixes are only in Excel, sadly.').every((s) => s.detail !== 'only'));
});

test('a note with its subject dropped still names where the data comes from', () => {
  const names = (text: string) => readDescription(text, null).sources.map((s) => s.name);
  assert.ok(names('Pulled skills from Workday profiles (sparse), past titles and completions from Degreed. We match every employee weekly.').includes('Degreed'));
  assert.ok(names('Exported tickets from Zendesk (last 2 years, English only) and tagged 3k by hand. We route every new ticket.').includes('Zendesk'));
});
