/**
 * Where the data comes from, one entry per system the user names ("SharePoint", "S3", "the
 * NetSuite API"), with what they said comes out of it and how ("card transactions, landed nightly
 * from the core banking system"). What is pulled (documents, PDFs, a CSV) is the detail, not a
 * source, and where results go ("write the scores to Postgres", "normalise into one schema in
 * Snowflake") is a destination, not a source. Only when no system is named does the data itself
 * name the source ("we pull card transactions every night").
 */
import type { Cadence } from './reading';
import { DATA_OBJECT } from './lexicon';
import { findCadences } from './measures';
import { findTools, heldBy } from './tools';
import { namesNoStore, namesNoData } from './sourceNames';
import { matches } from '../language/matches';
import { isDenied } from '../language/denied';

export interface SourceMention {
  name: string;
  /** What comes out of it, how and how often, in the user's words; null when they said nothing. */
  detail: string | null;
  /** False when no system was named and the data itself stands in for the source. */
  named: boolean;
}

export interface SegmentSources {
  sources: SourceMention[];
  /** Systems the results are written to, by name. */
  destinations: string[];
}

/**
 * Storage and API nouns that name a source without a product name ("from the warehouse", "an external
 * API"). A distributive "per"/"each" cuts the phrase: "a tree per warehouse" is one model for each
 * warehouse, not a store called that.
 */
const GENERIC = new RegExp(
  String.raw`\b(?:(?:from|in|on|out of|via|through|into|to|off)\s+(?:the\s+|our\s+|an?\s+|their\s+|(?:\d+\s+)?[\w-]+(?:'s|s')\s+)?|(?:every|each|all|their|third[- ]party|external|vendor|partner|public)\s+)((?:(?!(?:an?|the|be|is|are|our|their|to|and|or|per|each|every)\b)[\w-]+\s+){0,3}?(?:apis?|crm|erp|data ?warehouse|warehouse|data lake|lakehouse|databases?|db|buckets?|sftp(?: drops?)?|file drops?|ftp(?: server)?|google drive|replica|object storage|blob storage|google sheets?|spreadsheets?|excel(?: files?| sheets?)?|csvs?(?: files?| exports?)?|parquet files|json files|(?:radiology|pathology|clinical|medical|discharge) reports|(?:health|medical|patient) records|ehr|emr|(?:process |plant )?historians?|(?:rss|atom|data|partner|vendor|supplier|news|market|price) feeds?))\b`,
  'gi',
);
/**
 * A name the apposition after it calls a store of data: "from Atlas, our time-series telemetry
 * platform", "out of Kestrel, the internal claims database". The name is case-sensitive: a product.
 */
const NAMED_BY_APPOSITION = /\b(?:from|out of|off|via)\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}),\s+(?:our|the|an?|their)\s+(?:[\w-]+\s+){0,4}?(?:platform|database|db|store|warehouse|lake|lakehouse|system|service|api|repository|archive)\b/g;

/** Sources named without a preposition, as list items are ("our CRM in Salesforce, web analytics, …"). */
const STANDALONE = /\b((?:web|product|google) analytics|google sheets?|crm|erp)\b/gi;

/** Where the data originally comes from, said alongside the system it lands in ("from the core banking system"). */
const ORIGIN = /\b(?:from|through|via)\s+((?:the|our|an?|their)\s+(?:[\w-]+\s+){0,3}(?:system|portal|app|platform|vendor|cameras?|devices?|partners?|website|site))\b/i;
const ORIGIN_ALL = new RegExp(ORIGIN.source, 'gi');

