/**
 * `readDescription`: the lexicon reader behind the `Understanding` seam. Pure, synchronous,
 * never throws, linear in the input (segments are capped, repeated segments are read once).
 */
import { findRedFlags } from '../domain/redFlags';
import { CATEGORY_IDS, type CategoryId, type DataSource, type MentionedComponent, type ModelMention, type Reading, type Understanding } from './reading';
import { inRuledOut, inRuledOutWords, ruledOut, ruledOutCard, trainingSetAside, withoutRuledOut } from './outOfScope';
import { buildComponents } from './components';
import { fillArchiveDetails } from './dataSources';
import { findWish, pickGoal, wishSentences, type Goal } from './goal';
import { mergeReadings } from './merge';
import { findProject, findTask } from './project';
import { listedModels, withListed } from './listedModels';
import { wishedModels, wishedWork } from './wishedModels';
import { findRelease } from './release';
import { findReadiness, type ReadinessSignal } from './readiness';
import { readFrames, type Frame } from './frames';
import { findArrival, findMeasured, findMetrics, findNarrowerCadence, findVolume, findWindows, saidAsBound } from './measures';
import { answeredConsumers, findConsumers } from './consumers';
import { findExplanations } from './explanations';
import { findDecision } from './decision';
import { findTargets } from './targets';
import { afterModel, coveredByComponents, coveredByFrames, dataNamed, scoredRecords, trainedWith, frameComponents, systemsOf, unplacedClauses } from './placement';
import { hostedGiven, modelsOf, namesAModel, trainedElsewhere, trainingRuledOut, usedForWork } from './models';
import { componentFor } from './lexicon';
import { scanSegment, type Scan } from './scan';
import { readTeam } from '../domain/teamSize';
import { correctTypos, MAX_INPUT, splitSegments, undecidedSegments, type Segment } from './segments';
import { asksSimple, saysNoMl } from './asks';
import { existingWork, saysModelsInUse } from './existing';
import { findServing } from './serving';
import { baselineOf, comparedBaseline, evaluationSetOf } from './evaluationSet';
import { domainCuesOf, holdsDataKind, withDataCues, type DomainCues } from './domainCues';
import { detailOf, findJobQueue, findTriggered, namesNoData, sourceMentions, watchedPlaces, withoutQuantity } from './sourceNames';
import { findLabels, judgesItems } from './labels';
import { listedInputs } from './listedInputs';
import { findTradeOff } from './tradeOff';
import { findConfigWish, findVariety } from './variety';
import { OVER_PIECES, overEach, splitUnits } from './fanOut';
import { onlyAnOption } from './tools';
import { escapeRegExp } from '../words';
import { noGpuSaid } from './hardware';
import { findResultsTo } from './resultsTo';
import { peopleIn, withPlainBullets, withoutAsides, withoutHeaders, withoutStruck, withoutTableBars } from './layout';
import { openApproach } from './approach';

/** Phrases kept per category: enough to show the user what was understood, bounded for huge inputs. */
const MAX_PHRASES = 12;
/** Preparation steps taken from the user's words: a pipeline has room for a few beside load, train and evaluate. */
const MAX_PREPARATIONS = 3;

export function emptyReading(): Reading {
  return {
    categories: Object.fromEntries(CATEGORY_IDS.map((c) => [c, [] as string[]])) as Record<CategoryId, string[]>,
    components: [],
    sources: [],
    systems: [],
    models: [],
    coverage: [],
    unplaced: [],
    metrics: [],
    tools: [],
    options: [],
    goalStated: false,
    latencyMs: null,
    team: { engineers: null, roles: [] },
    readinessSignals: [],
    redFlags: [],
    goal: 'unknown',
    project: null,
    usesZenml: false,
    simple: false,
    noMl: false,
    existing: null,
    modelsInUse: false,
    evaluationSet: null,
    noGpu: null,
    baseline: null,
    windows: [],
    volume: null,
    measured: null,
    measuredOnBaseline: false,
    wish: null,
    narrower: null,
    tradeOff: null,
    wishedKinds: [],
    variety: null,
    jobQueue: null,
    approachOpen: null,
    resultsTo: null,
    arrival: null,
    triggered: null,
    configWish: null,
    labels: { said: null, reported: null, judged: false },
    task: null,
    release: null,
    servedBy: null,
    trainedWith: null,
    afterModel: null,
    consumers: null,
    explanations: null,
    decision: null,
    targets: [],
    scored: null,
    preparations: [],
    domainCues: {},
    sourceMentions: {},
  };
}

