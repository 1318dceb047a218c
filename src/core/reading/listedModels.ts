/**
 * Models a description lists one per item, each named by what it is for: under a line that
 * announces models ("Three models feed into both:", "with three model stages:"), or as an item
 * whose label is followed by the method it is built with ("PD: … XGBoost on bureau attributes",
 * "Zonal load forecast: LightGBM per zone"). The label is the model's name; an item that says it
 * is no ML ("Not ML, but it runs in the same request") is none.
 */
import { parseText } from '../language';
import { MODEL_HEADS } from './frames';
import type { ModelMention } from './reading';
import { LIST_ITEM } from './segments';

/** A line that announces a list of models: a model noun in the plural, or model stages, before a colon. */
const ANNOUNCES = /\b(?:models|classifiers|detectors|networks|rankers|forecasters|regressors|model (?:stages|steps|components))\b[^.]*:\s*[*_]*\s*$/i;
const MODELS_HEADING = /^#{1,6}\s.*\b(?:models|classifiers|detectors|rankers|forecasters)\b/i;
const BOLD_LABEL = /^\*\*([^*\n]{2,60}?)[:.]?\*\*\s*[:—–-]?\s*(.*)$/;
/** The item's label, before a colon, a full stop, a dash, a comma or a bracket. */
const LABEL = /^([^:.;,(—–]{2,60}?)\s*(?::|\.\s|—|–|\s-\s|,|\()\s*(.*)$/;
/** The method a model is built with, named in the item's body; "models" alone ("Paulo: load models at startup") names none. */
const METHOD = /\b(?:xgboost|lightgbm|catboost|random forests?|gradient[- ]boost\w*|(?:logistic|linear|quantile|ridge|poisson) regression|neural net\w*|cnns?|u-?nets?|resnet\w*|efficientnet\w*|transformers?|lstms?|autoencoders?|prophet|arima|(?:hierarchical\s+)?bayesian(?:\s+models?)?|classifiers?|regressors?|per-[\w-]+ models)\b/i;
const TRAINED = /\b(?:trained|fine-tuned|we train|retrain|refit)/i;
const CODE_NAME = /^`([A-Za-z][\w.-]{2,40})`$/;
/** A label that only counts the models: "Model 1", "Model B", "Classifier #2". */
const COUNTING_LABEL = /^(?:model|classifier|detector|ranker|forecaster|regressor)\s*#?\s*(?:\d{1,2}|[a-d])$/i;
/** What an item's body opens on, before what it is per, made from or built with. */
const OPENING = /^([^(,;:—–]{3,60}?)(?=\s+(?:per|for|from|on|over|by|at|with|using|in)\b|\s*[(,;:—–.]|$)/i;
const NOT_ML = /\bnot (?:ml|machine learning|a model)\b|\bno ml\b/i;
const MAX_LISTED = 8;

export function listedModels(text: string, trainsHere: boolean): ModelMention[] {
  const found: ModelMention[] = [];
  let announced = false;
  for (const line of text.split(/\r?\n/)) {
    const item = LIST_ITEM.test(line) ? line.replace(LIST_ITEM, '') : null;
    if (!item) {
      // A line that is not an item ends the list unless it announces a new one; blank lines do not.
      // "## The models (yes, there are several)": a heading that names models announces the list under it.
      if (line.trim()) announced = ANNOUNCES.test(line.trim()) || MODELS_HEADING.test(line.trim());
      continue;
    }
    if (ANNOUNCES.test(item)) announced = true;
    // "**Reason-code classifier** on dispute text …": emphasis marks the label where no colon or dash does.
    const m = BOLD_LABEL.exec(item) ?? LABEL.exec(item);
    // "(a) ETA model — predicted arrival…": a label that ends on a model noun names a model by the list's own word.
    // "Model 2: price elasticity per category cluster (…)": a label that only counts leaves the name to the body's opening phrase.
    const counts = !!m && COUNTING_LABEL.test(m[1]!.replace(/[*_]+/g, '').trim());
    if (!m || NOT_ML.test(item) || !(announced || counts || METHOD.test(m[2]!) || MODEL_HEADS.test(m[1]!.trim().split(/\s+/).at(-1) ?? ''))) continue;
    const counted = counts ? OPENING.exec(m[2]!.trim())?.[1] : undefined;
    // Lower case, as a model's words are everywhere else ("PD" is the pd model, "Attrition" the attrition model).
    // "**Re-ranking:** LightGBM…": the emphasis around a label is no part of it.
    const said = (counted ?? m[1]!).replace(/[*_]+/g, '').trim();
    // "`cellgraph_ae` — graph autoencoder over …": a label in backticks is the model's code name, kept as written.
    const code = CODE_NAME.exec((counted ?? m[1]!).trim())?.[1];
    if (code) {
      found.push({ name: code, trained: TRAINED.test(item) || trainsHere ? 'here' : 'unknown', use: 'unknown', quote: item.slice(0, 240) });
      if (found.length === MAX_LISTED) break;
      continue;
    }
    const label = said.toLowerCase();
    if (!namesAPurpose(said)) continue;
    const head = label.split(/\s+/).at(-1) ?? '';
    const name = MODEL_HEADS.test(head) ? label : `${label} model`;
    const trained = TRAINED.test(item) || trainsHere ? 'here' : 'unknown';
    found.push({ name, trained, use: 'unknown', quote: item.slice(0, 240) });
    if (found.length === MAX_LISTED) break;
  }
  return found;
}

/**
 * A label names what a model is for when it is a short noun phrase: nouns and their modifiers, no
 * verb of its own ("haven't tried pretrained stuff yet" is a remark, "Predict the right group" a
 * wish) and no preposition ("RF on ECFP4" names a method and its input).
 */
function namesAPurpose(label: string): boolean {
  const tokens = parseText(label).flatMap((s) => s.tokens);
  if (tokens.length === 0 || tokens.length > 5) return false;
  const last = tokens.at(-1)!;
  // "Scoring step", "Extraction stage": a label that names a part of the flow, not what a model is for.
  if (/^(?:steps?|stages?|phases?|parts?|layers?)$/i.test(last.lower)) return false;
  // "eval:", "Monitoring:", "Budget:": a label that names a topic of the plan, work done on any model, is no model's purpose.
  if (tokens.length === 1 && PLAN_TOPIC.test(last.lower)) return false;
  // "Really two models:", "Both classifiers —": a label that counts models announces them, it names none.
  if (tokens.some((t) => t.pos === 'NUM' || /^(?:one|two|three|four|five|several|multiple|both|many)$/.test(t.lower))) return false;
  // A verb right before a noun is the noun's modifier the tagger misread ("Change detection", "Balance response").
  const modifies = (i: number) => tokens[i + 1]?.pos === 'NOUN';
  return (
    tokens.every((t, i) => !t.negated && !/^(?:AUX|ADP|PRON|DET)$/.test(t.pos) && (t.pos !== 'VERB' || /ing$/.test(t.lower) || modifies(i))) &&
    /^(?:NOUN|PROPN|VERB|ADJ)$/.test(last.pos) &&
    /[a-z]{2}/i.test(label)
  );
}

const PLAN_TOPIC = /^(?:evals?|evaluation|testing|tests|monitoring|training|retraining|deployment|serving|inference|infra(?:structure)?|data|team|budget|latency|costs?|stack|tools?|tooling|qs|questions|notes|status|constraints?|compliance|security|privacy|governance|timeline)$/;

/**
 * Models listed one per item join those the clauses named; one a clause already named is that
 * mention, trained here when its item says so, and one a clause in an item's body names by its
 * method is the item's model.
 */
export function withListed(named: readonly ModelMention[], listed: readonly ModelMention[]): ModelMention[] {
  const same = (a: string, b: string) => [b, b.replace(/ model$/, '')].some((x) => a.toLowerCase().endsWith(x.toLowerCase()) || x.toLowerCase().endsWith(a.toLowerCase()));
  // A model a clause inside an item names by its method ("A lightweight CNN we trained") is the item's model.
  // One named for what it is for ("+ a win-prob model") is a model of its own beside the item's.
  const inItem = (n: ModelMention) => METHOD.test(n.name) && listed.some((l) => !same(n.name, l.name) && l.quote.includes(n.quote));
  const merged = named
    .filter((n) => !inItem(n))
    .map((n) => (n.trained === 'unknown' && listed.some((l) => l.trained === 'here' && same(n.name, l.name)) ? { ...n, trained: 'here' as const } : n));
  // A model both listed and wished for ("Model 1: churn risk per subscriber" read twice) is one model.
  return [...merged, ...listed.filter((l, i) => !named.some((n) => same(n.name, l.name)) && listed.findIndex((o) => same(o.name, l.name)) === i)];
}
