/**
 * What the system itself outputs, when that output is a time or money: a parcel's arrival time, a
 * repair's duration, a nightly price, a premium. In such a document durations and prices are the
 * domain ("most parcels arrive within 2 days", "the ETA", "$80 to $400 per night"), not an
 * estimate of the project, so the time- and cost-estimate rules ask for explicit project context
 * before they call a figure an estimate (seed 000/001 forbid estimates of the work, not the
 * system's subject).
 *
 * Read from where a document states its subject: the title, pipeline names and the sentences of
 * the overview and purposes that say what is predicted ("we predict the arrival time", "suggests a
 * nightly price", "forecasts how long each repair takes").
 */
import type { ParsedDocument } from '../markdown/document';

export interface SystemOutput {
  /** The system predicts or sets a time: an arrival, a duration, a delay. */
  time: boolean;
  /** The system predicts or sets an amount of money: a price, a fare, a premium. */
  money: boolean;
}

const TIME_OUTPUT =
  /\b(?:ETAs?|estimated\s+times?\s+of\s+arrival|arrival(?:\s+times?|\s+dates?)?|delivery\s+(?:times?|windows?|dates?)|lead[- ]times?|transit\s+times?|travel\s+times?|wait(?:ing)?\s+times?|turnaround(?:\s+times?)?|durations?|length\s+of\s+stay|time[- ]to[- ][a-z]+|how\s+long|delays?|resolution\s+times?|completion\s+times?|remaining\s+useful\s+life|time\s+(?:until|before)\s+[a-z]+|(?:days|hours|minutes)\s+(?:to|until|before)\s+[a-z]+)\b/i;
const MONEY_OUTPUT =
  /\b(?:prices?|pricing|fares?|quotes?|premiums?|rents?|rental\s+rates?|fees?|tariffs?|bids?|valuations?|(?:nightly|daily|hourly|room)\s+rates?|salar(?:y|ies)|(?:claim|repair|settlement)\s+(?:costs?|amounts?)|costs?\s+of\s+(?:each\s+|a\s+|the\s+)?(?:claim|repair)s?)\b/i;
/**
 * A cost the system estimates, named by what it is the cost of: "the fuel cost estimate", "per-lane
 * freight cost forecasts". The costs of the system itself (cloud, compute, training) are no output.
 */
const NOT_A_DOMAIN = String.raw`(?:cloud|compute|gpu|infra\w*|training|inference|serving|storage|hosting|project|running|total|monthly|annual|estimated|rough|ballpark|approximate|overall|expected|initial|first|the|a|an|our|their|this|that)\s`;
const DOMAIN_COST = new RegExp(String.raw`\b(?!${NOT_A_DOMAIN})[a-z][a-z-]+\s+costs?\s+(?:estimat|forecast|predict|project)\w*`, 'i');
const COST_OF_A_DOMAIN = new RegExp(String.raw`\b(?!${NOT_A_DOMAIN})[a-z][a-z-]+\s+$`, 'i');

/** "Fuel Cost Estimate Model Serving": the words before a cost phrase name what it is the cost of, a domain's output. */
export function costOfADomain(before: string): boolean {
  return COST_OF_A_DOMAIN.test(before.slice(-40));
}
/** Verbs that say the system produces the thing named after them. */
const OUTPUT_VERB = /\b(?:predict|forecast|estimat|quot|suggest|recommend|set|sets|setting|calculat|comput|score|model|tell|show|give|produc|output|publish|rank)\w*\b/i;

/** Sentences of prose, bounded so a pathological paragraph stays linear. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+|\n/).map((s) => s.slice(0, 600));
}

function says(sentence: string, noun: RegExp): boolean {
  const verb = OUTPUT_VERB.exec(sentence);
  if (!verb) return false;
  // The noun is what the verb produces: after it, within a short object.
  return noun.test(sentence.slice(verb.index, verb.index + 120));
}

export function readSystemOutput(doc: ParsedDocument): SystemOutput {
  const arch = doc.architecture;
  const names = [arch.project, ...arch.pipelines.map((p) => p.name)];
  const prose = sentences([arch.overview, ...arch.pipelines.map((p) => p.purpose)].join('\n'));
  const reads = (noun: RegExp) => names.some((n) => noun.test(n)) || prose.some((s) => says(s, noun));
  return { time: reads(TIME_OUTPUT), money: reads(MONEY_OUTPUT) || reads(DOMAIN_COST) };
}
