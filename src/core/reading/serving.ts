/**
 * The serving the team already runs, in their words (the seed: "respect existing work", its own
 * example being "a serving API"): "models are served by Python microservices in our AWS stack",
 * "we serve the ranker from a FastAPI service", "our Flask API serves the model". Said in the
 * present tense only: "will be served by", "we want to serve" are plans, not running work. Serving
 * the team means to replace ("we'd like to retire the Flask API that serves our models") is not kept.
 * A running system the team built for the model's task counts too: it is where the model is used.
 */
import { matches } from '../language/matches';
import { inYourVoice } from '../words';
import type { Reading } from './reading';
import { SERVING_TOOLS } from './tools';
import { SENTENCE_SPAN } from './segments';

const NOW = String.raw`(?:(?:currently|already|today|now|all|mostly|usually)\s+)?`;
const SERVED_THING = String.raw`(?:models?|predictions?|scores?|recommendations?|rankings?|estimates?|rankers?|classifiers?|detectors?|forecasts?|inference|it|they|them)`;
const PREPOSITION = String.raw`(?:by|from|through|via|on|in|behind|with|using)`;
/** "models are served by X", "the ranker is served from X" */
const PASSIVE = new RegExp(String.raw`\b${SERVED_THING}\s+(?:is|are|gets?)\s+${NOW}served\s+${PREPOSITION}\s+(.+)`, 'i');
/** "we serve the models from X", "we currently serve predictions with X" */
const ACTIVE = new RegExp(String.raw`\bwe\s+${NOW}serve\s+(?:(?:our|the|its|these|those|all)\s+)?(?:[\w-]+\s+){0,3}?${SERVED_THING}\s+${PREPOSITION}\s+(.+)`, 'i');
/** "our FastAPI service serves the model", "a Go microservice that serves predictions" */
const SERVER = String.raw`(?:services?|microservices?|APIs?|endpoints?|servers?|backends?|apps?|applications?)`;
const SUBJECT = new RegExp(String.raw`\b((?:our|an?|the)\s+(?:[\w-]+\s+){0,4}?${SERVER})\s+(?:that\s+|which\s+)?${NOW}serves?\s+(?:(?:our|the|its|all)\s+)?(?:[\w-]+\s+){0,2}?${SERVED_THING}\b`, 'i');
/**
 * A system the team built or runs that does the model's job in production: "we built automated
 * outlier detection and remediation", "we run a real-time fraud scoring service". Only a running
 * system: an automated, live or real-time one, or one named as a system or service; "we run
 * forecasting in a notebook" is existing work of another kind (`existing.ts`).
 */
const TASK = String.raw`(?:detection|scoring|ranking|recommendations?|moderation|classification|matching|routing|filtering|forecasting|pricing|screening)`;
const RUNNING = new RegExp(
  String.raw`\b(?:we|i)\s+(?:(?:have|'ve)\s+)?(?:already\s+)?(?:built|developed|run|operate|maintain)\s+((?:an?\s+|the\s+|our\s+)?(?:(?:automated|automatic|real-time|realtime|online|live|production|in-house)\s+(?:[\w-]+\s+){0,3}?${TASK}(?:\s+and\s+[\w-]+)?(?:\s+(?:system|service|engine|platform|workflow))?|(?:[\w-]+\s+){0,3}?${TASK}\s+(?:system|service|engine|platform|workflow)))\b`,
  'i',
);
/**
 * "We run fraud-ring detection on the payments graph: every ten minutes a job …": the task run by
 * the team at a pace no batch pipeline keeps (minutes, continuously) is a running system too. A
 * weekly or nightly run stays batch work a pipeline can take over.
 */
