/**
 * The models a description names, each with its own lifecycle. A model is a noun phrase headed by
 * a model noun ("a gradient-boosted model", "the ranking classifier", "Flan-T5 models") or a
 * product name the clause uses as one ("we fine-tune LayoutLM"); the clause's work says whether it
 * is trained here (train, fine-tune, retrain) or taken as given (chosen, called, used as is), and
 * how its output is used: per request (a latency budget, serving), in batches (a schedule,
 * scoring), or by people (review). Two models are two entries, never merged into one "the model".
 */
import { findCadences, findLatencies } from './measures';
import type { ModelMention } from './reading';
import { FAMILY_MENTION, MODEL_HEADS, MODEL_PRODUCT, PRETRAINED_FAMILIES, type Frame } from './frames';
import { escapeRegExp } from '../words';
import { endsInQuestion, sentenceAt } from '../language/sentence';

const MAX_MODELS = 12;
const HEADS = '(?:models|classifiers|detectors|networks|rankers)';
/**
 * Words that say nothing of which model it is: "the model", "two models", "deep learning models",
 * and what it is like rather than which it is: "a cheaper model", "a small fast classifier".
 */
const EMPTY = /^(?:the|a|an|our|their|this|that|new|current|batch|online|offline|real-?time|same|exact|very|specific|particular|actual|underlying|whole|entire|right|wrong|main|primary|operating|live|deployed|active|trained|re-?trained|fine-?tuned|custom|in-?house|home-?grown|bespoke|proprietary|previous|prior|old|legacy|latest|initial|one|two|three|several|multiple|many|both|all|few|some|each|every|validated|approved|promoted|rejected|global|local|shared|unified|universal|central|really|actually|probably|maybe|just|only|basically|first|second|final|best|production|separate|dedicated|individual|distinct|own|ml|ai|machine|deep|learning|language|base|open|open-source|open-weights?|versions?|newer|older|other|existing|incumbent|testing|(?:(?:larg|simpl)(?:e|er|est)|(?:big|bigg)(?:er|est)?|(?:small|fast|quick|cheap|slow|light|heavy|tiny|tini|good|bett|basic|decent|proper|robust|accurate|lightweight)(?:er|est)?))$/i;
/** A product-like word names the model wherever it appears ("incumbent XGBoost model" is XGBoost). */
const PRODUCT = /^(?:[A-Z][\w.-]*[A-Z0-9][\w.-]*|[a-z]+[A-Z][\w.-]*)$/;

