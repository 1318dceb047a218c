/**
 * The engine's reading of what the user wrote: the output of the `Understanding` seam.
 * The rule-based lexicon produces it; a language model may later refine it, but every
 * consumer (classification, decomposition, the CLI's `analyze`) reads only this shape.
 */
import * as z from 'zod';
import { CUE_KINDS } from './domainCues';

export const CATEGORY_IDS = [
  'dataSources',
  'processing',
  'modelWork',
  'deployment',
  'operations',
  'infrastructure',
  'team',
] as const;
export const CategoryIdSchema = z.enum(CATEGORY_IDS);
export type CategoryId = z.infer<typeof CategoryIdSchema>;

export const CATEGORY_LABELS: Record<CategoryId, string> = {
  dataSources: 'data sources',
  processing: 'processing stages',
  modelWork: 'model work',
  deployment: 'deployment targets',
  operations: 'operational needs',
  infrastructure: 'existing infrastructure',
  team: 'team context',
};

export const CadenceSchema = z.enum(['realtime', 'hourly', 'daily', 'weekly', 'monthly', 'on-arrival', 'manual']);
export type Cadence = z.infer<typeof CadenceSchema>;

/** A thing the user wants, in their words: the unit the classification board moves around. */
export const MentionedComponentSchema = z.object({
  id: z.string(),
  /** Short name, e.g. "Fraud scoring API". */
  name: z.string(),
  /** The user's words it came from (a sentence or clause). */
  text: z.string(),
  /** What kind of work it is, as the lexicon recognised it. */
  kind: z.enum([
    'ingestion',
    'processing',
    'training',
    'evaluation',
    'batch-inference',
    'online-inference',
    'streaming',
    'dashboard',
    'alerting',
    'monitoring',
    'cicd',
    'migration',
    'etl-no-ml',
    'tuning',
    'ab-testing',
    'feature-store',
    'retraining-trigger',
    'labeling',
    'human-review',
    'action',
    'future-work',
    'exploration',
    'other',
  ]),
  cadence: CadenceSchema.nullable(),
  /** Latency budget in ms when the user gave one for this component. */
  latencyMs: z.number().positive().nullable(),
  /** Owning team when stated ("data engineers own ingestion"). */
  owner: z.string().nullable(),
  /**
   * What the work fans out over when the user described a simple runtime fan-out ("one embedding
   * job per batch", "K folds", "tuning trials"): "batch", "document", "fold", "trial". The one case
   * seed 003 gives for a dynamic pipeline. Absent when they described none.
   */
  fanOut: z.string().optional(),
});
export type MentionedComponent = z.infer<typeof MentionedComponentSchema>;

export const DataSourceSchema = z.object({
  /** The system, as a list item: "Snowflake", "S3", "the NetSuite API" (or the data, when no system was named). */
  name: z.string(),
  detail: z.string().nullable(),
});
export type DataSource = z.infer<typeof DataSourceSchema>;

/**
 * A system the description names, with the role its clause gives it: data comes from it
 * (source), results go to it (destination), work runs on it (platform), a result is compared
 * against it (baseline), work uses it (tool), or only named.
 */
export const SystemSchema = z.object({
  name: z.string(),
  role: z.enum(['source', 'destination', 'platform', 'baseline', 'tool', 'named']),
  /** The clause it was named in. */
  quote: z.string(),
});
export type SystemMention = z.infer<typeof SystemSchema>;

/**
 * A model the description names, with its own lifecycle: trained here or taken as given (a hosted
 * LLM, a vendor model), and how its output is used (in batches, per request, by people). Several
 * models ("an extraction model and a fraud model") are several entries.
 */
export const ModelMentionSchema = z.object({
  name: z.string(),
  trained: z.enum(['here', 'given', 'unknown']),
  use: z.enum(['batch', 'request', 'people', 'unknown']),
  quote: z.string(),
});
export type ModelMention = z.infer<typeof ModelMentionSchema>;

/** A clause the reader could not place in a component or a fact: shown to the user, never dropped. */
export const UnplacedSchema = z.object({ text: z.string(), reason: z.string() });
export type Unplaced = z.infer<typeof UnplacedSchema>;

/** Working code the user already has (the seed: respect existing work): where it lives, what it does, the method named. */
export const ExistingWorkSchema = z.object({
  /** Where it lives: a notebook, scripts, a batch job, or a serverless function. */
  where: z.enum(['notebook', 'scripts', 'job', 'function']),
  /** What it does today. */
  does: z.enum(['training', 'indexing', 'scoring']),
  /** The method the user named ("LightGBM", "LoRA"), or null. */
  method: z.string().nullable(),
});
export type ExistingWork = z.infer<typeof ExistingWorkSchema>;

