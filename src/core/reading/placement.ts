/**
 * Every clause ends somewhere: in a component, in a fact (a system and its role, the team, a
 * budget, a schedule), or in `unplaced` for the user to place. The frames add what the lexicon
 * has no phrase for: work people do (review, deciding), actions taken on predictions, a tool
 * people use, work put off for later, and every system by the role its clause gives it.
 */
import type { CategoryId, MentionedComponent, Reading, SystemMention, Unplaced } from './reading';
import type { Frame, Role } from './frames';
import { KIND_NAMES, READS_AHEAD } from './lexicon';
import { findCadences, findLatencies } from './measures';

/** Bounded for huge inputs, like every list in a Reading. */
const MAX_SYSTEMS = 40;
const MAX_UNPLACED = 40;
/** A component quoting several clauses stops growing here. */
const MAX_QUOTE = 300;

/** Acronyms of the trade, not product names: "ML model outputs", "a JSON verdict". */
const GENERIC = /^(?:ml|ai|llms?|ocr|json|xml|api|apis|ui|ux|dm|dms|eta|etas|pdfs?|csvs?|sql|gpus?|cpus?|nlp|cv|kpis?|slas?|pos?|prs?|id|ids|http|rest|url|faq|qa|roi|mvp|v\d|p\d\d|today|tomorrow|us|usa|uk|eu)$/i;

/** Roles a clause can give a system, the most telling first. */
const ROLE_RANK: readonly Role[] = ['source', 'destination', 'platform', 'baseline', 'tool', 'named'];

export function systemsOf(frames: readonly Frame[]): SystemMention[] {
  const byName = new Map<string, SystemMention>();
  for (const f of frames) {
    if (f.negated) continue;
    for (const s of f.systems) {
      const name = cleanName(s.name);
      if (!name) continue;
      const key = name.toLowerCase();
      const seen = byName.get(key);
      if (!seen) {
        if (byName.size < MAX_SYSTEMS) byName.set(key, { name, role: s.role, quote: f.text });
      } else if (ROLE_RANK.indexOf(s.role) < ROLE_RANK.indexOf(seen.role)) {
        byName.set(key, { name: seen.name, role: s.role, quote: f.text });
      }
    }
  }
  return [...byName.values()];
}

