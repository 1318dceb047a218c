/**
 * The numbers and schedules in a description: cadences ("nightly", "every 15 minutes",
 * "when new files land") and latency budgets ("under 50 ms", "<100ms p99", "within 2
 * seconds", "sub-10ms"). Each finding keeps its position so it can be tied to the
 * component it sits next to.
 */
import { sentenceAt } from '../language/sentence';
import type { Cadence } from './reading';
import { matches } from '../language/matches';

export interface Found<T> {
  value: T;
  index: number;
  phrase: string;
}

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const SMALL = '(?:\\d{1,2}|few|couple of|two|three|four|five|six|ten|twelve|fifteen|twenty|thirty)';

/** "Several times a week": more often than the unit, so one cadence finer ("twice a day" is sub-daily). */
const TIMES = '(?:twice|thrice|(?:several|a few|few|multiple|many|\\d{1,2}|two|three|four|five|six) times)\\s+(?:a|an|per|each|every)';

/** Cadence phrases, most specific first. "Every 15 minutes" counts as hourly: a sub-daily schedule. */
const CADENCES: readonly { cadence: Cadence; pattern: RegExp }[] = [
  // Arrival of anything new, whatever it is called: "as new labelled inspections arrive", "for each new claim".
  { cadence: 'on-arrival', pattern: /\b(?:on arrival|event[- ]driven|when(?:ever)? (?:a |an )?(?:new )?(?:[\w-]+ ){0,2}?(?:data|[\w-]+) (?:land|lands|arrive|arrives|comes? in|drops?|shows? up|(?:is|are|gets?) (?:uploaded|added|dropped|published|completed|finished|filed|submitted|opened|created|closed))|as (?:soon as )?new (?:[\w-]+ ){0,2}?(?:data|[\w-]+s) (?:arrives?|lands?|comes? in|(?:is|are|gets?) (?:uploaded|added|published|filed|submitted))|(?:for|in|from|over|on) (?:each|every) new (?:[\w-]+ )?[\w-]+|triggered by (?:new|the arrival))\b/gi },
  { cadence: 'realtime', pattern: /\b(?:real[- ]?time|as (?:they|it|events?) (?:arrive|arrives|come in|comes in|happen|happens)|continuous(?:ly)?|streaming|(?<!go |goes |went |going )live\b(?! in))/gi },
  { cadence: 'hourly', pattern: new RegExp(`\\b(?:hourly|every hour|each hour|once an hour|every ${SMALL} (?:min(?:ute)?s?|hours?)|${TIMES} (?:hour|day))\\b`, 'gi') },
  { cadence: 'daily', pattern: new RegExp(String.raw`\b(?:daily|nightly|every (?:day|night|morning|evening|weekday)|each (?:day|night|morning|evening|weekday)|once a day|overnight|end of (?:the )?day|(?:by )?the next morning|at (?:midnight|\d{1,2}(?::\d\d)?\s*(?:am|pm))|(?:(?<=\b(?:runs?|starts?|kicks? off|fires?|scheduled|cron(?: job)?s?)\s)at|by) \d{1,2}:\d\d\b|${TIMES} week)\b`, 'gi') },
  { cadence: 'weekly', pattern: new RegExp(`\\b(?:weekly|bi-?weekly|every (?:week|${DAY}|weekend|other week|two weeks|2 weeks)|each (?:week|${DAY}|weekend)|once a week|on ${DAY}s|${TIMES} month)\\b`, 'gi') },
  { cadence: 'monthly', pattern: /\b(?:monthly|quarterly|every (?:month|quarter)|each month|once a month)\b/gi },
  { cadence: 'manual', pattern: /\b(?:manual(?:ly)?|on[- ]demand|ad[- ]hoc|by hand|when(?:ever)? (?:i|we|someone|somebody) (?:click|press|run it|kicks? it off|asks?))\b/gi },
];