/**
 * Reads a description (or a follow-up answer) into a Reading. With `previous`, the answer adds
 * to what was already understood: new components join, known ones gain the details they lacked.
 */
export function readDescription(text: string, previous: Reading | null): Reading {
  try {
    const { reading, cleared } = readAlone(typeof text === 'string' ? text : '');
    return previous ? mergeReadings(previous, reading, cleared) : reading;
  } catch {
    // A bug in a pattern must not cost the user their interview: keep what we had.
    return previous ?? emptyReading();
  }
}

export const lexiconUnderstanding: Understanding = { read: readDescription };

/**
 * Each thing once, in its fullest wording: "two data scientists" replaces "data scientists", and
 * "data scientists" after "two data scientists" adds nothing.
 */
function addPhrase(list: string[], phrase: string): void {
  const lower = phrase.toLowerCase();
  if (list.some((p) => within(p.toLowerCase(), lower))) return;
  const i = list.findIndex((p) => within(lower, p.toLowerCase()));
  if (i >= 0) list.splice(i, 1, phrase);
  else if (list.length < MAX_PHRASES) list.push(phrase);
}

/** `shorter` appears in `longer` as whole words (between non-word characters or the ends), found without building a pattern per pair. */
function within(longer: string, shorter: string): boolean {
  // Past the end, indexOf('') would find the end again: stop there.
  for (let i = longer.indexOf(shorter); i >= 0; i = i < longer.length ? longer.indexOf(shorter, i + 1) : -1) {
    const end = i + shorter.length;
    if ((i === 0 || !WORD_CHAR.test(longer[i - 1]!)) && (end === longer.length || !WORD_CHAR.test(longer[end]!))) return true;
  }
  return false;
}

const WORD_CHAR = /\w/;

/**
 * A model exported to the devices it runs on meets its latency budget there: a budget said with no
 * endpoint or service ("decision latency < 300 ms at the PLC") is the device's, not a serving API's.
 */
function onDeviceBudgets(components: MentionedComponent[]): MentionedComponent[] {
  if (!components.some((c) => c.kind === 'other')) return components;
  return components.filter((c) => c.kind !== 'online-inference' || SERVED_BY.test(c.text));
}

const SERVED_BY = /\b(?:apis?|endpoints?|services?|servers?|http|rest|grpc|requests?|calls?)\b/i;

/** One entry per source; a later mention fills in the detail an earlier one lacked. */
function addSource(reading: Reading, source: DataSource): void {
  const detail = detailOf(source.detail);
  const name = withoutQuantity(source.name);
  if (namesNoData(name) || DOES_MODEL_WORK.test(name)) return;
  const seen = reading.sources.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (seen) seen.detail ??= detail;
  else if (reading.sources.length < MAX_PHRASES) {
    reading.sources.push({ name, detail });
    reading.categories.dataSources!.push(name);
  }
}

/** A model the team already made: "YOLOv8 which we trained on 6,000 frames", "prototyped in LightGBM". */
function madeAlready(m: ModelMention): boolean {
  return m.trained !== 'given' && MADE.test(m.quote);
}
const MADE = /\b(?:we|was|were|been|had|has|have|i)\s+(?:\w+\s+)?(?:trained|built|fine-tuned|prototyped)\b|\bprototyp(?:e|ed)\b/i;