/** `text`: what the frames were read from, so a clause is known to share its sentence with the one before. */
export function modelsOf(frames: readonly Frame[], text: string): ModelMention[] {
  const byName = new Map<string, ModelMention>();
  let previous: ModelMention[] = [];
  // The clause right before, with the models it named.
  let last: { end: number; named: ModelMention[] } | null = null;
  for (const f of frames) {
    // A model they would only make later ("might fine-tune Whisper later") is future work, not a model of the plan.
    if (f.negated || (f.status === 'later' && f.trains)) continue;
    // A predicate that shares the subject before it ("…and scores every account nightly") tells how that model is used,
    // and whether it is trained here ("a buy-rate model and a win-prob model. Trained on our own loads.").
    if (f.models.length === 0 && f.continues) {
      for (const m of previous) {
        if (m.use === 'unknown') m.use = useOf(f);
        // Only a participle shares its subject this way: "Train a GBM on the loads" is an order with an object of its own.
        if (m.trained === 'unknown' && f.trains && f.participial && !trainedElsewhere(f.text)) m.trained = 'here';
      }
    }
    // "Experiment tracking for the image model, we'll be retraining every season": training with no object, in the
    // clause right after the only model its sentence names, retrains that model.
    const only = last?.named.length === 1 && f.start >= last.end && !/[.!?\n]/.test(text.slice(last.end, f.start)) ? last.named[0]! : null;
    if (only && f.models.length === 0 && !ownObject(f) && f.trains && only.trained === 'unknown' && !trainedElsewhere(f.text)) only.trained = 'here';
    const here: ModelMention[] = [];
    for (const name of namesIn(f)) {
      // "4.2 Models" is a section's heading, not a model.
      if (!specific(name) || /\bversions?\b/i.test(name) || /^\d+(?:\.\d+)+\s/.test(name) || anAttribute(name, text)) continue;
      const key = keyOf(name);
      const seen = byName.get(key) ?? (byName.size < MAX_MODELS ? { name, trained: 'unknown', use: 'unknown', quote: f.text } : null);
      if (!seen) continue;
      // "Last year a contractor trained a CNN": made by another organisation and handed over, it is taken as given.
      // "A frozen foundation model …, plus small heads trained in-house": what the name says it is wins over the clause.
      if (AS_RELEASED.test(name)) seen.trained = 'given';
      else if (trainedElsewhere(f.text)) seen.trained = seen.trained === 'here' ? 'here' : 'given';
      else if (f.trains || /\b(?:fine-tuned|trained|custom)\b/i.test(name)) seen.trained = 'here';
      // "An open-weight instruction-tuned LLM run on-premises": a released kind of model, with no training of it here.
      else if (seen.trained === 'unknown' && (f.given || RELEASED_KIND.test(name))) seen.trained = 'given';
      if (seen.use === 'unknown') seen.use = useOf(f);
      byName.set(key, seen);
      here.push(seen);
    }
    if (here.length) previous = here;
    last = { end: f.end, named: here };
  }
  markNotChosen(frames, byName);
  for (const m of byName.values()) if (usedAsReleased(m)) m.trained = 'given';
  const purposes = purposeModels(frames);
  // The plural they split ("neural models") is not a model of its own.
  for (const [key, m] of byName) if (purposes.some((p) => p.quote === m.quote) && PLURAL.test(m.name.split(/\s+/).at(-1) ?? '')) byName.delete(key);
  for (const m of purposes) if (!byName.has(keyOf(m.name)) && byName.size < MAX_MODELS) byName.set(keyOf(m.name), m);
  for (const { plural, items } of countedModels(text)) {
    const said = byName.get(keyOf(plural));
    byName.delete(keyOf(plural));
    for (const name of items) if (!byName.has(keyOf(name)) && byName.size < MAX_MODELS) byName.set(keyOf(name), { name, trained: said?.trained ?? 'unknown', use: said?.use ?? 'unknown', quote: said?.quote ?? plural });
  }
  for (const m of hostedInstruments(frames)) if (!byName.has(keyOf(m.name)) && byName.size < MAX_MODELS) byName.set(keyOf(m.name), m);
  return mergeAbbreviations([...byName.values()]);
}

/** Words that say how a model is built, not what it is for: "LightGBM", "gradient boosted", "YOLOv8-m", "small". */
const METHOD_WORD = /^(?:xgboost|lightgbm|catboost|random|forests?|gradient|boost\w*|logistic|linear|regression|neural|nets?|networks?|cnns?|u-?nets?|resnet\w*|efficientnet\w*|transformers?|lstms?|autoencoders?|prophet|arima|bayesian|yolo\w*|gbms?|svms?|knn|sequence-labell?ing|seq2seq|tree-based|ensembles?)$/i;

/** Whether a model's name says only its method ("YOLOv8 detector", "small gradient boosted model"): it names no work. */
export function namesOnlyItsMethod(name: string): boolean {
  return name.split(/[\s_]+/).every((w) => EMPTY.test(w) || MODEL_HEADS.test(w) || METHOD_WORD.test(w) || PRETRAINED_FAMILIES.test(w) || /^[a-z]+v?\d[\w.-]*$|^[sml]$/i.test(w));
}

