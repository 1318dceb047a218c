/**
 * Phase 3: from the components the user kept as pipelines to pipeline units, the seed's way.
 * Split when the trigger, the failure domain or the owning team differs; keep linear, tightly
 * coupled work together; the standard decomposition is some subset of data, training, batch
 * inference and deployed pipelines. Dynamic pipelines only for simple fan-out, and only on an
 * orchestrator that runs isolated steps (seed 003).
 */
import { trainingSetAside } from '../reading/outOfScope';
import { UNDECIDED } from './orchestrator';
import { escapeRegExp, joinList, titleOf } from '../words';
import type { Step } from '../model/architecture';
import type { OrchestratorFacts } from '../zenml/facts';
import type { ClassifiedComponent } from './proposals';
import type { Cadence, MentionedComponent, Reading } from '../reading/reading';
import { keyArtifacts } from './artifacts';
import type { EvaluationSet } from '../reading/evaluationSet';
import type { ExistingWork } from '../reading/existing';
import { purposeOf } from './purposes';
import { configuredMethod, trainingMethod } from './method';
import { findTools } from '../reading/tools';
import { tuningArtifacts, tuningPurpose, tuningSteps, tuningTrigger } from './tuning';
import { dataSteps, deployedSteps, DEVICES, inferenceSteps, otherSteps, trainingSteps, type Domain, type PipelineKind, type StepContext, UNNAMED_SOURCES } from './steps';
import { isLabellingTool, sourcesInProse } from './sources';
import { arrivalNoun, CADENCE_RANK, findCadences } from '../reading/measures';
import { modelExists, ownCadence, trainingLifecycles, type TrainedModel } from './trainedModels';
import { EVALUATION_TRIGGER, evaluatedDataArtifacts, evaluatedDataPurpose, evaluatesInstead, evaluationArtifacts, evaluationPurpose, evaluationSteps, givenModel, givenUseArtifacts, givenUsePurpose, optionsWeighed, productsWeighed, saidAmongOptions } from './givenModel';

export interface PlannedPipeline {
  /** Stable across replays, so an edited proposal stays attached to its pipeline. */
  id: string;
  kind: PipelineKind;
  name: string;
  purpose: string;
  trigger: string;
  cadence: Cadence | null;
  steps: Step[];
  dataSources: string[];
  keyArtifacts: string[];
  componentIds: string[];
  dynamic: boolean;
  latencyMs: number | null;
  /** Registers every run as a new version of the scope's model (one producer per scope). */
  producesVersions: boolean;
  /** What arrives and starts a run ("episode"), when the pipeline runs on arrival and the user named it. */
  arrival?: string;
  /** Batch inference: where the predictions go, as the user said; null when they did not say. */
  destination?: string | null;
  /** When the scope trains several models: the ones it registers or reads, the first named in its field. */
  models?: readonly string[];
  /** Training that ends by exporting the model for a loader the team named (steps.ts `exportFor`). */
  exportFor?: string;
  /** What this pipeline alone asks of the orchestrator's workers (writing/requirements.ts adds the common items). */
  needs?: readonly string[];
  /** Training's place taken by an evaluation: the model is not trained here, its versions are configurations (givenModel.ts). */
  evaluation?: true;
  /** A search over the settings of the model another pipeline trains or evaluates, on that pipeline's data (tuning.ts). */
  tunes?: true;
}

export type SplitChoice = 'separate' | 'together';

/** Serving outside ZenML the team wants new versions released to (`release.ts` plans the pipeline). */
export interface ReleaseTarget {
  /** What serves the model: the team's system ("Seldon") or the component's name. */
  servedBy: string;
  /** The serving budget, when the user gave one: the check holds the package to it. */
  latencyMs: number | null;
}

export interface DecomposeInput {
  reading: Reading;
  /** Components after the user's bucket choices. */
  components: readonly ClassifiedComponent[];
  orchestrator: OrchestratorFacts;
  /** Whether data preparation and training are separate pipelines, when that had to be asked. */
  split: SplitChoice;
  model: string;
  /** The model's name is the team's (their use case or the model they named), not the domain's stand-in. */
  modelNamed?: boolean;
  /** Training promotes versions itself (automatic promotion). */
  automaticPromotion: boolean;
  /** Working code the user already has, which the matching step takes over. */
  existing?: ExistingWork | null;
  /** What versions are judged on, when the user named it or their labels call for it. */
  evaluationSet?: EvaluationSet | null;
  /** What decides today and a version must beat, when the user named it. */
  baseline?: string | null;
  /** The vector store the user named, where each index version lives. */
  vectorStore?: string | null;
  /** The domain the steps are worded for (the scope detects it once, from the whole description). */
  domain: Domain;
  /** The models trained here when there are several, each with its own lifecycle; empty for one. */
  models?: readonly TrainedModel[];
  /** Serving outside ZenML the team wants new versions released to: a release pipeline takes them there. */
  release?: ReleaseTarget | null;
}

interface Member {
  component: ClassifiedComponent;
  mention: MentionedComponent | undefined;
}

const DATA_KINDS = new Set(['ingestion', 'processing', 'labeling', 'etl-no-ml', 'feature-store', 'streaming']);
// 'other' is an on-device export: the last step of training, versioned with the model it came from.
const TRAINING_KINDS = new Set(['training', 'evaluation', 'tuning', 'retraining-trigger', 'other']);

function kindOf(m: Member): PipelineKind {
  if (m.component.bucket === 'deployed') return 'deployed';
  const k = m.mention?.kind;
  if (!k) return 'other';
  if (DATA_KINDS.has(k)) return 'data';
  if (TRAINING_KINDS.has(k)) return 'training';
  if (k === 'batch-inference' || k === 'online-inference') return 'inference';
  return 'other';
}

function members(input: DecomposeInput): Member[] {
  const byId = new Map(input.reading.components.map((c) => [c.id, c]));
  return input.components
    .filter((c) => c.bucket === 'pipeline' || c.bucket === 'deployed')
    .map((component) => ({ component, mention: byId.get(component.id) }));
}

