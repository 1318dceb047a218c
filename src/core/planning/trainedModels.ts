/**
 * The models the team trains, each with a lifecycle of its own: its own Model Control Plane name,
 * evaluation and promotion, and the pipeline that uses it. One model is the whole scope's model,
 * as before; only a description that trains several gets one lifecycle per model.
 */
import type { Cadence, ModelMention, Reading } from '../reading/reading';
import { findCadences } from '../reading/measures';
import { MODEL_HEADS } from '../reading/frames';
import { modelIdentifier } from '../reading/project';
import { oneOfAlternatives } from '../reading/models';
import { detectDomain, type Domain } from './steps';

export interface TrainedModel {
  /** The Model Control Plane name, e.g. `fraud_model`. */
  id: string;
  /** What the description calls it, lower case: "gradient-boosted fraud model", "fraud model". */
  names: string[];
  /** How its output is used, when the description says. */
  use: ModelMention['use'];
  /** The domain its own words are about; the scope's when they say too little. */
  domain: Domain;
}

/**
 * Words that say nothing of what a model is for: "our own model", "the new fine-tuned model", and
 * the method it is built with ("our gradient-boosted model" says how it learns, not what it predicts).
 */
const UNSAID = new Set(
  `model models own our their the a an new next current existing deployed fine-tuned trained custom in-house inhouse homegrown home-grown bespoke proprietary small large open-source
  supervised machine learning ml ai simple plain vanilla basic naive quick rough first initial prototype toy base better single larger smaller bigger newer older predictive
  one two three four five six several multiple many
  gradient-boosted boosted tree-based tree neural deep linear logistic bayesian probabilistic statistical stats stat ensemble
  transformer-based transformer convolutional recurrent random forest gradient boosting regression network net`.split(/\s+/),
);

/**
 * A model of the team's own, named by what it is for ("churn model", "national neural model"),
 * never by a product ("GPT-4", "XGBoost": someone else's model or an algorithm). A phrase with a
 * preposition is a comparison ("better than the baseline"), not a name.
 */
export function namesOwnModel(m: ModelMention): boolean {
  const words = m.name.split(/\s+/);
  const says = words.some((w) => /^[a-z][a-z-]*$/.test(w) && !UNSAID.has(w)) || codeNamed(m);
  return m.trained !== 'given' && says && !words.some((w) => /^(?:over|than|from|with|of|for|in|on|by)$/i.test(w)) && !inRange(m) && !onlyTried(m) && !oneOfAlternatives(m);
}

/** "We also tried a temporal CNN last winter": an experiment the team ran, not the model it runs. */
function onlyTried(m: ModelMention): boolean {
  const at = m.quote.toLowerCase().indexOf(m.name.toLowerCase());
  return at > 0 && /\b(?:tried|experimented with|played (?:around )?with|toyed with|tested out)\s+(?:\w+\s+){0,3}$/i.test(m.quote.slice(0, at));
}

/** "Our models range from simple statistical averages over tree-based models to a Transformer": kinds along a spectrum, none of them the model. */
function inRange(m: ModelMention): boolean {
  const at = m.quote.indexOf(m.name);
  return at > 0 && /\brang(?:e|es|ed|ing)\s+from\b/i.test(m.quote.slice(0, at));
}

/**
 * A model that is what the new one is measured against ("over the incumbent XGBoost model"), or
 * what the model *was* ("for years that model was a tree ensemble"), is not the one trained now.
 */
export function replaced(m: ModelMention, baseline: string | null): boolean {
  const before = m.quote.slice(0, Math.max(0, m.quote.indexOf(m.name)));
  if (/\b(?:was|were|used to be)\s+(?:an?\s+|the\s+)?$/i.test(before)) return true;
  if (!baseline) return false;
  // The whole name is the baseline ("compare it with a larger detector"), or a product name in it is.
  return baseline.toLowerCase().endsWith(m.name.toLowerCase()) || m.name.split(/\s+/).some((w) => /[A-Z].*[A-Z0-9]|[a-z][A-Z]/.test(w) && baseline.includes(w));
}

/** "Newer ranking models", "better models": versions or candidates still to come, not a lifecycle of their own. */
const candidates = (name: string) => /^(?:newer|new|next|better|future|other|more|alternative|candidate)\s+\S+.*s$/i.test(name);

/** A model noun as a word, not a product: "model", "classifier", "forecaster". */
const isModelNoun = (word: string) => /^[a-z-]+$/.test(word) && MODEL_HEADS.test(word);

/** Beyond this many, separate training pipelines are copies to keep in step: one pipeline, the model a parameter. */
export const MAX_TRAINING_PIPELINES = 3;

/**
 * The models trained here, when there are at least two: mentions whose words end another's
 * ("the fraud model" after "a gradient-boosted fraud model") are one model, named by the shorter.
 * A model head noun must end the name: "payments database" is where the data comes from, and
 * "prompt Mistral-7B" is someone else's model.
 */