/** The words before a name that make it a place results go ("… to Postgres", "… into one schema in Snowflake"). */
const TO_PLACE = /\b(?:back\s+)?(into|to|onto|in|on)\s+(?:the\s+|our\s+|an?\s+|one\s+)?(?:[\w'-]+\s+){0,3}?$/i;
/** What only results are: predictions and scores, or data already transformed. */
const RESULTS = /\b(?:predictions?|scores?|forecasts?|results?|outputs?|recommendations?|embeddings?|vectors?|answers?|reports?|rankings?|normali[sz]\w*|transform\w*|aggregat\w*|consolidat\w*|unif(?:y|ies|ied))\b/i;
/** What a model puts on each record, moving to a place: "the tags go to the support queue in …", "flags are pushed to …". */
const MARKS = /\b(?:tags|flags|alerts|classifications|categories)\s+(?:are\s+|get\s+)?(?:go|goes|went|sent|pushed|posted|routed|written|shown|surfaced|show up)\b/i;
const CALLS_FROM = /\bcalls?\s+from\s+(?:[\w-]+\s+){0,4}$/i;
const RESULTS_LAND = /\b(?:predictions?|scores?|results?|outputs?|forecasts?|flags?|candidates)\s+(?:[\w-]+\s+){0,2}?(?:land|lands|landed|end up|ends up|appear|appears|show up|shows up)\s+(?:in|on)\b/i;
const WRITES = /\b(?:writ(?:e|es|ing|ten)|wrote|export(?:s|ed|ing)?|stor(?:e|es|ed|ing)|sav(?:e|es|ed|ing)|push(?:es|ed|ing)?|publish\w*|persist\w*|upsert\w*|insert\w*|send(?:s|ing)?|sent|put(?:s|ting)?|load(?:s|ed|ing)?)\b/i;

/** Verbs of arrival, as the detail says them. */
const ARRIVAL: readonly [RegExp, string][] = [
  [/\bland(?:s|ed|ing)?\b/gi, 'landed'],
  [/\barriv\w*/gi, 'arriving'],
  [/\bdump(?:s|ed)?\b|\bdumped\b/gi, 'dumped'],
  [/\bexport(?:s|ed)?\b/gi, 'exported'],
  [/\bsync(?:s|ed)?\b/gi, 'synced'],
  [/\bcop(?:y|ies|ied)\b/gi, 'copied'],
  [/\bstream(?:s|ed)?\b/gi, 'streamed'],
  [/\b(?:pull|ingest|fetch|collect|scrap)\w*/gi, 'pulled'],
  [/\bload(?:s|ed|ing)?\b/gi, 'loaded'],
];

const CADENCE_WORDS: Record<Cadence, string> = {
  realtime: 'in real time',
  hourly: 'hourly',
  daily: 'daily',
  weekly: 'weekly',
  monthly: 'monthly',
  'on-arrival': 'as they arrive',
  manual: 'on demand',
};

/** Words between a data phrase and the system it is in ("… land in the", "… are exported from"). */
const LINKING = new Set(
  'from in on into to onto out of off via through at the our an a their its my is are was were be been get gets got come comes coming came land lands landed arrive arrives arrived sit sits live lives stored kept dumped exported synced copied pulled streamed and or plus every each night day week hour nightly daily weekly hourly as would will should can could may might usually typically also all'.split(' '),
);
/** Words a data phrase does not cross: pronouns, verbs, prepositions that start another phrase. */
const BOUNDARY = new Set(
  'we i they you it he she who which that what there here pull pulls pulling get gets have has had want wants need needs read reads load loads ingest ingests consume consumes collect collects fetch fetches grab grabs take takes use uses keep keeps store stores sync syncs export exports import imports copy copies call calls like so basically also then on over for with by from in into to via through is are was were be been the a an our their my your its'.split(' '),
);
/** Articles, quantities and a time that owns the data ("the day's voicemails"): none of them name it. */
const LEADING_FILLER = /^(?:(?:the|a|an|our|their|all|each|every|some|about|roughly|around|bunch of|lots? of|couple of|few|and|or|plus|(?:yester)?day's|night's|week's|month's|morning's|quarter's|year's)\s+)+/i;
const DATA_WORD = new RegExp(String.raw`\b${DATA_OBJECT}\b`, 'i');
const DATA_AFTER = new RegExp(String.raw`^\s+((?:[\w-]+\s+){0,2}?${DATA_OBJECT})\b`, 'i');
const VAGUE = /^(?:everything|it all|all of (?:it|that|this|them)|data|it|them|that|this)$/i;

/** Between two systems named together ("SharePoint and an S3 bucket"). */
const JOIN = /^[\s,]*(?:and|or|plus|&)?\s*(?:the\s+|an?\s+|our\s+)?$/i;

interface Candidate {
  name: string;
  start: number;
  end: number;
}

/** The sources and destinations one segment names. `ingestion` is the segment's "we pull …" phrase, if any. */
export function findSources(text: string, ingestion: { index: number; end: number } | null): SegmentSources {
  const candidates = namedCandidates(text);
  const sources: SourceMention[] = [];
  const destinations: string[] = [];
  let previous = null as { end: number; what: string | null } | null;
  for (const c of candidates) {
    const before = text.slice(0, c.start);
    if (isDestination(before, sources.length > 0)) {
      destinations.push(c.name);
      previous = null;
      continue;
    }
    const clauseStart = lastClauseBreak(before);
    // "the planners get a daily csv of forecasts from an excel thing": where today's results come from, not data.
    // "SDK calls from our existing Node API": where the calls come from is the caller, not data.
    if (RESULTS.test(before.slice(clauseStart)) || CALLS_FROM.test(before)) continue;
    const from = Math.max(clauseStart, previous?.end ?? 0);
    // "SharePoint and an S3 bucket": the second system holds the same documents as the first.
    const joined: boolean = previous !== null && JOIN.test(text.slice(previous.end, c.start));
    const near = dataBefore(text.slice(from, c.start), text.slice(clauseStart, c.start));
    const what: string | null = dataAfter(text, c.end) ?? (near && withListBefore(text, near, c.start)) ?? listedAfter(text, c.end) ?? (joined ? previous!.what : null);
    const how = timing(text.slice(clauseStart, scopeEnd(text, c.end, candidates)), c.start - clauseStart);
    sources.push({ name: c.name, detail: detailOf(what, how, candidates.length === 1 ? originOf(text, candidates) : null), named: true });
    previous = { end: c.end, what };
  }
  if (candidates.length === 0 && ingestion) {
    // "we pull card transactions every night": with no system named, the data stands in for it.
    const words = text.slice(ingestion.index, ingestion.end).split(/\s+/);
    const what = DATA_WORD.test(words[0]!) ? null : phraseBefore(words.slice(1), false);
    if (what && DATA_WORD.test(what) && !VAGUE.test(what) && !namesNoData(what)) sources.push({ name: what, detail: detailOf(null, timing(text, text.length), originOf(text, [])), named: false });
  }
  return { sources, destinations };
}

/**
 * An archive the user located but did not fill ("deployment to the hospital PACS") holds the data
 * the description names elsewhere ("chest x-ray classification"): that is its detail.
 */
export function fillArchiveDetails(sources: { name: string; detail: string | null }[], text: string): void {
  for (const source of sources) {
    const held = heldBy(source.name, text);
    if (held && !(source.detail && DATA_WORD.test(source.detail))) source.detail = held;
  }
}

/** Product names (Snowflake, S3) and storage nouns; a noun next to a product is that product ("the warehouse (BigQuery)"). */
/** A system that is part of a job queue ("a Redis and BullMQ job queue", "a task queue backed by Redis") hands work on: it holds no data to learn from. */
const QUEUE_AFTER = /^(?:\s*(?:and|\/|\+)\s*[\w.-]+)?\s+(?:job|task|work)\s+queues?\b/i;
const QUEUE_BEFORE = /\b(?:job|task|work)\s+queues?\s+(?:backed\s+by|on|in|using|built\s+on)\s+$/i;

/** A task-queue framework paired with the store: "Celery + Redis", "Sidekiq on Redis", "RQ and Redis". */
const QUEUE_FRAMEWORK = /\b(?:celery|sidekiq|rq|bullmq|bull|resque|dramatiq|huey|kombu)\b/i;

function partOfJobQueue(text: string, c: Candidate): boolean {
  const near = text.slice(Math.max(0, c.start - 20), c.end + 20);
  return QUEUE_AFTER.test(text.slice(c.end, c.end + 40)) || QUEUE_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)) || QUEUE_FRAMEWORK.test(near);
}

function namedCandidates(text: string): Candidate[] {
  const tools: Candidate[] = findTools(text)
    .filter((t) => t.category === 'dataSources')
    .map((t) => ({ name: t.name, start: t.index, end: t.index + t.phrase.length }))
    .filter((c) => !partOfJobQueue(text, c));
  for (const m of text.matchAll(NAMED_BY_APPOSITION)) {
    const start = m.index + m[0].indexOf(m[1]!);
    if (!tools.some((t) => t.start <= start && start < t.end)) tools.push({ name: m[1]!, start, end: start + m[1]!.length });
  }
  const generic: Candidate[] = [];
  for (const m of [...matches(text, GENERIC), ...matches(text, STANDALONE)]) {
    const start = m.index + m[0].length - m[1]!.length;
    const c = { name: m[1]!.replace(/\s+/g, ' '), start, end: m.index + m[0].length };
    const alias = tools.find((t) => overlaps(t, c) || /^[\s()]*(?:(?:in|on|at|aka|called|i\.e\.)\s+)?(?:the\s+|our\s+|an?\s+)?[\s()]*$/i.test(text.slice(Math.min(t.end, c.end), Math.max(t.start, c.start))));
    if (alias) [alias.start, alias.end] = [Math.min(alias.start, c.start), Math.max(alias.end, c.end)];
    // "No hosted LLMs or external APIs": a store named only to rule it out holds none of their data.
    else if (!generic.some((g) => overlaps(g, c)) && !namesNoStore(c.name, clauseAround(text, c)) && !isDenied(text, c.start, c.end)) generic.push(c);
  }
  return [...tools, ...generic].sort((a, b) => a.start - b.start);
}

/** The clause a candidate sits in: from the last break before it to the next one after it. */
function clauseAround(text: string, c: { start: number; end: number }): string {
  const from = lastClauseBreak(text.slice(0, c.start));
  const rest = text.slice(c.end);
  const to = rest.search(/[.;:!?]|,\s*(?:and|but|so|then|while)\b/);
  return text.slice(from, to < 0 ? text.length : c.end + to);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * A place results go: "to/into X" after a source ("from Postgres into BigQuery"), after
 * results or transformed data, or after a write; "in X" only for results written there
 * ("store the scores in Postgres"), since "card transactions land in Snowflake" is a source.
 */
function isDestination(before: string, afterSource: boolean): boolean {
  const place = TO_PLACE.exec(before);
  if (!place) return false;
  const clause = before.slice(lastClauseBreak(before));
  const into = place[1]!.toLowerCase() !== 'in' && place[1]!.toLowerCase() !== 'on';
  // "pull out renewal dates, notice periods and liability caps into our contract database": a list between
  // the verb and "into" splits the clause, not the sentence; what is taken out goes into the store.
  const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
  // "New plate reads come in weekly and are loaded into our Dotmatics database": data that arrives lives there.
  if ((STORED_AS_IT_ARRIVES.test(before) || COPIED_IN.test(before)) && ARRIVES.test(sentence) && !RESULTS.test(sentence)) return false;
  if (into) return (afterSource && /\bfrom\b/i.test(before.slice(0, place.index))) || RESULTS.test(before) || MARKS.test(clause) || WRITES.test(clause) || (place[1]!.toLowerCase() === 'into' && TAKES_OUT.test(sentence));
  // "customer success wants a churn risk score per account in Salesforce": results wanted in a system go there.
  // "Batch predictions land in BigQuery": results that land somewhere are written there.
  return ((WRITES.test(clause) || DELIVERED.test(clause)) && RESULTS.test(clause)) || RESULTS_LAND.test(clause);
}

/** A passive of storing right before the name: what the clause's subject (data, not results) is kept in. */
const STORED_AS_IT_ARRIVES = /\b(?:is|are|gets?|get)\s+(?:then\s+|also\s+|automatically\s+)?(?:loaded|written|stored|saved|dumped|landed|copied|synced|kept)\s+(?:in|into|to)\s+(?:the\s+|our\s+|an?\s+|their\s+)?(?:[\w-]+\s+){0,2}?$/i;
/** "Data comes from the EPR nightly via an extract into a SQL Server warehouse": the copy's target is where the data lives. */
const COPIED_IN = /\b(?:via|through|with|by)\s+an?\s+(?:(?:nightly|daily|weekly|hourly)\s+)?(?:extract|export|sync|load|copy|dump|replication|etl(?:\s+job)?)\s+(?:in|into|to)\s+(?:the\s+|our\s+|an?\s+)?(?:[\w-]+\s+){0,2}?$/i;
/** The sentence says the data comes in from somewhere: it is incoming data, not the work's output. */
const ARRIVES = /\b(?:comes? in|came in|arriv\w*|receiv\w*|deliver(?:s|ed)?|from (?:the|our|an?|their)\b)/i;
const DELIVERED = /\b(?:wants?|needs?|expects?|asks? for|gets?|receives?|sees?)\b/i;

/** Verbs that take values out of documents or records to put them somewhere else. */
const TAKES_OUT = /\b(?:(?:pull|take|read)(?:s|ed|ing)? out|extract(?:s|ed|ing)?|captur(?:e|es|ed|ing)|key(?:s|ed|ing)? in|enter(?:s|ed|ing)?)\b/i;

function lastClauseBreak(before: string): number {
  return Math.max(...[',', ';', '(', ')', ':', '—', ' - '].map((c) => before.lastIndexOf(c))) + 1;
}

/**
 * What is said about a source runs on past its clause while the sentence keeps talking about the
 * same data ("…in an S3 bucket, new ones land every day"), up to a new subject ("…, we score") or
 * the next system.
 */
function scopeEnd(text: string, from: number, candidates: readonly Candidate[]): number {
  let next = text.length;
  let joinedEnd = from;
  for (const c of candidates.filter((c) => c.start >= from)) {
    if (!JOIN.test(text.slice(joinedEnd, c.start))) {
      next = c.start;
      break;
    }
    joinedEnd = c.end;
  }
  let end = from;
  for (;;) {
    const comma = text.slice(end, next).search(/[,;(:—]/);
    if (comma < 0) return next;
    end += comma;
    if (/^[,;(:—]\s*(?:(?:and|then|so)\s+)?(?:we|i|they|you|it|he|she|there|the \w+ team)\b/i.test(text.slice(end))) return end;
    end += 1;
  }
}

/** "Snowflake subscription tables": the data named right after the system. */
function dataAfter(text: string, end: number): string | null {
  const m = DATA_AFTER.exec(text.slice(end));
  return m ? tidy(m[1]!) : null;
}

/** "every ad network API (Google Ads, Meta, TikTok, ...)": what the system stands for, listed after it. */
function listedAfter(text: string, end: number): string | null {
  const m = /^\s*\(([^()]{1,80})\)/.exec(text.slice(end));
  return m ? m[1]!.replace(/[,\s]*(?:\.\.\.|…|etc\.?)\s*$/, '').trim() || null : null;
}

/** The data phrase just before the system ("card transactions land in"), else the last one in its clause. */
function dataBefore(prefix: string, clause: string): string | null {
  // "claims come in through our claims portal and land in …": the portal is where they come from, not the data.
  const words = (text: string) => text.replace(ORIGIN_ALL, ' ; ').split(/\s+/).filter(Boolean);
  const near = phraseBefore(words(prefix));
  if (near && DATA_WORD.test(near)) return near;
  const inClause = words(clause);
  for (let i = inClause.length - 1; i >= 0; i--) {
    if (DATA_WORD.test(inClause[i]!)) return phraseBefore(inClause.slice(0, i + 1));
  }
  // "a model weekly on SageMaker from our data lake in S3": a platform before the source is where the work runs, not what comes out.
  // A phrase ending on a preposition or a particle ("runs it against", "is back in") is how the system is used, not what comes out of it.
  return near && findTools(near).length === 0 && !/\b(?:against|versus|vs|with|on|at|in|into|onto|to|via|through|over|back|again|there|here|out|up|down|away)$/i.test(near) ? near : null;
}

const DATA_LIST = new RegExp(String.raw`((?:\b${DATA_OBJECT},\s+)+)$`, 'i');

/** "invoices, contracts, receipts from S3": the whole list, where the clause cut kept only its last item. */
function withListBefore(text: string, what: string, before: number): string {
  const at = text.toLowerCase().lastIndexOf(what.toLowerCase(), before);
  const list = at > 0 ? DATA_LIST.exec(text.slice(0, at)) : null;
  if (!list) return what;
  const joined = `${list[1]}${what}`;
  return /^[A-Z][a-z]/.test(joined) ? joined.charAt(0).toLowerCase() + joined.slice(1) : joined;
}

/** Walks back over linking words, then takes the noun phrase up to a boundary word (at most six words). */
function phraseBefore(words: readonly string[], skipLinking = true): string | null {
  let i = words.length - 1;
  while (skipLinking && i >= 0 && LINKING.has(bare(words[i]!))) i--;
  const kept: string[] = [];
  for (; i >= 0 && kept.length < 6; i--) {
    const w = words[i]!;
    if (BOUNDARY.has(bare(w)) || /[.!?;:]$/.test(w)) break;
    kept.unshift(w);
  }
  return tidy(kept.join(' '));
}

function bare(word: string): string {
  return word.toLowerCase().replace(/^[^\w~]+|[^\w']+$/g, '');
}

function tidy(phrase: string): string | null {
  const t = phrase.replace(/[,;:()]+/g, ' ').replace(/\s+/g, ' ').trim().replace(LEADING_FILLER, '').trim();
  if (!t || !/[a-z]/i.test(t)) return null;
  // A capital only because the sentence starts there ("Card transactions"), not an acronym ("PDFs").
  return /^[A-Z][a-z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

/** "landed nightly", "exported weekly", "pulled": how the data gets there (the verb nearest before `at`), when said. */
function timing(scope: string, at: number): string {
  const verbs = ARRIVAL.flatMap(([re, word]) => [...matches(scope, re)].map((m) => ({ index: m.index, word })));
  const before = verbs.filter((v) => v.index < at).sort((a, b) => b.index - a.index);
  const verb = (before[0] ?? verbs.sort((a, b) => a.index - b.index)[0])?.word;
  // A cadence with no verb of arrival is the schedule of other work in the clause ("we train weekly … from S3").
  const cadence = verb ? findCadences(scope)[0] : undefined;
  const when = cadence ? (cadence.value === 'daily' && /night/i.test(cadence.phrase) ? 'nightly' : CADENCE_WORDS[cadence.value]) : '';
  return [verb, when].filter(Boolean).join(' ');
}

function originOf(text: string, candidates: readonly Candidate[]): string | null {
  const m = ORIGIN.exec(text);
  if (!m || candidates.some((c) => overlaps(c, { start: m.index, end: m.index + m[0].length }))) return null;
  return `from ${m[1]!.replace(/\s+/g, ' ')}`;
}

function detailOf(what: string | null, how: string, origin: string | null): string | null {
  // "nightly dumps", not "nightly dumps, dumped nightly"; "contracts arrive as PDFs", not "…, arriving".
  const stem = (w: string) => w.replace(/(?:ing|ed|es|e|s)$/, '');
  const said = new Set((what ?? '').toLowerCase().split(/\s+/).map(stem));
  const fresh = how.split(' ').filter((w) => !said.has(stem(w))).join(' ');
  const tail = [fresh, origin].filter(Boolean).join(' ');
  if (what && !VAGUE.test(what)) return tail ? `${what}, ${tail}` : what;
  return tail || null;
}
