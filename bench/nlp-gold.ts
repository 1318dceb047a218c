/**
 * A small hand-made gold set for `nlp.bench.ts`: 42 short sentences in the way ML engineers describe
 * their systems (written for this benchmark, not taken from the cases or the test fixtures), each with
 * the expected coarse part of speech of the 2-4 words a reader of such text most often gets wrong:
 *
 * - `verb`: verbs that look like plural nouns ("scores", "flags", "logs", "trains", "routes");
 * - `initial`: sentence-initial plural nouns, often the same words ("Logs stream into…", "Returns spike…");
 * - `product`: product names mid-sentence (Kafka, Snowflake, LayoutLM, Airflow…): PROPN;
 * - `participle`: participles used as modifiers ("flagged refunds", "labelled examples"). Universal
 *   Dependencies tags these VERB (VerbForm=Part) and many taggers ADJ; either reading gives the right
 *   noun phrase, so both count as correct (`ADJ|VERB`). Read as NOUN or PROPN they are wrong;
 * - `context`: the words around them: the objects and subjects (nouns), adjectives, a few function words.
 *
 * Coarse tags: VERB (UD VERB and AUX; compromise #Verb), NOUN, PROPN, ADJ, other (everything else).
 * A word is matched by its exact text; `nth` picks a later occurrence in the sentence (0-based).
 */

export type Coarse = 'VERB' | 'NOUN' | 'PROPN' | 'ADJ' | 'other';
export type Kind = 'verb' | 'initial' | 'product' | 'participle' | 'context';

export interface GoldTarget {
  word: string;
  /** The accepted tags: one, or both readings of a modifier participle. */
  tags: readonly Coarse[];
  kind: Kind;
  nth?: number;
}

export interface GoldSentence {
  text: string;
  targets: GoldTarget[];
}

/** `word:TAG:kind`, space-separated; `ADJ|VERB` for modifier participles; `word#1` for the second occurrence. */
function s(text: string, spec: string): GoldSentence {
  const targets = spec.split(' ').map((item) => {
    const [w, tag, kind] = item.split(':') as [string, string, Kind];
    const [word, nth] = w.split('#') as [string, string | undefined];
    return { word, tags: tag.split('|') as Coarse[], kind, ...(nth ? { nth: Number(nth) } : {}) };
  });
  for (const t of targets) if (!text.includes(t.word)) throw new Error(`gold: "${t.word}" not in "${text}"`);
  return { text, targets };
}

