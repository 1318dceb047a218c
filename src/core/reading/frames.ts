/**
 * Clauses → frames: what each clause does, who does it, which systems it involves and in what
 * role, and whether it is work that exists, is wished for, is put off or is undecided. English
 * carries the roles: data comes *from* a system (source), results go *to* it (destination), work
 * runs *on* it (platform), a result is compared *against* it (baseline), and a product name is a
 * system whether or not the tool catalogue knows it. See docs/notes/understanding.md.
 */
import { INCOMING_PLACES, VAGUE_MODIFIERS, withoutQuantity } from './sourceNames';
import { ASKS_WHETHER, remarksUndecided } from './segments';
import { endsInQuestion } from '../language/sentence';
import { findTools } from './tools';
import { isModifierParticiple, nounPhrases, parseText, type Clause, type NounPhrase, type Token } from '../language';

export type Action =
  | 'ingest' | 'transform' | 'label' | 'train' | 'evaluate' | 'predict' | 'serve' | 'review' | 'display' | 'act' | 'monitor' | 'publish' | 'explore';

export type Role = 'source' | 'destination' | 'platform' | 'baseline' | 'tool' | 'named';

export type Status = 'existing' | 'wished' | 'later' | 'undecided';

/** A system as one clause names it; the reading's `SystemMention` adds the quote. */
export interface NamedSystem {
  name: string;
  role: Role;
}

export interface Frame {
  /** The clause as written. */
  text: string;
  start: number;
  end: number;
  action: Action | null;
  /** The main verb as written ("retrained"), when the clause has one. */
  verb: string | null;
  /** People do the work (reviewers, analysts, "humans stay in the loop"), not software. */
  byPeople: boolean;
  /** The work is handed to people ("low-confidence cases go to an analyst"): they receive it to act on. */
  toPeople: boolean;
  /** People in the clause use or look at something ("a tool the bed managers would use", "planners open it each morning"). */
  usedByPeople: boolean;
  /** The objects of the work: "invoice fields", "fraud scores". */
  objects: string[];
  systems: NamedSystem[];
  status: Status;
  /** The clause's verb is negated: the user said this does not happen. */
  negated: boolean;
  /** Data the clause names ("historical trips", "labelled outcomes", "our data source is X"). */
  data: string[];
  /** The data named specifically enough to list as a source: "property data", "card transactions", not "historical data". */
  namedData: string[];
  /** The clause says who the team is ("we're the search team", "I'm a data scientist"). */
  aboutTeam: boolean;
  /** Models the clause names ("a gradient-boosted model", "the TFT" it retrains). */
  models: string[];
  /** A model here is taken as given: chosen, called or used as is, not trained. */
  given: boolean;
  /** Training happens in the clause, as its verb or a participle ("a model retrained weekly"). */
  trains: boolean;
  /** The clause has no subject of its own and shares the one before ("…is retrained monthly and scores…"). */
  continues: boolean;
  /** The clause opens on a past participle ("Trained on our own loads", "retrained monthly"), whatever the tagger called it. */
  participial: boolean;
  /** The verb takes its object right after it ("score customers", "re-value all homes"), not an adverb ("score well"). */
  transitive: boolean;
  /** Preparation the user spells out, verb to object ("correct for the capacity constraints"), with the verb's lemma; not generic cleaning. */
  preparation: { verb: string; phrase: string } | null;
  /** Work named by a noun ("move model training and inference onto Vertex", "training runs weekly"), not by the verb. */
  nominalWork: Action[];
  /** What a result is measured against: "against the incumbent", "better than the vendor's API", "beat the old forecasts". */
  comparedWith: string[];
}

/**
 * Model families released pretrained, named as the model itself ("we use Claude to …", "a fine-tuned
 * RoBERTa"): named with no training of theirs, they are used as they are (models.ts).
 */
const FAMILIES = String.raw`bert|roberta|distilbert|deberta|gpt-[\w.-]+|llama[\w.-]*|claude|gemini|mistral|mixtral|gemma|qwen[\w.-]*|flan-t5|t5|whisper|layoutlm\w*|yolo\w*|resnet\w*|efficientnet\w*`;
export const PRETRAINED_FAMILIES = new RegExp(`^(?:${FAMILIES})$`, 'i');
/** A released model named in running text with its size or release: "Whisper large-v3", "Llama 3.1 70B", "BERT base". */
export const FAMILY_MENTION = new RegExp(String.raw`\b(?:${FAMILIES})(?:[ -](?:large|base|small|medium|tiny|mini|v?\d[\w.-]*))*\b`, 'i');
/** Nouns that head a model's name: "fraud model", "ranking classifier", "Flan-T5 models", "XGBoost". */
export const MODEL_HEADS = new RegExp(
  String.raw`^(?:models?|bandits?|recommenders?|estimators?|classifiers?|regressors?|rankers?|re-?rankers?|forecasters?|detectors?|extractors?|taggers?|llms?|networks?|ensembles?|transformers?|encoders?|autoencoders?|embedders?|xgboost|lightgbm|catboost|gbms?|cnns?|lstms?|${FAMILIES})$`,
  'i',
);
/** A product named for what it does as a model: "MegaDetector", "SpeciesNet", "MobileNet". */
export const MODEL_PRODUCT = /^[A-Z][a-z]+(?:Detector|Classifier|Net|Segmenter|Tagger|Ranker|Recogni[sz]er)(?:[-\s]?v?\d[\w.]*)?$/;
/** A network is a model when its words say what it learns or how ("neural network", "yield estimation network"). */
const LEARNING_NETWORK = /\b(?:neural|deep|conv\w*|recurrent|graph|siamese|adversarial|attention|policy|value|estimation|detection|prediction|classification|segmentation|recognition|ranking|embedding|scoring|forecasting|generation)\s+(?:[\w-]+\s+)?networks?$/i;

/** What follows a family's name to say which release: "large-v3", "3 70B", "mini", "3.5 Sonnet". */
const RELEASE_WORD = /\d|^(?:tiny|small|base|medium|large|xl|mini|nano|turbo|instruct|chat|pro|flash|ultra|sonnet|opus|haiku|lite)$/i;

/**
 * A family's name with its release ("Whisper large-v3", "Llama 3 70B", "GPT-4o mini"): the model itself,
 * though the tagger heads the phrase with the release or ends it before the numbers.
 */
function releasedName(p: NounPhrase, tokens: readonly Token[]): string | null {
  const at = p.tokens.findIndex((t) => PRETRAINED_FAMILIES.test(t.text) && /^[A-Z]/.test(t.text));
  if (at < 0 || (MODEL_HEADS.test(p.head.lower) && p.head !== p.tokens[at])) return null;
  const after = tokens.slice(tokens.indexOf(p.tokens[at]!) + 1);
  const end = after.findIndex((t) => !RELEASE_WORD.test(t.text));
  const release = (end < 0 ? after : after.slice(0, end)).slice(0, 3);
  // What the team did to it stays ("fine-tuned Mistral 7B"); other words the tagger ran in do not ("self-host").
  const done = p.tokens.slice(0, at).filter((t) => /ed$/i.test(t.text));
  return release.length ? [...done, p.tokens[at]!, ...release].map((t) => t.text).join(' ') : null;
}