export function trainedModels(reading: Reading, scopeDomain: Domain): TrainedModel[] {
  // In document Q&A the index is the model: the pipelines around it keep their own shape.
  if (scopeDomain === 'documents') return [];
  // A code name ("cellgraph_ae", "`photo-condition` — CNN scoring …") is a model's name however it ends: the list it was named in said it is one.
  // "Before lender models go live": a plural names the models of a use, not one model with a lifecycle.
  const own = reading.models.filter((m) => namesOwnModel(m) && !replaced(m, reading.baseline) && !candidates(m.name) && !SEVERAL.test(m.name) && (isModelNoun(m.name.split(/\s+/).at(-1) ?? '') || codeNamed(m)));
  const groups: ModelMention[][] = [];
  for (const m of own) {
    const group = groups.find((g) => g.some((o) => sameModel(o.name, m.name)));
    if (group) group.push(m);
    else groups.push([m]);
  }
  const trained = groups.filter((g) => g.some((m) => m.trained === 'here'));
  // A trained model is never an index: words about documents leave its domain open.
  // A model's own name says its kind when its words say too little: "kg forecast model", "image model".
  const said = trained.map((g) => detectDomain(g.map((m) => m.quote).join(' '))).map((d, i) => (d === 'documents' ? 'tabular' : d === 'tabular' ? (namedKind(trained[i]!) ?? d) : d));
  // A model whose own words name no domain is about the scope's, unless another model's words took it.
  const claimed = new Set<Domain>(said.filter((d) => d !== 'tabular'));
  const models = trained
    .map((g, i) => ({
      id: modelIdentifier([...g].sort((a, b) => a.name.length - b.name.length)[0]!.name),
      names: g.map((m) => m.name.toLowerCase()),
      use: g.find((m) => m.use !== 'unknown')?.use ?? 'unknown',
      domain: said[i] !== 'tabular' ? said[i]! : claimed.has(scopeDomain) ? 'tabular' : scopeDomain,
    }))
    .filter((m, i, all) => all.findIndex((o) => o.id === m.id) === i);
  return models.length >= 2 ? models : [];
}

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;
const SEVERAL = /^(?![\w-]*per-)[\w\s-]*\b(?:models|classifiers|detectors|rankers|forecasters|regressors|networks)$/i;

/** A model named by an identifier: snake_case, or in backticks where its list item opens. */
function codeNamed(m: ModelMention): boolean {
  return SNAKE_CASE.test(m.name) || m.quote.startsWith(`\`${m.name}\``);
}

const NAMED_KINDS: readonly [RegExp, Domain][] = [
  [/\bforecast(?:s|er|ing)?\b/i, 'forecasting'],
  [/\b(?:image|photo|vision|video|camera|frame)s?\b/i, 'vision'],
];

function namedKind(group: readonly ModelMention[]): Domain | null {
  // "photo_grade", "photo-condition": a code name's parts are its words.
  return NAMED_KINDS.find(([re]) => group.some((m) => re.test(m.name.replace(/[_-]/g, ' '))))?.[1] ?? null;
}

function sameModel(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase().split(/\s+/), b.toLowerCase().split(/\s+/)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w, i) => long[long.length - short.length + i] === w);
}

/**
 * The training pipelines the models need, as the models each one trains. Models whose training
 * has the same steps (`shape`) differ only in data and settings: one pipeline, the model a
 * parameter (the seed: variants are parameters, not copies), as are more than
 * MAX_TRAINING_PIPELINES models whatever their steps.
 */
export function trainingLifecycles(models: readonly TrainedModel[], shape: (m: TrainedModel) => string): TrainedModel[][] {
  if (models.length > MAX_TRAINING_PIPELINES) return [[...models]];
  const groups: { shape: string; models: TrainedModel[] }[] = [];
  for (const m of models) {
    const own = shape(m);
    const same = groups.find((g) => g.shape === own);
    if (same) same.models.push(m);
    else groups.push({ shape: own, models: [m] });
  }
  return groups.map((g) => g.models);
}

/**
 * The schedule a model's own words give it: the first cadence after one of its names and before
 * another model's ("we fine-tune the layout model, and retrain the fraud model weekly" gives the
 * layout model none). Null when no text says one for this model.
 */
export function ownCadence(model: TrainedModel, models: readonly TrainedModel[], texts: readonly string[]): Cadence | null {
  const others = models.filter((m) => m !== model).flatMap((m) => m.names);
  for (const text of texts.map((t) => t.toLowerCase())) {
    for (const name of model.names) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const rest = text.slice(at + name.length);
        const next = Math.min(...others.map((o) => rest.indexOf(o)).filter((i) => i >= 0), rest.length);
        const cadence = findCadences(rest.slice(0, next)).find((c) => c.value !== 'realtime');
        if (cadence) return cadence.value;
      }
    }
  }
  return null;
}

/** Words that say a model is already there: "our current model is…", "it is in production", "we trained…". */
const EXISTS = /\b(?:current(?:ly)?|today|already|existing|in production|(?:we|i)(?:'ve| have)?\s+(?:trained|built|developed|fine-tuned)|(?:is|are|runs?|running)\s+live)\b/i;
/** A participle in front of the model says it was made ("OCR + a fine-tuned LayoutLM"), unless it is wished for ("we want a fine-tuned model"). */
const MADE = /(?<!\b(?:want|wants|need|needs|like|build|get|plan|planning|hope|try)\s+(?:to\s+\w+\s+)?)\b(?:a|an|the|our|their)\s+(?:fine-?tuned|trained|custom-trained|retrained)\s+[\w-]+/i;

/**
 * Whether the model the predictions come from already exists, so there is something to deploy
 * before a training pipeline runs: working code that trains or scores, a model taken as given, or
 * one said to be in use today. Of the models said to be used, every one must: serving "the
 * fine-tuned model" that replaces GPT-4 needs the fine-tuning first. A system being launched
 * ("we're launching a new system built on deep learning") has none yet.
 */
export function modelExists(reading: Reading): boolean {
  if (reading.existing !== null || reading.modelsInUse) return true;
  const exists = (m: ModelMention) => m.trained === 'given' || EXISTS.test(m.quote) || MADE.test(m.quote);
  const used = reading.models.filter((m) => m.use !== 'unknown');
  return used.length ? used.every(exists) : reading.models.some(exists);
}