/** What versions are judged on when the user said it: a golden set they keep, or hand-checked items for labels they call noisy. */
export const EvaluationSetSchema = z.enum(['golden', 'hand-checked']);
export type EvaluationSet = z.infer<typeof EvaluationSetSchema>;

export const ReadingSchema = z.object({
  /** Phrases found per category, in the user's words. */
  categories: z.record(CategoryIdSchema, z.array(z.string())),
  components: z.array(MentionedComponentSchema),
  /**
   * Where the data comes from, one entry per system (the names `categories.dataSources` lists), with
   * what the user said comes out of it and how ("card transactions, landed nightly from the core
   * banking system"). Added after version 1 of the state: older readings parse with none.
   */
  sources: z.array(DataSourceSchema).default([]),
  /** Every system named, known to the catalogue or not. Added after version 1 of the state. */
  systems: z.array(SystemSchema).default([]),
  /** Every model named, each with its lifecycle. Added after version 1 of the state. */
  models: z.array(ModelMentionSchema).default([]),
  /**
   * Categories the clauses cover by what they do (a verb of serving, a platform the work runs on)
   * beyond the phrase lists in `categories`; Phase 1's coverage counts both. Added after version 1.
   */
  coverage: z.array(CategoryIdSchema).default([]),
  /** Clauses that ended in no component and no fact. Added after version 1 of the state. */
  unplaced: z.array(UnplacedSchema).default([]),
  /** The quality measures the user named ("recall", "MAPE"), normalised: what versions are judged on. Added after version 1. */
  metrics: z.array(z.string()).default([]),
  /** Tools and platforms named (Snowflake, Kubernetes, MLflow, …), normalised. */
  tools: z.array(z.string()),
  /**
   * Tools named only as options, not run: asked about ("Cloud Run? Vertex endpoint?") or there but
   * unused ("an Azure ML workspace a vendor set up; nobody has touched it since"). Added after version 1.
   */
  options: z.array(z.string()).default([]),
  /** Overall latency budget in ms, when one was stated. */
  latencyMs: z.number().positive().nullable(),
  team: z.object({
    engineers: z.number().int().positive().nullable(),
    roles: z.array(z.string()),
  }),
  /** Signs the user is not ready for a pipeline yet (still in EDA, no prototype, unclear I/O). */
  readinessSignals: z.array(z.string()),
  /** Red flags found in the text: slug plus the words that raised it. */
  redFlags: z.array(z.object({ rule: z.string(), evidence: z.string() })),
  /** The user's main goal, mapped to the seed's MVP patterns table. */
  goal: z.enum(['automate-training', 'deploy-predictions', 'data-quality', 'retrain-on-drift', 'unknown']),
  /** The goal is the user's own words ("automate retraining"), not read from the work they describe. Added after version 1. */
  goalStated: z.boolean().default(false),
  /** The project name, when one can be inferred ("fraud detection for card payments"). */
  project: z.string().nullable(),
  /** Whether the team already runs ZenML (changes the ETL-without-ML advice). */
  usesZenml: z.boolean(),
  // What planning needs of the user's words, read here so planning never reads the text (all added after version 1):
  /** The user asked for one simple pipeline ("I just want a simple training pipeline"). */
  simple: z.boolean().default(false),
  /** The user said there is no ML ("no machine learning, just the ETL"). */
  noMl: z.boolean().default(false),
  /** The team says its models work today, in the present tense ("our forecasting models range from…"). */
  modelsInUse: z.boolean().default(false),
  /** Running work the text names (a notebook that trains, a scoring job), whatever the readiness signals say. */
  existing: ExistingWorkSchema.nullable().default(null),
  /** What versions are judged on, when the user named it or called their labels noisy. */
  evaluationSet: EvaluationSetSchema.nullable().default(null),
  /** The words in which the team says it has no GPU ("No GPUs"), when it said so. */
  noGpu: z.string().nullable().default(null),
  /** What decides today and a version must beat ("the current rules engine"), when the user named it. */
  baseline: z.string().nullable().default(null),
  /** What batch scoring scores, in the user's words ("every high-value player", "all 100+ million homes"), when they said. */
  scored: z.string().nullable().default(null),
  /** The system the model is trained with, when a training clause names one ("use BigQuery ML to build a churn model"). */
  trainedWith: z.string().nullable().default(null),
  /** Several quantities one kind of model predicts, as the user listed them ("demand, return rate, return time"). */
  targets: z.array(z.string()).default([]),
  /** A decision an optimizer makes from the model's output ("an optimization step picks the discount per item"). */
  decision: z.object({ said: z.string(), step: z.string() }).nullable().default(null),
  /** How the team shows why the model decided, when named ("class activation maps", "SHAP values"). */
  explanations: z.string().nullable().default(null),
  /** Who uses the model's output, when the user said ("the forecasts that purchasing pick up"). */
  consumers: z.object({ who: z.string(), what: z.string() }).nullable().default(null),
  /** Work the user does to the model's output before it is used ("post-processing merges segments into paragraphs"), in their words. */
  afterModel: z.string().nullable().default(null),
  /** The serving the team runs today, in their words ("Python microservices in our AWS stack"), when they said. */
  servedBy: z.string().nullable().default(null),
  /** The sentence wishing new model versions to reach the serving they run ("how new versions reach production"), when there is one. */
  release: z.string().nullable().default(null),
  /** The first task named by its noun with what it is about ("outlier detection"), and its model's name: a title of last resort. */
  task: z.object({ name: z.string(), model: z.string() }).nullable().default(null),
  /** Preparation the user spells out, verb to object ("correct for the capacity constraints"): steps in their words. */
  preparations: z.array(z.object({ verb: z.string(), phrase: z.string() })).default([]),
  /** The time a kind of work must finish in ("a 12-hour window to do all the scoring"), in the user's words. */
  windows: z.array(z.object({ work: z.enum(['data', 'training', 'inference']), within: z.string() })).default([]),
  /** What the team measured its model at today ("93% precision and 87% recall"), when they said. */
  measured: z.string().nullable().default(null),
  /** The figure was measured on the baseline ("a baseline keyword router achieves 58% accuracy"), not on a model of theirs. */
  measuredOnBaseline: z.boolean().default(false),
  /** What the team's database keeps up itself with triggers ("the full-text search index"), when they said. */
  triggered: z.string().nullable().default(null),
  /** The arrival that starts the batch work ("for every new episode"), when a clause makes a job for each new item. */
  arrival: z.string().nullable().default(null),
  /** How the model is made, when the team weighs training one against taking one as given and has not decided (`approach.ts`), in their words. */
  approachOpen: z.string().nullable().default(null),
  /** Where the results go, when the team says so outright ("Output: … → the review worklist"), in their words (`resultsTo.ts`). */
  resultsTo: z.string().nullable().default(null),
  /** The job queue that hands work between the team's stages today ("a Redis and BullMQ job queue"), in their words. */
  jobQueue: z.string().nullable().default(null),
  /** How varied the inputs are ("more than 25 languages"), and the kind to break measures down by (`variety.ts`). */
  variety: z.object({ said: z.string(), kind: z.string() }).nullable().default(null),
  /** What the team wants onboarded by configuration, not code ("invoice format"), when they said. */
  configWish: z.string().nullable().default(null),
  /** Kinds of work the team asks for in a wish ("we want to … tune the detector"), not only mentions. */
  wishedKinds: z.array(MentionedComponentSchema.shape.kind).default([]),
  /** A setting the team calls a trade-off, with what each side costs in their words (`tradeOff.ts`). */
  tradeOff: z.object({ setting: z.string().nullable(), said: z.string() }).nullable().default(null),
  /** A more frequent cadence kept for part of the work ("and for some cases every day"), when the team said one. */
  narrower: z.object({ cadence: CadenceSchema, main: CadenceSchema, forWhat: z.string() }).nullable().default(null),
  /** What the team wishes of the run its goal is about, in their words ("reproducible and easier to operate"), when they said. */
  wish: z.string().nullable().default(null),
  /** Where the model's labels come from (`labels.ts`): the sentence that says so, people's reports, and whether the work judges items. */
  labels: z.object({ said: z.string().nullable(), reported: z.string().nullable(), judged: z.boolean() }).default({ said: null, reported: null, judged: false }),
  /** The largest volume of records the team's work handles, in their words ("more than 1 million products"). */
  volume: z.string().nullable().default(null),
  /** The different domain cue words of the whole description, by kind (`domainCues.ts`): the domain's evidence. */
  domainCues: z.partialRecord(z.enum(CUE_KINDS), z.array(z.string())).default({}),
  /** How often the description names each data source (lower-cased `sourceNames`): a source only non-pipeline work names is no pipeline's. */
  sourceMentions: z.record(z.string(), z.number().int().nonnegative()).default({}),
});
export type Reading = z.infer<typeof ReadingSchema>;

/**
 * The seam: turns free text into a Reading. The lexicon implementation is the default
 * and is always available; a language-model implementation may refine its result.
 * `previous` is the reading so far, so follow-up answers add to it instead of replacing it.
 */
export interface Understanding {
  read(text: string, previous: Reading | null): Promise<Reading> | Reading;
}
