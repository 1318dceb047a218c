/**
 * The scope as the answers so far decide it: every choice the user has not made yet takes the
 * engine's recommendation, so the architecture is whole (and drawable) after every answer.
 * `Choices` is what the answers set; `Scope` is everything derived from it.
 */
import { servingTheyRun } from '../reading/serving';
import { releasePlan } from './release';
import { DEFAULT_THRESHOLDS } from '../domain/thresholds';
import { NOT_A_PIPELINE } from '../domain/notAPipeline';
import { DEPLOYED_LATENCY_FLOOR_MS } from '../zenml/facts';
import { capitalize, inYourVoice, joinList } from '../words';
import { orchestratorChoice, type OrchestratorChoice } from './orchestrator';
import { applyBucketChoices, classify } from './classify';
import { decompose, forcedSplit, hasDataAndTraining, isScheduledCadence, MVP_MANUAL_TRIGGER, recommendedSplit, type PlannedPipeline, type ReleaseTarget, type SplitChoice } from './decompose';
import { assignPhases, consumersOf, overCapacity, producerOf, recommendMvp } from './mvp';
import { NO_BOARD_EDITS, type BoardEdits, type Bucket, type ClassifiedComponent, type PipelineProposal } from './proposals';
import { withBoardEdits } from './board';
import type { DataSource, Reading } from '../reading/reading';
import { detectDomain, vectorStoreOf, type Domain } from './steps';
import { runningWork, type ExistingWork } from '../reading/existing';
import type { EvaluationSet } from '../reading/evaluationSet';
import { labellingSources, onlyOutsidePipelines } from './sources';
import { sourceNames } from '../reading/sourceNames';
import { modelNameFor } from '../reading';
import { namesOnlyItsMethod } from '../reading/models';
import { PARKED_ID, RULED_OUT_ID, trainingSetAside } from '../reading/outOfScope';
import { modelExists, namesOwnModel, replaced, trainedModels, type TrainedModel } from './trainedModels';
import type { CheckedProposals } from '../assist/checked';
import { givenModel, optionsWeighed } from './givenModel';
import { withVariantParameters } from './variants';
import { withProposedBuckets, withProposedPipelines } from '../assist/apply';

export type Promotion = 'manual' | 'automatic';

export interface Choices {
  reading: Reading | null;
  readiness: 'prototype' | 'continue' | null;
  buckets: Record<string, Bucket>;
  /** Renamed, placed, dismissed and added cards on the board. */
  board: BoardEdits;
  /** Latency option per deployed component (catalogue LATENCY options). */
  latency: Record<string, string>;
  sources: string[] | null;
  orchestrator: string | null;
  split: SplitChoice | null;
  /** The user's adjusted proposals, by plan id. */
  edits: Record<string, PipelineProposal>;
  promotion: Promotion | null;
  mvp: string | null;
  /** A language model's checked proposals: planning's recommendations where they pass the method (assist/). */
  proposals: CheckedProposals | null;
  /** The model that read the description, or null when it was read offline. */
  readBy: string | null;
}

export function initialChoices(): Choices {
  return { reading: null, readiness: null, buckets: {}, board: NO_BOARD_EDITS, latency: {}, sources: null, orchestrator: null, split: null, edits: {}, promotion: null, mvp: null, proposals: null, readBy: null };
}