/** A domain's words said only of work the user has not decided to do say nothing of the system's domain. */
function decidedCues(cues: DomainCues, decided: readonly Segment[], work: string): DomainCues {
  const said = decided.map((s) => s.original.toLowerCase()).join('\n');
  // A word said only inside what was ruled out ("tried and dropped (an LSTM autoencoder)") is no cue either.
  const kept = Object.entries(cues).map(([kind, words]) => [kind, words.filter((w) => said.includes(w) && work.includes(w))] as const).filter(([, words]) => words.length > 0);
  return Object.fromEntries(kept) as DomainCues;
}

/** "A vendor recognition API", "the scoring service": a service named by the model work it does returns answers, not the team's data. */
const DOES_MODEL_WORK = /\b(?:recognition|detection|classification|classifier|scoring|score|transcription|ocr|moderation|translation|sentiment|vision|speech|prediction|inference)\s+(?:apis?|services?|endpoints?)$/i;

/** Products the clauses say data lives in, or data to train on or bring in comes from: a name, not a kind of store. */
function namedStores(frames: readonly Frame[]): string[] {
  const resides = (f: Frame) => RESIDES.test(f.text) && !PEOPLE_RESIDE.test(f.text);
  // "Fine-tune a model from Hugging Face": where a model comes from holds no data.
  const dataFrom = (f: Frame, name: string) => (f.trains || f.action === 'ingest') && !new RegExp(String.raw`\b(?:models?|weights|checkpoints?)\s+from\s+${escapeRegExp(name)}\b`, 'i').test(f.text);
  // "Answers how-to questions from our ServiceNow knowledge base": a named store is one whatever the verb.
  const store = (name: string) => NAMED_STORE.test(name);
  // "Fine-tuned on the SSAN catalogue of 410,000 picks": a store a model is trained on holds its data, whatever the preposition made of it.
  const trainedOn = (f: Frame, s: Frame['systems'][number]) => f.trains && s.role === 'platform' && store(s.name);
  return frames
    .filter((f) => !f.negated)
    .flatMap((f) => f.systems.filter((s) => (s.role === 'source' && ((/^[A-Z][\w.-]+$/.test(s.name) && (resides(f) || dataFrom(f, s.name))) || store(s.name))) || trainedOn(f, s)).map((s) => s.name));
}
const NAMED_STORE = /^[A-Z][\w.-]*(?:\s+[\w.-]+){0,2}\s+(?:knowledge base|kb|wiki|database|db|warehouse|archive|catalogue|catalog|corpus|drive|share|lake|lakehouse|bucket|repository|repo)$/;
const RESIDES = /\b(?:lives?|living|sits?|sitting|resides?|(?:is|are)\s+(?:kept|stored|held))\s+in\b/i;
/** "We live in Lisbon": people living somewhere say where they are, not where data is. */
const PEOPLE_RESIDE = /\b(?:we|i|they|you|he|she|people|staff|customers)\s+(?:all\s+|mostly\s+)?(?:live|sit|reside)\b/i;