/** What arrives, singular, from an arrival phrase: "as new labelled inspections arrive" → "labelled inspection"; null when it is only "data". */
export function arrivalNoun(phrase: string): string | null {
  const m = /\bnew ((?:[\w-]+ ){0,2}?[\w-]+?)(?: (?:land|lands|arrive|arrives|comes? in|drops?|shows? up|(?:is|are|gets?) \w+))?$/i.exec(phrase.trim());
  const noun = m?.[1];
  if (!noun || /\bdata$/i.test(noun)) return null;
  return noun.replace(/ies$/i, 'y').replace(/(?<!s)s$/i, '');
}

/** A clause that makes a unit of work: "create a transcription job", "queue a task", "a ticket is opened", "kick off a run". */
const WORK_ITEM = String.raw`(?:jobs?|tasks?|runs?|tickets?|requests?|work items?)`;
const MAKES = String.raw`(?:creat|open|queu|enqueu|start|launch|spawn|submitt?|kick(?:s|ed|ing)? off|fir(?:e|es|ed|ing)\b|trigger)\w*`;
const STARTS_WORK = new RegExp(String.raw`\b${MAKES}\s+(?:(?:a|an|one|the)\s+)?(?:[\w-]+\s+){0,2}?${WORK_ITEM}\b|\b${WORK_ITEM}\s+(?:(?:is|are|gets?|get|being)\s+)?${MAKES}`, 'i');

/**
 * The arrival that starts the batch work, from a clause that makes a job for each new item ("we
 * create a transcription job for every new episode"; "whenever a new recording lands, a job is
 * queued for it"): it times the work told around it even when the clause names none of its own.
 */
export function findArrival(text: string): string | null {
  for (const clause of text.split(/[.;!?\n]+/)) {
    if (!STARTS_WORK.test(clause)) continue;
    const arrival = findCadences(clause).filter((c) => c.value === 'on-arrival');
    if (arrival.length === 1) return arrival[0]!.phrase;
  }
  return null;
}

const PERIOD: Record<string, Cadence> = { hour: 'hourly', day: 'daily', night: 'daily', week: 'weekly', month: 'monthly', hourly: 'hourly', daily: 'daily', nightly: 'daily', weekly: 'weekly', monthly: 'monthly' };
const SOME = String.raw`(?:some|a few|certain|selected|a handful of|the (?:most )?(?:important|urgent|critical|fast-moving|high-priority))\s+[\w-]+(?:\s+[\w-]+)?`;
/** "Every week, and for some cases every day"; "weekly, and daily for a few markets". */
const NARROWER = [
  new RegExp(String.raw`\b(?:every|each)\s+(hour|day|night|week|month|${DAY})\b,?\s*(?:and|but|or)\s+(?:for|in)\s+(${SOME})\s*,?\s*(?:every|each)\s+(hour|day|night|week|month)\b`, 'i'),
  new RegExp(String.raw`\b(hourly|daily|nightly|weekly|monthly)\b,?\s*(?:and|but|or)\s+(?:for|in)\s+(${SOME})\s*,?\s*(hourly|daily|nightly|weekly|monthly)\b`, 'i'),
  new RegExp(String.raw`\b(hourly|daily|nightly|weekly|monthly)\b,?\s*(?:and|but|or)\s+(hourly|daily|nightly|weekly|monthly)\s+(?:for|in)\s+(${SOME})`, 'i'),
];
/** Cadences from the most to the least frequent. */
export const CADENCE_RANK: Record<Cadence, number> = { realtime: 0, 'on-arrival': 0, hourly: 1, daily: 2, weekly: 3, monthly: 4, manual: 5 };

/**
 * A more frequent cadence the team keeps for part of the work ("every week, and for some cases
 * every day"): the first version runs on the main one, and the part says which items run more often.
 */
export function findNarrowerCadence(text: string): { cadence: Cadence; main: Cadence; forWhat: string } | null {
  for (const [i, re] of NARROWER.entries()) {
    const m = re.exec(text);
    if (!m) continue;
    const [main, forWhat, narrow] = i === 2 ? [m[1]!, m[3]!, m[2]!] : [m[1]!, m[2]!, m[3]!];
    // A weekday ("each Monday") comes round weekly.
    const [a, b] = [PERIOD[main.toLowerCase()] ?? 'weekly', PERIOD[narrow.toLowerCase()]!];
    if (CADENCE_RANK[b] < CADENCE_RANK[a]) return { cadence: b, main: a, forWhat: forWhat.toLowerCase() };
  }
  return null;
}

