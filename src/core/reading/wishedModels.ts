/**
 * Models a wish list asks for, one per item: under a line that says what the team wants ("What
 * we'd like:", "## Asks"), items that open on a predicted output ("1. Stand count per plot from
 * early flights", "2. A quality early warning: a weekly list of farms…") each ask for a model of
 * their own, named by that output. One such item is the work itself, which the project's name
 * already says; two or more are that many models, as are models numbered in prose ("model 1 = …").
 * An item that doubts it can be done at all ("not sure this is possible") asks a question, not for
 * a model. They are trained here when their items say so or the description trains its models,
 * unless an item says the model is someone else's.
 */
import { parseText, type Token } from '../language';
import { findCadences, findLatencies } from './measures';
import { componentFor } from './lexicon';
import { LIST_ITEM } from './segments';
import { anotherModels } from './anotherModel';
import type { MentionedComponent, ModelMention } from './reading';

/** A short line of wanting: "What we'd like:", "We need", "Asks", "Wish list", "Deliverables", "What it should do". */
const WANTS = /^(?:#+\s*)?[*_]*(?:what\s+(?:we|the team|they)(?:['’]d|\s+would)?\s+(?:like|want|need|are asking for|are looking for)|what\s+(?:it|this|the (?:system|tool|model|service))\s+(?:should|must|will|needs to)\s+do|(?:we|i)(?:['’]d|\s+would)\s+like|(?:we|i)\s+(?:want|need)|(?:the\s+|our\s+)?(?:asks?|wish\s*list|wants|needs|deliverables?|what(?:['’]s|\s+is)\s+(?:wanted|needed|asked))|(?:the\s+|our\s+)?(?:(?:phase|stage|release|year|v)[ \t]*\d{1,2}[ \t]+|(?:mvp|v1|pilot|first[- ]phase)[ \t]+)?(?:requests?|goals?|objectives?|aims?|use[- ]cases?)|(?:in\s+)?scope(?:\s+for\s+[\w.-]+)?)\b[^.!?]{0,30}?[:*_\s]*$/i;
/** The head of an opening phrase that names a predicted output. */
const OUTPUT = /^(?:forecasts?|nowcasts?|forecasting|scoring|predictions?|projections?|estimates?|scores?|counts?|warnings?|flags?|alerts?|rankings?|recommendations?|classifications?|detections?|segmentations?|probabilit(?:y|ies)|likelihoods?|propensit(?:y|ies)|risks?|ratings?|gradings?|grades?|estimations?)$/i;
/** Words in an opening phrase that say how often or at what grain, not which output: "per-farm", "weekly", "1-14 day". */
const NOT_NAMING = /^(?:per-[\w-]+|hourly|daily|nightly|overnight|weekly|monthly|quarterly|yearly|annual|(?:early|late|mid)-[\w-]+|real-time|realtime|live|automated|automatic|better|new|simple|first|single|same|existing|current|right|correct|sensible|accurate|best|appropriate|proper|good|reasonable|realistic|likely|probable|\d[\w-]*)$/i;
/** An item that doubts its own feasibility: a question for the architect, not an ask. */
const DOUBTED = /\b(?:not sure|unsure|no idea|don['’]t know|doubt)\b[^.!?\n]{0,60}?\b(?:possible|feasible|doable|realistic|can be done|would work)\b|\b(?:is this|is that|would this|could this)\s+(?:even\s+)?(?:possible|feasible|doable|realistic)\b/i;
const TRAINED_HERE = /\b(?:train\w*|re-?train\w*|refresh\w*|re-?fit\w*|learn\w*|labell?ed|labels?|labell?ing)\b/i;
/** A model someone else made: a hosted LLM, or one bought as a product ("a bought feed" is data, not a model). */
const TAKEN_AS_GIVEN = /\b(?:gpt[\w.-]*|llms?|(?:vendor|off[- ]the[- ]shelf|hosted|bought|licen[cs]ed|third[- ]party)\s+(?:[\w-]+\s+)?(?:models?|apis?|services?|products?|tools?|classifiers?|detectors?)|buy(?:ing)?(?!\s+(?:the\s+|a\s+)?(?:data|feeds?|datasets?))|evaluating\s+(?:\w+\s+)?vendors)\b/i;
/** Training said not to happen: "we are NOT training this", "no fine-tuning". */
const NOT_TRAINED = /\b(?:not|never|no|won['’]t|don['’]t|aren['’]t)\s+(?:be\s+)?(?:re-?)?(?:train|fine-?tun)\w*/i;
const MAX_WISHED = 6;
/** Asked for when someone asks: "on demand", "per request", "someone types … and gets a number". */
const ON_DEMAND = /\bon[- ]demand\b|\bper request\b|\bin real[- ]time\b/i;

export function wishedModels(text: string, trainsHere: boolean): ModelMention[] {
  const wished: ModelMention[] = [];
  const add = (output: string, said: string) => {
    if (wished.length < MAX_WISHED && !wished.some((m) => m.name === `${output} model`)) wished.push(mention(`${output} model`, said, trainsHere));
  };
  for (const { head, body } of wishListItems(text)) {
    // "G1: Predict …", "UC-2 (stretch): …": a code before the item is no part of it, and a stretch goal is later work.
    const code = CODE.exec(head)?.[0] ?? '';
    const item = head.slice(code.length);
    const said = `${item} ${body}`.trim();
    // "Wallhack detection — … Can ship post-launch.": an item the team puts off, or takes from someone else untrained, asks for no model of theirs now.
    if (DOUBTED.test(said) || LATER.test(code) || PUT_OFF.test(said)) continue;
    const output = openingOutput(item) ?? predictedObject(item) ?? mappedOutput(item);
    if (output) add(output, said);
  }
  // "model 1 = leak probability per logger per night. model 2 = an anomaly score per zone": models numbered in prose.
  for (const m of [...text.matchAll(NUMBERED_MODEL), ...text.matchAll(NUMBERED_AIM)]) {
    const said = text.slice(m.index + m[0].length, m.index + m[0].length + 240).split(/(?<=[.!?])\s|\n/)[0]!;
    const output = openingOutput(said) ?? namedModel(said);
    if (output) add(output, said);
  }
  // "A second model on the vibration data": one said to be more is a model of its own, with or without a list.
  const more = anotherModels(text).map((m) => mention(m.name, m.said, trainsHere)).filter((m) => !wished.some((w) => w.name === m.name));
  if (wished.length < 2) return more;
  // New models asked for together are new work of one kind: trained here when any is and none is taken as given.
  if (wished.some((m) => m.trained === 'here') && !wished.some((m) => m.trained === 'given')) for (const m of wished) m.trained = 'here';
  return [...wished, ...more];
}

/** A model asked for in these words: trained here when they say so or the description trains its models, unless taken as given. */
function mention(name: string, said: string, trainsHere: boolean): ModelMention {
  const trained = TRAINED_HERE.test(said) && !NOT_TRAINED.test(said) ? 'here' : TAKEN_AS_GIVEN.test(said) ? 'given' : trainsHere && !NOT_TRAINED.test(said) ? 'here' : 'unknown';
  return { name, trained, use: useOf(said), quote: said.slice(0, 240) };
}

/** A line that heads a section: a markdown heading, a line in emphasis alone, or a short line with no end punctuation. */
const HEADING = /^(?:#{1,6}\s|[*_]{2}[^*_]+[*_]{2}:?\s*$)|^(?:\S+\s+){0,7}\S+$/;
/** A line that announces models: "Three models, in order:". */
const ANNOUNCES_MODELS = /\b(?:models|classifiers|detectors|forecasters|predictors)\b[^.]*:\s*$/i;

/**
 * The items of the lists under a line of wanting, each with the paragraphs under it ("**1. Rail defect
 * detection**" and the lines that say how it is trained and used). A heading ends the list; a
 * paragraph under an item is its body. Emphasis marks are layout, not words.
 */
function wishListItems(text: string): { head: string; body: string }[] {
  const items: { head: string; body: string }[] = [];
  let under = false;
  let current: { head: string; body: string } | null = null;
  let indent = 0;
  const indentOf = (line: string) => /^\s*/.exec(line)![0].length;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[*_]{2}/g, '');
    if (!line.trim()) continue;
    // "   - Needs a verdict while the match is in progress…": a bullet indented under an item says more of it.
    if (LIST_ITEM.test(raw) && current && indentOf(raw) > indent) {
      current.body += ` ${line.trim()}`;
      continue;
    }
    if (LIST_ITEM.test(raw)) {
      indent = indentOf(raw);
      const head = line.replace(LIST_ITEM, '').trim();
      // "- Three models, in order:" opens the list of its sub-items; "2. Goals" is a numbered section's heading.
      if (ANNOUNCES_MODELS.test(head) || WANTS.test(head)) {
        [under, current] = [true, null];
        continue;
      }
      current = under ? { head, body: '' } : null;
      if (current) items.push(current);
      continue;
    }
    const trimmed = raw.trim();
    if (/^\s/.test(raw) && current) current.body += ` ${line.trim()}`;
    else if (HEADING.test(trimmed) && !/[.!?,;]$/.test(trimmed)) {
      under = WANTS.test(trimmed) || ANNOUNCES_MODELS.test(trimmed);
      current = null;
    } else if (current) current.body += ` ${line.trim()}`;
  }
  return items;
}

/** A short code labelling an item: "G1:", "UC-2 (stretch):", "R3 –". */
const CODE = /^(?:[A-Z]{1,3}-?\d{1,2}|#\d{1,2})\s*(?:\([^)\n]{1,20}\)\s*)?[:.)—–-]\s*/;
const LATER = /\b(?:stretch|later|optional|nice[- ]to[- ]have|maybe|phase\s*[2-9]|v2|future)\b/i;
/** An item that says it comes later: "Can ship post-launch", "phase 2", "not for v1". */
const PUT_OFF = /\b(?:post-?launch|after (?:the )?launch|(?:can|could) (?:ship|come|wait) later|phase\s*(?:2|3|two|three)|not (?:for|in) (?:v1|the first (?:version|release)|this (?:season|release|quarter|year)))\b/i;
/** A model numbered in running text: "model 1 = …", "Model B: …", "model two — …". */
const NUMBERED_MODEL = /\bmodel\s+(?:\d|[A-C]|one|two|three)\s*(?:=|:|—|–)\s*/gi;
/** A numbered aim of a proposal, run in at a line's start: "Aim 2: Wet-snow activity nowcast.", "Objective 1 — …". */
const NUMBERED_AIM = /^[ \t]*(?:[*_]{1,2})?(?:specific\s+)?(?:aim|goal|objective|work\s+package|wp)\s*\d{1,2}[a-z]?(?:[*_]{1,2})?\s*(?:[:.—–]|-\s)\s*/gim;

/**
 * "Predict crane productivity per call", "Forecast gate arrivals for the next 48 hours": an item
 * that orders a quantity predicted names its model by the quantity, with an "of" phrase it opens
 * ("actual time of arrival" is the actual arrival time). Verbs that flag or sort name the things
 * they act on, not an output.
 */
function predictedObject(item: string): string | null {
  const tokens = parseText(item)[0]?.tokens ?? [];
  if (!/^(?:predict|forecast|estimate|project)$/i.test(tokens[0]?.text ?? '')) return null;
  const words: string[] = [];
  let joined = false;
  for (const t of tokens.slice(tokens[1]?.pos === 'DET' ? 2 : 1)) {
    if (t.lower === 'of' && !joined && words.length > 0 && words.length <= 2) {
      joined = true;
      words.push('of');
      continue;
    }
    if (!(t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || (t.pos === 'VERB' && words.length > 0 && !/ing$/.test(t.lower)))) break;
    words.push(t.lower);
  }
  if (words.at(-1) === 'of') words.pop();
  // "time of arrival" is the arrival time: an "of" phrase goes in front of the noun it follows, as a compound says it.
  const of = words.indexOf('of');
  if (of > 0) words.splice(0, words.length, ...words.slice(0, of - 1), ...words.slice(of + 1), words[of - 1]!);
  const naming = words.filter((w) => !NOT_NAMING.test(w));
  // The quantity is the name ("Predict churn" is the churn model); an output noun alone ("Forecast demand") needs none.
  return naming.length >= 1 && naming.length <= 6 ? naming.join(' ') : null;
}

/** "Aim 1: Danger-level guidance model.": a numbered item that is a model by its noun, named by the words before it. */
function namedModel(said: string): string | null {
  const m = /^(?:an?\s+|the\s+)?((?:[\w-]+\s+){1,4}?)(?:model|classifier|forecaster|detector|regressor|ranker|estimator)\.?$/i.exec(said.trim());
  const words = m?.[1]!.trim().toLowerCase().split(/\s+/).filter((w) => !NOT_NAMING.test(w)) ?? [];
  return words.length ? words.join(' ') : null;
}

/** What a mapping item turns its input into: a label of a kind, or a predicted output. */
const LABEL_OUTPUT = /^(?:categor(?:y|ies)|class(?:es)?|labels?|tags?|types?|codes?|topics?|intents?|severit(?:y|ies)|priorit(?:y|ies)|reasons?)$/i;
/** Words that say the output is tidy, not which output it is: "standardised failure category". */
const TIDY = /^(?:standardi[sz]ed|normali[sz]ed|clean(?:ed)?|structured|canonical|consistent)$/i;

/**
 * "Work-order text → standardised failure category": an item that maps an input to an output asks for
 * a model named by that output ("failure category"). The output must be a label or a predicted quantity.
 */
function mappedOutput(item: string): string | null {
  const after = /^[^\n]{2,80}?\s*(?:->|→|=>|⇒)\s*(.+)$/.exec(item)?.[1];
  if (!after) return null;
  const tokens = parseText(after)[0]?.tokens ?? [];
  const words: Token[] = [];
  for (const t of tokens.slice(tokens[0]?.pos === 'DET' ? 1 : 0)) {
    // A phrase with no verb of its own: a "verb" in it is a noun or participle the tagger misread ("damage class").
    if (!(t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || (t.pos === 'VERB' && !/ing$/.test(t.lower)))) break;
    words.push(t);
  }
  const last = words.at(-1)?.lower ?? '';
  if (!LABEL_OUTPUT.test(last) && !OUTPUT.test(last)) return null;
  const naming = words.map((t) => t.lower).filter((w) => !NOT_NAMING.test(w) && !TIDY.test(w));
  return naming.length >= 2 && naming.length <= 4 ? naming.join(' ') : null;
}

/**
 * The output an item opens on, lower case without its article and the words of grain or schedule:
 * "A per-farm, per-collection volume forecast for 1 to 14 days" is "volume forecast". The phrase
 * ends at the first word that is no noun or modifier; its last word must name a predicted output.
 */
function openingOutput(item: string): string | null {
  const tokens = parseText(item)[0]?.tokens ?? [];
  const words: Token[] = [];
  let aside = 0;
  for (const t of tokens.slice(tokens[0]?.pos === 'DET' ? 1 : 0)) {
    // "Switch (point machine) failure prediction": an aside in brackets is no word of the phrase.
    if (t.text === '(' || t.text === ')') aside += t.text === '(' ? 1 : -1;
    if (aside > 0 || t.text === ')' || (t.text === ',' && words.length)) continue;
    // A title-like phrase has no verb of its own, so a "verb" inside it is a noun the tagger misread ("Stand count per
    // plot", "Hive health scores from…"); only a verb of wanting or doing opens an item as an order ("Forecast demand…").
    // An -ing word opens a compound ("Parking demand forecast") unless it is such an order ("Forecasting demand").
    const word = t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || (t.pos === 'VERB' && (words.length > 0 ? !/ing$/.test(t.lower) : !ORDER.test(t.lower.replace(/ing$/, ''))));
    if (!word) break;
    words.push(t);
  }
  if (words.length < 1 || words.length > 6 || !OUTPUT.test(words.at(-1)!.lower)) return null;
  // "Aimbot / triggerbot detection": a slash joins alternatives into one word of the name.
  const naming = words.filter((t) => !NOT_NAMING.test(t.lower)).map((t) => t.lower).join(' ').replace(/\s*\/\s*/g, '/').split(' ');
  // "Per-vessel estimate of excess fuel consumption": the "of" phrase says what is estimated, in front as a compound says it.
  const of = ofObject(tokens, words.at(-1)!);
  if (of) return [...naming.slice(0, -1), of, naming.at(-1)].join(' ');
  return naming.length >= 2 && words.length >= 2 ? naming.join(' ') : null;
}

/** The nouns of an "of" phrase right after the output noun, up to the first word of another kind: "of excess fuel consumption due to …". */
function ofObject(tokens: readonly Token[], output: Token): string | null {
  const at = tokens.indexOf(output);
  if (tokens[at + 1]?.lower !== 'of') return null;
  const nouns: string[] = [];
  for (const t of tokens.slice(at + 2 + (tokens[at + 2]?.pos === 'DET' ? 1 : 0))) {
    // An adjective after the nouns opens what is said of them ("consumption due to fouling").
    if (!(t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'ADJ' && !nouns.length)) || nouns.length === 4) break;
    nouns.push(t.lower);
  }
  const naming = nouns.filter((w) => !NOT_NAMING.test(w));
  return naming.length ? naming.join(' ') : null;
}

/** Verbs an item opens on as an order: "Forecast demand per store", "Flag risky claims". */
const ORDER = /^(?:predict|forecast|estimate|score|flag|detect|classify|rank|recommend|count|tag|extract|match|segment|spot|find|identify|warn|alert|tell|give|show|send|build|get|make|automate|replace|reduce|improve|cut|stop|move|add|create|generate|produce|track|monitor)$/;

function useOf(item: string): ModelMention['use'] {
  if (findLatencies(item).length || ON_DEMAND.test(item)) return 'request';
  return findCadences(item).some((c) => c.value !== 'realtime') ? 'batch' : 'unknown';
}

/**
 * The work the models a wish list asks for need, where no clause named it: training for those
 * trained here, and the batch scoring or serving their items ask for ("produced overnight", "a
 * weekly list"). Each model gets its lifecycle even when the team wrote only what it wants out.
 */
export function wishedWork(wished: readonly ModelMention[], named: readonly MentionedComponent[]): MentionedComponent[] {
  const has = (kind: MentionedComponent['kind']) => named.some((c) => c.kind === kind);
  const work = (kind: MentionedComponent['kind'], m: ModelMention): MentionedComponent =>
    componentFor(kind, m.quote, {
      cadence: kind === 'online-inference' ? null : (findCadences(m.quote).find((c) => c.value !== 'realtime')?.value ?? null),
      latencyMs: kind === 'online-inference' ? (findLatencies(m.quote)[0]?.value ?? null) : null,
    });
  const added: MentionedComponent[] = [];
  const trained = wished.find((m) => m.trained === 'here');
  if (trained && !has('training')) added.push(work('training', trained));
  const batch = wished.find((m) => m.use === 'batch');
  if (batch && !has('batch-inference')) added.push(work('batch-inference', batch));
  const served = wished.find((m) => m.use === 'request');
  if (served && !has('online-inference')) added.push(work('online-inference', served));
  return added;
}