export const GOLD: readonly GoldSentence[] = [
  s('The ranker scores every listing before the page renders.', 'scores:VERB:verb listing:NOUN:context renders:VERB:verb'),
  s('Invoices land in an S3 bucket and a Lambda picks them up.', 'Invoices:NOUN:initial land:VERB:verb Lambda:PROPN:product picks:VERB:verb'),
  s('Our classifier flags suspicious refunds for the risk team.', 'flags:VERB:verb suspicious:ADJ:context refunds:NOUN:context'),
  s('Flagged refunds go to a review queue in Zendesk.', 'Flagged:ADJ|VERB:participle refunds:NOUN:context Zendesk:PROPN:product'),
  s('Annotators label the transcripts in Label Studio.', 'Annotators:NOUN:initial label:VERB:verb transcripts:NOUN:context Label:PROPN:product'),
  s('The trainer logs every metric to MLflow.', 'logs:VERB:verb metric:NOUN:context MLflow:PROPN:product'),
  s('Logs from the serving pods stream into Elasticsearch.', 'Logs:NOUN:initial stream:VERB:verb Elasticsearch:PROPN:product'),
  s('A nightly job trains the churn model on Databricks.', 'trains:VERB:verb churn:NOUN:context Databricks:PROPN:product'),
  s('Trains and buses report their positions every ten seconds.', 'Trains:NOUN:initial report:VERB:verb positions:NOUN:context'),
  s('Events arrive through Kafka and a Flink job aggregates them per minute.', 'Events:NOUN:initial Kafka:PROPN:product Flink:PROPN:product aggregates:VERB:verb'),
  s('Labels come from support agents who close each ticket.', 'Labels:NOUN:initial close:VERB:verb ticket:NOUN:context'),
  s('Two contractors label new images every week.', 'label:VERB:verb images:NOUN:context'),
  s('We keep labelled examples in a Snowflake table.', 'labelled:ADJ|VERB:participle Snowflake:PROPN:product table:NOUN:context'),
  s('Snowflake holds the feature tables, and Airflow schedules the exports.', 'holds:VERB:verb Airflow:PROPN:product schedules:VERB:verb exports:NOUN:context'),
  s('Schedules change often, so the forecast reruns every morning.', 'Schedules:NOUN:initial change:VERB:verb forecast:NOUN:context reruns:VERB:verb'),
  s('A fine-tuned LayoutLM reads the scanned contracts.', 'LayoutLM:PROPN:product reads:VERB:verb scanned:ADJ|VERB:participle contracts:NOUN:context'),
  s('Contracts arrive as PDFs from the legal team.', 'Contracts:NOUN:initial arrive:VERB:context legal:ADJ:context'),
  s('The service returns a score within forty milliseconds.', 'returns:VERB:verb score:NOUN:context'),
  s('Returns spike after the holidays, which skews the demand model.', 'Returns:NOUN:initial spike:VERB:verb skews:VERB:verb demand:NOUN:context'),
  s('Our pipeline pulls clicks from BigQuery and writes features to Redis.', 'pulls:VERB:verb clicks:NOUN:context BigQuery:PROPN:product Redis:PROPN:product'),
  s('Clicks and impressions feed the ranking model every hour.', 'Clicks:NOUN:initial feed:VERB:verb ranking:NOUN:context'),
  s('The detector matches new transactions against known fraud patterns.', 'matches:VERB:verb known:ADJ|VERB:participle patterns:NOUN:context'),
  s('Matches between riders and drivers happen in under a second.', 'Matches:NOUN:initial happen:VERB:context'),
  s('Each morning the job exports predictions to Salesforce.', 'exports:VERB:verb predictions:NOUN:context Salesforce:PROPN:product'),
  s('Exports from the ERP system are messy and late.', 'Exports:NOUN:initial messy:ADJ:context late:ADJ:context'),
  s('We deploy the model with SageMaker and monitor drift in Grafana.', 'SageMaker:PROPN:product monitor:VERB:verb drift:NOUN:context Grafana:PROPN:product'),
  s('Drift alerts page the on-call engineer.', 'Drift:NOUN:initial alerts:NOUN:context page:VERB:verb'),
  s('Reviewers check the routed tickets twice a day.', 'Reviewers:NOUN:initial check:VERB:verb routed:ADJ|VERB:participle tickets:NOUN:context'),
  s('The model routes tickets to the right queue.', 'routes:VERB:verb tickets:NOUN:context right:ADJ:context'),
  s('Routes with heavy traffic get a separate ETA model.', 'Routes:NOUN:initial heavy:ADJ:context get:VERB:context'),
  s('Forecasts update every night once Dagster finishes the ingestion run.', 'Forecasts:NOUN:initial update:VERB:verb once:other:context Dagster:PROPN:product'),
  s('The team forecasts demand per store with LightGBM.', 'forecasts:VERB:verb demand:NOUN:context LightGBM:PROPN:product'),
  s('Transcripts go through Whisper before the summarizer sees them.', 'Transcripts:NOUN:initial Whisper:PROPN:product before:other:context sees:VERB:context'),
  s('The summarizer tags each call with a topic and a sentiment.', 'tags:VERB:verb call:NOUN:context topic:NOUN:context'),
  s('Tags drive the routing rules in Freshdesk.', 'Tags:NOUN:initial drive:VERB:verb Freshdesk:PROPN:product'),
  s('A retrained model ships only after the evaluation passes.', 'retrained:ADJ|VERB:participle ships:VERB:verb only:other:context passes:VERB:verb'),
  s('Predictions are cached in Redis and expire after an hour.', 'Predictions:NOUN:initial cached:VERB:context Redis:PROPN:product expire:VERB:verb'),
  s('The embedding service indexes product photos in Pinecone.', 'embedding:NOUN:context indexes:VERB:verb photos:NOUN:context Pinecone:PROPN:product'),
  s('Photos uploaded by sellers are screened by a vision model.', 'Photos:NOUN:initial uploaded:ADJ|VERB:participle screened:VERB:context'),
  s('Anomalies trigger a Slack alert and open a Jira ticket.', 'Anomalies:NOUN:initial trigger:VERB:verb Slack:PROPN:product open:VERB:verb'),
  s('The scoring job writes its output to Postgres.', 'scoring:NOUN:context writes:VERB:verb output:NOUN:context Postgres:PROPN:product'),
  s('Scored leads appear in HubSpot the next morning.', 'Scored:ADJ|VERB:participle leads:NOUN:context appear:VERB:context HubSpot:PROPN:product'),
];

/**
 * Sentences per description, counted by hand for five of the cases with traps for a sentence splitter:
 * "U.S." mid-sentence and "U.S.-wide" (02), a question mark inside a quotation and "GPT-3.5" (10),
 * "$70,000." and "Llama 3.1 8B" (12), "2 a.m." mid-sentence and "1,960" (14), a domain "mobile.de"
 * ending a sentence (20). A colon or semicolon does not end a sentence.
 */
export const SENTENCE_COUNTS: Readonly<Record<string, number>> = {
  '02-walmart-store-item-forecasting.txt': 9,
  '10-swiggy-hermes-text-to-sql.txt': 8,
  '12-method-llm-finetuning.txt': 10,
  '14-netflix-server-outliers.txt': 10,
  '20-mobilede-search-ltr.txt': 7,
};