export interface Scope {
  reading: Reading;
  domain: Domain;
  project: string;
  /** The Model Control Plane model; with several trained here, the first one's. */
  model: string;
  /** The models trained here when there are several, each with its own lifecycle; empty for one. */
  models: TrainedModel[];
  /** Components after the board and the latency answers. */
  components: ClassifiedComponent[];
  /** Deployed components whose latency budget nobody stated. */
  unknownLatency: ClassifiedComponent[];
  allSources: string[];
  sources: string[];
  /** What comes out of each source and how, for the lists that name them. */
  sourceDetails: DataSource[];
  /** What versions are judged on, when the user named it or their labels call for it. */
  evaluationSet: EvaluationSet | null;
  /** What decides today and a version must beat ("the current rules engine"), when the user named it. */
  baseline: string | null;
  orchestrator: OrchestratorChoice;
  /** `exploring`: no approach or prototype yet, so the data work the approach needs is unknown and nothing argues for a split. */
  split: { asked: boolean; forced: string | null; exploring: boolean; recommended: SplitChoice; value: SplitChoice };
  /** Proposed pipelines before capacity and edits: what the pipeline questions start from. */
  proposed: PlannedPipeline[];
  /** Active pipelines, edits applied, in standard order. */
  plans: PlannedPipeline[];
  capacityDeferred: PlannedPipeline[];
  mvp: { id: string; recommended: string; reason: string } | null;
  phases: Map<string, string>;
  promotion: { asked: boolean; value: Promotion };
  /** The user asked for one simple pipeline: only what cannot be recommended is asked. */
  simple: boolean;
  /** Working code the user already has (the seed: respect existing work). */
  existing: ExistingWork | null;
  /** A language model's checked proposals, for what writing takes from them (open questions). */
  proposals: CheckedProposals | null;
}

/** Title and model name when the description names no use case. */
const PROJECTS: Record<Domain, { title: string; model: string }> = {
  extraction: { title: 'Document Extraction', model: 'document_extractor' },
  documents: { title: 'Document Q&A Assistant', model: 'document_qa' },
  text: { title: 'Text Classification', model: 'text_classifier' },
  llm: { title: 'LLM Fine-Tuning', model: 'fine_tuned_llm' },
  vision: { title: 'Computer Vision Model', model: 'vision_model' },
  forecasting: { title: 'Demand Forecasting', model: 'demand_forecaster' },
  tabular: { title: 'ML System', model: 'ml_model' },
};

const TRAINING_KINDS = new Set(['training', 'evaluation', 'tuning', 'retraining-trigger']);

/**
 * A model the user talks about but no training work to produce it, or nothing that reads as
 * pipeline work at all: the scope gets the seed's most common first pipeline, training. Unless
 * the user said there is no ML: then nothing needs a pipeline, and the interview says so.
 */
function withFallbackComponent(reading: Reading): Reading {
  const indexed = withIndexing(reading);
  if (indexed !== reading) return indexed;
  if (reading.noMl || reading.components.some((c) => TRAINING_KINDS.has(c.kind))) return reading;
  // Training ruled out ("not requested: retraining the model this year"): the work said is the work planned.
  if (trainingSetAside(reading.components) && classify(reading).some((c) => c.bucket === 'pipeline' || c.bucket === 'deployed')) return reading;
  // A model chosen as it is ("we chose GPT-4") and none of their own: there is nothing to train. With nothing
  // else said of the work ("it might just be an off-the-shelf model"), judging it on their own data comes first.
  if (givenModel(reading) !== null) {
    if (classify(reading).some((c) => c.bucket === 'pipeline' || c.bucket === 'deployed')) return reading;
    return { ...reading, components: [...reading.components, { id: 'model-evaluation', name: 'Model evaluation', text: '', kind: 'evaluation', cadence: null, latencyMs: null, owner: null }] };
  }
  const wantsModel = (reading.categories.modelWork ?? []).length > 0;
  if (!wantsModel && classify(reading).some((c) => c.bucket === 'pipeline' || c.bucket === 'deployed')) return reading;
  return {
    ...reading,
    components: [...reading.components, { id: 'model-training', name: 'Model training', text: '', kind: 'training', cadence: null, latencyMs: null, owner: null }],
  };
}

/** The words of the work the domain is read from: what the team ruled out ("no voice cloning, a hard no from talent contracts") says nothing of it. */
function workText(components: readonly { id: string; text: string }[]): string {
  return components.filter((c) => c.id !== RULED_OUT_ID && c.id !== PARKED_ID).map((c) => c.text).join(' ');
}

/**
 * Answers over documents come from an index of them: with the documents' source named and no work
 * that builds the index said, the index build is planned all the same, since nothing can answer before it runs.
 */