/** "Today RPA bots" → "RPA bots"; "ML" alone → nothing. */
function cleanName(name: string): string | null {
  const words = name.split(/\s+/).filter((w, i, all) => !(i === 0 && all.length > 1 && /^(?:today|currently|now|later|also|then)$/i.test(w)));
  const text = words.join(' ').replace(/[’']s$/, '').trim();
  if (!text || words.every((w) => GENERIC.test(w.replace(/[^\w]/g, '')))) return null;
  return text;
}

const ACTION_CATEGORY: Partial<Record<NonNullable<Frame['action']>, CategoryId>> = {
  ingest: 'dataSources',
  transform: 'processing',
  label: 'processing',
  train: 'modelWork',
  evaluate: 'modelWork',
  explore: 'modelWork',
  predict: 'modelWork',
  serve: 'deployment',
  display: 'deployment',
  review: 'operations',
  act: 'operations',
  monitor: 'operations',
  publish: 'deployment',
};
const ROLE_CATEGORY: Partial<Record<Role, CategoryId>> = { source: 'dataSources', destination: 'deployment', platform: 'infrastructure' };

/**
 * The categories each clause covers by what it does (the work it names) and by the systems it
 * gives a role (a source, a destination, the platform). Phase 1's push-back counts these beside
 * the phrase lists, so coverage does not hang on one list of phrases.
 */
export function coveredByFrames(frames: readonly Frame[]): CategoryId[] {
  const covered = new Set<CategoryId>();
  for (const f of frames) {
    if (f.negated) continue;
    // Reading a table is not operations; people reviewing or deciding is.
    const category = f.action && (f.action !== 'review' || f.byPeople) ? ACTION_CATEGORY[f.action] : undefined;
    if (category) covered.add(category);
    // Retraining is the seed's operational need as much as model work.
    if (f.action === 'train' && /\bre-?train/i.test(f.verb ?? '')) covered.add('operations');
    if (f.data.length > 0) covered.add('dataSources');
    if (f.aboutTeam) covered.add('team');
    for (const s of f.systems) {
      const byRole = ROLE_CATEGORY[s.role];
      if (byRole && cleanName(s.name)) covered.add(byRole);
    }
  }
  return [...covered];
}

/** Where data is kept ("the photos in S3"), not what a model is trained with; "BigQuery ML" trains. */
const DATA_STORE = /^(?!.*\bml$).*\b(?:s3|gcs|blob|buckets?|hdfs|hive|postgres\w*|mysql|snowflake|bigquery|redshift|databases?|warehouse|data ?lake|lakehouse)\b/i;

/**
 * The system a training clause runs the work on or with ("use BigQuery ML to build a churn model",
 * "fine-tune it with SageMaker Training"): a product name, not a data source or the model itself.
 */
export function trainedWith(frames: readonly Frame[]): string | null {
  for (const f of frames) {
    if (f.negated || f.action !== 'train' || f.status === 'later') continue;
    // A notebook (Colab, Jupyter) is where training happens today, existing work the step takes over, not what it trains with.
    const system = f.systems.find((s) => (s.role === 'platform' || s.role === 'tool') && !f.models.includes(s.name) && !DATA_STORE.test(s.name) && !NOTEBOOKS.test(s.name) && cleanName(s.name));
    if (system) return cleanName(system.name);
  }
  return null;
}

/** Work said to come after the model ("post-processing merges the segments", "we post-process the detections"). */
const POST_PROCESS = /\bpost[- ]?process\w*/i;

/**
 * What the team does to the model's output before anyone uses it, in their words: the clause that
 * names post-processing, and the clauses that continue it ("…, infers speaker labels and merges
 * segments into paragraphs"). Null when no clause names it: the draft never invents one.
 */
export function afterModel(frames: readonly Frame[]): string | null {
  const at = frames.findIndex((f) => !f.negated && f.status !== 'later' && POST_PROCESS.test(f.text));
  if (at < 0) return null;
  const continued = frames.slice(at + 1).findIndex((f) => !/^and\b/i.test(f.text.trim()) || f.start - frames[at]!.end > 2);
  const last = continued < 0 ? frames.length - 1 : at + continued;
  return frames.slice(at, last + 1).map((f) => f.text.trim()).join(', ').replace(/,\s+and\b/g, ' and');
}

/**
 * The categories the components found answer: batch scoring or serving says how the model is used
 * (deployment), a monitor or people reviewing say what happens once it is live (operations).
 */
export function coveredByComponents(components: readonly MentionedComponent[]): CategoryId[] {
  const covered = new Set<CategoryId>();
  for (const c of components) {
    const category = KIND_CATEGORY[c.kind];
    if (category) covered.add(category);
  }
  return [...covered];
}

const KIND_CATEGORY: Partial<Record<MentionedComponent['kind'], CategoryId>> = {
  processing: 'processing',
  'batch-inference': 'deployment',
  'online-inference': 'deployment',
  monitoring: 'operations',
  alerting: 'operations',
  'retraining-trigger': 'operations',
  'human-review': 'operations',
};

/**
 * Work whose objects are its results, not its inputs: "serve fraud scores", "publish the forecasts".
 * A prediction's object is what it scores ("score the loan applications"): data in.
 */
const OUTPUT_ACTIONS = new Set<Frame['action']>(['serve', 'publish', 'display', 'act']);

/**
 * The data the description names as what it works from ("we use property data: sales transactions,
 * tax assessments…", "trained on historical trips"), in its own words: the sources when no system
 * is named. Data that comes out of the work (scores, forecasts) is not a source.
 */
export function dataNamed(frames: readonly Frame[]): string[] {
  const out: string[] = [];
  for (const f of frames) {
    // Post-processing works on the model's output ("post-processing … infers speaker labels"): what it names comes out.
    // Work not decided on ("… Undecided if it's worth it.") names no data of theirs; a question may still name theirs.
    if (f.negated || f.status === 'later' || (f.status === 'undecided' && !f.text.endsWith('?')) || (f.action !== null && OUTPUT_ACTIONS.has(f.action)) || POST_PROCESS.test(f.text)) continue;
    for (const d of f.namedData) {
      const name = d.replace(/\s+/g, ' ').trim();
      if (!/^[\p{L}\d][\p{L}\d\s'’&/-]*$/u.test(name) || name.split(' ').length > 5) continue;
      // "a search engine over podcast transcripts" describes a system, whatever data it holds.
      if (name.split(' ').slice(0, -1).some((w) => SYSTEM_NOUNS.test(w))) continue;
      if (!out.some((o) => o.toLowerCase() === name.toLowerCase()) && out.length < MAX_DATA) out.push(name);
    }
  }
  return out;
}

const MAX_DATA = 8;
/** Nouns that only ever name a system ("store" and "site" also name shops and places: "store sales"). */
const SYSTEM_NOUNS = /^(?:engines?|platforms?|systems?|services?|apps?|applications?|tools?|portals?|dashboards?|databases?|apis?|bots?|websites?|microservices?|clusters?|consoles?|registr(?:y|ies))$/i;

/** A model answering per request, denied: "no live model call", "without a real-time endpoint". */
const NO_LIVE_CALL = /\b(?:no|not|without|never|avoid)\s+(?:an?\s+|any\s+)?(?:live|real[- ]?time|online|synchronous|per[- ]request)\s+(?:model\s+)?(?:calls?|inference|serving|scoring|api|endpoints?|predictions?)\b/i;

/** Components the frames find and the lexicon has no phrase for. */
export function frameComponents(frames: readonly Frame[], existing: readonly MentionedComponent[]): MentionedComponent[] {
  const out: MentionedComponent[] = [];
  // "Every night, and for the busiest stores every hour, we score …": a clause that is only a time phrase times the next one.
  let lead: MentionedComponent['cadence'] = null;
  const add = (kind: MentionedComponent['kind'], f: Frame, name = nameFor(kind, f)) => {
    if (existing.some((c) => c.kind === kind)) return;
    const seen = out.find((c) => c.kind === kind);
    // The same kind said in several clauses ("remediated automatically", "or terminated") quotes them all.
    if (seen) seen.text = seen.text.length < MAX_QUOTE ? `${seen.text}; ${f.text}` : seen.text;
    // The schedule said in the work's own clause ("… in each new inspection") is its cadence.
    else out.push({ id: kind, name, text: f.text, kind, cadence: findCadences(f.text)[0]?.value ?? lead, latencyMs: null, owner: null });
  };
  // Inference named by its noun is serving when any clause holds work to a budget, batch scoring otherwise.
  const served = frames.some((f) => !f.negated && findLatencies(f.text).length > 0);
  for (const [i, said] of frames.entries()) {
    const before = frames[i - 1];
    lead = before && before.verb === null ? (findCadences(before.text)[0]?.value ?? null) : null;
    const f = withSharedSubject(said, frames.slice(Math.max(0, i - 2), i));
    // A question of whether ("should we be talking to someone else?") names no work; the lexicon keeps it as undecided.
    if (f.negated || (f.status === 'undecided' && f.text.endsWith('?'))) continue;
    if (wanted(f)) {
      if (f.nominalWork.includes('train')) add('training', f);
      if (f.nominalWork.includes('predict') && !served) add('batch-inference', f);
      if (f.nominalWork.includes('serve') && !served) add('online-inference', f);
    }
    const budget = Math.min(...findLatencies(f.text).map((l) => l.value));
    // "call it from a webhook … so it lands in the right queue within a second": the budget of a purpose clause is the serving's.
    const servedBefore = frames.slice(Math.max(0, i - 2), i).find((b) => b.action === 'serve' && !b.negated);
    // "The matchmaker has a 50 ms budget for all lookups, so no live model call", "… but it only reads precomputed
    // segments": the budget is another system's, which reads stored scores.
    const noLiveCall = [f, frames[i + 1]].some((n) => n && (NO_LIVE_CALL.test(n.text) || READS_AHEAD.test(n.text)));
    if (Number.isFinite(budget) && !noLiveCall && ((f.action !== 'train' && f.action !== 'ingest') || servedBefore)) {
      // Work held to a latency budget answers one request at a time: serving, whatever its verb;
      // on the device the model is exported to, the budget is the device's, and no endpoint serves it.
      if (!existing.some((c) => c.kind === 'online-inference' || c.kind === 'other') && !out.some((c) => c.kind === 'online-inference')) {
        const text = servedBefore ? `${servedBefore.text} ${f.text}` : f.text;
        out.push({ id: 'online-inference', name: KIND_NAMES['online-inference'], text, kind: 'online-inference', cadence: null, latencyMs: budget, owner: null });
      }
      continue;
    }
    // Training said with a verb ("recalibrate the churn model", "the bandit's parameters are refreshed"), not a gerund ("data for training").
    if (f.action === 'train' && (f.models.length > 0 || !/ing$/i.test(f.verb ?? 'ing')) && wanted(f)) add('training', f);
    // "We want to detect empty facings and push a task list back to the app": what the next clause hands on
    // is what the wished work found, so the task and its hand-on together are a run of it.
    const handsOnFindings = f.action === 'predict' && FINDS.test(f.verb ?? '') && wanted(f) && !served && handsOnNext(frames.slice(i + 1).find((n) => n.verb !== null));
    if (scoresInBatches(f) || handsOnPredictions(f) || handsOnFindings || scheduledPredictions(f) || (!served && modelApplied(f))) add('batch-inference', f);
    else if (f.action === 'ingest' && wanted(f) && (f.data.length > 0 || f.objects.length > 0)) add('ingestion', f);
    // The verb, or the word after "want to" where the tagger took it for a noun.
    if ((f.action === 'evaluate' || JUDGING.test(f.text)) && wanted(f) && QUALITY.test(f.text)) add('evaluation', f);
    const named = wanted(f) ? namedPipeline(f.text) : null;
    if (named) add(named.kind, f, named.name);
    if (showsPeople(f)) add('dashboard', f);
    // People labelling is labelling work; a model that "tags" tickets is a prediction.
    if (f.action === 'label' && f.byPeople) add('labeling', f);
    // A stream named as a system, or a system the clause calls one ("our in-house real-time data streaming platform").
    if (f.systems.some((s) => STREAMS.test(s.name)) || (f.systems.length > 0 && STREAMING_WORDS.test(f.text))) add('streaming', f);
    if (NOTEBOOKS.test(f.text) && (f.action === 'explore' || EXPLORATION.test(f.text))) add('exploration', f);
    if (f.status === 'later' && (f.objects.length > 0 || f.systems.length > 0) && !claimed(f, existing)) add('future-work', f);
    else if (f.byPeople && (f.action === 'review' || f.action === 'label' || f.action === 'publish' || f.action === null) && mentionsDecision(f)) add('human-review', f);
    else if (f.action === 'act' && !f.byPeople) add('action', f);
  }
  return out;
}

/** Verbs of a finding only a model makes about records: generating queries or searching is no model's judgment. */
const FINDS = /^(?:predict|scor|forecast|classif|detect|flag|identif|spot|rank|recogni|estimat|rat|grad)/i;

/** A clause that goes on from the one before ("and push a task list back to the app") handing something to a place; a verbless list item between ("and misplaced products") belongs to the one before. */
function handsOnNext(next: Frame | undefined): boolean {
  return !!next && next.continues && !next.negated && next.action === 'publish' && (next.transitive || next.objects.length > 0) && next.systems.some((s) => s.role === 'destination');
}

/** What measuring the model's output is about: measuring it is evaluating the model ("measure SQL accuracy"). */
const QUALITY = /\b(?:accuracy|precision|recall|error rates?|quality|f1|auc|mae|mape|rmse|wer|correctness|success rates?|how often (?:it|they|the \w+) (?:\w+ )?(?:succeeds?|answers? correctly|gets? it right))\b/i;

/** Verbs of judging a result, whatever the tagger made of them. */
const JUDGING = /\b(?:measur|compar|benchmark|evaluat|assess)\w*\b/i;

/** "A knowledge-base pipeline", "the feature pipeline": a pipeline the team names is work they mean as one. */
const NAMED_PIPELINE = /\b([a-z][\w]*(?:-[a-z]\w*)?(?:\s[a-z][\w-]*)?)[- ]pipelines?\b/i;
/** What the words before "pipeline" say it does; words that say nothing ("ML", "proper") name no work. */
const PIPELINE_WORK: readonly [RegExp, MentionedComponent['kind']][] = [
  [/\b(?:knowledge|index\w*|embedd?\w*|retriev\w*|documents?|chunk\w*|features?|clean\w*|pre-?process\w*|prep\w*|transform\w*)\b/i, 'processing'],
  [/\b(?:ingest\w*|etl|elt|sync|import)\b/i, 'ingestion'],
  [/\b(?:re-?train\w*|train\w*|fine-?tun\w*)\b/i, 'training'],
  [/\b(?:scor\w*|inference|predict\w*|forecast\w*)\b/i, 'batch-inference'],
  [/\b(?:eval\w*|test\w*|benchmark\w*)\b/i, 'evaluation'],
  [/\b(?:label\w*|annotat\w*)\b/i, 'labeling'],
];

function namedPipeline(text: string): { kind: MentionedComponent['kind']; name: string } | null {
  const m = NAMED_PIPELINE.exec(text);
  if (!m) return null;
  const kind = PIPELINE_WORK.find(([words]) => words.test(m[1]!))?.[1];
  if (!kind) return null;
  const words = m[1]!.replace(/^(?:(?:its|their|our|the|an?|own)\s+)+/i, '');
  return { kind, name: `${words.charAt(0).toUpperCase()}${words.slice(1)} pipeline` };
}

/** Work software does and the team means to have now: not people's own process, nor put off or undecided. */
function wanted(f: Frame): boolean {
  return !f.negated && !f.byPeople && f.status !== 'later' && f.status !== 'undecided';
}

/**
 * A clause that opens on its verb shares the subject of the clause before it: "A LightGBM model,
 * trained in a notebook by an analyst, predicts next week's sales" is split at its commas, and
 * "predicts next week's sales" is still the model's work. The subject is the nearest model of the
 * two clauses before (the participle clause between names only where it was trained).
 */
function withSharedSubject(f: Frame, before: readonly Frame[]): Frame {
  // "We'd like a classifier | that pre-sorts the reports": a relative clause's subject is the model it follows.
  const antecedent = f.models.length === 0 && /^(?:that|which)\s/i.test(f.text) ? before.at(-1) : undefined;
  const model = antecedent?.models.find((m) => MODEL_WORD.test(m) && antecedent.text.trimEnd().endsWith(m));
  if (model) return { ...f, models: [model] };
  if (f.models.length > 0 || !f.verb || !f.text.toLowerCase().startsWith(f.verb.toLowerCase())) return f;
  // Only a model that is its clause's subject, before any verb there ("A LightGBM model, trained …"), not an object ("train a click model").
  const subjectModels = (b: Frame) => b.models.filter((m) => MODEL_WORD.test(m) && (!b.verb || b.text.indexOf(m) < b.text.indexOf(b.verb)));
  const models = [...before].reverse().map(subjectModels).find((m) => m.length > 0);
  return models ? { ...f, models } : f;
}

const MODEL_WORD = /\b(?:models?|classifiers?|regressors?|forecasters?|detectors?|rankers?|xgboost|lightgbm|catboost|transformers?|networks?)\b/i;

function modelApplied(f: Frame): boolean {
  if (!wanted(f)) return false;
  // The team scoring records itself ("we score leads and accounts") is using its model too.
  if (WE_SCORE.test(f.text) && f.objects.length > 0) return true;
  if (f.models.length === 0) return false;
  return (f.action === 'predict' && f.transitive) || USED_TO_WORK.test(f.text) || RUNS_MODEL.test(f.text) || LISTS_OUTPUTS.test(f.text) || f.models.some((m) => passesThrough(f.text, m) || (!NOT_USE.has(f.action) && agentOf(f.text, m))) || doneByModel(f);
}

/** "Run the model", "apply our grade model to the new pattern": a model run on records is a run of it, unless it trains. */
const RUNS_MODEL = /\b(?:run|runs|running|ran|apply|applies|applied|applying)\s+(?:the|our|a|this|that)\s+(?:[\w-]+\s+){0,2}?models?\b(?!\s+(?:training|builds?|fitting)\b)/i;

/** A verb of making that ends its clause before a colon takes the list after it as its object: "GPT-4o produces: a summary, a code…". */
const LISTS_OUTPUTS = /\b(?:produces|generates|outputs|returns|extracts|writes|creates|drafts|assigns|predicts)\s*$/i;

/**
 * "We score leads", "we rank every listing", "every night we detect empty facings": the team, then a verb
 * that puts a number, a class or a finding on records. Wanting the task ("we'd like to predict fraudulent
 * claims") names no run of it.
 */
const WE_SCORE = /^(?:(?:and|so|then|now)\s+)?we\s+(?:(?:also|already|currently|now|then)\s+)?(?:score|predict|forecast|classify|rank|rate|grade|flag|detect|spot|identify)s?\s+(?!(?:well|better|worse|high|low|poorly)\b)(?:the\s+|our\s+|their\s+|all\s+|every\s+|each\s+|new\s+|incoming\s+)*(?:[a-z-]+\s+)?[a-z-]+s\b/i;

/** Work a model cannot be the subject of as its use: being made, judged, explored, served or watched. */
const NOT_USE = new Set<Frame['action']>(['train', 'evaluate', 'explore', 'serve', 'monitor']);

/** A model as the subject of a verb with an object does that work on the records ("GPT-4 reads the new contracts"). */
function doneByModel(f: Frame): boolean {
  // "The vendor model beats the old rules": a comparison judges it.
  if (!f.transitive || !f.verb || NOT_USE.has(f.action) || f.comparedWith.length > 0) return false;
  const verbAt = f.text.indexOf(f.verb);
  return f.models.some((m) => {
    const at = f.text.indexOf(m);
    return at >= 0 && at + m.length <= verbAt;
  });
}

/** "Each chunk goes through Whisper", "the pages are fed into the tagger": the records pass through the model, which does the work. */
function passesThrough(text: string, model: string): boolean {
  const at = text.indexOf(model);
  const before = text.slice(0, at);
  return at > 0 && (/\b(?:go(?:es)?|went|pass(?:es|ed)?|(?:is|are|get|gets) (?:run|sent|fed|passed))\s+(?:through|into)\s+(?:the\s+|a\s+|an\s+|our\s+)?$/i.test(before) || HANDED_TO_MODEL.test(before));
}

/** "Send the transcript to Claude", "we feed each page into the tagger": the records handed to the model, which does the work. */
const HANDED_TO_MODEL = /\b(?:send|sends|sent|sending|feed|feeds|fed|feeding|pass|passes|passed|passing|submit|submits|submitted|forward|forwards|forwarded)\s+(?:it|them|(?:the|each|every|all|our|new)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:to|into|through)\s+(?:the\s+|a\s+|an\s+|our\s+)?$/i;

/** "Every tile is classified by the production model", "the forms get read with our LayoutLM": the model is the passive's agent. */
function agentOf(text: string, model: string): boolean {
  const at = text.indexOf(model);
  return at > 0 && /\b(?:is|are|get|gets|got|was|were|being|be)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|t)\s+(?:by|with|using)\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+)?$/i.test(text.slice(0, at));
}

/**
 * The team calling or prompting a model ("we started calling Gemini to rewrite …") uses it; a system of
 * theirs calling it ("our fraud rules call a hosted LLM") already runs it where it is.
 */
const TEAM_CALLS = String.raw`(?:we|i)\b(?:\s+[a-z']+){0,3}?\s+(?:call|calls|called|calling|prompt|prompts|prompted|prompting)\b`;

/**
 * "Use a model to do something" says the model does it, whatever the verb ("use a pretrained
 * Whisper model to caption the recordings"): English puts the work in the purpose infinitive. Not
 * when the purpose is making or judging a model ("use XGBoost to train…").
 */
/** "… to <verb> the records": a purpose infinitive whose work is not making or judging a model. */
const TO_WORK = String.raw`[^.;]*?\bto\s+(?!(?:be|re-?train|train|fine-?tune|evaluate|test|compare|benchmark|build|develop|fit|tune)\b)[a-z]+\s+(?:(?:out|up|off|down|through)\s+[a-z]|(?:the|our|their|all|each|every|new|incoming)\b)`;
const USED_TO_WORK = new RegExp(String.raw`\b(?:use[sd]?|using|run|runs|apply|applies|applied)\b${TO_WORK}|\b${TEAM_CALLS}${TO_WORK}`, 'i');

/**
 * A model applied to many records on a schedule: "re-value every home several times a week",
 * "score all open accounts nightly"; "score well on recall" scores nothing. A budget makes it serving
 * (above); people doing it is review.
 */
function scoresInBatches(f: Frame): boolean {
  if (f.action !== 'predict' || !f.transitive || !wanted(f)) return false;
  return findCadences(f.text).some((c) => c.value !== 'realtime' && c.value !== 'manual') || BATCH_SCOPE.test(f.text);
}

/**
 * Predictions made to be handed on: "produce the forecasts that planning picks up", "write the
 * risk scores to the warehouse", "give every account a churn score". Predictions that leave the
 * work with no request waiting for them are made in batches (a budget would have made it serving,
 * above); people handing them on is their process, not a pipeline.
 */
function handsOnPredictions(f: Frame): boolean {
  if (f.verb === null) return false;
  // People asking for scores ("the dispatch team wants a risk score") are who they go to, not who makes them.
  if (!wanted(f) && !(f.byPeople && ASKED_FOR.test(f.verb) && wanted({ ...f, byPeople: false }))) return false;
  // "customer success wants a churn risk score per account": predictions someone asks to be given are handed on too;
  // wanting them shown on a screen ("want the scores shown in our dashboard") is the screen's work.
  const asked = ASKED_FOR.test(f.verb) && !(DISPLAYED.test(f.text) && SCREENS.test(f.text));
  // The object, or the first words after the verb where the tagger missed it ("next week's demand forecasts").
  const after = f.text.slice(f.text.indexOf(f.verb) + f.verb.length).trim().split(/\s+/).slice(0, 6).join(' ');
  // "The output goes to a Delta table", "results land in Postgres": what moves is the clause's subject.
  const subject = f.text.slice(0, f.text.indexOf(f.verb));
  if ((f.action === 'publish' || f.action === 'ingest') && SUBJECT_PREDICTIONS.test(subject) && !MEASURED.test(subject) && /^(?:back\s+)?(?:to|into|onto|in)\b/i.test(after)) return true;
  if (f.action !== 'publish' && !GIVE.test(f.verb) && !asked) return false;
  // The direct object; after "give" the thing given follows the one receiving it ("give every account a score").
  const direct = f.objects.slice(0, f.action === 'publish' ? 1 : 2);
  const object = direct.find((o) => PREDICTIONS.test(o)) ?? after.match(OBJECT_PREDICTIONS)?.[0] ?? f.text.match(RANKED_LIST)?.[0];
  // "We need a recommendation either way", "an estimate by Friday": advice or a quote asked of someone, not a model's output.
  return !!object && !MEASURED.test(object) && !ADVICE.test(after);
}

/**
 * Predictions named with the schedule they come on ("a daily health score per turbine", "weekly
 * churn scores"), or work computed ahead of the request on a schedule ("suggestions precomputed
 * overnight"): both are made in batches, whatever the clause's verb. Features or embeddings computed
 * ahead are data work, not predictions.
 */
function scheduledPredictions(f: Frame): boolean {
  if (!wanted(f) || MEASURED.test(f.text)) return false;
  if (SCHEDULED_PREDICTIONS.test(f.text)) return true;
  return !!f.verb && PRECOMPUTED.test(f.verb) && !DATA_WORK.test(f.text) && findCadences(f.text).some((c) => c.value !== 'realtime' && c.value !== 'manual');
}

const GIVE = /^(?:giv|gave|assign|attach|provid|hand)/i;
const ASKED_FOR = /^(?:want|need|expect|request|require|ask|get|gets|receive)/i;
/** A ranked list is predictions too: "a weekly list of the 200 highest-risk patients". */
const RANKED_LIST = /\blists? of (?:the )?(?:\d[\d,]* )?(?:highest|top|most|riskiest|likeliest|best)\b/i;
const DISPLAYED = /\b(?:show(?:n|s|ing)?|display(?:ed|s)?|see|seen|visible|view(?:ed)?|surfac(?:e|ed))\b/i;
/** What a model's run yields, by its head noun. */
const PREDICTION_NOUNS = String.raw`(?:forecasts?|predictions?|scores?|estimates?|rankings?|recommendations?|propensit(?:y|ies)|probabilit(?:y|ies)|valuations?|tags?)`;
/** A clause that opens on the model's output, before its verb and any auxiliary: "Output goes…", "the nightly scores are written…". */
const SUBJECT_PREDICTIONS = new RegExp(String.raw`^\s*(?:(?:the|our|its|their|all|every)\s+)?(?:[\w'’-]+\s+){0,2}?(?:${PREDICTION_NOUNS}|outputs?|results?)\s+(?:(?:are|is|get|gets|will be|would be|should be|must be)\s+)?$`, 'i');
const PREDICTIONS = new RegExp(String.raw`\b${PREDICTION_NOUNS}$`, 'i');
/** Up to four words in front, none a preposition: "on the predictions" is about them, not them. */
const OBJECT_PREDICTIONS = new RegExp(String.raw`^(?:(?!(?:on|of|from|for|with|by|in|into|to|about|based)\b)[\w'’-]+\s+){0,4}?${PREDICTION_NOUNS}\b`, 'i');
const SCHEDULED_PREDICTIONS = new RegExp(String.raw`\b(?:daily|nightly|weekly|monthly|hourly|quarterly|overnight)\s+(?:(?!(?:on|of|from|for|with|by|in|into|to|about|and|or)\b)[\w'’-]+\s+){0,3}?${PREDICTION_NOUNS}\b`, 'i');
const PRECOMPUTED = /^pre-?(?:comput|calculat|generat|scor|rank)/i;
const DATA_WORK = /\b(?:features?|embeddings?|aggregates?|indexe?s?)\b/i;
/** Scores that measure the model or feed it, not its output: "evaluation scores", "F1 scores", "feature scores". */
const ADVICE = /^(?:an?|one|your)\s+(?:recommendation|estimate)\b(?!\s+(?:for|of|per|on)\b)/i;
const MEASURED = /\b(?:evaluation|eval|test|validation|accuracy|benchmark|f1|quality|offline|features?|input)\b/i;

/**
 * What the batch scoring scores, as the user put it: "every high-value player", "all 100+ million
 * homes". A time ("every week") is a schedule, not what is scored.
 */
export function scoredRecords(components: readonly MentionedComponent[]): string | null {
  for (const c of components.filter((k) => k.kind === 'batch-inference')) {
    for (const m of c.text.matchAll(SCORED)) if (!TIMES.test(m[0].split(/\s+/)[1] ?? '')) return m[0].replace(/\s+/g, ' ');
  }
  return null;
}

/** A word of the scored records' name: not an article, preposition or conjunction ("every player *a* churn score"). */
const WORD = String.raw`(?!(?:a|an|the|with|for|in|on|to|of|and|or|as|at|by|is|are|gets?|go(?:es)?|went|pass(?:es)?|from|into|each|every|all|per|twice|once|nightly|daily|weekly|monthly|hourly)\b)[a-z-]+`;
const SCORED = new RegExp(String.raw`\b(?:all (?:(?:the|our) )?(?:[\d.,]+\+?\s*(?:million|billion|thousand|[km])?\s+)?(?:${WORD}\s+){0,2}?${WORD}s|(?:every|each) (?:${WORD}\s+){0,2}${WORD})\b`, 'gi');
const TIMES = /^(?:second|minute|hour|day|night|morning|evening|week|month|quarter|year|weekday|weekend|time|run|batch)s?$/i;

/** Every record at once: "all 3 million accounts", "every open claim", "the whole catalogue", "in bulk". */
const BATCH_SCOPE = /\b(?:all (?:(?:the|our|of (?:the|our)) )?(?:[\d.,]+\+?\s*(?:[km]|million|billion|thousand)?\s+)?[a-z-]+s\b|(?:every|each) (?:single |new )?[a-z-]+\b(?! (?:request|call|query|click|visit|time))|the (?:whole|entire) [a-z-]+|in (?:bulk|batch(?:es)?))/i;

/** Screens people look at: a dashboard, a viewer, a worklist, a tool they use (an app is the product, not a screen). */
/** A BI tool is a screen too: "a Looker view where category managers can see forecast vs actual". */
const SCREENS = /\b(?:dashboards?|viewers?|worklists?|portals?|ui|uis|front-?ends?|consoles?|tools?|interfaces?|screens?|reports?|looker|tableau|power ?bi|superset|metabase|qlik(?:view| sense)?)\b/i;
/**
 * Systems that carry events: what the seed calls continuous streaming. "Streaming" alone is also a
 * business ("a streaming service" sells video), so it counts only with data or events around it.
 * A queue carries events only as a message system ("a message queue", SQS): a job queue hands work from
 * one stage to the next, which is what an orchestrator does, and "the pharmacy queue" is people's work.
 */
/** A topic is a stream's only by a stream's words or a code name ("Kafka topic", "topic `drv.telemetry.v3`"); "a research topic" is a subject. */
const STREAMS = /\b(?:kafka|kinesis|pub\/?sub|event ?hubs?|pulsar|rabbitmq|sqs|streams?|(?:event|events|message|stream|streaming)\s+topics?|topics?(?=\s+[`'"]?[\w-]+[._][\w.-]+)|(?:message|event|events)\s+queues?|(?:data|event|events|real[- ]time)\s+streaming)\b/i;
const STREAMING_WORDS = /\b(?:data|event|events|real[- ]time)\s+stream(?:ing|s)?\b/i;
/** Exploration: prototyping, experiments, EDA, where it happens in notebooks. */
const EXPLORATION = /\b(?:prototyp\w*|explor\w*|experiment\w*|eda|ad[- ]hoc analys\w*)\b/i;
const NOTEBOOKS = /\b(?:notebooks?|colab|jupyter\w*)\b/i;

/** Results shown to people, or a screen people use: "radiologists see them in our viewer", "a tool the managers would use". */
function showsPeople(f: Frame): boolean {
  // Counted, they are records, not a screen: "roughly 310k first-notice-of-loss reports a year".
  const screen = [...f.text.matchAll(SCREENS_ALL)].some((m) => !COUNTED.test(f.text.slice(Math.max(0, m.index - 60), m.index)));
  // People at a screen only make it a dashboard when they look at or work in it: "the rep is waiting on screen" is a request waiting.
  return screen && (f.action === 'display' || (f.byPeople && f.action !== 'review' && !WAITING.test(f.text)) || /\b(?:use|used|uses|using)\b/i.test(f.text) && f.byPeople || f.usedByPeople);
}

const SCREENS_ALL = new RegExp(SCREENS.source, 'gi');
const COUNTED = /\d[\d,.]*\s*[km]?\+?\s+(?:[\w-]+\s+){0,3}$/i;
const WAITING = /\b(?:wait(?:s|ed|ing)?|hold(?:s|ing)?)\s+(?:on|at|for)\b/i;

/** People deciding or checking: a reviewer, a decision, approval, the loop, or work handed to them. */
function mentionsDecision(f: Frame): boolean {
  return f.toPeople || f.action === 'review' || f.action === 'label' || /\b(?:review\w*|decision|decide|approv\w*|loop|check\w*|verif\w*|sign[- ]off|triage|final (?:call|say|word))\b/i.test(f.text);
}

/** Work a component already quotes is placed there. */
function claimed(f: Frame, components: readonly MentionedComponent[]): boolean {
  return components.some((c) => overlaps(c.text, f.text));
}

function overlaps(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

function nameFor(kind: MentionedComponent['kind'], f: Frame): string {
  if (kind === 'future-work') return `Later: ${[...f.objects, ...f.systems.map((s) => s.name)].slice(-3).join(', ')}`.slice(0, 80);
  return KIND_NAMES[kind];
}

/**
 * The clauses no component quotes and that state no fact the reading keeps: a system with a
 * role, a schedule, a budget, a team. Each is kept with why, so the board can show it.
 */
export function unplacedClauses(frames: readonly Frame[], reading: Reading): Unplaced[] {
  const out: Unplaced[] = [];
  for (const f of frames) {
    if (out.length >= MAX_UNPLACED) break;
    if (claimed(f, reading.components)) continue;
    if (f.systems.some((s) => s.role !== 'named') || findCadences(f.text).length || findLatencies(f.text).length) continue;
    if (reading.categories.team?.some((p) => f.text.includes(p))) continue;
    // A label ("Latency:", "Accuracy:") heads the clause after it and says nothing by itself.
    if (!/[A-Za-z]{3}/.test(f.text) || (f.action === null && f.systems.length === 0 && f.objects.length === 0 && f.text.split(/\s+/).length <= 2)) continue;
    out.push({ text: f.text, reason: reasonFor(f) });
  }
  return out;
}

function reasonFor(f: Frame): string {
  if (f.negated) return 'said not to happen';
  if (f.status === 'undecided') return 'not decided yet';
  if (f.action === null) return f.systems.length ? 'names a system but no work for it' : 'context, no work recognised';
  return `"${f.action}" work the reader could not tie to a component`;
}
