/**
 * Data-source names for prose. The reader keeps the user's phrases ("pull card transactions",
 * "Impressions and clicks come in"); the document lists sources as items, and the linter counts
 * those items (split on commas and "and"), so each name must be one clean item. The reader also
 * counts each name's mentions (`Reading.sourceMentions`), so they live with it.
 */
import { findTools } from './tools';
import { escapeRegExp } from '../words';

const LEAD = /^(?:(?:we|they|i|you)\s+)?(?:pull(?:s|ed|ing)?|extract\w*|collect\w*|fetch\w*|scrap\w*|sync\w*|import\w*|load\w*|read\w*|grab\w*|export\w*|ingest\w*|consum\w*|receiv\w*|gets?|from|via|through|out of|off|call(?:s|ing)?|the|a|an|our|their|own|some|all|new|raw)\s+/i;
const TAIL = /\s+(?:come in|comes in|coming in|come from|comes from|arrive|arrives|land|lands|get dumped|are dumped|is dumped|drop|drops|lives? in|sits? in|is stored in|are stored in|(?:is|are|get|gets) (?:exported|synced|copied|pulled|streamed)|would|will)(?:\s+.*)?$/i;
/** Leftovers that name no source: a pronoun, a verb, "everything". */
const VAGUE = /^(?:of\s+)?(?:that|this|it|them|those|everything|all|stuff|data|ingests?|ingestion)$/i;
/** Storage words and formats: worth a line only when nothing more specific was named. */
const GENERIC = /^(?:db|database|warehouse|data warehouse|buckets?|data lake|parquet(?: files)?|csvs?(?: files)?|files|training data|raw data|(?:rest |web |http |external |third[- ]party )?apis?|endpoints?)$/i;

/** Adjectives of age, size or worth, which say nothing of what the data is ("historical data" vs "public records"). */
export const VAGUE_MODIFIERS: ReadonlySet<string> = new Set(
  `historical historic past raw fresh new recent old large big small huge more own core little clean cleaned good important
  all such other various additional existing current live real available relevant several many same different latest full
  training evaluation test validation input output sample example`.split(/\s+/),
);

/** "the core data", "our own data", "of those data": a bare data noun with only words of age, size or worth in front. */
export function namesNoData(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/).filter((w) => !/^(?:of|the|a|an|our|their|its|my|your|this|that|these|those)$/.test(w));
  return BARE_DATA.test(words.at(-1) ?? '') && words.slice(0, -1).every((w) => VAGUE_MODIFIERS.has(w));
}

/**
 * Store words that name no store in their clause. "Warehouse" alone is also a building ("when a returned item is back in the warehouse"): it is a
 * data store only with data said around it in its clause (tables, SQL, a data verb), or as "data warehouse".
 */
const DATA_AROUND = /\b(?:data|tables?|sql|schemas?|queries|query|queried|pull\w*|load\w*|export\w*|sync\w*|extract\w*|ingest\w*|stored?|dump\w*|snapshots?|features?|events?|logs?)\b/i;

export function namesNoStore(name: string, clause: string): boolean {
  return (/^(?:the\s+|our\s+)?warehouses?$/i.test(name.trim()) && !DATA_AROUND.test(clause)) || isClusterEmr(name, clause);
}

/** "EMR" is health records, or Amazon's Spark clusters when a job runs on it ("a nightly Spark job on EMR"). */
function isClusterEmr(name: string, clause: string): boolean {
  return /^emr$/i.test(name.trim()) && /\b(?:spark|hadoop|hive|clusters?|jobs?|aws|amazon)\b/i.test(clause);
}

/** Places new items turn up in: watching one ("we monitor the RSS feeds") is waiting for data to ingest, not monitoring a model. */
export const INCOMING_PLACE = String.raw`(?:feeds?|inbox(?:es)?|mailbox(?:es)?|folders?|buckets?|director(?:y|ies)|channels?|sites?|websites?|pages|sources?|uploads?)`;
export const INCOMING_PLACES = new RegExp(`^${INCOMING_PLACE}$`, 'i');
/** "We monitor podcast RSS feeds", "we watch the claims inbox": the place watched for new items is where the data comes from. */
const WATCHED = new RegExp(String.raw`\b(?:monitor|watch|poll|check|scan|subscribe to)(?:s|ed|ing)?\s+(?:the\s+|our\s+|their\s+|a\s+|an\s+)?((?:[\w'’-]+\s+){0,2}?${INCOMING_PLACE})\b`, 'gi');

/** "stages connected by a Redis and BullMQ job queue": the queue that hands work between stages, in their words. */
const JOB_QUEUE = /\b(?:an?|the|our)\s+(?:[\w.-]+\s+(?:and\s+[\w.-]+\s+)?)?(?:job|task|work)\s+queues?\b/i;