function readAlone(raw: string): { reading: Reading; cleared: ReadinessSignal[] } {
  const text = withoutStruck(withoutTableBars(withoutAsides(withoutHeaders(withPlainBullets(raw.slice(0, MAX_INPUT))))));
  // The people who write and speak are no tools or systems, wherever their names come up again.
  const people = peopleIn(raw.slice(0, MAX_INPUT));
  const normalized = correctTypos(text);
  const segments = splitSegments(text);
  const cache = new Map<string, Scan>();
  const scans = segments.map((s) => {
    let scan = cache.get(s.normalized);
    if (!scan) cache.set(s.normalized, (scan = scanSegment(s.normalized)));
    return scan;
  });

  const reading = emptyReading();
  const add = (category: CategoryId, phrase: string) => addPhrase(reading.categories[category]!, phrase);
  const goals: Goal[] = [];
  // Work the user has not decided to do names no data of theirs: "Image checks on uploaded trip photos. Undecided if it's worth it."
  const undecided = undecidedSegments(segments, text);
  const decidedScans = new Set(scans.filter((_, i) => !undecided[i]));
  // "Risks: data quality of the handheld readings" says what may go wrong, not what the team is after.
  const wishing = new Set(scans.filter((_, i) => !segments[i]!.risk));
  for (const scan of new Set(scans)) {
    // Data sources are the systems the source reader names, not every data word ("PDFs", "a csv").
    for (const { category, phrase } of scan.phrases) if (category !== 'dataSources') add(category, phrase);
    for (const tool of scan.tools) {
      if (people.has(tool.phrase)) continue;
      if (tool.category !== 'dataSources') add(tool.category, tool.phrase);
      if (!reading.tools.includes(tool.name)) reading.tools.push(tool.name);
    }
    if (decidedScans.has(scan)) for (const source of scan.sources.sources) addSource(reading, source);
    for (const destination of scan.sources.destinations) if (!people.has(destination)) add('deployment', destination);
    if (wishing.has(scan)) goals.push(...scan.goals);
    reading.usesZenml ||= scan.usesZenml;
  }
  reading.options = reading.tools.filter((t) => onlyAnOption(t, text));
  // "Where do real-time features live? Databricks online tables, Redis, something else?": a store only weighed holds none of their data yet.
  reading.sources = reading.sources.filter((s) => !reading.options.includes(s.name));
  reading.categories.dataSources = reading.categories.dataSources!.filter((d) => !reading.options.includes(d));
  // Items listed under "Inputs:" are sources by the user's own word, whatever nouns they use.
  for (const source of listedInputs(text)) addSource(reading, source);
  fillArchiveDetails(reading.sources, normalized);
  // "On-device: blur check (TFLite, ~40 ms on a Galaxy A14)": a time said with work on the device is the device's, no serving budget.
  // A budget is a bound the team sets ("back within 5 seconds"); beside one, a time said of what exists ("a vendor score (REST API, ~800ms)") is no budget.
  const times = segments.flatMap((s, i) => (scans[i]!.kinds.some((k) => k.kind === 'other' && k.label === 'on-device model') ? [] : scans[i]!.latencies.map((l) => ({ ms: l.value, bound: saidAsBound(s.normalized, l) }))));
  const bounds = times.filter((t) => t.bound);
  reading.latencyMs = (bounds.length ? bounds : times).reduce<number | null>((min, t) => (min === null ? t.ms : Math.min(min, t.ms)), null);

  const team = readTeam(normalized);
  for (const phrase of team.phrases) add('team', phrase);
  reading.team = { engineers: team.engineers, roles: team.roles };

  // Work the team rules out ("Out of scope: ACH fraud, the takeover model") is listed, never planned.
  const ruled = ruledOut(text);
  const frames = readFrames(text).filter((f) => !inRuledOut(ruled, f.start, f.end));
  reading.coverage = coveredByFrames(frames);
  const kept = segments.flatMap((s, i) => (inRuledOutWords(ruled, s.original) ? [] : [{ segment: s, scan: scans[i]! }]));
  const lexical = buildComponents(kept.map((k) => k.segment), kept.map((k) => k.scan));
  // "Last year a contractor trained a CNN" is how the model was made, not training to plan.
  // "Not requested: retraining CXR-Prio this year": with training ruled out, the model is used as it stands.
  const cards = ruledOutCard(ruled);
  const setAside = trainingSetAside(cards);
  const made = (c: MentionedComponent) =>
    (c.kind === 'training' && c.text.split('; ').every(trainedElsewhere)) || (setAside && (c.kind === 'training' || c.kind === 'retraining-trigger'));
  reading.components = onDeviceBudgets([...lexical, ...frameComponents(frames, lexical), ...cards]).filter((c) => !made(c));
  // Work on the data that goes over each of the pieces its input was split into fans out over them
  // (seed 003: "variable numbers of data chunks"); a model's training fans out over folds and trials.
  const units = splitUnits(normalized);
  for (const c of reading.components) {
    const unit = OVER_PIECES.has(c.kind) && !c.fanOut ? overEach(c.text, units) : null;
    if (unit) c.fanOut = unit;
  }
  reading.coverage = [...new Set([...reading.coverage, ...coveredByComponents(reading.components)])];
  // With no system named as a source, the data they named is where the work starts.
  // A place watched for new items ("we monitor podcast RSS feeds") is where the data comes from.
  if (!reading.sources.length) for (const name of watchedPlaces(normalized)) addSource(reading, { name, detail: null });
  // "Everything lives in Ironclad", "trained on cases from Clarity": a product the data lives in or comes from is where the work starts.
  for (const name of namedStores(frames)) if (!namesAModel(name)) addSource(reading, { name, detail: null });
  if (!reading.sources.length) for (const name of dataNamed(frames)) addSource(reading, { name, detail: null });
  reading.metrics = findMetrics(normalized);
  reading.windows = findWindows(normalized);
  reading.volume = findVolume(normalized);
  const measured = findMeasured(normalized);
  reading.measured = measured?.said ?? null;
  reading.measuredOnBaseline = measured?.onBaseline ?? false;
  reading.narrower = findNarrowerCadence(normalized);
  reading.tradeOff = findTradeOff(normalized);
  reading.variety = findVariety(normalized);
  reading.jobQueue = findJobQueue(normalized);
  reading.arrival = findArrival(normalized);
  reading.triggered = findTriggered(normalized);
  reading.configWish = findConfigWish(normalized);
  const wishes = wishSentences(normalized).map((w) => w.toLowerCase());
  reading.wishedKinds = [...new Set(reading.components.filter((c) => wishes.some((w) => w.includes(c.text.toLowerCase()))).map((c) => c.kind))];
  // "Or just aggregate at the team level?": preparation asked about is an option, not work to plan.
  reading.preparations = frames.flatMap((f) => (f.preparation && !f.negated && !f.byPeople && f.status !== 'later' && f.status !== 'undecided' ? [f.preparation] : [])).slice(0, MAX_PREPARATIONS);
  reading.systems = systemsOf(frames).filter((s) => !people.has(s.name));
  const trainsHere = reading.components.some((c) => c.kind === 'training');
  const framed = modelsOf(frames, text);
  // "Customers' contracts can't be used to train anyone's model; hosted APIs are fine (Bedrock)": nothing is trained
  // here, and the hosted service is the model, judged on their data before anything is built around it.
  const noTraining = trainingRuledOut(normalized);
  // Models asked for whose predictions are put to use, that nobody has yet and nobody is said to supply, are the
  // team's to train: the planner trains for predictions in use unless a model is taken as given.
  const predicts = reading.components.some((c) => c.kind === 'batch-inference' || c.kind === 'online-inference');
  const wishedFor = wishedModels(normalized, trainsHere || (predicts && !noTraining && !framed.some((m) => m.trained === 'given')));
  // "What we tried and dropped (an LSTM autoencoder; …)": a model named only in what the team set aside is none of the plan's.
  const work = withoutRuledOut(normalized);
  const [allWords, keptWords] = [normalized.toLowerCase(), work.toLowerCase()];
  const setAsideOnly = (name: string) => allWords.includes(name) && !keptWords.includes(name);
  reading.models = withListed(framed, [...listedModels(normalized, trainsHere), ...wishedFor]).filter((m) => !setAsideOnly(m.name.toLowerCase()));
  // "Whether we train our own classifier or just give an LLM the list": a model among options weighed is neither trained nor taken yet.
  const weighed = openApproach(normalized);
  reading.approachOpen = weighed[0]?.said ?? null;
  for (const m of reading.models) {
    const at = normalized.indexOf(m.quote);
    if (weighed.some((w) => at >= w.start && at < w.end)) m.trained = 'unknown';
  }
  reading.components.push(...wishedWork(wishedFor, reading.components));
  if (noTraining && !reading.models.some((m) => m.trained === 'here')) {
    const hosted = reading.models.some((m) => m.trained === 'given') ? null : hostedGiven(normalized, noTraining);
    if (hosted) reading.models.push(hosted);
    reading.components = reading.components.filter((c) => c.kind !== 'training');
  }
  // A hosted model the team would use to do the work is applied to their records: that use is work to plan,
  // in batches unless a budget says per request (the reader then asks how often and where the results go).
  const instrument = reading.models.find(usedForWork);
  if (instrument && !reading.components.some((c) => c.kind === 'batch-inference' || c.kind === 'online-inference')) {
    reading.components.push(componentFor('batch-inference', instrument.quote));
  }
  const wish = findWish(normalized);
  const wished = wish.goal;
  reading.wish = wish.quality;
  reading.goalStated = goals.length > 0 || wished !== 'unknown';
  reading.goal = pickGoal(goals, new Set(reading.components.map((c) => c.kind)), reading.categories.modelWork!.length > 0, wished);
  reading.resultsTo = findResultsTo(work);
  reading.project = findProject(normalized, work);
  // "Reading recommendations … are excluded from this proposal": ruled-out work names no task.
  reading.task = findTask(work);
  reading.release = findRelease(normalized);
  reading.servedBy = findServing(normalized);
  reading.trainedWith = trainedWith(frames);
  reading.afterModel = afterModel(frames);
  // "Who uses the output, and where? — 311 agents …, in Salesforce": a form's answer names them and where the results go.
  const answered = answeredConsumers(text);
  reading.consumers = findConsumers(normalized) ?? (answered && { who: answered.who, what: answered.what });
  if (answered?.where) add('deployment', answered.where);
  reading.explanations = findExplanations(normalized);
  reading.decision = findDecision(normalized);
  reading.targets = findTargets(normalized);
  reading.scored = scoredRecords(reading.components);
  reading.labels = { ...findLabels(normalized), judged: judgesItems(reading.components, [reading.task?.name ?? null, reading.project]) };
  const readiness = findReadiness(normalized);
  // "Not sure whether OCR or a classifier for the jersey numbers": beside a model of theirs that was trained or measured, a doubt is about a part, not the approach.
  const madeOne = reading.models.some(madeAlready) || (reading.measured !== null && !reading.measuredOnBaseline);
  reading.readinessSignals = readiness.raised.filter((s) => !(madeOne && s === 'no-approach'));
  reading.redFlags = findRedFlags(normalized).map(({ rule, evidence }) => ({ rule, evidence }));
  reading.unplaced = unplacedClauses(frames, reading);
  // The user's own words, as typed: what planning asks of them it reads here.
  reading.simple = asksSimple(text);
  reading.noMl = saysNoMl(text);
  reading.existing = existingWork(text);
  reading.modelsInUse = saysModelsInUse(text);
  reading.evaluationSet = evaluationSetOf(text);
  reading.noGpu = noGpuSaid(text);
  reading.baseline = baselineOf(text) ?? measured?.people ?? comparedBaseline(frames);
  // A source is named by its system and by what it holds ("S3", "labelled photos"): both say what the data is.
  // Words of work ruled out ("NOT doing: voice cloning, a hard no from talent contracts") say nothing of the domain either.
  reading.domainCues = withDataCues(decidedCues(domainCuesOf(text), segments.filter((s, i) => !undecided[i] && !inRuledOutWords(ruled, s.original)), keptWords), reading.sources.flatMap((s) => (s.detail && holdsDataKind(s.detail) ? [s.name, s.detail] : [s.name])));
  reading.sourceMentions = sourceMentions(reading.categories.dataSources!, text);
  return { reading, cleared: readiness.cleared };
}