const RUNS_TASK = new RegExp(String.raw`\b(?:we|i)\s+(?:already\s+|currently\s+|now\s+)?run\s+((?:[\w-]+\s+){0,2}?${TASK})\b`, 'i');
const MINUTES = /\bevery\s+(?:few\s+|couple of\s+|\d+\s+|[a-z]+\s+)?(?:minutes?|seconds?)\b|\bcontinuous(?:ly)?\b|\breal[- ]?time\b|\bmini-?batch(?:es)?\b|\bstreaming\b/i;
/** "It runs inside our Django backend", "the classifier lives in the checkout service": the model is applied where it runs. */
const RUNS_INSIDE = new RegExp(
  String.raw`\b(?:it|they|the\s+(?:[\w-]+\s+){0,2}?(?:models?|classifiers?|rankers?|detectors?|scorers?|forecasters?))\s+(?:runs?|lives?|sits?|(?:is|are)\s+(?:deployed|embedded|loaded))\s+(?:inside|in|within|as part of)\s+((?:our|the|an?)\s+(?:[\w-]+\s+){0,3}?(?:backend|service|app|application|api|server|monolith|website))\b`,
  'i',
);
/**
 * "Exported to ONNX and served in-process in the Kotlin checkout service", "embedded in our booking API": the
 * team's own service runs the model, whatever the tense, so no separate serving is built for it.
 */
const IN_PROCESS = new RegExp(
  String.raw`\b(?:(?:served|scored|run|loaded|executed)\s+in[- ]process|embedded)\s+(?:inside|in|within|into)\s+((?:our|the|an?)\s+(?:[\w-]+\s+){0,3}?(?:backend|service|app|application|api|server|monolith))\b`,
  'i',
);
/** "Plain SDK calls from our existing Node API service": the team's own service calls the model, so that is where it is used. */
const CALLED_FROM = new RegExp(String.raw`\b(?:sdk|api|model|llm|http)?\s*calls?\s+(?:to\s+(?:it|the\s+(?:model|llm|api))\s+)?(?:straight\s+|directly\s+)?from\s+((?:our|the)\s+(?:existing\s+)?(?:[\w-]+\s+){0,3}?${SERVER})\b`, 'i');
const REPLACE = /\b(?:replac\w*|migrat\w*|mov(?:e|ing) (?:off|away from)|retir\w*|get rid of|rewrit\w*|phas\w* out|deprecat\w*)\b/i;
/** Where the named system ends: a clause boundary, or a word that starts what it is for. */
const END = /\s*(?:[,;:()]|\s(?:for|so|which|that|where|while|but|and then|such as|next to|alongside|because|when|to)\b)/i;
const MAX_WORDS = 9;

function systemPhrase(rest: string): string | null {
  const cut = rest.split(END)[0]!.replace(/[.!?]+$/, '').trim();
  const words = cut.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  // A pronoun or a bare article is no system: "served by it", "served from the".
  return /^(?:it|them|this|that|the|a|an|our)$/i.test(cut) ? null : cut;
}

export function findServing(text: string): string | null {
  for (const m of matches(text, SENTENCE_SPAN)) {
    const sentence = m[0];
    if (REPLACE.test(sentence)) continue;
    const often = MINUTES.test(sentence) ? RUNS_TASK.exec(sentence) : null;
    const subject = SUBJECT.exec(sentence) ?? RUNNING.exec(sentence) ?? often ?? RUNS_INSIDE.exec(sentence) ?? IN_PROCESS.exec(sentence) ?? CALLED_FROM.exec(sentence);
    const found = subject ? subject[1]!.trim() : systemPhrase((PASSIVE.exec(sentence) ?? ACTIVE.exec(sentence))?.[1] ?? '');
    // "Our Flask API" opens its sentence; in the document it sits mid-sentence.
    if (found) return found.replace(/^(?:Our|An?|The)\b/, (w) => w.toLowerCase());
  }
  return null;
}

/** The system in their words without its article, in the document's voice: "Python microservices in your AWS stack". */
export function theirSystem(servedBy: string): string {
  return inYourVoice(servedBy.replace(/^(?:an?|the|our)\s+/i, ''));
}

/** The serving the team runs, as the document names it: a serving tool they named, else their own words as theirs ("your Flask API"). */
export function servingTheyRun(reading: Pick<Reading, 'tools' | 'servedBy'>): string | null {
  return reading.tools.find((t) => SERVING_TOOLS.has(t)) ?? (reading.servedBy ? `your ${theirSystem(reading.servedBy)}` : null);
}