/** "The production network", "our analytics network": machines and their links, not a model. */
function otherNetwork(phrase: string): boolean {
  return /\bnetworks?$/i.test(phrase) && /\s/.test(phrase.trim()) && !LEARNING_NETWORK.test(phrase);
}

/** Models that learn nothing: dbt and SQL transformations, data and semantic models (schemas), optimisation models a solver runs. */
const NOT_LEARNED = /\b(?:dbt|sql|data|semantic|lookml|dimensional|relational|cplex|gurobi|or-tools|optimi[sz]ation|milp|mip|lp|linear programming|solver)\s+models?\b/i;
/** People named by what they do, which a model does too: "four professional forecasters", "senior taggers", "human raters". */
const HUMAN_AGENTS = /\b(?:professional|human|senior|junior|experienced|staff|duty|lead|chief|certified|on-call|freelance|contract)\s+(?:[\w-]+\s+)?(?:forecasters?|estimators?|taggers?|raters?|annotators?)$/i;

/** "A team of four forecasters", "a panel of three raters": people counted in a group. */
function teamOf(p: NounPhrase, tokens: readonly Token[]): boolean {
  const at = tokens.findIndex((t) => t.start === p.start);
  return at >= 2 && tokens[at - 1]!.lower === 'of' && /^(?:team|group|panel|pool|crew|staff)$/.test(tokens[at - 2]!.lower);
}

/** "Gridded forecasts from NOAA's HRRR and GFS models": models whose output the team reads are a source of data, no model of theirs. */
function outputsFrom(p: NounPhrase, tokens: readonly Token[]): boolean {
  // A product named there ("outputs from Claude") is still a model the team uses; outside "models" are known by that noun.
  if (!/^models?$/.test(p.head.lower)) return false;
  const at = tokens.findIndex((t) => t.start === p.start);
  let from = at - 1;
  while (from >= 0 && from >= at - 5 && tokens[from]!.lower !== 'from') from--;
  const before = from >= 0 && tokens[from]!.lower === 'from' ? tokens[from - 1] : undefined;
  return !!before && /^(?:forecasts?|outputs?|data|predictions|estimates|fields|runs|guidance|grids?|simulations?)$/.test(before.lower);
}

/** "A LightGBM prototype", "our XGBoost PoC": a prototype made with a model's method is that model. */
const PROTOTYPE = /^(?:prototypes?|pocs?|proofs? of concept|mvps?)$/i;
/** Verbs that take a model as it is. */
const GIVEN_VERBS = new Set(['choose', 'chose', 'pick', 'use', 'call', 'prompt', 'buy', 'license', 'adopt', 'select']);
const GIVEN_WORDS = /\b(?:off[- ]the[- ]shelf|pre-?trained|pre-?built|hosted|vendor|third[- ]party|as is|out of the box|frozen)\b/i;

/** Verb lemmas by the kind of work they name; the language layer gives the lemma, so every inflection counts. */
const ACTION_VERBS: Readonly<Record<Action, readonly string[]>> = {
  ingest: ['ingest', 'bring', 'pull', 'fetch', 'collect', 'import', 'sync', 'scrape', 'receive', 'land', 'arrive', 'gather', 'crawl', 'download', 'capture', 'record', 'log', 'acquire', 'submit', 'upload'],
  transform: ['clean', 'prepare', 'correct', 'transform', 'preprocess', 'aggregate', 'join', 'enrich', 'normalize', 'normalise', 'featurize', 'featurise', 'chunk', 'embed', 'tokenize', 'deduplicate', 'parse', 'convert', 'transcribe', 'split', 'filter', 'merge', 'resample', 'index', 'post-process', 'pre-process'],
  label: ['label', 'annotate', 'tag'],
  // Not "fit" or "learn": "servers that don't fit", "we learned that…"; the lexicon reads "fit a model".
  train: ['train', 'retrain', 'fine-tune', 'finetune', 're-train'],
  evaluate: ['evaluate', 'compare', 'benchmark', 'backtest', 'validate', 'test', 'measure'],
  predict: ['score', 'predict', 'forecast', 'value', 'price', 'appraise', 'rate', 'grade', 'assess', 'classify', 'rank', 're-rank', 'rerank', 'detect', 'flag', 'extract', 'estimate', 'generate', 'recommend', 'segment', 'recognize', 'recognise', 'catch', 'refine', 'match', 'moderate', 'identify', 'suggest', 'summarize', 'summarise', 'translate', 'answer', 'route', 'retrieve', 'search', 'sort', 'pre-sort', 'presort', 'triage', 'prioritize', 'prioritise'],
  serve: ['serve', 'expose', 'deploy', 'respond', 'return', 'call', 'query', 'request'],
  review: ['review', 'approve', 'verify', 'check', 'audit', 'inspect', 'confirm', 'decide', 'consider', 'read'],
  display: ['display', 'show', 'visualize', 'visualise', 'view', 'browse', 'see', 'plot', 'chart'],
  act: ['block', 'freeze', 'terminate', 'remediate', 'notify', 'alert', 'email', 'page', 'enforce', 'suspend', 'ban', 'remove', 'reject', 'escalate', 'warn', 'quarantine', 'hold', 'cancel', 'trigger'],
  monitor: ['monitor', 'watch', 'track', 'drift'],
  publish: ['write', 'push', 'publish', 'produce', 'store', 'save', 'export', 'send', 'sync', 'feed', 'load', 'persist', 'deliver', 'go'],
  explore: ['explore', 'experiment', 'prototype', 'investigate', 'analyze', 'analyse', 'try'],
};
/**
 * "Run the production model over each new inspection", "apply the classifier to all open claims": a
 * model run on records is a prediction whatever the verb. "Run the model on Kubernetes" runs it on a
 * platform (a name), so "on" counts only before records: a plural that is not a name.
 */
function appliesModel(verb: Token, tokens: readonly Token[], phrases: readonly NounPhrase[]): boolean {
  if (!['run', 'apply'].includes(verb.lemma)) return false;
  const model = phrases.find((p) => p.start > verb.start && MODEL_HEADS.test(p.head.lower));
  if (!model) return false;
  const at = tokens.findIndex((t) => t.start >= model.end);
  const preposition = tokens[at];
  const target = phrases.find((p) => p.start > model.end);
  if (!preposition || !target) return false;
  if (['over', 'across', 'against', 'to'].includes(preposition.lower)) return true;
  return preposition.lower === 'on' && target.head.pos === 'NOUN' && target.head.lower !== target.head.lemma;
}