const SCHEDULED: readonly Cadence[] = ['hourly', 'daily', 'weekly', 'monthly'];

/**
 * The cadence a pipeline can run on. A live stream ("transactions from Kafka in real time") has
 * none: the seed's alternative is the stream itself with periodic runs on what accumulated, so
 * it joins the batch work instead of becoming a pipeline that never ends.
 */
function batchCadence(m: Member): Cadence | null {
  const c = m.mention?.cadence ?? null;
  return c === 'realtime' ? null : c;
}

/**
 * Data work said in the same breath as training ("we clean that and train every week") has no
 * schedule of its own: the cadence belongs to training. Only data work whose own words give a
 * cadence (a nightly dump, an hourly sync) can split the data side into several pipelines.
 */
function ownDataCadence(m: Member, training: readonly Member[]): Cadence | null {
  const cadence = batchCadence(m);
  if (cadence === null) return null;
  const saidWithTraining = training.some((t) => t.component.text === m.component.text);
  const borrowed = findCadences(m.component.text).length === 0 && training.some((t) => t.mention?.cadence === cadence);
  return saidWithTraining || borrowed ? null : cadence;
}

/** A data pipeline's cadence: its own if any member has one, else the one it was described with. */
function dataCadence(group: readonly Member[], training: readonly Member[]): Cadence | null {
  return group.map((m) => ownDataCadence(m, training)).find((c) => c !== null) ?? firstCadence(group);
}

function firstCadence(group: readonly Member[]): Cadence | null {
  return group.map(batchCadence).find((c) => c !== null) ?? null;
}


function firstOwner(group: readonly Member[]): string | null {
  return group.map((m) => m.mention?.owner ?? null).find((o) => o !== null) ?? null;
}

/** Data components split into separate pipelines when their own cadence or owning team differs. */
function groupData(data: readonly Member[], training: readonly Member[]): Member[][] {
  const groups: Member[][] = [];
  for (const m of data) {
    const cadence = ownDataCadence(m, training);
    const owner = m.mention?.owner ?? null;
    const home = groups.find((g) => {
      const gc = g.map((o) => ownDataCadence(o, training)).find((c) => c !== null) ?? null;
      const go = firstOwner(g);
      return (cadence === null || gc === null || gc === cadence) && (owner === null || go === null || go === owner);
    });
    if (home) home.push(m);
    else groups.push([m]);
  }
  return groups;
}

/**
 * Why data preparation and training must be separate without asking (different schedules or
 * teams), or null when only the user can say (the 2 AM question).
 */
export function forcedSplit(input: Omit<DecomposeInput, 'split'>): string | null {
  const all = members({ ...input, split: 'separate' });
  const data = all.filter((m) => kindOf(m) === 'data');
  const training = all.filter((m) => kindOf(m) === 'training');
  if (data.length === 0 || training.length === 0) return null;
  if (groupData(data, training).length > 1) return 'the data arrives on different schedules or from different teams';
  const [dc, tc] = [dataCadence(data, training), firstCadence(training)];
  if (dc && tc && dc !== tc) return `data arrives ${cadenceWord(dc)} but training runs ${cadenceWord(tc)}, and one pipeline cannot have two schedules`;
  const [dOwner, tOwner] = [firstOwner(data), firstOwner(training)];
  if (dOwner && tOwner && dOwner !== tOwner) return `${dOwner} own the data work and ${tOwner} own training`;
  return null;
}

/** Whether the split question applies at all: both data work and training are in scope. */
export function hasDataAndTraining(input: Omit<DecomposeInput, 'split'>): boolean {
  const kinds = new Set(members({ ...input, split: 'separate' }).map(kindOf));
  return kinds.has('data') && kinds.has('training');
}

/**
 * The seed's recommendation: separate failure domains when there is data work of its own
 * (cleaning, features, several sources), so a failed ingestion never blocks retraining on
 * yesterday's data; together when the data side is only loading a file.
 */
export function recommendedSplit(input: Omit<DecomposeInput, 'split'>): SplitChoice {
  const data = members({ ...input, split: 'separate' }).filter((m) => kindOf(m) === 'data');
  return data.length >= 2 || data.some((m) => m.mention?.kind === 'processing') ? 'separate' : 'together';
}

/**
 * Data groups split only by their schedules, as one pipeline: it runs on the most frequent schedule,
 * and its purpose says which source each schedule brings ("run monthly for the bureau archives and
 * daily for the transactions"). Null when a group names no source of its own to tell them apart.
 */
function scheduleVariants(groups: readonly Member[][], training: readonly Member[], sources: readonly string[]): { members: Member[]; cadence: Cadence | null; purpose: string } | null {
  const runs = groups.map((g) => ({ cadence: dataCadence(g, training), source: sources.find((s) => g.some((m) => m.component.text.toLowerCase().includes(s.toLowerCase()))) ?? dataNamedIn(g) }));
  // A group with a source of its own beside one without is another stage of the work, not a variant of it.
  const named = runs.every((r) => r.source !== null);
  if (runs.some((r) => r.cadence === null) || (!named && runs.some((r) => r.source !== null))) return null;
  const cadence = [...runs].sort((a, b) => CADENCE_RANK[a.cadence!] - CADENCE_RANK[b.cadence!])[0]!.cadence;
  // Sources the description does not tell apart make the schedule the parameter: still one pipeline, never two copies.
  const each = runs.map((r) => (named ? `${cadenceWord(r.cadence!)} for ${r.source}` : cadenceWord(r.cadence!)));
  return { members: groups.flat(), cadence, purpose: `; one pipeline with the ${named ? 'source' : 'schedule'} as a parameter, run ${joinList(each)}, since the steps are the same` };
}