/** "Two LightGBM regressors: departure delay (mins) and crossing-time overrun (mins)": models counted, then named one by one. */
const COUNTS: Readonly<Record<string, number>> = { two: 2, both: 2, three: 3, four: 4, five: 5 };
const COUNTED = /\b(?:two|three|four|five|both|[2-9])\s+((?:[\w-]+\s+){0,2}?(?:models|classifiers|detectors|rankers|regressors|forecasters))\s*[:—–]\s*([^.;\n—–]{3,200})/gi;

/** Each counted list of models: the plural as said, and one model per item, named by the item and the plural's noun. */
function countedModels(text: string): { plural: string; items: string[] }[] {
  return [...text.matchAll(COUNTED)].flatMap((m) => {
    const plural = m[1]!.trim();
    const head = plural.split(/\s+/).at(-1)!.toLowerCase().replace(/s$/, '');
    const items = m[2]!
      .replace(/\([^)]*\)/g, ' ')
      .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
      .map((item) => item.trim().toLowerCase().replace(/^(?:an?|the|one for|one on)\s+/, ''))
      .filter((item) => /^[a-z][\w-]*(?:\s+[\w-]+){0,3}$/.test(item));
    // The count must match the items, or the colon introduced something else.
    const counted = m[0].split(/\s+/)[0]!.toLowerCase();
    if (items.length !== (COUNTS[counted] ?? Number(counted))) return [];
    return [{ plural: m[0].split(/\s*[:—–]/)[0]!.trim(), items: items.map((item) => (item.endsWith(head) ? item : `${item} ${head}`)) }];
  });
}

/** Words for what a thing is or has, listed beside a product's model: "lift model, install year, building type". */
const ATTRIBUTE = String.raw`(?:year|type|tier|size|age|brand|make|manufacturer|version|date|class|category|colou?r|capacity|serial(?:\s+number)?|mileage|location)`;

/**
 * "Lift model, install year, building type", "the car's make and model": a product's model listed
 * among its attributes is which product it is, no model that learns.
 */
function anAttribute(name: string, text: string): boolean {
  const n = escapeRegExp(name);
  // The items of such a list are bare nouns: "and a gradient-boosted regressor" opens a clause of its own.
  const bare = String.raw`(?:(?!(?:and|or|a|an|the|we|our|then|also)\b)[\w-]+\s+){0,2}?`;
  return new RegExp(String.raw`\b${n}\s*(?:,|\band\b|&|/)\s*${bare}${ATTRIBUTE}s?\b|\b${ATTRIBUTE}s?\s*(?:,|\band\b|&|/)\s*${bare}${n}\b`, 'i').test(text);
}

/**
 * Whether a clause's verb has an object of its own: not a time it happens at ("every season"), nor words of
 * a clause it opens ("when new varieties come in"). A pronoun ("retrain it") points back, it is no new object.
 */
function ownObject(f: Frame): boolean {
  const opens = f.text.search(/\b(?:when|whenever|if|once|after|before|as|because|since|until|while)\b/i);
  const main = opens < 0 ? f.text : f.text.slice(0, opens);
  // "by hand", "on the loads": a noun after a preposition says how or where, it is no object of the verb.
  return f.objects.some((o) => main.includes(o) && !TIME_NOUN.test(o) && !/^(?:it|them|this|that|one)$/i.test(o) && !new RegExp(String.raw`\b(?:by|in|on|at|for|with|from|to|into|per|via|over)\s+(?:\w+\s+)?${escapeRegExp(o)}`, 'i').test(main));
}
const TIME_NOUN = /^(?:(?:every|each|the|a)\s+)?(?:seasons?|days?|weeks?|months?|quarters?|years?|nights?|mornings?|times?|hours?|runs?|cycles?|sprints?)$/i;