/** "We monitor the RSS feeds", "watch the partner folder": a place new items turn up in is watched to ingest them. */
function watchesForData(verb: Token, phrases: readonly NounPhrase[]): Action | null {
  if (actionOf(verb.lemma) !== 'monitor') return null;
  const object = phrases.find((p) => p.start > verb.start);
  return object && INCOMING_PLACES.test(object.head.lower) ? 'ingest' : null;
}

/**
 * "Build a churn model", "develop a ranking classifier", "fit a gradient-boosted model": making a
 * model is training it, whatever the verb of making. The model must be the verb's object: "build a
 * dashboard on the model's output" builds a dashboard.
 */
function buildsModel(tokens: readonly Token[], phrases: readonly NounPhrase[]): boolean {
  return tokens.some((t) => {
    if (t.pos !== 'VERB' || !MAKE_VERBS.has(t.lemma)) return false;
    const object = phrases.find((p) => p.start > t.start);
    return !!object && MODEL_HEADS.test(object.head.lower) && !tokens.some((u) => u.start > t.end && u.end <= object.start && u.pos === 'ADP');
  });
}

/**
 * "How the bandit's parameters are refreshed from new data", "update the model weights nightly":
 * a model's learned values refreshed is training, whatever the verb of renewing.
 */
function refreshesModel(tokens: readonly Token[], phrases: readonly NounPhrase[]): boolean {
  if (!tokens.some((t) => t.pos === 'VERB' && RENEW_VERBS.has(t.lemma))) return false;
  const ofModel = (p: NounPhrase) => {
    const at = tokens.findIndex((t) => t.start === p.start);
    // "the bandit's parameters", "the model weights": the model is the possessor or the modifier.
    return [...p.tokens, ...tokens.slice(Math.max(0, at - 2), at)].some((t) => MODEL_HEADS.test(t.lower.replace(/['’]s$/, '')));
  };
  return phrases.some((p) => LEARNED_VALUES.test(p.head.lower) && ofModel(p))
    || phrases.some((p) => MODEL_HEADS.test(p.head.lower) && p.tokens.length > 0 && tokens.some((t) => t.pos === 'VERB' && RENEW_VERBS.has(t.lemma) && t.start < p.start));
}

const RENEW_VERBS = new Set(['refresh', 'update', 'recompute', 're-estimate', 'reestimate', 'recalibrate', 'relearn', 're-fit', 'refit']);
const LEARNED_VALUES = /^(?:parameters?|weights?|coefficients?|priors?|posteriors?)$/;

const MAKE_VERBS = new Set(['build', 'develop', 'create', 'fit', 'make', 'design', 'produce']);

/** "Re-price", "reindex", "re-score": doing it again is the same kind of work. */
function actionOf(lemma: string): Action | null {
  return VERB_ACTION.get(lemma) ?? VERB_ACTION.get(lemma.replace(/^re-?(?=[a-z]{3})/, '')) ?? null;
}

const VERB_ACTION = new Map<string, Action>();
for (const [action, verbs] of Object.entries(ACTION_VERBS) as [Action, readonly string[]][]) for (const v of verbs) if (!VERB_ACTION.has(v)) VERB_ACTION.set(v, action);

/**
 * Nouns for people, by role. English has no reliable suffix for them ("reviewers" are people,
 * "servers" and "classifiers" are not), so roles are listed; only "-ist" is safe ("analyst").
 */
const PEOPLE = new Set(
  `human people person team staff user customer client expert manager clinician doctor physician nurse agent colleague
  adjuster analyst operator moderator reviewer specialist radiologist employee planner buyer engineer scientist someone
  everyone inspector annotator labeler labeller dispatcher underwriter auditor investigator lawyer paralegal accountant
  recruiter marketer editor curator trader broker seller merchant driver rider shopper member student teacher farmer
  technician mechanic pilot officer representative rep advisor adviser coordinator supervisor owner admin administrator
  developer designer researcher worker volunteer caseworker dentist pharmacist surgeon therapist counselor agent ops
  approver checker rater grader tester writer translator author physicist intern trainee handler clerk cashier assessor
  consultant contractor legal compliance finance procurement underwriting director executive vp ceo cfo cto coo president`
    .split(/\s+/)
    .flatMap((w) => [w, `${w}s`]),
);

/** Head nouns of things that are systems even when lower case ("our routing engine", "the claims app"). */
const SYSTEM_HEADS = new Set(['engine', 'platform', 'system', 'service', 'app', 'application', 'tool', 'portal', 'dashboard', 'ui', 'interface', 'database', 'warehouse', 'lake', 'lakehouse', 'bucket', 'store', 'cluster', 'api', 'queue', 'stream', 'bot', 'crm', 'erp', 'website', 'site', 'frontend', 'backend', 'viewer', 'worklist', 'console', 'notebook', 'notebooks', 'spreadsheet', 'storage', 'topic', 'index', 'registry', 'microservice', 'table', 'server', 'vm', 'workstation']);

/** What a direct object starts with. */
const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);
/** A quantifier opens an object whatever the tagger calls it: "re-price all active listings". */
const QUANTIFIERS = new Set(['all', 'every', 'each', 'both', 'any', 'most', 'some']);

function opensObject(t: Token | undefined): boolean {
  return !!t && (OBJECT_OPENERS.has(t.pos) || QUANTIFIERS.has(t.lower));
}

/** Verbs that make their object the thing to beat: "must beat X", "outperform X", "replace X". */
const BASELINE_VERBS = new Set(['beat', 'outperform', 'replace', 'surpass']);

const ROLE_BY_PREPOSITION: Readonly<Record<string, Role>> = {
  from: 'source', off: 'source', out: 'source',
  to: 'destination', into: 'destination', onto: 'destination',
  on: 'platform', in: 'platform', inside: 'platform', within: 'platform',
  against: 'baseline', versus: 'baseline', vs: 'baseline', than: 'baseline',
  // "over Kafka", "over HL7": a channel; "improve over X" is a baseline (see roleOf).
  over: 'tool',
  with: 'tool', using: 'tool', via: 'tool', through: 'tool', by: 'tool',
};

const WISH = new Set(['want', 'need', 'like', 'plan', 'hope', 'aim', 'goal', 'should', 'would', 'must', 'intend', 'wish', 'going']);
/** Wishes whose subject is who wants the work, not who does it ("the CFO needs fraud detection"). */
const WANTS = new Set(['want', 'need', 'like', 'hope', 'wish']);
/** Put off in so many words. */
export const LATER_WORDS = /^\W*long(?:er)?[- ]term\b|\b(?:eventually|in the long(?:er)? (?:term|run)|next year|next quarter|in the future|down the (?:road|line)|phase (?:2|two|3|three)|someday|some day|one day)\b/i;
/** "Later" also orders steps ("later we compute features"); it puts work off only with a wish or a widening ("later we want to extend it"). */
const LATER = /\blater\b/i;
/** "Later we might…": a possibility, not a plan for now. */
const TENTATIVE = new Set(['might', 'may', 'could', 'perhaps', 'maybe']);
const WIDEN = new Set(['extend', 'expand', 'add', 'handle', 'cover', 'support', 'apply', 'roll']);
const UNDECIDED_WORDS = /\b(?:(?:don't|do not|doesn't|haven't|have not) (?:yet )?(?:know|decided|picked|chosen)|not sure|unsure|undecided|whether|open question|tbd|to be decided)\b/i;
const EXISTING_WORDS = /\b(?:today|currently|already|at the moment|right now|for (?:several|many|a few) years|has been|have been|existing|still)\b/i;

const PSEUDO_CLEFT = /\b([Ww]hat\s)((?:we|i|they|(?:the|our|my|their)\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][\w-]+)\s+(?:really\s+|actually\s+)?(?:wants?|needs?|would like|['’]d like|(?:is|are|am) after|asked for|asks? for))(\s+(?:is|are|was)\b)/g;

export function readFrames(text: string): Frame[] {
  // A list's numbers ("6. A Looker view where …") are no words of the item: blanked, so offsets stay put.
  // So are an action item's owners in brackets ("- [Karl + IT] Containerise …"): the item starts its own sentence after them.
  // "What the superintendent wants is a real risk score": a pseudo-cleft says "the superintendent wants a real risk
  // score"; its "what" and "is" are blanked so the wish reads as one clause, offsets kept.
  const unnumbered = text
    .replace(/^(\s*(?:[-*•]\s*)?)(\d{1,3}[.)]|\[[^\]\n]{1,40}\])(?=\s)/gm, (_, space: string, marker: string) => space + ' '.repeat(marker.length))
    .replace(PSEUDO_CLEFT, (_, what: string, wish: string, is: string) => ' '.repeat(what.length) + wish + ' '.repeat(is.length));
  // "serving: today a cron scores…": a label before a colon names the topic of what follows, no work of its own.
  // A sentence before a colon ("we want automated classification: the system proposes…") is no label.
  const isLabel = (c: Clause) => /^\s*:/.test(unnumbered.slice(c.end)) && c.tokens.length <= MAX_LABEL_WORDS;
  // "… or should we be talking to someone else?": a question of whether keeps its mark and decides nothing.
  return parseText(unnumbered)
    .flatMap((s) => s.clauses.map((c) => frameOf(c, s.tokens[0] === c.tokens[0], isLabel(c))))
    .map((f) => (endsInQuestion(text, f.start) && ASKS_WHETHER.test(f.text.trim()) ? { ...f, text: `${f.text}?`, status: 'undecided' as const } : f))
    // "Image checks on uploaded photos. Undecided if it's worth it.": the remark is said of the work before it.
    .map((f, i, all) => (remarksUndecided(all[i + 1]?.text) ? { ...f, status: 'undecided' as const } : f));
}

/** "Model training and batch inference:" is a label; a clause of its own runs longer. */
const MAX_LABEL_WORDS = 5;

function frameOf(clause: Clause, opensSentence: boolean, label = false): Frame {
  const tokens = clause.tokens;
  const phrases = nounPhrases(tokens);
  const verbIndex = mainVerb(tokens);
  const verb = verbIndex >= 0 ? tokens[verbIndex]! : null;
  const builds = buildsModel(tokens, phrases) || refreshesModel(tokens, phrases);
  const action = verb ? watchesForData(verb, phrases) ?? actionOf(verb.lemma) ?? (appliesModel(verb, tokens, phrases) ? 'predict' : builds ? 'train' : null) : null;
  const subject = subjectOf(phrases, tokens, verb);
  // The verb's object is what it trains ("retrain the TFT on fresh data"), not a place named after it ("for each store").
  // The verb's object, not a place after a preposition: "train on SageMaker" trains no SageMaker.
  const trainedObject = verb && actionOf(verb.lemma) === 'train' ? phrases.find((p) => p.start > verb.start && !tokens.some((t) => t.start > verb.start && t.end <= p.start && t.pos === 'ADP')) : undefined;
  // People do the work when they are its subject, its agent in the passive ("checked by inspectors"),
  // or when the work is handed to them ("go to an analyst").
  const agentIsPeople = phrases.some((p) => isPeople(p) && wordBefore(tokens, p)?.lower === 'by');
  const toPeople = phrases.some((p) => isPeople(p) && wordBefore(tokens, p)?.lower === 'to');
  // "The CFO needs fraud detection": a person who wants the work is whom it is for, not who does it.
  const wishOnly = !!verb && WANTS.has(verb.lemma);
  const byPeople = (!!subject && isPeople(subject) && !wishOnly) || agentIsPeople || toPeople || /\bhumans? (?:in the loop|stay|review|check)|\bby hand\b|\bmanual(?:ly)? review/i.test(clause.text);
  return {
    text: clause.text,
    start: clause.start,
    end: clause.end,
    action,
    verb: verb?.text ?? null,
    byPeople,
    toPeople,
    usedByPeople: phrases.some((p) => isPeople(p) && usesNext(tokens, p)),
    objects: phrases.filter((p) => verb && p.start > verb.start && !isSystem(p, tokens, opensSentence)).map((p) => p.text),
    systems: phrases.filter((p) => isSystem(p, tokens, opensSentence)).map((p) => ({ name: systemName(p), role: roleOf(p, tokens, verb) })),
    status: statusOf(clause),
    negated: verb?.negated ?? false,
    data: phrases.filter((p) => isData(p) || (p === subject && p.tokens.length > 1 && /\b(?:data source|sources?|inputs?)\b/i.test(p.text))).map((p) => p.text),
    namedData: [...[...statedSource(phrases, tokens), ...phrases.filter(isNamedData)].map(dataName), ...ownedData(phrases, tokens)].filter((d, i, all) => all.indexOf(d) === i),
    aboutTeam: tokens.some((t) => t.pos === 'PRON' && /^(?:we|i|we're|i'm)$/.test(t.lower)) && phrases.some((p) => isPeople(p) && p.head.lower !== 'customers' && p.head.lower !== 'users'),
    // A model phrase, or a product the clause trains ("retrain the TFT", "fine-tune LayoutLM").
    models: phrases
      .filter((p) => !NOT_LEARNED.test(p.text) && !HUMAN_AGENTS.test(p.text) && !teamOf(p, tokens) && !outputsFrom(p, tokens))
      .filter((p) => (MODEL_HEADS.test(p.head.lower) && !otherNetwork(p.text)) || MODEL_PRODUCT.test(p.head.text) || (p === trainedObject && isSystem(p, tokens, opensSentence)) || namesModel(p, phrases, tokens) || releasedName(p, tokens) !== null || (PROTOTYPE.test(p.head.lower) && p.tokens.some((t) => t !== p.head && MODEL_HEADS.test(t.lower))))
      .map((p) => releasedName(p, tokens) ?? p.text),
    given: (!!verb && GIVEN_VERBS.has(verb.lemma)) || GIVEN_WORDS.test(clause.text),
    // "Use a hosted LLM, no training on our side": training denied trains nothing.
    trains: builds || tokens.some((t) => VERB_ACTION.get(t.lemma) === 'train' && !t.negated),
    continues: (/^(?:CCONJ|VERB)$/.test(tokens[0]?.pos ?? '') && (tokens[0]!.pos === 'VERB' || tokens[1]?.pos === 'VERB')) || participleTakenForAdjective(tokens),
    participial: opensOnParticiple(tokens),
    transitive: verbIndex >= 0 && opensObject(tokens[verbIndex + 1]),
    nominalWork: label ? [] : nominalWork(tokens),
    preparation: action === 'transform' && verb ? preparationOf(verb, phrases, clause) : null,
    // "The 'volume vs forecast' feature": a comparison in quotation marks is a name, no rival.
    comparedWith: COMPARISON.test(unquoted(clause.text)) ? phrases.filter((p) => !quotedAt(clause, p.start) && isComparedWith(p, tokens, verb, action)).map((p) => withRelative(p, tokens, clause)) : [],
  };
}

/**
 * "Correct for those capacity constraints", "deduplicate the store returns": preparation specific to
 * this data, from the verb to its object. Generic verbs ("clean", "prepare") and objects that name
 * no data of their own ("the data", "it", "several sources") say nothing a generic step does not.
 */
function preparationOf(verb: Token, phrases: readonly NounPhrase[], clause: Clause): Frame['preparation'] {
  if (GENERIC_PREPARATION.has(verb.lemma)) return null;
  const object = phrases.find((p) => p.start > verb.start);
  if (!object || object.head.pos === 'PRON' || GENERIC_OBJECTS.test(object.head.lower) || object.tokens.every((t) => t === object.head || t.pos === 'DET' || VAGUE_MODIFIERS.has(t.lower))) return null;
  // "Convert it to WAV": the object is a pronoun the step could not name.
  if (clause.tokens.some((t) => t.start > verb.start && t.start < object.start && t.pos === 'PRON')) return null;
  const phrase = clause.text.slice(verb.start - clause.start, object.end - clause.start);
  return phrase.split(/\s+/).length <= 8 ? { verb: verb.lemma, phrase } : null;
}

const GENERIC_PREPARATION = new Set(['clean', 'prepare', 'preprocess', 'pre-process', 'transform', 'process', 'parse', 'split', 'index', 'post-process']);
const GENERIC_OBJECTS = /^(?:data|datasets?|it|them|everything|sources?|inputs?|records?|rows|files?)$/;

/** A clause opened by a past participle: "Trained on our own loads", "retrained monthly", "fine-tuned on…". */
function opensOnParticiple(tokens: readonly Token[]): boolean {
  return /[a-z](?:ed|en)$/.test(tokens.find((t) => t.pos !== 'PUNCT')?.lower ?? '');
}

/** "Retrained monthly on the CRM history": a clause opened by a participle the tagger took for an adjective shares the subject before it. */
function participleTakenForAdjective(tokens: readonly Token[]): boolean {
  const [first, next] = tokens;
  return !!first && !!next && first.pos === 'ADJ' && /[a-z]ed$/.test(first.lower) && (next.pos === 'ADV' || next.pos === 'ADP' || /ly$/.test(next.lower));
}

/**
 * Work named by its noun: "model training and inference", "scoring runs nightly". Not work denied
 * ("no training on our side"), nor a noun that modifies another ("training data", "inference latency") nor one after a preposition ("fast during
 * inference", "data for training").
 */
function nominalWork(tokens: readonly Token[]): Action[] {
  const out: Action[] = [];
  const wishes = tokens.some(isWish);
  tokens.forEach((t, i) => {
    // A term the tagger keeps whole ("anomaly detection") is named by its last word.
    const task = TASK_NOUNS[t.lower] ?? TASK_NOUNS[t.lower.split(/\s+/).at(-1)!];
    const action = NOMINAL_WORK[t.lower] ?? (task && (wishes || AUTOMATED.test(tokens[i - 1]?.lower ?? '')) ? task : undefined);
    // "No training on our side": work in a negation's scope is work not done.
    if (!action || out.includes(action) || t.negated) return;
    const next = tokens[i + 1];
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !PREDICATE_NOUNS.has(next.lower)) return;
    let j = i - 1;
    while (j >= 0 && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ' || (tokens[j]!.pos === 'NOUN' && tokens[j]!.lower === 'model'))) j--;
    if (tokens[j]?.pos === 'ADP' || tokens[j]?.lower === 'to') return;
    out.push(action);
  });
  return out;
}

const NOMINAL_WORK: Readonly<Record<string, Action>> = {
  training: 'train', retraining: 'train', 'fine-tuning': 'train', finetuning: 'train',
  inference: 'predict', scoring: 'predict', serving: 'serve', evaluation: 'evaluate',
};
/**
 * A task named by its noun ("automated classification", "we want anomaly detection") is work to
 * build only when it is wished for or automated: "classification takes the team two days" is what
 * people do today.
 */
const TASK_NOUNS: Readonly<Record<string, Action>> = {
  classification: 'predict', categorisation: 'predict', categorization: 'predict', detection: 'predict', forecasting: 'predict', triage: 'predict', tagging: 'predict',
};
const AUTOMATED = /^(?:automated|automatic|auto|ml|ai|ml-based|ai-based|model-based)$/;
/** Verbs the tagger reads as nouns after a work noun: "scoring runs nightly". */
const PREDICATE_NOUNS = new Set(['run', 'runs', 'happens', 'jobs', 'job']);

/**
 * A phrase a comparison introduces ("against the incumbent", "than the vendor's API", "beat the
 * ARIMA forecasts", "improve over the old model"), unless it is the data the comparison runs on
 * ("against the held-out set") or a pronoun.
 */
function isComparedWith(p: NounPhrase, tokens: readonly Token[], verb: Token | null, action: Action | null): boolean {
  // "more than a million records", "less than one percent": a quantity, not a rival.
  // "will beat anything fancy": an indefinite ("anything", "something") names no rival, whatever the tagger calls it.
  if (p.head.pos === 'PRON' || COMPARED_ON.test(p.head.lower) || p.tokens.some((t) => t.pos === 'NUM' || QUANTITY.test(t.lower) || INDEFINITE.test(t.lower))) return false;
  let i = tokens.findIndex((t) => t.start === p.start) - 1;
  while (i >= 0 && (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'PRON' || tokens[i]!.pos === 'ADV')) i--;
  const before = tokens[i];
  if (!before) return false;
  if (RIVAL_VERBS.has(before.lemma)) return true;
  // "Match invoices against orders", "check it against the PO": "against" names a rival only in judging work, and
  // only a rival: something that decides or predicts today (a model, rules, forecasts, the incumbent).
  if (['against', 'versus', 'vs', 'vs.'].includes(before.lower)) return (action === 'evaluate' || action === 'review') && isRival(p);
  // "compare it with the current similarities", "compared to the rules we run today".
  if ((before.lower === 'with' || before.lower === 'to') && verb?.lemma === 'compare') return isRival(p);
  // "A missed interaction is much worse than junk": a comparison of costs or errors, not of the model with a rival.
  // "More time debugging it than writing prompts": an activity after "than" is no rival either.
  // "True demand was higher than sales": a comparative of amount compares quantities, nothing to beat.
  if (before.lower === 'than') return !/^(?:more|less|fewer|rather|other|worse|slower|costlier|pricier|harder|longer|bigger|larger|riskier|higher|lower|greater|smaller|shorter|older|newer|earlier|later)$/i.test(tokens[i - 1]?.lower ?? '') && !/ing$/i.test(p.tokens[0]!.lower);
  return before.lower === 'over' && !!verb && ['improve', 'better', 'gain'].includes(verb.lemma);
}

const INDEFINITE = /^(?:any|every|some|no)(?:thing|one|body)$/;
const QUOTED = /["“][^"”\n]{1,80}["”]/g;

function unquoted(text: string): string {
  return text.replace(QUOTED, '');
}

/** Whether a position of the text lies inside quotation marks in its clause. */
function quotedAt(clause: Clause, at: number): boolean {
  return [...clause.text.matchAll(QUOTED)].some((m) => at >= clause.start + m.index && at < clause.start + m.index + m[0].length);
}

function isRival(p: NounPhrase): boolean {
  return MODEL_HEADS.test(p.head.lower) || RIVAL_HEADS.test(p.head.lower) || p.tokens.some((t) => RIVAL_MARKS.test(t.lower));
}

const RIVAL_VERBS = new Set(['beat', 'outperform', 'surpass']);
/** A clause that can compare at all: most cannot, and need no phrase-by-phrase look. */
const COMPARISON = /\b(?:against|versus|vs|than|beat\w*|outperform\w*|surpass\w*|over|compar(?:e|es|ed|ing))\b/i;
const RIVAL_HEADS = /^(?:forecasts?|predictions?|scores?|estimates?|rankings?|rules?|heuristics?|engines?|systems?|approach|approaches|methods?|process|incumbent|versions?)$/;
const RIVAL_MARKS = /^(?:current|existing|old|older|legacy|incumbent|previous|today's|manual)$/;
const QUANTITY = /^(?:hundreds?|thousands?|millions?|billions?|percent|dozens?)$/;

/** "the forecasts we run today": a relative clause right after the noun is part of what it names. */
function withRelative(p: NounPhrase, tokens: readonly Token[], clause: Clause): string {
  const at = tokens.findIndex((t) => t.start >= p.end);
  const next = tokens[at];
  const relative = next && (next.pos === 'PRON' || /^(?:that|which|who)$/.test(next.lower)) && tokens[at + 1]?.pos === 'VERB';
  if (!relative || tokens.length - at > 6) return p.text;
  return clause.text.slice(p.start - clause.start);
}

/** What a comparison runs on rather than against. */
const COMPARED_ON = /^(?:held-out|sets?|data|datasets?|splits?|labels?|truth|hold-?outs?|schemas?|expectations?|thresholds?|metrics?|samples?|examples?|periods?|weeks?|days?|months?|history|budgets?|targets?|baselines?|benchmarks?|slas?)$/;

/** "the bed managers would use", "planners open": the people phrase is the subject of a verb of using or looking. */
function usesNext(tokens: readonly Token[], p: NounPhrase): boolean {
  let i = tokens.findIndex((t) => t.start >= p.end);
  while (tokens[i] && (tokens[i]!.pos === 'AUX' || tokens[i]!.pos === 'ADV' || /^(?:would|will|can|could|should|might)$/i.test(tokens[i]!.lower))) i++;
  return !!tokens[i] && USE_VERBS.has(tokens[i]!.lemma);
}

const USE_VERBS = new Set(['use', 'see', 'open', 'check', 'view', 'read', 'consult', 'browse', 'look']);

/** The word before a phrase's article or possessive ("to" in "to an analyst"). */
function wordBefore(tokens: readonly Token[], p: NounPhrase): Token | undefined {
  let i = tokens.findIndex((t) => t.start === p.start) - 1;
  while (i >= 0 && (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'PRON')) i--;
  return tokens[i];
}

/**
 * The verb's subject: the first noun phrase before it, unless a subordinating word comes between
 * that phrase and the verb ("a custom tool so our team can review the traces"): then the verb
 * belongs to the phrase after that word, the nearest one before it.
 */
function subjectOf(phrases: readonly NounPhrase[], tokens: readonly Token[], verb: Token | null): NounPhrase | null {
  const before = phrases.filter((p) => !verb || p.end <= verb.start);
  const [first] = before;
  const last = before.at(-1);
  if (!first || !last || first === last) return first ?? null;
  const subordinated = tokens.some((t) => t.start >= first.end && t.end <= last.start && SUBORDINATING.has(t.lower));
  return subordinated ? last : first;
}

const SUBORDINATING = new Set(['so', 'where', 'when', 'because', 'since', 'while', 'whereas', 'until', 'unless', 'if']);

/** "Our forecaster is a Seasonal Gradient Tree": what a model subject is said to be names it. */
function namesModel(p: NounPhrase, phrases: readonly NounPhrase[], tokens: readonly Token[]): boolean {
  // "Our models range from a naive baseline to a tree per store", "include a GBM and a linear model": each
  // end of the range is one. By the words, not the tags: the tagger reads "models range" as verb and noun.
  const span = tokens.findIndex((t, i) => i > 0 && t.end <= p.start && SPAN_VERBS.has(t.lower) && MODEL_HEADS.test(tokens[i - 1]!.lower) && /s$/.test(tokens[i - 1]!.lower));
  const distributive = /^(?:per|each|every)$/.test(tokens.filter((t) => t.end <= p.start).at(-1)?.lower ?? '');
  if (span >= 0 && !distributive && tokens.every((t) => t.start <= tokens[span]!.start || t.start >= p.start || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'PUNCT' || t.pos === 'DET' || phrases.some((q) => q !== p && t.start >= q.start && t.end <= q.end))) return true;
  const subject = phrases[0];
  if (!subject || subject === p || !MODEL_HEADS.test(subject.head.lower)) return false;
  const copula = tokens.find((t) => t.start >= subject.end && t.end <= p.start && /^(?:be|is|are|was|were|'s|'re)$/.test(t.lemma));
  return !!copula && tokens.every((t) => t.start < subject.end || t.start >= p.start || t === copula || t.pos === 'DET' || t.pos === 'ADV');
}

/** Verbs that list what a subject is made of: the models named after them are the subject's. */
const SPAN_VERBS = new Set(['range', 'include', 'span', 'vary', 'comprise', 'consist']);

/** The clause's main verb: the first verb that is not an auxiliary or a wish ("we want to *retrain*"). */
function mainVerb(tokens: readonly Token[]): number {
  let fallback = -1;
  const later = (i: number) => tokens.slice(i + 1).some((u, k) => u.pos === 'VERB' && !isModifierParticiple(tokens, i + 1 + k) && !inReducedRelative(tokens, i + 1 + k));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "Each graded phone gets…": a participle describing a noun is not the clause's verb.
    if (t.pos !== 'VERB' || isModifierParticiple(tokens, i)) continue;
    // "A classifier we train weekly … flags risky listings": the verb of a relative clause is not the clause's.
    if (inReducedRelative(tokens, i) && later(i)) continue;
    // "… come back within seconds of the claim being submitted": a participle after "being" tells when, past the clause's verb.
    if (tokens[i - 1]?.lower === 'being' && tokens.slice(0, i - 1).some((u) => u.pos === 'VERB' || u.pos === 'AUX')) continue;
    if (fallback < 0 || WISH.has(tokens[fallback]!.lemma)) fallback = i;
    if (!WISH.has(t.lemma) && VERB_ACTION.has(t.lemma)) return i;
  }
  // "We want to run the model…": the wish is a modality, the verb it governs is the work.
  return fallback;
}

/** A verb right after a noun and a subject pronoun, with no "that" or "which": a relative clause ("the model we trained"). */
function inReducedRelative(tokens: readonly Token[], i: number): boolean {
  const subject = tokens[i - 1];
  const noun = tokens[i - 2];
  return !!subject && !!noun && subject.pos === 'PRON' && /^(?:we|i|they|you)$/i.test(subject.lower) && (noun.pos === 'NOUN' || noun.pos === 'PROPN');
}

/**
 * "Our most important data source is historical demand", "meter readings are our main input": what
 * a copula says the source is, named however plainly, because the user called it the source.
 */
function statedSource(phrases: readonly NounPhrase[], tokens: readonly Token[]): NounPhrase[] {
  const copula = tokens.findIndex((t) => /^(?:be|is|are|was|were|'s|'re)$/.test(t.lemma) || /^(?:is|are)$/.test(t.lower));
  if (copula < 0) return [];
  const at = tokens[copula]!.start;
  const before = phrases.filter((p) => p.end <= at).at(-1);
  const after = phrases.find((p) => p.start > at);
  if (!before || !after) return [];
  if (SOURCE_WORDS.test(before.head.lower) && !SOURCE_WORDS.test(after.head.lower)) return [after];
  if (SOURCE_WORDS.test(after.head.lower) && !SOURCE_WORDS.test(before.head.lower)) return [before];
  return [];
}

const SOURCE_WORDS = /^(?:sources?|inputs?)$/;

/** What data is called: its own nouns, or a noun marked as record ("historical", "labelled", "raw"). */
const DATA_HEADS = new Set(
  `data dataset datasets history histories log logs record records event events signal signals transaction transactions
  image images photo photos scan scans document documents text texts click clicks reading readings measurement
  measurements review reviews ticket tickets trip trips order orders sale sales outcome outcomes label labels telemetry
  metric metrics message messages call calls recording recordings transcript transcripts interaction interactions
  impression impressions session sessions feedback survey surveys report reports note notes video videos audio assessment
  assessments listing listings claim claims invoice invoices receipt receipts query queries search searches visit visits
  payment payments booking bookings shipment shipments email emails letter letters submission submissions correspondence`.split(/\s+/),
);
const DATA_MARKS = new Set(['historical', 'historic', 'past', 'raw', 'labelled', 'labeled', 'logged', 'recorded', 'archived']);

/** Named data: "our data" alone says nothing of where it comes from, "property data" or "historical trips" does. */
function isData(p: NounPhrase): boolean {
  if (p.tokens.some((t) => DATA_MARKS.has(t.lower))) return true;
  const generic = /^(?:data|dataset|datasets)$/.test(p.head.lower) && p.tokens.length === 1;
  return !generic && (DATA_HEADS.has(p.head.lemma) || DATA_HEADS.has(p.head.lower));
}

/** Heads that say what the data is only with a noun in front: "property data", "patient history". */
const BARE_HEADS = new Set(['data', 'dataset', 'datasets', 'history', 'histories', 'source', 'sources', 'record', 'records', 'signal', 'signals', 'metric', 'metrics', 'report', 'reports']);
/**
 * Data named well enough to be listed as a source: a plural data noun ("card transactions",
 * "orders") or a data noun with a noun in front ("property data", "server telemetry"). Adjectives
 * alone ("historical data", "large datasets", "fresh data") name no source.
 */
function isNamedData(p: NounPhrase): boolean {
  if (!DATA_HEADS.has(p.head.lemma) && !DATA_HEADS.has(p.head.lower)) return false;
  const before = p.tokens.slice(0, p.tokens.indexOf(p.head));
  const nounInFront = before.some((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !VAGUE_MODIFIERS.has(t.lower));
  const kindInFront = before.some((t) => t.pos === 'ADJ' && !VAGUE_MODIFIERS.has(t.lower));
  if (BARE_HEADS.has(p.head.lower) || BARE_HEADS.has(p.head.lemma)) return nounInFront || kindInFront;
  // One event is no data set: "the spending review", "a sales call" are things that happen, "reviews" and "sales calls" are records.
  if (ONE_EVENT.has(p.head.lower)) return false;
  return nounInFront || p.head.lower !== p.head.lemma;
}

/** Data nouns that, singular, name one event rather than the records of many. */
const ONE_EVENT = new Set(
  'review call visit trip order sale claim ticket message booking shipment payment session survey assessment interaction impression click search query transaction'.split(' '),
);

/** "hospital's", "the retailers'": a noun that owns what follows it; "it's", "that's" are no owners. */
const POSSESSIVE = /^(?!(?:it|that|what|there|here|who|let|he|she|one|everyone|someone|nobody|everybody)['’]s$)[a-z][\w-]*(?:['’]s|s['’])$/i;

/**
 * Data its owner names: "the hospital's historic data", "the insurers' claims". Words of age alone
 * name no source, but the organisation whose data it is does, and it stays in the name.
 */
function ownedData(phrases: readonly NounPhrase[], tokens: readonly Token[]): string[] {
  return phrases
    // "Our GC's note", "my manager's email": one item someone owns is a message, not data to read; "the utility's telemetry" is.
    .filter((p) => isData(p) && !isNamedData(p) && (MASS_DATA.has(p.head.lower) || /s$/i.test(p.head.lower)))
    .flatMap((p) => {
      const owner = ownerBefore(tokens, tokens.findIndex((t) => t.start === p.start));
      return owner ? [`${owner} ${dataName(p)}`] : [];
    });
}

/** Data nouns that are no count of items: said in the singular, they still name a body of data. */
const MASS_DATA = new Set(['data', 'dataset', 'history', 'telemetry', 'feedback', 'audio', 'correspondence', 'text']);

/** The owner just before token `at`: "utility's", or "growers" + "'" as the tagger splits a plural's; with the nouns in front ("water utility's"). */
function ownerBefore(tokens: readonly Token[], at: number): string | null {
  let i = at - 1;
  let owner: string;
  if (/^['’]$/.test(tokens[i]?.text ?? '') && /s$/i.test(tokens[i - 1]?.text ?? '')) {
    owner = `${tokens[i - 1]!.text}${tokens[i]!.text}`;
    i -= 2;
  } else if (tokens[i] && POSSESSIVE.test(tokens[i]!.text)) {
    owner = tokens[i]!.text;
    i -= 1;
  } else {
    return null;
  }
  const words = [owner];
  while (i >= 0 && (tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'PROPN')) words.unshift(tokens[i--]!.text);
  return words.join(' ');
}

function dataName(p: NounPhrase): string {
  return withoutQuantity(p.text);
}

/** Whether a word names people by role ("planners", "underwriters", "analyst"). */
export function isPersonWord(word: string): boolean {
  const w = word.toLowerCase();
  return PEOPLE.has(w) || /ists?$/.test(w);
}

function isPeople(p: NounPhrase): boolean {
  const head = p.head.lower;
  return PEOPLE.has(head) || (p.head.pos === 'NOUN' && /ists?$/.test(head));
}

/**
 * A system: a product name (a proper noun that is not just the sentence's capitalised first
 * word, or a word with capitals inside it: "LayoutLM", "XGBoost", "S3"), or a phrase headed by
 * a system noun ("our routing engine", "the claims app").
 */
/** Units of measure: "under 200 ms" is a budget, not a system. */
const UNITS = /^(?:ms|msec|millis|milliseconds?|s|secs?|seconds?|minutes?|hours?|days?|weeks?|µs|us|gb|tb|mb|kb|%|percent|x)$/i;

function isSystem(p: NounPhrase, clauseTokens: readonly Token[], opensSentence: boolean): boolean {
  if (isPeople(p) || UNITS.test(p.head.lower) || p.head.pos === 'NUM') return false;
  // "Since March", "every Monday": a month or a day is a time, whatever its capital.
  if (p.tokens.length === 1 && CALENDAR.test(p.head.lower)) return false;
  // "UK South", "West Europe", "eu-west-2": a cloud region says where something runs, it is no system.
  if (CLOUD_REGION.test(p.text)) return false;
  if (SYSTEM_HEADS.has(p.head.lower)) return true;
  if (namesAPerson(p)) return false;
  return p.tokens.some((t, i) => {
    if (t.pos !== 'PROPN' && !/[A-Z].*[A-Z0-9]|[a-z][A-Z]/.test(t.text)) return false;
    // Pronouns and their contractions are people talking ("I'm", "We've"), never a product.
    if (/^(?:I|We|Our|The|A|An|(?:I|We|You|They)['’](?:m|re|ve|ll|d))$/.test(t.text)) return false;
    const first = opensSentence && clauseTokens[0] === t && i === 0;
    return !first || /[A-Z].*[A-Z0-9]|[a-z][A-Z]/.test(t.text);
  });
}

/**
 * "Nadia", "Senior Forecaster Dana Whitfield": a person's name, with the title before it, is no
 * system. A catalogued product named like a person ("Jenkins", "Cassandra") stays a product.
 */
function namesAPerson(p: NounPhrase): boolean {
  const names = p.tokens.filter((t) => t.pos === 'PROPN');
  // The title comes first and the name last: "Thompson Sampling" is a method named after a person.
  const first = names.findIndex((t) => t.person);
  return first >= 0 && names.slice(first).every((t) => t.person) && findTools(p.text).length === 0;
}

const CLOUD_REGION = /^(?:(?:uk|us|eu|europe|asia|east|west|north|south|central|southeast|northeast|southwest|northwest)\s+){1,2}(?:south|north|east|west|central|europe|asia|us)(?:\s*\d)?$|^[a-z]{2}-[a-z]+-\d$/i;
const CALENDAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|christmas|easter)$/;

function systemName(p: NounPhrase): string {
  return p.tokens.map((t) => t.text).join(' ').replace(/'s$/, '');
}

/** The role a preposition just before the phrase gives it, else the verb's ("we run Airflow" is a platform). */
/** Verbs of data arriving on its own, not being fetched by the team. */
const LANDS = new Set(['arrive', 'land', 'come', 'flow', 'stream', 'drop']);
/** What only a model's run produces. */
const RESULT_NOUNS = /^(?:predictions?|scores?|results?|outputs?|forecasts?|flags?|candidates)$/;
/** Verbs of data staying where it is kept: "everything lives in Ironclad", "the scans sit in PACS". */
const RESIDES = new Set(['live', 'sit', 'reside']);

function roleOf(p: NounPhrase, tokens: readonly Token[], verb: Token | null): Role {
  const at = tokens.findIndex((t) => t.start === p.start);
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const t = tokens[i]!;
    const role = ROLE_BY_PREPOSITION[t.lower];
    if (role && (t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'VERB' || t.lower === 'vs')) {
      if (t.lower === 'over' && verb && (BASELINE_VERBS.has(verb.lemma) || ['improve', 'compare', 'evaluate'].includes(verb.lemma))) return 'baseline';
      // "in X" is a platform only for work that runs there; what is written "in" X goes to it, and data that
      // arrives or lands "in" X is there for the pipelines to read ("reports arrive into our safety database").
      if (role === 'platform' && verb && VERB_ACTION.get(verb.lemma) === 'publish') return 'destination';
      // … unless what lands is the results: "batch predictions land in BigQuery".
      const resultsLand = !!verb && tokens.some((u) => u.start < verb.start && RESULT_NOUNS.test(u.lower));
      if ((role === 'platform' || role === 'destination') && verb && ((VERB_ACTION.get(verb.lemma) === 'ingest' && LANDS.has(verb.lemma)) || RESIDES.has(verb.lemma))) return resultsLand ? 'destination' : 'source';
      return role;
    }
    if (t.pos === 'VERB' || t.pos === 'PUNCT') break;
  }
  if (verb && p.start > verb.start && BASELINE_VERBS.has(verb.lemma)) return 'baseline';
  if (verb && p.start > verb.start && ['run', 'use', 'host', 'operate', 'maintain'].includes(verb.lemma)) return 'platform';
  return 'named';
}

/** "We want", "we'd need", "our goal": the tagger takes some wishes for nouns ("what we need is…"). */
function isWish(t: Token): boolean {
  return WISH.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NOUN');
}

function statusOf(clause: Clause): Status {
  if (UNDECIDED_WORDS.test(clause.text)) return 'undecided';
  const wishes = clause.tokens.some(isWish);
  if (LATER_WORDS.test(clause.text)) return 'later';
  if (LATER.test(clause.text) && (wishes || clause.tokens.some((t) => WIDEN.has(t.lemma) || TENTATIVE.has(t.lower)))) return 'later';
  if (wishes) return 'wished';
  return EXISTING_WORDS.test(clause.text) ? 'existing' : 'wished';
}