/** What a data group's own words say it holds ("Card transactions stream in…"): its subject, lower case. */
function dataNamedIn(group: readonly Member[]): string | null {
  const subject = /^(?:the\s+|our\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+(?:arrive|stream|land|come|get|are|is)\b/i.exec(group[0]?.component.text ?? '')?.[1];
  return subject ? `the ${subject.toLowerCase()}` : null;
}

function cadenceWord(c: Cadence): string {
  return c === 'on-arrival' ? 'as it arrives' : c === 'realtime' ? 'continuously' : c;
}

/** The review people do outside the pipelines, quoted when short enough ('' when not); null when nobody reviews outputs. */
function reviewOutside(input: DecomposeInput): string | null {
  const review = input.components.find((c) => c.bucket === 'not-a-pipeline' && input.reading.components.some((m) => m.id === c.id && m.kind === 'human-review'));
  if (!review) return null;
  const text = review.text.replace(/^(?:and|then|so)\s+/i, '').replace(/[\s,;:]+$/, '');
  return text.length <= MAX_QUOTED ? text : '';
}

/** What the work's own words say arrives ("for each new inspection" → "inspection"), when it runs on arrival. */
function arrivalIn(group: readonly Member[]): string | null {
  for (const m of group) {
    const said = findCadences(m.component.text).find((c) => c.value === 'on-arrival');
    if (said) return arrivalNoun(said.phrase);
  }
  return null;
}

/**
 * The cadence and arrival of the pipeline that works on each new item: its own words first, else a
 * clause elsewhere that makes a job for every new item ("create a job for every new episode").
 */
function timing(group: readonly Member[], cadence: Cadence | null, reading: Reading): [Cadence | null, string | null] {
  if (cadence !== null || reading.arrival === null) return [cadence, arrivalIn(group)];
  return ['on-arrival', arrivalIn(group) ?? arrivalNoun(reading.arrival)];
}

/** `from`: what a manual training run waits for, the data pipeline that publishes its dataset or the data itself. */
function triggerFor(kind: PipelineKind, cadence: Cadence | null, orchestrator: OrchestratorFacts, from?: string, arrival: string | null = null): string {
  if (kind === 'deployed') return 'Always on: served over HTTP with pipeline.deploy(), redeployed when a new version is promoted to production';
  if (cadence && SCHEDULED.includes(cadence)) {
    if (orchestrator.id === UNDECIDED.id) return `Scheduled ${cadence}, on the orchestrator still to be chosen`;
    if (orchestrator.schedules) return `Scheduled ${cadence} on ${orchestrator.label}`;
    return `Manual for now (${orchestrator.label} has no scheduler)`;
  }
  if (cadence === 'on-arrival') return `Manual, run when ${arrival ? `a new ${arrival} arrives` : 'a new batch of data lands'}`;
  if (kind === 'training') return from ? `Manual, after ${from}` : 'Manual, after a new dataset version lands';
  return 'Manual';
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'x';
}

const FAN_OUT_ITEMS = /\b(?:each|every|per|thousands of|hundreds of|millions of|batch(?:es)? of)\s+(?:\w+\s+)?(document|pdf|file|page|contract|image|video)s?\b/i;
const UNIT_WORDS = /^[a-z-]+(?: [a-z-]+)?$/i;
const FAN_OUT_FOLDS = /\b(?:k[- ]?fold|cross[- ]validation|backtest\w*)\b/i;
const FAN_OUT_TRIALS = /\b(?:tuning trials?|hyperparameter (?:search|sweep|tuning))\b/i;

/**
 * What a group's work fans out over, or null. The reader marks fan-out it recognised (`fanOut`:
 * "batch", "chunk", …); the patterns cover the rest, and a search over candidate settings is a
 * fan-out by what it is (seed 003's tuning trials). Scoring many items is one vectorised batch,
 * so batch scoring (`saidOnly`) fans out only where the reader found the user's words for it.
 */
function fanOutUnit(group: readonly Member[], saidOnly: boolean): string | null {
  for (const m of group) {
    const said = m.mention?.fanOut;
    // A unit in a word or two ("chunk", "page") is mapped over; a population ("every item x store pair,
    // about 500 million") is what a batch scores in one go.
    if (said && (!saidOnly || UNIT_WORDS.test(said))) return said;
    if (saidOnly) continue;
    if (m.mention?.kind === 'tuning' || FAN_OUT_TRIALS.test(m.component.text)) return 'trial';
    const item = FAN_OUT_ITEMS.exec(m.component.text)?.[1];
    if (item) return item.toLowerCase();
    if (FAN_OUT_FOLDS.test(m.component.text)) return 'fold';
  }
  return null;
}

const NAMES: Record<Domain, Partial<Record<PipelineKind, string>>> = {
  extraction: { data: 'Labelled Pages', training: 'Extraction Model Training', inference: 'Batch Extraction' },
  documents: { data: 'Document Indexing', training: 'Retrieval Evaluation', deployed: 'Question Answering Service' },
  text: { data: 'Text Dataset', training: 'Classifier Training' },
  llm: { data: 'Instruction Data', training: 'Fine-Tuning' },
  vision: { data: 'Image Dataset', training: 'Vision Model Training' },
  forecasting: { data: 'History Preparation', training: 'Forecast Training', inference: 'Batch Forecasting' },
  tabular: {},
};
/** Identifiers that end on what the model is. */
const MODEL_NOUN = /(?:model|models|detector|forecaster|ranker|classifier|regressor|recommender|extractor|scorer|router|network|estimator|predictor|tagger|segmenter|transcriber|translator|summari[sz]er|matcher|llm)$/;

/** What each kind of pipeline does to the model it is named after. */
const WITH_MODEL: Partial<Record<PipelineKind, string>> = { training: 'Training', inference: 'Batch Scoring', deployed: 'Serving' };
const EVALUATION = 'Evaluation';

/**
 * A model the team named names the pipelines around it ("Churn Model Training", "Fraud Detector
 * Serving"), so the document speaks of their model rather than of "the model". Not for document
 * Q&A, where the index is the model and its pipelines keep their own names.
 */
function namedAfterModel(input: DecomposeInput, kind: PipelineKind, model: string | null = input.model, does = WITH_MODEL[kind]): string | null {
  // A name cut short to fit an identifier ("transformer_based_deep") names no model: the domain's names stay.
  if (!model || !input.modelNamed || !does || input.domain === 'documents' || !MODEL_NOUN.test(model)) return null;
  return `${titleOf(model)} ${does}`;
}

const DEFAULT_NAMES: Record<Exclude<PipelineKind, 'other'>, string> = {
  data: 'Data Preparation',
  training: 'Model Training',
  inference: 'Batch Inference',
  deployed: 'Real-Time Serving',
};


function sourcesOf(reading: Reading): string[] {
  const named = reading.categories.dataSources ?? [];
  return named.length > 0 ? [...new Set(named)] : [UNNAMED_SOURCES];
}

/** Retrieval evaluation reads an index version and a question set; training reads the data pipeline's dataset. */
function trainingSources(ctx: StepContext, sources: string[], upstream: string): string[] {
  if (ctx.includesDataPrep) return sources;
  if (ctx.domain === 'documents') return [`the \`latest\` \`${ctx.model}\` version, the index ${upstream} last built`, 'the fixed question set with reference answers'];
  return [`the versioned dataset from ${upstream}`];
}

const STORE = /\b(?:table|warehouse|bucket|crm|database|db|s3|bigquery|snowflake|redshift|postgres|mysql|redis|dynamodb|cassandra|elasticsearch|mongodb)\b/i;

/**
 * Where batch predictions are written: a store the user named, first one named in the scoring
 * work's own words ("write them to Redis", not the migration's "into BigQuery"), or where their
 * scoring job writes today; null when they did not say.
 */
function predictionsDestination(reading: Reading, existing: ExistingWork | null, scoringTexts: readonly string[]): string | null {
  // A store, or a product the results are written into ("a churn score per account in Salesforce").
  const stores = (reading.categories.deployment ?? []).filter((d) => STORE.test(d) || findTools(d).some((t) => t.category === 'dataSources' && t.phrase.length === d.length));
  const own = stores.find((d) => scoringTexts.some((t) => t.toLowerCase().includes(d.toLowerCase())));
  const handed = handedTo(reading);
  // A system the results are said to be handed to outranks a store named for something else ("call metadata goes to Kafka").
  const store = own ?? (handed === null ? stores[0] : undefined);
  // "Results land in a Postgres table (`risk.daily_scores`)": the user's fuller name for the same store.
  if (store && handed?.toLowerCase().includes(store.toLowerCase())) return handed;
  // "contract database" is theirs and one of a kind: "the contract database"; a product name stands alone ("BigQuery").
  if (store) return /^[a-z]/.test(store) && !/^(?:the|our|their|a|an)\s/i.test(store) ? `the ${store}` : store;
  return reading.resultsTo ?? handed ?? reviewedIn(reading) ?? screenReadsFrom(reading) ?? (existing?.does === 'scoring' ? 'the place the existing scoring job writes its scores to today' : null);
}

/** "Dashboard is Power BI, reading from SQL Server": the store the screen people use reads from is where its numbers must land. */
const SCREEN_READS = /\b(?:dashboards?|reports?|screens?|power bi|tableau|looker|superset|grafana|metabase|qlik)\b[^.;]{0,40}?\b(?:reading|reads?|pulls?|pulling|quer(?:y|ies|ying)|on top of|connected to)\s+(?:from\s+)?(?:the\s+|our\s+)?$/i;

function screenReadsFrom(reading: Reading): string | null {
  const system = reading.systems.find((s) => s.role === 'source' && SCREEN_READS.test(s.quote.slice(0, s.quote.indexOf(s.name))));
  return system ? systemPhrase(system) : null;
}

/** "A triage officer accepts or corrects it in our case management system": where people check the results is where they land. */
const CHECKED_IN = /\b(?:accept|correct|confirm|approv|review|check|verif|overrid|amend|edit)\w*\b[^.;]{0,60}?\b(?:in|inside|within|on)\s+(?:the\s+|our\s+|their\s+)?$/i;

function reviewedIn(reading: Reading): string | null {
  const system = reading.systems.find((s) => s.role === 'platform' && CHECKED_IN.test(s.quote.slice(0, s.quote.indexOf(s.name))));
  return system ? systemPhrase(system) : null;
}

/** A system by its name, with the identifier or product the user put after it: "the Delta table `agro.yield_outlook`", "the case management system (Dynamics 365)". */
function systemPhrase(system: { name: string; quote: string }): string {
  const id = new RegExp(String.raw`${escapeRegExp(system.name)}\s*(?:\(\s*)?(\`[^\`]{2,60}\`|(?<=\()[A-Z][\w .-]{1,30}(?=\)))`).exec(system.quote)?.[1];
  const name = system.name.replace(/^(?:the|our)\s+/i, '');
  // A common noun takes the article whatever its modifiers ("the Delta table"); a product name stands alone ("Dynamics 365").
  return `${/(?:^|\s)[a-z][\w-]*$/.test(name) ? 'the ' : ''}${name}${id ? (id.startsWith('`') ? ` ${id}` : ` (${id})`) : ''}`;
}

/**
 * "…and publish it to the store app", "push the forecasts into the planning tool", "push a task list back
 * to the app", "retrain + push to the grower app" (what is pushed left unsaid), or a clause that only says
 * where they go after a label ("Output: written to the CRM"): the system the results are handed to.
 */
const HANDS_ON = /\b(?:publish|write|push|send|post|load|sync|expose)\w*\s+(?:it|them|(?:the|our|these|those|a|an)\s+(?:[\w-]+\s+)?(?:scores?|predictions?|forecasts?|results?|outputs?|risks?|rankings?|estimates?|lists?|tasks?|alerts?|flags?|labels?|tags?|decisions?))\s+(?:back\s+)?(?:to|into|in|on)\b|^(?:(?:are|is|get|gets)\s+)?(?:written|pushed|sent|published|posted|synced|loaded)\s+(?:back\s+)?(?:to|into)\b|\b(?:publish|push|send|post|sync)(?:es|ed|ing)?\s+(?:back\s+)?(?:to|into)\s+(?:the|our|their)\b/i;
/** "Output goes to a Delta table", "results land in Postgres", "everything ends up in Snowflake": the clause opens on what the work produces, and the system after the verb receives it. */
const RESULTS_MOVE = /^\s*(?:(?:(?:the|our|its|all)\s+)?(?:[\w-]+\s+)?(?:outputs?|results?|scores?|predictions?|forecasts?)\s+(?:(?:are|is|get|gets)\s+)?(?:go(?:es)?|lands?|ends? up|written|pushed|sent|published|loaded)|(?:everything|it all|all of (?:it|this))\s+(?:ends? up|lands?))\s+(?:back\s+)?(?:to|into|in)\s+(?:(?:a|an|the|our)\s+)?$/i;

function handedTo(reading: Reading): string | null {
  const system = reading.systems.find((s) => (s.role === 'destination' && HANDS_ON.test(s.quote)) || RESULTS_MOVE.test(s.quote.slice(0, s.quote.indexOf(s.name))));
  return system ? systemPhrase(system) : null;
}

/** What the team trains with, unless it is the orchestrator that runs the pipeline anyway. */
function trainingSystem(reading: Reading, orchestrator: string): string | null {
  const system = reading.trainedWith;
  return system && !system.toLowerCase().includes(orchestrator.toLowerCase()) ? system : null;
}

/** The window the user gave this kind of work ("a 12-hour window to do all the scoring") bounds every run. */
function withinWindow(purpose: string, reading: Reading, work: 'data' | 'training' | 'inference'): string {
  const window = reading.windows.find((w) => w.work === work);
  return window ? `${purpose}; each run must finish within ${window.within}, as the team requires` : purpose;
}

/**
 * What loads the model outside ZenML ('other' is an export): the loader the user named ("in a format
 * the Elasticsearch LTR plugin can load"), else the devices an on-device model runs on.
 */
function exportTarget(members: readonly Member[]): string | null {
  const exported = members.filter((m) => m.mention?.kind === 'other');
  if (!exported.length) return null;
  for (const m of exported) {
    const loader = LOADER.exec(m.component.text)?.[1];
    if (loader) return `the ${loader.replace(/^(?:the|our|their)\s+/i, '')}`;
  }
  return DEVICES;
}

const LOADER = /\bformat\s+(?:that\s+|which\s+)?((?:the\s+|our\s+|their\s+)?[\w.-]+(?:\s+[\w.-]+){0,3}?)\s+(?:can\s+|will\s+)?(?:loads?|reads?|serves?|runs?|understands?|accepts?)\b/i;

/** The team's own words for the preparation folded into a pipeline: the first processing clause short enough to quote. */
function saidPreparation(members: readonly Member[]): string | null {
  const text = members.find((m) => m.mention?.kind === 'processing' && m.component.text.length <= MAX_QUOTED)?.component.text;
  return text ? text.replace(/^(?:and|then|so)\s+/i, '').replace(/[\s,;:]+$/, '') : null;
}

/** Longer clauses are paraphrased by the step instead of quoted. */
const MAX_QUOTED = 140;

/** The proposed pipelines, in the standard order (data, training, inference, deployed, other). */
export function decompose(input: DecomposeInput): PlannedPipeline[] {
  const all = members(input);
  const domain = input.domain;
  const byKind = (k: PipelineKind) => all.filter((m) => kindOf(m) === k);
  const sources = sourcesOf(input.reading);
  let dataGroups = groupData(byKind('data'), byKind('training'));
  // Tuning the team asked for runs after the fixed pipeline, as its own (tuning.ts), not inside it.
  const tuning = byKind('training').filter((m) => m.mention?.kind === 'tuning');
  // Training named only as one of the options weighed ("whether to train our own classifier or have Claude read it") is no decided work.
  const asOption = (m: Member) => optionsWeighed(input.reading) && m.mention?.kind === 'training' && saidAmongOptions(input.reading, m.component.text);
  let training = byKind('training').filter((m) => !tuning.includes(m) && !asOption(m));
  // A release to serving outside ZenML reads `production` as much as a scoring pipeline does.
  const release = input.release && byKind('training').length > 0 ? input.release : null;
  const consumers = byKind('inference').length + byKind('deployed').length > 0 || release !== null;
  // Something must produce the versions that inference reads: the seed's "add later: training pipeline".
  // Not when the model is someone else's, taken as given ("chose GPT-4"): nothing of theirs to train.
  const modelGiven = givenModel(input.reading) !== null;
  // Making the model or taking one still weighed: neither is planned until the options are judged side by side.
  const weighed = optionsWeighed(input.reading) && training.length === 0 && domain !== 'documents';
  // Training set aside by the team ("not requested: retraining the model this year"): the model they have is used as it stands.
  const setAside = trainingSetAside(input.reading.components);
  const needsTraining = training.length === 0 && consumers && domain !== 'documents' && !modelGiven && !weighed && !setAside;
  // A model nobody trains here gets its configurations evaluated instead (givenModel.ts).
  const evaluating = domain !== 'documents' && (weighed || evaluatesInstead(input.reading, training.map((m) => m.mention?.kind), consumers));
  const given = evaluating ? givenModel(input.reading) : null;
  // In document Q&A the data work builds the index, the versions the evaluation judges: never folded into it.
  const merged = input.split === 'together' && dataGroups.length === 1 && training.length > 0 && domain !== 'documents';
  if (merged) {
    // Model work first: it is what the merged pipeline is, and what a proposal for it is matched on.
    training = [...training, ...dataGroups[0]!];
    dataGroups = [];
  }
  // Data work that only feeds a model taken as given runs with its use: no training reads a dataset of
  // its own, so the two share a trigger and a failure domain (the seed: keep coupled work together).
  const inputs = given && byKind('inference').length > 0 && dataGroups.length === 1 ? dataGroups[0]! : [];
  if (inputs.length) dataGroups = [];
  // In document Q&A the index is the model: something builds it, whether or not the description names that work.
  if (domain === 'documents' && dataGroups.length === 0) dataGroups = [[]];
  // Data that differs only in when it arrives, owned by one team, is one pipeline run on each schedule:
  // the same steps twice would be copies to keep in step (the seed: variants are parameters).
  const schedules = dataGroups.length > 1 && new Set(dataGroups.map(firstOwner).filter((o) => o !== null)).size <= 1 ? scheduleVariants(dataGroups, byKind('training'), sources) : null;
  if (schedules) dataGroups = [schedules.members];
  const base = { domain, model: input.model, given, evaluatedOnly: evaluating, includesDataPrep: false, handoff: null, exportFor: null, existing: input.existing ?? null, evaluationSet: input.evaluationSet ?? null, baseline: input.baseline ?? null, vectorStore: input.vectorStore ?? null, metrics: input.reading.metrics, preparations: input.reading.preparations, trainedWith: trainingSystem(input.reading, input.orchestrator.label), method: trainingMethod(input.reading), explanations: input.reading.explanations, afterModel: input.reading.afterModel, decision: input.reading.decision, review: reviewOutside(input), configured: configuredMethod(input.reading), tradeOff: input.reading.tradeOff, variety: input.reading.variety };
  const dynamicBudget = { left: input.orchestrator.isolatedSteps ? 1 : 0 };
  const takeDynamic = (group: readonly Member[], saidOnly = false): string | null => {
    const unit = dynamicBudget.left > 0 ? fanOutUnit(group, saidOnly) : null;
    if (unit) dynamicBudget.left--;
    return unit;
  };
  const plans: PlannedPipeline[] = [];
  const nameOf = (kind: Exclude<PipelineKind, 'other'>, model?: string | null, named = domain) => namedAfterModel(input, kind, model) ?? NAMES[named][kind] ?? DEFAULT_NAMES[kind];
  // Several models: the pipeline that uses them reads those the description says it uses, else the first.
  const models = input.models ?? [];
  const usersOf = (use: TrainedModel['use']): string[] => {
    const said = models.filter((m) => m.use === use).map((m) => m.id);
    if (said.length) return said;
    // With one way of using the models, each model whose use was not said is used that way: none is trained for nothing.
    const oneUse = (byKind('inference').length > 0) !== (byKind('deployed').length > 0);
    const unsaid = models.filter((m) => m.use === 'unknown').map((m) => m.id);
    return oneUse && unsaid.length ? unsaid : models.slice(0, 1).map((m) => m.id);
  };
  // A use pipeline reading several models takes the model as a parameter, like their training.
  const readsEach = (ids: readonly string[], does: string) =>
    ids.length > 1 ? `; one pipeline with the model as a parameter: each run ${does} the \`production\` version of one of ${joinList(ids.map((id) => `\`${id}\``))}` : '';
  const readOf = (ids: readonly string[]) => (ids.length ? { models: ids } : {});

  dataGroups.forEach((group, i) => {
    const fanOut = takeDynamic(group);
    // Only the data pipeline that is the per-item work (no batch use after it) is timed by an arrival said elsewhere.
    const perItem = i === 0 && dataGroups.length === 1 && byKind('inference').length === 0;
    const said = dataCadence(group, byKind('training'));
    const [cadence, arrival] = perItem ? timing(group, said, input.reading) : [said, arrivalIn(group)];
    const suffix = dataGroups.length > 1 ? ` (${cadence ? cadenceWord(cadence) : (firstOwner(group) ?? `source ${i + 1}`)})` : '';
    const groupSources = group.flatMap((m) => sources.filter((s) => m.component.text.toLowerCase().includes(s.toLowerCase())));
    const own = dataGroups.length > 1 && groupSources.length > 0 ? [...new Set(groupSources)] : sources;
    plans.push({
      id: i === 0 ? 'data' : `data-${slug(suffix)}`,
      kind: 'data',
      name: nameOf('data') + suffix,
      purpose: withinWindow(evaluating ? evaluatedDataPurpose(input.model) : purposeOf('data', domain, input.model), input.reading, 'data') + (schedules?.purpose ?? ''),
      trigger: triggerFor('data', schedules?.cadence ?? cadence, input.orchestrator, undefined, arrival),
      cadence: schedules?.cadence ?? cadence,
      steps: dataSteps({ ...base, sources: sourcesInProse(own), fanOut }),
      dataSources: own,
      keyArtifacts: evaluating ? evaluatedDataArtifacts(input.model) : keyArtifacts('data', base),
      componentIds: group.map((m) => m.component.id),
      dynamic: fanOut !== null,
      latencyMs: null,
      producesVersions: false,
      ...(arrival ? { arrival } : {}),
    });
  });

  if (evaluating) {
    const ctx: StepContext = { ...base, sources: sourcesInProse(sources), fanOut: null, includesDataPrep: merged || dataGroups.length === 0, handoff: consumers ? (input.automaticPromotion ? 'automatic' : 'manual') : null, weighed };
    // The schedule of data work folded in (a job pulling every ten minutes) is not when candidates are judged.
    const cadence = firstCadence(training.filter((m) => kindOf(m) === 'training'));
    plans.push({
      id: 'training',
      kind: 'training',
      name: namedAfterModel(input, 'training', input.model, EVALUATION) ?? `Model ${EVALUATION}`,
      purpose: evaluationPurpose(input.model, given, weighed ? productsWeighed(input.reading) : null),
      trigger: isScheduledCadence(cadence) ? triggerFor('training', cadence, input.orchestrator) : EVALUATION_TRIGGER,
      cadence,
      steps: evaluationSteps(ctx),
      dataSources: ctx.includesDataPrep ? sources : [`the versioned dataset from ${plans[0]?.name ?? 'the data pipeline'}`],
      keyArtifacts: evaluationArtifacts(ctx),
      componentIds: training.map((m) => m.component.id),
      dynamic: false,
      latencyMs: null,
      producesVersions: false,
      evaluation: true,
    });
  } else if (training.length > 0 || needsTraining) {
    const fanOut = takeDynamic(training);
    const dynamic = fanOut !== null;
    // Data work folded into training brings when data arrives, not when to retrain: only the model work's own schedule counts.
    const cadence = firstCadence(training.filter((m) => kindOf(m) === 'training'));
    const ctx: StepContext = {
      ...base,
      sources: sourcesInProse(sources),
      fanOut,
      includesDataPrep: merged || dataGroups.length === 0,
      handoff: consumers ? (input.automaticPromotion ? 'automatic' : 'manual') : null,
      exportFor: exportTarget(training),
    };
    const exported = ctx.exportFor && ctx.exportFor !== DEVICES ? { exportFor: ctx.exportFor } : {};
    const triggerOn = (c: Cadence | null) => triggerFor('training', c, input.orchestrator, plans[0] && !ctx.includesDataPrep ? `${plans[0].name} publishes a new dataset version` : undefined, arrivalIn(training));
    const trigger = triggerOn(cadence);
    const dataSources = trainingSources(ctx, sources, plans[0]?.name ?? 'the data pipeline');
    const componentIds = training.map((m) => m.component.id);
    // A model in use before its training pipeline runs is its first version; a new model's first version is this pipeline's first run.
    const stopgap = needsTraining && modelExists(input.reading) ? '; until it runs, the existing model is registered as the first version' : '';
    const purpose = (model: string, of = domain) => withinWindow(`${purposeOf('training', of, model)}${stopgap}`, input.reading, 'training');
    if (models.length === 0) {
      plans.push({ id: 'training', kind: 'training', name: nameOf('training'), purpose: purpose(input.model), trigger, cadence, steps: trainingSteps(ctx), dataSources, keyArtifacts: keyArtifacts('training', ctx), componentIds, dynamic, latencyMs: null, producesVersions: false, ...exported });
    }
    // A model nothing reads has no hand-off to prepare: its training ends at evaluation. A release takes every model's `production` version to serving.
    const readBy = (m: TrainedModel) => release !== null || (byKind('inference').length > 0 && usersOf('batch').includes(m.id)) || (byKind('deployed').length > 0 && usersOf('request').includes(m.id));
    // Models of several kinds in one pipeline: its steps and name belong to none of the kinds.
    const kindOfGroup = (group: readonly TrainedModel[]): Domain => (group.every((m) => m.domain === group[0]!.domain) ? group[0]!.domain : 'tabular');
    const ctxOf = (group: readonly TrainedModel[]): StepContext => ({ ...ctx, model: group[0]!.id, domain: kindOfGroup(group), handoff: group.some(readBy) ? ctx.handoff : null });
    // A schedule said of one model is that model's: the others run when someone starts them.
    // The model's own words count too: "`cellgraph_ae` — graph autoencoder … Retrained weekly" in the list that names it.
    const cadences = models.map((m) => ownCadence(m, models, [...training.map((t) => t.component.text), ...input.reading.models.map((r) => r.quote)]));
    const cadenceOf = (group: readonly TrainedModel[]) => (cadences.some((c) => c !== null) ? (group.map((m) => cadences[models.indexOf(m)]).find((c) => c !== null) ?? null) : cadence);
    // Models whose training runs the same steps share one pipeline with the model as a parameter: a variant is no new pipeline.
    const shape = (m: TrainedModel) => trainingSteps(ctxOf([m])).map((st) => st.name).join(' ');
    // Each lifecycle's pipeline is told apart by name: a model with no model noun ("cellgraph_ae") names it by its own name.
    const lifecycleName = (name: string, group: readonly TrainedModel[]) =>
      plans.some((p) => p.name === name) || (name === DEFAULT_NAMES.training && group.length < models.length) ? `${group.map((m) => (m.names[0] === m.id ? m.id : titleOf(m.id))).join(' and ')} ${WITH_MODEL.training}` : name;
    trainingLifecycles(models, shape).forEach((group, i) => {
      const [first] = group;
      const scheduled = cadenceOf(group);
      // A model of another kind than the data pipeline prepares ("a yield forecast" beside an image dataset) does not
      // learn from that dataset: it loads its own data, whose sources the description does not tell apart.
      // Only a kind the model's own words or name say: the generic shape is the fallback, no evidence of other data.
      const apart = first!.domain !== domain && first!.domain !== 'tabular' && !ctx.includesDataPrep;
      const ownData = `the data \`${first!.id}\` learns from, which the description does not tell apart from the rest`;
      const own = apart ? { ...ctxOf(group), includesDataPrep: true, sources: ownData } : ctxOf(group);
      const ids = group.map((m) => m.id);
      // More models than pipelines a team keeps healthy share one, even of different kinds: that is said, not hidden.
      const others = group.filter((m) => m.domain !== kindOfGroup(group) && m.domain !== 'tabular').map((m) => `\`${m.id}\``);
      const why = others.length
        ? `; the steps fit the tabular models, so ${joinList(others)} (${others.length === 1 ? 'a model' : 'models'} of another kind) ${others.length === 1 ? 'gets a pipeline of its own' : 'get pipelines of their own'} once this one runs`
        : ', since their training differs only in data and settings';
      const parameter = `; one pipeline with the model as a parameter: each run trains one of ${joinList(ids.map((id) => `\`${id}\``))} and registers it under that name${why}`;
      plans.push({
        id: i === 0 ? 'training' : `training-${slug(first!.id)}`,
        kind: 'training',
        name: lifecycleName(group.length === 1 ? nameOf('training', first!.id, first!.domain) : nameOf('training', null, kindOfGroup(group)), group),
        purpose: purpose(first!.id, kindOfGroup(group)) + (group.length > 1 ? parameter : ''),
        trigger: apart ? triggerFor('training', scheduled, input.orchestrator, undefined, arrivalIn(training)) : triggerOn(scheduled),
        cadence: scheduled,
        steps: trainingSteps(own),
        dataSources: apart ? [ownData] : dataSources,
        keyArtifacts: keyArtifacts('training', own),
        componentIds,
        dynamic,
        latencyMs: null,
        producesVersions: false,
        models: ids,
        ...exported,
      });
    });
  }

  const fixed = plans.find((p) => p.kind === 'training');
  if (tuning.length > 0 && fixed) {
    const fanOut = takeDynamic(tuning);
    const ctx: StepContext = { ...base, sources: sourcesInProse(sources), fanOut, includesDataPrep: false, handoff: 'manual' };
    plans.push({
      id: 'tuning',
      kind: 'training',
      name: namedAfterModel(input, 'training', input.model, 'Tuning') ?? 'Model Tuning',
      purpose: tuningPurpose(ctx),
      trigger: tuningTrigger(ctx),
      cadence: null,
      steps: tuningSteps(ctx, fixed.name),
      dataSources: [ctx.evaluatedOnly ? `the versioned reference set ${fixed.name} uses` : `the dataset version ${fixed.name} trains on`],
      keyArtifacts: tuningArtifacts(ctx),
      componentIds: tuning.map((m) => m.component.id),
      dynamic: fanOut !== null,
      latencyMs: null,
      producesVersions: true,
      tunes: true,
    });
  }

  const inference = byKind('inference');
  if (inference.length > 0) {
    const fanOut = takeDynamic([...inputs, ...inference], true);
    const [cadence, arrival] = timing([...inputs, ...inference], firstCadence([...inputs, ...inference]), input.reading);
    const texts = inference.map((m) => m.component.text);
    const destination = predictionsDestination(input.reading, input.existing ?? null, texts);
    // New items are scored where they arrive, not in the tool people label them in.
    const unlabelled = sources.filter((s) => !isLabellingTool(s));
    const scoredFrom = unlabelled.length ? unlabelled : [UNNAMED_SOURCES];
    const ids = usersOf('batch');
    const model = ids.length === 1 ? ids[0]! : input.model;
    const purpose = given ? givenUsePurpose(model, given, input.reading.scored) : purposeOf('inference', domain, model, input.reading.scored) + readsEach(ids, 'scores with');
    plans.push({
      id: 'inference',
      kind: 'inference',
      name: ids.length > 1 ? nameOf('inference', null) : nameOf('inference', model),
      purpose: withinWindow(purpose, input.reading, 'inference'),
      trigger: triggerFor('inference', cadence, input.orchestrator, undefined, arrival),
      cadence,
      steps: inferenceSteps({ ...base, model, sources: sourcesInProse(scoredFrom), fanOut }, destination ?? `the ${given ? 'outputs' : 'predictions'} table the consumers read`, inputs.length ? { said: saidPreparation(inputs) } : undefined),
      dataSources: scoredFrom,
      keyArtifacts: given ? givenUseArtifacts(model, given) : keyArtifacts('inference', { ...base, model }),
      componentIds: [...inputs, ...inference].map((m) => m.component.id),
      dynamic: fanOut !== null,
      latencyMs: null,
      producesVersions: false,
      destination,
      ...(arrival ? { arrival } : {}),
      ...readOf(ids),
    });
  }

  const deployed = byKind('deployed');
  if (deployed.length > 0) {
    const budgets = deployed.map((m) => m.mention?.latencyMs ?? input.reading.latencyMs).filter((n): n is number => n !== null && n !== undefined);
    const ids = usersOf('request');
    const model = ids.length === 1 ? ids[0]! : input.model;
    plans.push({
      id: 'deployed',
      kind: 'deployed',
      name: ids.length > 1 ? nameOf('deployed', null) : nameOf('deployed', model),
      purpose: purposeOf('deployed', domain, model) + readsEach(ids, 'answers with'),
      trigger: triggerFor('deployed', null, input.orchestrator),
      cadence: 'realtime',
      steps: deployedSteps({ ...base, model, sources: sourcesInProse(sources), fanOut: null }),
      dataSources: ['request payloads from the calling service'],
      keyArtifacts: keyArtifacts('deployed', { ...base, model }),
      componentIds: deployed.map((m) => m.component.id),
      dynamic: false,
      latencyMs: budgets.length > 0 ? Math.min(...budgets) : null,
      producesVersions: false,
      ...readOf(ids),
    });
  }

  for (const m of byKind('other')) {
    plans.push({
      id: `other-${slug(m.component.id)}`,
      kind: 'other',
      name: m.component.name,
      purpose: `${m.component.name}, as a batch pipeline you can rerun and compare across runs`,
      trigger: triggerFor('other', m.mention?.cadence ?? null, input.orchestrator),
      cadence: m.mention?.cadence ?? null,
      steps: otherSteps(m.component.name, { ...base, sources: sourcesInProse(sources), fanOut: null }),
      dataSources: sources,
      keyArtifacts: keyArtifacts('other', base),
      componentIds: [m.component.id],
      dynamic: false,
      latencyMs: null,
      producesVersions: false,
    });
  }
  // Several lifecycles: each training pipeline produces the versions of its own models.
  const producer = versionProducer(plans, domain, modelGiven || setAside);
  return plans.map((p) => (p === producer || (models.length > 0 && p.kind === 'training') ? { ...p, producesVersions: true } : p));
}

/**
 * One pipeline creates the model versions everything else reads: training; for a document Q&A
 * system the indexing pipeline, since the index is what the answers come from and what the
 * evaluation scores; with no training in scope, the data pipeline its readers depend on.
 */
function versionProducer(plans: readonly PlannedPipeline[], domain: Domain, modelGiven: boolean): PlannedPipeline | undefined {
  const data = plans.find((p) => p.kind === 'data');
  const training = plans.find((p) => p.kind === 'training');
  const read = plans.some((p) => p.kind === 'inference' || p.kind === 'deployed' || p.kind === 'other');
  if (domain === 'documents' && data) return data;
  // A model taken as given, or one whose training is set aside, is registered by hand: a data pipeline's dataset is no version of it.
  return training ?? (read && !modelGiven ? data : undefined);
}

export function isScheduledCadence(cadence: Cadence | null): boolean {
  return cadence !== null && SCHEDULED.includes(cadence);
}

/** The seed: manual triggers are fine for v1. The MVP runs by hand first; its schedule waits for Phase 2. */
export const MVP_MANUAL_TRIGGER = 'Manual while the MVP proves itself';

/**
 * Pipelines with a natural cadence that do not run on it yet: the orchestrator has no scheduler,
 * or the MVP starts manual. They are listed as deferred instead of being silently dropped.
 */
export function waitingForSchedule(plans: readonly PlannedPipeline[], orchestrator: OrchestratorFacts): PlannedPipeline[] {
  return plans.filter((p) => isScheduledCadence(p.cadence) && (!orchestrator.schedules || p.trigger === MVP_MANUAL_TRIGGER));
}