/** A model named as used the way it was released: "a frozen foundation model", "a pretrained ResNet". */
const AS_RELEASED = /\b(?:frozen|pre-?trained|off[- ]the[- ]shelf)\b/i;
/** Words of a model as it is released, which a clause that trains it still overrides: "open-weight", "instruction-tuned". */
const RELEASED_KIND = /\b(?:open[- ]weights?|open[- ]source|instruction[- ]tuned|instruct|foundation)\b/i;
/** Another organisation as the one that made the model: "a contractor (Hydrosense) trained …", "the vendor built …". */
const TRAINED_ELSEWHERE = /\b(?:an?|the|our|their)\s+(?:external\s+|outside\s+)?(?:contractors?|vendors?|consultan(?:cy|cies|ts?)|agency|suppliers?|freelancers?|third[- ]part(?:y|ies))\b[^.;]{0,60}?\b(?:trained|built|developed|delivered|fine-tuned|made|wrote)\b/i;

/** A hosted model service by its provider's name ("Azure OpenAI", "Bedrock"). */
export function namesHostedService(name: string): boolean {
  return HOSTED.test(name);
}

/** A model or a hosted model service by its name ("GPT-4o", "Whisper large-v3", "Bedrock"): it answers, it holds no data and shows nothing. */
export function namesAModel(name: string): boolean {
  return PRETRAINED_FAMILIES.test(name.split(/\s/)[0] ?? '') || HOSTED.test(name);
}

export function trainedElsewhere(clause: string): boolean {
  return TRAINED_ELSEWHERE.test(clause);
}

/**
 * Training ruled out in so many words: "customers' contracts can't be used to train anyone's model", "no
 * fine-tuning on client data", "we won't train our own model", "we're not training speech models from
 * scratch", "a hosted model rather than training anything".
 */