/** A verb of forecasting right before a cadence adjective makes it the forecast's resolution. */
const RESOLUTION_AFTER = /^\s+(?:granularity|resolution|grain|level|buckets?|breakdowns?|(?!(?:runs?|jobs?|batch(?:es)?|reports?|updates?|exports?|loads?|checks?|reviews?|builds?|refresh(?:es)?|retrains?|syncs?|[a-z-]+ing)\b)[a-z-]+\s+(?:by|per)\s+[a-z])/i;
const RESOLUTION_OF = /\b(?:forecast|predict|estimat|project)(?:s|ed|ing|e|es)?\s+(?:the\s+|our\s+)?$/i;

/** Every cadence phrase in a segment, in text order; overlapping phrases keep the first table entry. */
export function findCadences(text: string): Found<Cadence>[] {
  const found: Found<Cadence>[] = [];
  for (const { cadence, pattern } of CADENCES) {
    for (const m of matches(text, pattern)) {
      const end = m.index + m[0].length;
      if (found.some((f) => m.index < f.index + f.phrase.length && f.index < end)) continue;
      // "Forecast hourly load", "predict daily sales": the adjective is what the forecast is of, not how often it runs.
      if (/ly$/i.test(m[0]) && RESOLUTION_OF.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "Daily granularity", "hourly arrivals by specialty": how finely the numbers are cut, not how often work runs.
      if (/ly$/i.test(m[0]) && RESOLUTION_AFTER.test(text.slice(end, end + 40))) continue;
      found.push({ value: cadence, index: m.index, phrase: m[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

// Latency: a figure in milliseconds is a budget wherever it appears; a figure in seconds only
// with a bound word ("within 2 seconds"), since "takes 3 seconds" is usually not a budget.
const MS = /\b(\d{1,6}(?:\.\d+)?)\s*(?:(?:-|–|to)\s*(\d{1,6})\s*)?(?:ms|msec|millis|milli-?seconds?)\b/gi;
// What people will put up with is a bound too: "they'd tolerate 2 sec", "users will wait up to 3 seconds".
const SECONDS = /(?:\b(?:under|below|less than|within|at most|max(?:imum)?(?: of)?|sub-?|in under|in (?:about|around|roughly)|in\s*~|latency(?: (?:of|budget of|under|below)|\s*[~≈])|p\d\d(?: of| under| below)?|budget of|(?:tolerate|accept|live with|put up with|wait(?: for)?|(?:be |are |is )?(?:fine|ok|okay|happy) with)\s+(?:up to |about |around |roughly |maybe )?)\s*|(?:<=|[<≤])\s*)(\d{1,4}(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)\s*(?:s|secs?|seconds?)\b/gi;
/** Seconds with the percentile after them: "1.5s p95 end to end", "2 seconds at p99". A percentile is only ever said of a budget. */
const SECONDS_PERCENTILE = /\b(\d{1,4}(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s+(?:at\s+(?:the\s+)?)?p\d\d\b/gi;
/** Numbers written as words in a budget: "within ten seconds". */
const WORD_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fifteen: 15, twenty: 20, thirty: 30 };
const SUB_SECOND = /\b(?:sub-?second|under (?:a|one) second|less than (?:a|one) second|within (?:a|one) second)\b/gi;
/** A budget in words: "a few milliseconds", "single-digit ms" (read as 5 ms, the middle of the range). */
const FEW_MS = /\b(?:a (?:few|couple of|handful of)|few|several|single[- ]digit|low single[- ]digit)\s+(?:ms|millis|milli-?seconds?)\b/gi;
/** Seconds in words, with a bound: "within a few seconds of opening it" (read as 5 s, the same middle of the range). */
const FEW_SECONDS = /\b(?:within|under|in under|in|inside)\s+(?:a (?:few|couple of|handful of)|few|several)\s+seconds?\b/gi;
/** Microseconds, in figures or words: always far under a millisecond. */
const MICROSECONDS = /\b(?:(\d{1,6}(?:\.\d+)?)\s*(?:µs|μs|us|micro-?seconds?)|(?:a few |tens of |hundreds of )?micro-?seconds)\b/gi;

/** Every latency budget in a segment, in milliseconds. */
export function findLatencies(said: string): Found<number>[] {
  // "within **5 seconds**": emphasis marks are no words between a bound and its figure (blanked, so offsets stay put).
  const text = said.replace(/\*\*|__/g, '  ');
  const found: Found<number>[] = [];
  for (const m of matches(text, MS)) {
    const ms = Number(m[2] ?? m[1]);
    if (ms > 0) found.push({ value: ms, index: m.index, phrase: m[0] });
  }
  for (const m of matches(text, SECONDS)) {
    const ms = (WORD_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1])) * 1000;
    if (ms > 0) found.push({ value: ms, index: m.index, phrase: m[0] });
  }
  for (const m of matches(text, SECONDS_PERCENTILE)) if (!found.some((f) => f.index <= m.index && m.index < f.index + f.phrase.length)) found.push({ value: Number(m[1]) * 1000, index: m.index, phrase: m[0] });
  for (const m of matches(text, SUB_SECOND)) found.push({ value: 1000, index: m.index, phrase: m[0] });
  for (const m of matches(text, FEW_MS)) found.push({ value: 5, index: m.index, phrase: m[0] });
  for (const m of matches(text, FEW_SECONDS)) found.push({ value: 5000, index: m.index, phrase: m[0] });
  for (const m of matches(text, MICROSECONDS)) found.push({ value: m[1] ? Math.max(Number(m[1]) / 1000, 0.001) : 0.5, index: m.index, phrase: m[0] });
  return found
    .filter((f) => !DENIED_BUDGET.test(text.slice(Math.max(0, f.index - 40), f.index)))
    .filter((f) => !(RATE_AFTER.test(text.slice(f.index + f.phrase.length, f.index + f.phrase.length + 20)) && !BOUND_BEFORE.test(text.slice(Math.max(0, f.index - 24), f.index + f.phrase.length))))
    .sort((a, b) => a.index - b.index);
}

/** "~90 s/slide/GPU", "300 ms per document": a duration per unit of work measures throughput; with no bound word it is no budget. */
const RATE_AFTER = /^\s*(?:\/\s*[a-z]|per\s+(?!request|call|query|response)[a-z])/i;
/** Whether a time is said as a bound ("within 5 seconds", "under 200 ms", "p99 budget 40 ms"), not as how long something takes. */
export function saidAsBound(text: string, found: Found<number>): boolean {
  return BOUND_BEFORE.test(text.slice(Math.max(0, found.index - 24), found.index + found.phrase.length));
}
const BOUND_BEFORE = /\b(?:under|below|less than|within|at most|max(?:imum)?|sub|budget|p\d\d|tolerate|must|need(?:s)? to|should)\b|[<≤]/i;

/**
 * A budget the text rules out: "it's not sub-100ms territory", "doesn't need to be under 50 ms".
 * "No more than 200 ms" and "must not exceed 1 s" state one.
 */
const DENIED_BUDGET = /(?:\bnot|n['’]t|\bno need for|\bnever)\s+(?:(?:need|needs|needed|required|have|has|to|be|a|an|really|in|at)\s+)*(?:sub-?|under\s+|below\s+|within\s+|less\s+than\s+)?$/i;

const SPAN = String.raw`(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|eight|ten|twelve|twenty-four|forty-eight)[- ](?:minutes?|hours?|days?|weeks?)`;
/** "a 12-hour window to do all the forecasting", "3 days to run the training". */
const WINDOW_FIRST = new RegExp(String.raw`\b(?:an?\s+)?(${SPAN}(?:\s+window)?)\s+(?:window\s+)?(?:to|for)\s+(?:(?:do|run|finish|complete|get through)\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+|our\s+)?([\w-]+(?:\s+[\w-]+)?)`, 'gi');
/** "scoring must finish within 6 hours", "training has to complete in two days". */
const WORK_FIRST = new RegExp(String.raw`\b([\w-]+)\s+(?:must|has to|have to|needs? to|should)\s+(?:finish|complete|run|be done|be finished)\s+(?:with)?in\s+(?:an?\s+|the\s+)?(${SPAN}(?:\s+window)?)`, 'gi');
const WORK_KINDS: readonly [RegExp, 'data' | 'training' | 'inference'][] = [
  [/^(?:(?:re)?train\w*|fine-tun\w*|fitting)$/i, 'training'],
  [/^(?:forecast\w*|scor\w*|predict\w*|inference|batch(?:es)?|rank\w*)$/i, 'inference'],
  [/^(?:ingest\w*|load\w*|prepar\w*|clean\w*|feature\w*|etl|backfill\w*)$/i, 'data'],
];

/**
 * The time each kind of work must finish in, when the text gives one: a batch deadline, not a
 * per-request budget. The work is the noun the window is for; one the table does not know is left out.
 */
export function findWindows(text: string): { work: 'data' | 'training' | 'inference'; within: string }[] {
  const out: { work: 'data' | 'training' | 'inference'; within: string }[] = [];
  const add = (word: string, span: string) => {
    // "the nightly batch": the work noun may follow one word that describes it.
    const work = word.split(/\s+/).map((w) => WORK_KINDS.find(([re]) => re.test(w))?.[1]).find(Boolean);
    if (work && !out.some((w) => w.work === work)) out.push({ work, within: /window$/i.test(span) ? `${/^(?:8|11|18|80|eight|eleven)\b/i.test(span) ? 'an' : 'a'} ${span}` : span });
  };
  for (const m of matches(text, WINDOW_FIRST)) add(m[2]!, m[1]!);
  for (const m of matches(text, WORK_FIRST)) add(m[1]!, m[2]!);
  return out;
}

/**
 * The largest volume of records the text states ("more than 1 million products", "hundreds of
 * thousands of photo uploads per day"), in its words: what the workers must have room for. Time,
 * money, people and the system's own parts are no volume of records.
 */
export function findVolume(text: string): string | null {
  let best: { worked: boolean; size: number; words: string } | null = null;
  for (const m of text.matchAll(VOLUME)) {
    const head = m[3]!.trim().split(/\s+/).at(-1)!.toLowerCase();
    const size = magnitude(m[2]!);
    if (NOT_RECORDS.test(head) || size === null || size < MIN_VOLUME) continue;
    // "$15k incurred or goes to litigation": an amount of money, and words run across a conjunction, are no count of records.
    if (/[$€£¥]\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index)) || /\b(?:or|and|but|to)\b/i.test(m[3]!)) continue;
    // A volume the team's own work handles ("we steer discounts for 1 million products") outranks context ("a retailer with 50 million customers").
    const worked = WE_DO.test(sentenceAt(text, m.index).text);
    if (!best || (worked && !best.worked) || (worked === best.worked && size > best.size)) best = { worked, size, words: m[0].replace(/\s+/g, ' ').trim() };
  }
  return best?.words ?? null;
}

const WE_DO = /\b(?:we(?:['’](?:d|ll|re))?|our (?:[a-z-]+ )?(?:pipelines?|systems?|jobs?|models?|workflows?))\s+(?:[a-z]+ly\s+)?(?!(?:are|were|have|had|the|a|an|on|in|at|part|one)\b)[a-z]+/i;


/** Below this, a count is a detail of the work, not a volume to size machines for. */
const MIN_VOLUME = 10_000;

const VOLUME = /\b((?:more than|over|about|around|roughly|nearly|almost|some|up to)\s+)?(\d[\d,.]*\+?\s*(?:k|m|bn|million|billion|thousand)?|(?:a|one)\s+(?:million|billion)|(?:hundreds|tens) of (?:thousands|millions)|thousands|millions|billions)\s+(?:of\s+)?((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*s)\b(?:\s+(?:a|per|every|each)\s+(?:day|week|month|hour|night|year))?/gi;

const NOT_RECORDS = /^(?:percent|ms|milliseconds|seconds|minutes|hours|days|weeks|months|years|dollars|euros|pounds|languages|times|engineers|scientists|people|members|employees|steps|pipelines|lines|features|columns|models|versions|parameters|dimensions|clusters)$/;

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

/** "1 million" → 1e6, "hundreds of thousands" → 1e5, "millions" → 1e6; null when it is no number. */
function magnitude(amount: string): number | null {
  const a = amount.toLowerCase().replace(/\s+/g, ' ').trim();
  const plural: Record<string, number> = { thousands: 1e3, millions: 1e6, billions: 1e9, 'tens of thousands': 1e4, 'hundreds of thousands': 1e5, 'tens of millions': 1e7, 'hundreds of millions': 1e8 };
  if (a in plural) return plural[a]!;
  const word = /^(?:a|one) (million|billion)$/.exec(a);
  if (word) return SCALE[word[1]!]!;
  const n = /^(\d[\d,.]*)\+?\s*(k|m|bn|million|billion|thousand)?$/.exec(a);
  if (!n) return null;
  const value = Number(n[1]!.replace(/,/g, ''));
  return Number.isFinite(value) ? value * (n[2] ? SCALE[n[2]]! : 1) : null;
}

/** Quality measures by the names people write them in, each with the name the document uses. */
const METRICS: readonly [RegExp, string][] = [
  [/\brecall\b/i, 'recall'],
  [/\bprecision\b/i, 'precision'],
  [/\bf1(?:[- ]score)?\b/i, 'F1'],
  [/\b(?:roc[- ])?auc\b|\barea under the (?:roc )?curve\b/i, 'AUC'],
  [/\baccuracy\b/i, 'accuracy'],
  [/\bmape\b|\bmean absolute percentage error\b/i, 'MAPE'],
  [/\bwape\b/i, 'WAPE'],
  [/\bmae\b|\bmean absolute error\b/i, 'MAE'],
  [/\brmse\b|\broot mean squared? error\b/i, 'RMSE'],
  [/\bndcg\b/i, 'NDCG'],
  [/\bmrr\b|\bmean reciprocal rank\b/i, 'MRR'],
  [/\blog[- ]?loss\b/i, 'log loss'],
  [/\bword error rate\b|\bwer\b/i, 'word error rate'],
  [/\bmedian (?:absolute )?error\b/i, 'median error'],
  // Rates of wrong calls, named by what goes wrong: "false-alarm rate", "false positive rate", "miss rate".
  [/\bfalse[- ]alarm rates?\b/i, 'false-alarm rate'],
  [/\bfalse[- ]positive rates?\b|\bfpr\b/i, 'false positive rate'],
  [/\bfalse[- ]negative rates?\b|\bmiss rates?\b/i, 'false negative rate'],
];

/** The quality measures a text names, in the order of the table. */
export function findMetrics(text: string): string[] {
  return METRICS.filter(([re]) => re.test(text)).map(([, name]) => name);
}

export const METRIC_WORD = String.raw`(?:recall|precision|accuracy|f1(?:[- ]score)?|(?:roc[- ])?auc|mape|wape|mae|rmse|ndcg(?:@\d+)?|mrr|error rate|word error rate|median error)`;
const FIGURE = String.raw`(?:\d+(?:\.\d+)?\s?%|0?\.\d+|\d+(?:\.\d+)?)`;
const ABOUT = String.raw`(?:about|around|roughly|nearly|~)`;
/** "93% precision"; "a recall of 0.96"; "the error rate on invoices is about 11%", "MAPE at 8.5%". */
/** "Top-1 accuracy", "top-5 recall": the measure keeps its cut-off, and the cut-off is no figure of its own. */
const FIGURE_FIRST = new RegExp(String.raw`(?<![\w.-])(${FIGURE})\s+(?:(?:average|mean|macro|micro|weighted|overall)\s+)?((?:top[- ]?\d+\s+)?${METRIC_WORD})\b`, 'gi');
/** "Prototype AUC 0.81", "Macro F1 0.71 on a hand-checked set": the measure, then its figure with no verb between. */
const METRIC_THEN_FIGURE = new RegExp(String.raw`\b(${METRIC_WORD})\s+(0?\.\d+|\d+(?:\.\d+)?\s?%)(?![\w.])`, 'gi');
const METRIC_FIRST = new RegExp(String.raw`\b(${METRIC_WORD})(?:\s+(?:on|for|in|over|across)\s+(?:[\w-]+\s+){0,4}?)?\s*(?:of|at|is|was|=|:)\s+(?:(${ABOUT})\s*)?(${FIGURE})`, 'gi');
/** A figure wished for or required is a target, not what the model measured. */
const TARGET = /\b(?:want|need|needs|target|goal|should|must|aim|require[sd]?|at least|would like|'d like|hope)\b/i;

/** Just before a figure: what follows is the figure of what the model is compared with. */
const COMPARED_WITH = /\b(?:vs\.?|versus|compared (?:to|with)|against)\s+(?:about\s+|around\s+|roughly\s+|~\s*)?$/i;
/** Who a compared figure belongs to: "… for the vendor rule", "… for the current heuristics". */
const FOR_WHOM = /\b(?:for|of|from)\s+(?:the|our|their|today's)\s+((?:[\w'-]+\s+){0,2}(?:rules?|heuristics?|baseline|system|model|thresholds?|vendor|process|approach))\b/i;

/** People's judgement, measured: "designer guesses", "the planners' forecasts", "manual estimates". */
const PEOPLES_JUDGEMENT = /\b((?:[a-z-]+\s+)?guess(?:es|work)|manual (?:estimates|forecasts|calls|coding|triage)|(?:planners?|analysts?|experts?|designers?|buyers?|underwriters?|clinicians?|doctors?|agents?|reviewers?|dispatchers?|engineers?)(?:'s|s'|’s|s’)?\s+(?:guesses|estimates|forecasts|calls|judg(?:e)?ments?|picks))\b/i;

/**
 * What the team measured its model at today, as figure and measure ("93% precision and 87%
 * recall", "0.96 recall", "about 11% error rate"): the figure a new version is compared with. The
 * first sentence that states one and is no target.
 */
export function findMeasured(text: string): { said: string; onBaseline: boolean; people: string | null } | null {
  for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z])|\n+/)) {
    if (TARGET.test(sentence)) continue;
    const found = [
      ...[...sentence.matchAll(FIGURE_FIRST)].map((m) => ({ at: m.index, said: `${m[1]} ${m[2]!.toLowerCase()}` })),
      ...[...sentence.matchAll(METRIC_FIRST)].map((m) => ({ at: m.index, said: `${m[2] ? `${m[2]}${m[2] === '~' ? '' : ' '}` : ''}${m[3]} ${m[1]!.toLowerCase()}` })),
      ...[...sentence.matchAll(METRIC_THEN_FIGURE)].map((m) => ({ at: m.index, said: `${m[2]} ${m[1]!.toLowerCase()}` })),
    ].sort((a, b) => a.at - b.at);
    // "A baseline router built in 2022 achieves 58% accuracy": the figure is the baseline's, not a model's.
    // "… vs ~0.12 precision for the vendor rule": a figure after "vs" is what the model is compared with.
    const compared = found.filter((f) => COMPARED_WITH.test(sentence.slice(Math.max(0, f.at - 14), f.at)));
    if (compared.length && compared.length < found.length) found.splice(0, found.length, ...compared);
    // "Designer guesses: MAE on win rate was ~11 points": people's judgement today is the bar to clear too.
    const people = (PEOPLES_JUDGEMENT.exec(sentence)?.[1] ?? (compared.length ? FOR_WHOM.exec(sentence)?.[1] : undefined))?.toLowerCase() ?? null;
    if (found.length) return { said: joinAll(found.map((f) => f.said.replace(/\b(mape|wape|mae|rmse|ndcg|mrr|auc|f1)\b/gi, (w) => w.toUpperCase()))), onBaseline: /\bbaseline\b/i.test(sentence) || people !== null || compared.length > 0, people: people && `the ${people}` };
  }
  return null;
}

function joinAll(items: readonly string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