/** "where database triggers build the full-text search index": what the database keeps up itself as rows are written. */
const TRIGGERED = /\b(?:database|db|table|postgres\w*|mysql|sql)\s+triggers?\s+(?:build|update|maintain|refresh|keep|populate)s?\s+((?:the\s+|a\s+|an\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:index(?:es)?|tables?|views?|aggregates?|counts?))\b/i;

export function findTriggered(text: string): string | null {
  return TRIGGERED.exec(text)?.[1]?.replace(/^(?:a|an)\s+/i, 'the ') ?? null;
}

export function findJobQueue(text: string): string | null {
  return JOB_QUEUE.exec(text)?.[0] ?? null;
}

export function watchedPlaces(text: string): string[] {
  return [...new Set([...text.matchAll(WATCHED)].map((m) => m[1]!.replace(/\s+/g, ' ').trim()))].filter((p) => !/^(?:sources?|pages)$/i.test(p));
}

const BARE_DATA = /^(?:data|datasets?|sources?|records?|information|inputs?)$/;

/** "Hundreds of thousands of photos": a quantity is not part of what the data is called. */
const QUANTITY = /^(?:(?:[\d.,]+\+?\s*)?(?:tens|hundreds?|thousands?|millions?|billions?|dozens?|lots|tons|a lot|plenty|[\d.,]+[km]?)\s+of\s+)+/i;
/** "10-30 photos", "40k new listings", "about 5,000 labelled images": a count in front is no part of the name either. */
const COUNT = /^(?:(?:about|around|over|some|roughly|nearly)\s+)?(?!(?:19|20)\d\d\b)\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?[km]?\+?\s+(?=\S)/i;

export function withoutQuantity(name: string): string {
  // "the only TV broadcast video", "just the CSV exports": an adverb of how much says nothing of what the data is.
  const uncounted = name.replace(QUANTITY, '').replace(/^((?:the|our)\s+)?(?:only|just|also|even|mostly|mainly|usually)\s+/i, '$1');
  // "40k new listings": after a count, "new" says how many arrive, not what they are.
  return COUNT.test(uncounted) ? uncounted.replace(COUNT, '').replace(/^new\s+(?=\S)/, '') : uncounted;
}

function clean(phrase: string): string {
  let name = phrase.trim().replace(TAIL, '');
  for (let prev = ''; prev !== name; ) [prev, name] = [name, name.replace(LEAD, '')];
  name = name.replace(/\s*[,;]\s*/g, ' ').replace(/\s+(?:and|plus|\+)\s+/gi, ' & ').trim();
  // "zendesk" or "postgresql" as typed: the tool's own spelling.
  const [tool] = findTools(name);
  return tool && tool.phrase.toLowerCase() === name.toLowerCase() ? tool.name : name;
}

/** "pull card transactions" → "card transactions"; duplicates and names inside other names dropped. */
export function sourceNames(phrases: readonly string[]): string[] {
  const names = new Map<string, string>();
  for (const phrase of phrases) {
    const name = clean(phrase);
    if (name && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  }
  // "API" next to "vendor API" is the same source named twice.
  const keys = [...names.keys()];
  const kept = [...names.entries()]
    .filter(([key]) => !VAGUE.test(key) && !keys.some((other) => other !== key && new RegExp(`\\b${escapeRegExp(key)}\\b`).test(other)))
    .map(([, name]) => name);
  const specific = kept.filter((name) => !GENERIC.test(name));
  return specific.length ? specific : kept;
}

/** How often the text names a source by this name, as whole words, in any case. */
export function mentionsOf(name: string, text: string): number {
  return text.match(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'gi'))?.length ?? 0;
}

/** Each source name's mentions in the text, by lower-cased name: what `Reading.sourceMentions` holds. */
export function sourceMentions(dataSources: readonly string[], text: string): Record<string, number> {
  return Object.fromEntries(sourceNames(dataSources).map((name) => [name.toLowerCase(), mentionsOf(name, text)]));
}

/** What a source holds, without the quotation marks and brackets a quoted passage left at its edges; "Data" alone says nothing. */
export function detailOf(said: string | null): string | null {
  let detail = said?.trim() ?? '';
  // Only a mark left without its partner goes: "\"Data" loses its quote, "brood, \"roaring?\"" keeps both.
  for (const [open, close] of [['"', '"'], ['“', '”'], ['(', ')']] as const) {
    const opens = detail.split(open).length - 1;
    const closes = open === close ? 0 : detail.split(close).length - 1;
    const unpaired = open === close ? opens % 2 === 1 : opens !== closes;
    if (!unpaired) continue;
    if (detail.startsWith(open) && (open === close || opens > closes)) detail = detail.slice(1).trim();
    else if (detail.endsWith(close) && (open === close || closes > opens)) detail = detail.slice(0, -1).trim();
  }
  // "only", "mostly": one adverb says nothing of what the source holds.
  const manner = /^(?:\S+ly|only|just|also|even|still|then)$/i.test(detail);
  return /\p{L}{3}/u.test(detail) && !namesNoData(detail) && !manner ? detail : null;
}