function withIndexing(reading: Reading): Reading {
  const answersOverDocuments = detectDomain(workText(reading.components), reading.domainCues, givenModel(reading) !== null) === 'documents';
  const indexes = reading.components.some((c) => c.kind === 'ingestion' || c.kind === 'processing');
  if (!answersOverDocuments || indexes || !(reading.categories.dataSources ?? []).length) return reading;
  return {
    ...reading,
    components: [...reading.components, { id: 'document-indexing', name: 'Document indexing', text: '', kind: 'ingestion', cadence: null, latencyMs: null, owner: null }],
  };
}

/** Whether a task's words are all one model's ("Volume forecasting" is `volume_forecast_model`): it names that model, not the work of all. */
function namesOnly(task: string, model: string): boolean {
  const stem = (w: string) => w.toLowerCase().replace(/(?:ing|ion|s)$/, '');
  const words = model.split('_').map(stem);
  return task.split(/\s+/).every((w) => words.includes(stem(w)));
}

/** "spam model and nudity model" → "spam and nudity models": names that end on the same noun share it once, in the plural. */
function sharedHead(names: readonly string[]): string {
  const heads = names.map((n) => n.split(' ').at(-1)!);
  if (names.length < 2 || heads.some((h) => h !== heads[0]) || names.some((n) => !n.includes(' '))) return joinList(names);
  return `${joinList(names.map((n) => n.slice(0, n.lastIndexOf(' '))))} ${heads[0]}s`;
}

/**
 * The work's own name says what kind it is: forecast words around work named as detection ("an anomaly
 * detector over bids against a forecast table") are about its inputs, so it keeps the generic shape.
 */
function namedKind(reading: Reading, domain: Domain): Domain {
  if (domain !== 'forecasting') return domain;
  const names = [reading.project, reading.task?.name, ...reading.models.map((m) => m.name)].filter(Boolean).join(' ');
  return DETECTION.test(names) && !/\bforecast/i.test(names) ? 'tabular' : domain;
}
const MODEL_WORD = /\b(?:models?|autoencoders?|classifiers?|detectors?|forecasters?|regressors?|rankers?|networks?)\b/i;
const DETECTION = /\b(?:anomal\w*|outliers?|detect\w*|isolation forests?|classif\w*|fraud)\b/i;

/**
 * With no use case named, the model the team trains is the project, in their words ("national
 * neural model" → National neural model, \`national_neural_model\`), never a generic "ML System".
 */
function ownModel(reading: Reading): string | null {
  const model = reading.models.find((m) => namesOwnModel(m) && !replaced(m, reading.baseline));
  if (!model) return null;
  // A name the reader made ("crusher autoencoder" from "one autoencoder per crusher") gives way to the task the team named;
  // one it made from a wished output alone ("Predict the right queue" with no model named) titles nothing.
  const said = model.quote.toLowerCase().includes(model.name.toLowerCase());
  // A model named only by its method ("the LightGBM classifier") gives way to the task the team named too.
  if (reading.task && namesOnlyItsMethod(model.name)) return null;
  return said || (!reading.task && MODEL_WORD.test(model.quote)) ? capitalize(model.name) : null;
}

/**
 * Where a release goes: serving that stays outside ZenML (the team's own serving system, or
 * dedicated serving for a budget too tight for a deployed pipeline, or the stream that applies the
 * model), when the team said it wants new versions to reach it.
 */
function releaseTarget(reading: Reading, components: readonly ClassifiedComponent[]): ReleaseTarget | null {
  if (!reading.release) return null;
  const outside = components.find((c) => c.bucket === 'not-a-pipeline' && SERVED_OUTSIDE.has(reading.components.find((m) => m.id === c.id)?.kind ?? ''));
  if (!outside) return null;
  const mention = reading.components.find((m) => m.id === outside.id);
  const tool = servingTheyRun(reading);
  return { servedBy: tool ?? `the ${outside.name.charAt(0).toLowerCase()}${outside.name.slice(1)}`, latencyMs: mention?.latencyMs ?? reading.latencyMs };
}