const NO_TRAINING =
  /\b(?:(?:can(?:no|['’])?t|cannot|must not|mustn['’]t|may not|will not|won['’]t|should(?:n['’]t| not))\s+be\s+used\s+(?:to|for)\s+(?:train|fine-?tun)\w*|(?:no|without)\s+(?:model\s+)?(?:training|fine-?tuning)\s+on\b|(?:we|i)\s+(?:won['’]t|will not|don['’]t want to|do not want to|(?:are|am)(?:n['’]t| not) going to|can['’]t|cannot)\s+(?:\w+\s+)?(?:train|fine-?tune)\s+(?:our own|a|any|an)\b|(?:we|i)(?:['’]re|['’]m|\s+are|\s+am)\s+not\s+(?:going\s+to\s+be\s+)?(?:training|fine-?tuning)\s+(?:(?:our own|a|any|an)\s+)?(?:[\w-]+\s+){0,2}?(?:models?|anything|from scratch)\b|(?:rather than|instead of)\s+(?:training|fine-?tuning)\s+(?:anything|our own|a model|models|one)\b)/i;

/** The sentence that rules out training anything here, or null; a question rules out nothing. */
export function trainingRuledOut(text: string): string | null {
  const m = NO_TRAINING.exec(text);
  if (!m) return null;
  return endsInQuestion(text, m.index, true) ? null : sentenceAt(text, m.index).text.trim();
}

/**
 * With training ruled out, the hosted model service the team names is the model it would use, taken
 * as given; with none, the released model it names, even as one it weighs ("Whisper large-v3
 * self-hosted? or a vendor"): nothing else could be the model.
 */
export function hostedGiven(text: string, quote: string): ModelMention | null {
  const service = HOSTED.exec(text)?.[0] ?? FAMILY_MENTION.exec(text)?.[0];
  return service ? { name: service, trained: 'given', use: 'unknown', quote } : null;
}

/** A hosted model service, by its provider's name. */
const HOSTED = /\b(?:azure openai|openai|anthropic|amazon bedrock|bedrock|gemini)\b/i;
/** "Using it to read the notes", "use Azure OpenAI to flag…": what is used to do model work, and the work. */
const USED_TO = /\bus(?:e|es|ed|ing)\s+(it|(?:[\w-]+\s+){0,3}?[\w-]+)\s+to\s+(?:read|classify|flag|detect|extract|summari[sz]e|tag|label|score|answer|draft|write|translate|triage|route|sort|categori[sz]e|pull out)\b/i;

/** A hosted service taken as the model because a clause uses it to do the work ("using it to read the case notes"). */
export function usedForWork(m: ModelMention): boolean {
  return m.trained === 'given' && HOSTED.test(m.name) && USED_TO.test(m.quote);
}

/**
 * A hosted model service the team would use to do the model work ("suggested using it to read the
 * case notes and flag…", with Azure OpenAI named just before) is their model, taken as given. A
 * service only named ("we have an agreement for Azure OpenAI") is not.
 */
function hostedInstruments(frames: readonly Frame[]): ModelMention[] {
  const found: ModelMention[] = [];
  frames.forEach((f, i) => {
    const used = USED_TO.exec(f.text);
    if (!used || f.negated) return;
    // "it" is the service named before it, in this clause or the one before.
    const where = used[1]!.toLowerCase() === 'it' ? `${frames[i - 1]?.text ?? ''} ${f.text.slice(0, used.index)}` : used[1]!;
    const service = HOSTED.exec(where)?.[0];
    if (service) found.push({ name: service, trained: 'given', use: 'unknown', quote: f.text });
  });
  return found;
}

/**
 * A model of a family released pretrained (Whisper, BERT, Llama), named with no training of it and
 * not as a candidate weighed against another: the team uses it as it is.
 */
function usedAsReleased(m: ModelMention): boolean {
  if (m.trained !== 'unknown' || /\b(?:fine-tuned|trained|custom)\b/i.test(m.name)) return false;
  return m.name.split(/\s+/).some((w) => PRETRAINED_FAMILIES.test(w) || MODEL_PRODUCT.test(w)) && !/\b(?:compar\w*|against|versus|vs)\b/i.test(m.quote) && !CHOSE.test(m.quote);
}

const CHOSE = /\b(?:chose|picked|selected|went with|settled on|opted for)\b/i;

/**
 * A model named as a candidate weighed and not chosen: its clause compares it, and chooses another if
 * it chooses at all; or it is one of two models offered as alternatives ("a multilingual BERT
 * token classifier or a small T5"), neither chosen.
 */
export function notChosen(m: ModelMention): boolean {
  const verb = CHOSE.exec(m.quote);
  const chosen = verb ? m.quote.slice(verb.index).toLowerCase().includes(m.name.toLowerCase()) : false;
  if (chosen) return false;
  return (m.trained === 'unknown' && /\b(?:compar\w*|against|versus|vs)\b/i.test(m.quote)) || oneOfAlternatives(m);
}

/** Between two model phrases, "or": "X or a small T5", "a GBM or X"; or listed as candidates. */
export function oneOfAlternatives(m: ModelMention): boolean {
  const name = escapeRegExp(m.name);
  const model = String.raw`(?:an?\s+|the\s+)?(?:[\w.-]+\s+){0,3}?(?:${ALTERNATIVE_HEADS})`;
  // "(candidates: Llama 3.1 70B, Mistral Large, or a smaller medical model)": listed as candidates.
  return new RegExp(String.raw`\b${name}\s+or\s+${model}\b|\b(?:${ALTERNATIVE_HEADS})\s+or\s+(?:an?\s+|the\s+)?${name}\b|\b(?:candidates?|options?|choices?|shortlist)\s*[:(—–-][^;)\n]*?\b${name}\b`, 'i').test(m.quote);
}
const ALTERNATIVE_HEADS = String.raw`models?|classifiers?|regressors?|networks?|llms?|t5|bert|gbms?|xgboost|lightgbm|transformers?|forests?|(?:gradient\s+)?boosting|(?:boosted\s+)?trees|regression`;

/**
 * The model names a clause gives, cleaned of what the tagger ran into them: a phrase across a
 * preposition names two things ("a fine-tuned Mistral model against GPT-4o"), and a verb of choosing
 * is no part of a name ("picked GPT-4o").
 */
function namesIn(f: Frame): string[] {
  // "Every night GPT-4 reads…": the time before the subject is no part of its name.
  // Marks of layout in front ("**query model", "→ LLM") are no part of a name either.
  // "That janky room classifier": a word that judges it says how good it is, not which it is.
  // "AC-1 Batch model …": the key of the item it is written under ("AC-1", "REQ-12") is where it is filed, no word of its name.
  // "Aim-assist detector v2": the version is one of the model's versions, which the Model Control Plane keeps, no part of its name.
  return f.models.map((n) => withoutItemKey(n.replace(/^[^\p{L}\d]+/u, '')).replace(JUDGED, '').replace(/\s+(?:v\d+(?:\.\d+)*|\d+\.\d+)$/i, '')).map((n) => quotedName(n, f.text) ?? (specific(n) ? null : perItem(n, f.text)) ?? n.split(/\s+(?:against|over|than|versus|vs\.?)\s+/i)[0]!.replace(/^(?:chose|picked|selected|used|adopted)\s+/i, '').replace(/^(?:night|morning|evening|day|week|month|hour|quarter|year)\s+/i, ''));
}

/**
 * The name the team gave a model, quoted right after it: 'our own chest X-ray model ("CXR-Prio", three findings)',
 * 'the ranker, "Heron",'. The quotes mark a name; a described model is better known by it.
 */
function quotedName(name: string, text: string): string | null {
  const m = new RegExp(String.raw`\b${escapeRegExp(name)}\s*(?:\(\s*|,\s*)["“]([A-Z][\w.-]{1,30}(?:\s[A-Z][\w.-]{1,30})?)["”]`).exec(text);
  return m ? m[1]! : null;
}

const ITEM_KEY = /^([A-Z]{1,3}-\d{1,4}[a-z]?)\s+(?=[A-Z])/;

/** A key that is no model family ("GPT-4 Turbo" keeps its name). */
function withoutItemKey(name: string): string {
  const key = ITEM_KEY.exec(name)?.[1];
  return key && !PRETRAINED_FAMILIES.test(key) ? name.slice(name.indexOf(key) + key.length).trimStart() : name;
}
const JUDGED = /^(?:janky|hacky|crappy|messy|dodgy|shaky|flaky|ugly|half-baked|clunky|creaky)\s+/i;

/**
 * A model kept one per item, named no other way, is named by the item: "one autoencoder per
 * crusher" is the crusher autoencoder, "a separate forecaster for each warehouse" the warehouse
 * forecaster ("a demand forecaster for each store" keeps its name).
 */
function perItem(name: string, text: string): string | null {
  const head = name.split(/\s+/).at(-1) ?? '';
  if (!MODEL_HEADS.test(head)) return null;
  const m = new RegExp(String.raw`\b${escapeRegExp(name)}\s+(?:per|for (?:each|every))\s+([a-z][a-z-]+)\b`, 'i').exec(text);
  return m ? `${m[1]!.toLowerCase().replace(/(?<!s)s$/, '')} ${head}` : null;
}

/**
 * "We compared fine-tuned Llama 2 and Flan-T5 against GPT-4 and chose GPT-4": candidates compared
 * and not chosen are not the team's model, however they were described ("fine-tuned").
 */
function markNotChosen(frames: readonly Frame[], byName: Map<string, ModelMention>): void {
  frames.forEach((f, i) => {
    const verb = CHOSE.exec(f.text);
    if (!verb) return;
    const chosen = f.text.slice(verb.index);
    // The comparison is this clause and the two before it: "We compared A" / "and B against C and chose C".
    const compared = frames.slice(Math.max(0, i - 2), i + 1);
    if (!compared.some((c) => c.action === 'evaluate' || /\bcompar/i.test(c.text))) return;
    for (const c of compared) {
      for (const name of namesIn(c)) {
        const key = keyOf(name);
        const m = byName.get(key);
        // A later clause that trains it makes it theirs, chosen or not.
        if (!m || frames.slice(i + 1).some((g) => g.trains && namesIn(g).some((n) => keyOf(n) === key))) continue;
        // The one chosen is taken as it is; the others are not the team's model.
        if (chosen.toLowerCase().includes(key)) m.trained = 'given';
        else if (m.trained === 'here') m.trained = 'unknown';
      }
    }
  });
}

/** "Two classifiers, one for nudity and one for violence". */
const ONE_FOR_EACH = new RegExp(String.raw`\b(?:(?:two|three|both|\d)\s+)?(?:[\w-]+\s+)?(${HEADS})\W+one for ([a-z][\w-]*(?: (?!and\b)[a-z][\w-]*)?)(?:,\s*|\s+)(?:and\s+)?(?:one|another)(?: for)? ([a-z][\w-]*(?: [a-z][\w-]*)?)`, 'i');
/** "Deep learning models score it for promotional spam and for inappropriate content". */
const SCORE_FOR = new RegExp(String.raw`\b(${HEADS})\s+(?:score|classify|check|flag|screen|rate)\w*\b[^.;]*?\bfor ([a-z][\w-]*(?: [a-z][\w-]*)?) and (?:for )?([a-z][\w-]*(?: [a-z][\w-]*)?)`, 'i');
const PLURAL = /^(?:models|classifiers|detectors|networks|rankers)$/i;

/**
 * Models a plural names one per purpose: each is a model of its own, named by what it is for
 * ("promotional spam model"). They are trained here when a clause trains the plural ("how the two
 * models are trained").
 */
function purposeModels(frames: readonly Frame[]): ModelMention[] {
  const trainsPlural = frames.some((f) => !f.negated && f.trains && f.models.some((m) => PLURAL.test(m.split(/\s+/).at(-1) ?? '')));
  for (const f of frames) {
    if (f.negated) continue;
    const m = ONE_FOR_EACH.exec(f.text) ?? SCORE_FOR.exec(f.text);
    if (!m) continue;
    const head = m[1]!.toLowerCase().replace(/s$/, '');
    // "Our own XGBoost models (one for …)": models of their own are trained here.
    const own = trainsPlural || /\b(?:our|their) own\b/i.test(f.text);
    return [m[2]!, m[3]!].map((purpose) => ({ name: `${purpose} ${head}`, trained: own ? 'here' : 'unknown', use: 'unknown', quote: f.text }));
  }
  return [];
}

/** "Temporal Fusion Transformer (TFT)" then "the TFT": an abbreviation of a name is the same model. */
function mergeAbbreviations(models: ModelMention[]): ModelMention[] {
  const initials = (name: string) => name.split(/[\s-]+/).map((w) => w[0] ?? '').join('').toLowerCase();
  return models.filter((m) => {
    const full = models.find((o) => o !== m && o.name.split(/\s+/).length > 1 && initials(o.name) === m.name.toLowerCase());
    if (!full) return true;
    if (m.trained !== 'unknown') full.trained = m.trained;
    if (full.use === 'unknown') full.use = m.use;
    return false;
  });
}

/** Something names this model beyond "the model": a modifier ("fraud", "gradient-boosted") or a product. */
function specific(name: string): boolean {
  // Marks of layout ("### Models", "→ LLM") are no words of a name.
  const words = name.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
  // A model noun alone ("the forecaster", "classifiers") names no model of its own; a family does ("Whisper").
  return words.some((w) => PRODUCT.test(w) || PRETRAINED_FAMILIES.test(w)) || (words.length > 1 && words.some((w) => !EMPTY.test(w) && !MODEL_HEADS.test(w)));
}

/** One entry per model: its product name when it has one, else its words. */
function keyOf(name: string): string {
  return (name.split(/\s+/).find((w) => PRODUCT.test(w)) ?? name).toLowerCase();
}

function useOf(f: Frame): ModelMention['use'] {
  if (findLatencies(f.text).length > 0 || f.action === 'serve') return 'request';
  if (f.byPeople && (f.action === 'review' || f.toPeople)) return 'people';
  if (f.action === 'predict' && findCadences(f.text).some((c) => c.value !== 'realtime')) return 'batch';
  return 'unknown';
}