const SERVED_OUTSIDE = new Set(['online-inference', 'streaming']);

const EXPLORING = new Set(['no-approach', 'no-prototype', 'still-in-eda']);

/** The latency question's options (`LATENCY` in the interview's catalogue) as budgets. */
const LATENCY_MS: Record<string, number | null> = { 'sub-10': DEPLOYED_LATENCY_FLOOR_MS, '100': 100, '1000': 1000, unknown: null };

const EXTREME = NOT_A_PIPELINE.find((e) => e.kind === 'extreme-latency')!;

export function derive(choices: Choices, reading: Reading): Scope {
  const effective = withFallbackComponent(reading);
  const recommended = withProposedBuckets(classify(effective), choices.proposals);
  let components = withBoardEdits(applyBucketChoices(recommended, choices.buckets), reading, choices.board);
  const unknownLatency = components.filter((c) => {
    if (c.bucket !== 'deployed') return false;
    const mention = effective.components.find((m) => m.id === c.id);
    return (mention?.latencyMs ?? effective.latencyMs) === null;
  });
  const budgets = new Map<string, number>();
  components = components.map((c) => {
    const option = choices.latency[c.id];
    if (option === undefined || c.bucket !== 'deployed') return c;
    if (option === 'sub-10') return { ...c, bucket: 'not-a-pipeline' as const, reason: EXTREME.why, alternative: EXTREME.alternative };
    const ms = LATENCY_MS[option];
    if (ms !== null && ms !== undefined) budgets.set(c.id, ms);
    return c;
  });
  const withBudgets: Reading = {
    ...effective,
    components: effective.components.map((m) => (budgets.has(m.id) ? { ...m, latencyMs: budgets.get(m.id)! } : m)),
  };

  const domain = namedKind(reading, detectDomain(workText(components), reading.domainCues, givenModel(reading) !== null));
  // A title is one line, whichever reader (lexicon or language model) named the project.
  const models = trainedModels(reading, domain);
  // Several models: none of them is the project, all of them are, unless the team named the work they serve together.
  // A model named only by its method ("YOLOv8 detector") names no work: the task they name says what it is for.
  const servedTogether = reading.task !== null && (!models.some((m) => namesOnly(reading.task!.name, m.id)) || models.every((m) => namesOnlyItsMethod(m.id)));
  const titled = reading.project?.replace(/\s+/g, ' ').trim() || (models.length ? (servedTogether ? null : capitalize(sharedHead(models.map((m) => m.id.replace(/_/g, ' '))))) : ownModel(reading));
  // With no project, model or use case named, the task they name by its noun ("outlier detection") before a generic title.
  const task = titled ? null : reading.task;
  const named = titled || task?.name;
  const project = named || PROJECTS[domain].title;
  // A project title that holds the task ("Acme server outlier detection and remediation") names the model by the task,
  // `outlier_detector`; a model the team named ("yield estimation network") keeps their name.
  const projectTitle = reading.project?.toLowerCase();
  const taskInTitle = projectTitle && reading.task && projectTitle.includes(reading.task.name.toLowerCase()) ? reading.task.model : null;
  const model = models[0]?.id ?? task?.model ?? taskInTitle ?? (named ? modelNameFor(named) : PROJECTS[domain].model);
  const labelling = labellingSources(reading);
  // A stream is read by the periodic batch run that replaces it: its source stays a pipeline source.
  const streams = new Set(effective.components.filter((m) => m.kind === 'streaming').map((m) => m.id));
  const outside = components.filter((c) => c.bucket === 'not-a-pipeline' && !streams.has(c.id)).map((c) => c.text);
  const said = sourceNames(reading.categories.dataSources ?? []).filter((s) => !onlyOutsidePipelines(s, reading, outside));
  const allSources = [...said, ...labelling.map((s) => s.name).filter((n) => !said.some((m) => m.toLowerCase() === n.toLowerCase()))];
  const sourceDetails = [...reading.sources, ...labelling];
  const sources = choices.sources ?? allSources.slice(0, DEFAULT_THRESHOLDS.mvpDataSourcesMax);
  const scoped: Reading = { ...withBudgets, categories: { ...withBudgets.categories, dataSources: sources } };
  const orchestrator = orchestratorChoice(reading, choices.orchestrator);

  const promotionValue = choices.promotion ?? 'manual';
  const existing = runningWork(reading);
  const { evaluationSet } = reading;
  const baseline = reading.baseline && inYourVoice(reading.baseline);
  const vectorStore = vectorStoreOf(reading.tools);
  const base = { reading: scoped, components, orchestrator: orchestrator.chosen, model, modelNamed: Boolean(named), automaticPromotion: promotionValue === 'automatic', existing, evaluationSet, baseline, vectorStore, domain, models, release: releaseTarget(reading, components) };
  const forced = forcedSplit(base);
  const { simple } = reading;
  const splitAsked = hasDataAndTraining(base) && forced === null && !simple;
  // The seed splits by trigger, failure domain and team; a team still finding its approach has evidence for none of them yet.
  const exploring = reading.readinessSignals.some((s) => EXPLORING.has(s));
  const splitRecommended = forced ? 'separate' : simple || exploring ? 'together' : recommendedSplit(base);
  const split = { asked: splitAsked, forced, exploring, recommended: splitRecommended, value: (splitAsked ? choices.split : null) ?? splitRecommended };
  const decomposed = withVariantParameters(decompose({ ...base, split: split.value }), reading);
  // The release reads what training promotes: only with a training pipeline to promote it.
  const released = base.release && decomposed.some((p) => p.kind === 'training') ? [...decomposed, releasePlan(models.length ? models.map((m) => m.id) : [model], base.release)] : decomposed;
  const proposed = withProposedPipelines(released, choices.proposals);

  // Capacity is judged against the recommended MVP, before the user is asked about pipelines it would defer.
  const recommendedMvp = recommendMvp(proposed, reading.goal, domain, modelExists(reading), optionsWeighed(reading));
  const capacityDeferred = recommendedMvp
    ? overCapacity(proposed, assignPhases(proposed, recommendedMvp.id), reading.team.engineers, DEFAULT_THRESHOLDS.pipelinesPerEngineer, model)
    : [];
  const plans = proposed
    .filter((p) => !capacityDeferred.includes(p))
    .map((p) => (p.id === recommendedMvp?.id && isScheduledCadence(p.cadence) && orchestrator.chosen.schedules ? { ...p, trigger: MVP_MANUAL_TRIGGER } : p))
    .map((p) => applyEdit(p, choices.edits[p.id]));
  const mvpId = choices.mvp && plans.some((p) => p.id === choices.mvp) ? choices.mvp : recommendedMvp?.id ?? null;
  const mvp = mvpId && recommendedMvp ? { id: mvpId, recommended: recommendedMvp.id, reason: recommendedMvp.reason } : null;
  const promotionAsked = producerOf(plans) !== null && consumersOf(plans).length > 0;

  return {
    reading,
    domain,
    project,
    model,
    models,
    components,
    unknownLatency,
    allSources,
    sources,
    sourceDetails,
    evaluationSet,
    baseline,
    orchestrator,
    split,
    proposed,
    plans,
    capacityDeferred,
    mvp,
    phases: mvp ? assignPhases(plans, mvp.id) : new Map(),
    promotion: { asked: promotionAsked, value: promotionValue },
    simple,
    existing,
    proposals: choices.proposals,
  };
}

function applyEdit(plan: PlannedPipeline, edit: PipelineProposal | undefined): PlannedPipeline {
  return edit ? { ...plan, name: edit.name, trigger: edit.trigger, steps: edit.steps } : plan;
}

export function proposalOf(plan: PlannedPipeline): PipelineProposal {
  return { name: plan.name, trigger: plan.trigger, steps: plan.steps };
}
