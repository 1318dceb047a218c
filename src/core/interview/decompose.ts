/**
 * Phase 3: from the components the user kept as pipelines to pipeline units, the seed's way.
 * Split when the trigger, the failure domain or the owning team differs; keep linear, tightly
 * coupled work together; the standard decomposition is some subset of data, training, batch
 * inference and deployed pipelines. Dynamic pipelines only for simple fan-out, and only on an
 * orchestrator that runs isolated steps (seed 003).
 */
import type { Step } from '../model/architecture';
import type { OrchestratorFacts } from '../zenml/facts';
import type { ClassifiedComponent } from './questions';
import type { Cadence, MentionedComponent, Reading } from './reading';
import { keyArtifacts } from './artifacts';
import { dataSteps, deployedSteps, detectDomain, inferenceSteps, otherSteps, trainingSteps, type Domain, type StepContext } from './steps';
import { joinList } from './text';

export type PipelineKind = 'data' | 'training' | 'inference' | 'deployed' | 'other';

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
}

export type SplitChoice = 'separate' | 'together';

export interface DecomposeInput {
  reading: Reading;
  /** Components after the user's bucket choices. */
  components: readonly ClassifiedComponent[];
  orchestrator: OrchestratorFacts;
  /** Whether data preparation and training are separate pipelines, when that had to be asked. */
  split: SplitChoice;
  model: string;
  /** Training promotes versions itself (automatic promotion). */
  automaticPromotion: boolean;
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

function firstCadence(group: readonly Member[]): Cadence | null {
  return group.map((m) => m.mention?.cadence ?? null).find((c) => c !== null) ?? null;
}

function firstOwner(group: readonly Member[]): string | null {
  return group.map((m) => m.mention?.owner ?? null).find((o) => o !== null) ?? null;
}

/** Data components split into separate pipelines when their cadence or owning team differs. */
function groupData(data: readonly Member[]): Member[][] {
  const groups: Member[][] = [];
  for (const m of data) {
    const cadence = m.mention?.cadence ?? null;
    const owner = m.mention?.owner ?? null;
    const home = groups.find((g) => {
      const gc = firstCadence(g);
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
  if (groupData(data).length > 1) return 'the data arrives on different schedules or from different teams';
  const [dc, tc] = [firstCadence(data), firstCadence(training)];
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

function cadenceWord(c: Cadence): string {
  return c === 'on-arrival' ? 'as it arrives' : c === 'realtime' ? 'continuously' : c;
}

function triggerFor(kind: PipelineKind, cadence: Cadence | null, orchestrator: OrchestratorFacts): string {
  if (kind === 'deployed') return 'Always on: served over HTTP with pipeline.deploy(), redeployed when a new version is promoted to production';
  if (cadence && SCHEDULED.includes(cadence)) {
    if (orchestrator.schedules) return `Scheduled ${cadence} on ${orchestrator.label}`;
    return `Manual for now (${orchestrator.label} has no scheduler)`;
  }
  if (cadence === 'on-arrival') return 'Manual, run when a new batch of data lands';
  if (kind === 'training') return 'Manual, after a new dataset version lands';
  return 'Manual';
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'x';
}

const FAN_OUT = /\b(?:each|every|per|thousands of|hundreds of|millions of|batch(?:es)? of)\s+(?:\w+\s+)?(?:documents?|pdfs?|files?|pages?|contracts?|images?|videos?)\b|\b(?:k[- ]?fold|cross[- ]validation|backtest\w*|tuning trials?|hyperparameter (?:search|sweep|tuning))\b/i;

function isFanOut(group: readonly Member[]): boolean {
  return group.some((m) => FAN_OUT.test(m.component.text));
}

const NAMES: Record<Domain, Partial<Record<PipelineKind, string>>> = {
  documents: { data: 'Document Indexing', training: 'Retrieval Evaluation', deployed: 'Question Answering Service' },
  llm: { data: 'Instruction Data', training: 'Fine-Tuning' },
  vision: { data: 'Image Dataset', training: 'Vision Model Training' },
  forecasting: { data: 'Sales History Preparation', training: 'Forecast Training', inference: 'Batch Forecasting' },
  tabular: {},
};
const DEFAULT_NAMES: Record<Exclude<PipelineKind, 'other'>, string> = {
  data: 'Data Preparation',
  training: 'Model Training',
  inference: 'Batch Inference',
  deployed: 'Real-Time Serving',
};

const PURPOSES: Record<PipelineKind, string> = {
  data: 'Turns the raw data into a clean, versioned dataset so training never reads half-processed data and every model version can name the data it learned from',
  training: 'Trains and evaluates the model and registers each run as a new model version, so versions can be compared before one is promoted',
  inference: 'Scores new data in batches with the production model version and publishes the predictions for the teams that use them',
  deployed: 'Serves predictions over HTTP with pipeline.deploy(), wrapping the production model version',
  other: '',
};

function sourcesOf(reading: Reading): string[] {
  const named = reading.categories.dataSources ?? [];
  return named.length > 0 ? [...new Set(named)] : ['the source data'];
}

/** The proposed pipelines, in the standard order (data, training, inference, deployed, other). */
export function decompose(input: DecomposeInput): PlannedPipeline[] {
  const all = members(input);
  const domain = detectDomain(input.components.map((c) => c.text).join(' '));
  const byKind = (k: PipelineKind) => all.filter((m) => kindOf(m) === k);
  const sources = sourcesOf(input.reading);
  let dataGroups = groupData(byKind('data'));
  let training = byKind('training');
  const consumers = byKind('inference').length + byKind('deployed').length > 0;
  // Something must produce the versions that inference reads: the seed's "add later: training pipeline".
  const needsTraining = training.length === 0 && consumers && domain !== 'documents';
  const merged = input.split === 'together' && dataGroups.length === 1 && training.length > 0;
  if (merged) {
    training = [...dataGroups[0]!, ...training];
    dataGroups = [];
  }
  const base = { domain, model: input.model, includesDataPrep: false, handoff: null, deviceExport: false };
  const dynamicBudget = { left: input.orchestrator.isolatedSteps ? 1 : 0 };
  const takeDynamic = (group: readonly Member[]): boolean => {
    if (dynamicBudget.left === 0 || !isFanOut(group)) return false;
    dynamicBudget.left--;
    return true;
  };
  const plans: PlannedPipeline[] = [];
  const nameOf = (kind: Exclude<PipelineKind, 'other'>) => NAMES[domain][kind] ?? DEFAULT_NAMES[kind];

  dataGroups.forEach((group, i) => {
    const dynamic = takeDynamic(group);
    const cadence = firstCadence(group);
    const suffix = dataGroups.length > 1 ? ` (${cadence ? cadenceWord(cadence) : (firstOwner(group) ?? `source ${i + 1}`)})` : '';
    const groupSources = group.flatMap((m) => sources.filter((s) => m.component.text.toLowerCase().includes(s.toLowerCase())));
    const own = dataGroups.length > 1 && groupSources.length > 0 ? [...new Set(groupSources)] : sources;
    plans.push({
      id: i === 0 ? 'data' : `data-${slug(suffix)}`,
      kind: 'data',
      name: nameOf('data') + suffix,
      purpose: PURPOSES.data,
      trigger: triggerFor('data', cadence, input.orchestrator),
      cadence,
      steps: dataSteps({ ...base, sources: joinList(own), dynamic }),
      dataSources: own,
      keyArtifacts: keyArtifacts('data', base),
      componentIds: group.map((m) => m.component.id),
      dynamic,
      latencyMs: null,
    });
  });

  if (training.length > 0 || needsTraining) {
    const dynamic = takeDynamic(training);
    const cadence = firstCadence(training);
    const ctx: StepContext = {
      ...base,
      sources: joinList(sources),
      dynamic,
      includesDataPrep: merged || dataGroups.length === 0,
      handoff: consumers ? (input.automaticPromotion ? 'automatic' : 'manual') : null,
      deviceExport: training.some((m) => m.mention?.kind === 'other'),
    };
    plans.push({
      id: 'training',
      kind: 'training',
      name: nameOf('training'),
      purpose: needsTraining ? `${PURPOSES.training}; until it runs, the existing model is registered as the first version` : PURPOSES.training,
      trigger: triggerFor('training', cadence, input.orchestrator),
      cadence,
      steps: trainingSteps(ctx),
      dataSources: ctx.includesDataPrep ? sources : [`the versioned dataset from ${plans[0]?.name ?? 'the data pipeline'}`],
      keyArtifacts: keyArtifacts('training', ctx),
      componentIds: training.map((m) => m.component.id),
      dynamic,
      latencyMs: null,
    });
  }

  const inference = byKind('inference');
  if (inference.length > 0) {
    const cadence = firstCadence(inference);
    const destination = (input.reading.categories.deployment ?? []).find((d) => /\b(?:table|warehouse|bucket|crm|database|db|s3|bigquery|snowflake)\b/i.test(d)) ?? 'the predictions table the consumers read';
    plans.push({
      id: 'inference',
      kind: 'inference',
      name: nameOf('inference'),
      purpose: PURPOSES.inference,
      trigger: triggerFor('inference', cadence, input.orchestrator),
      cadence,
      steps: inferenceSteps({ ...base, sources: joinList(sources), dynamic: false }, destination),
      dataSources: sources,
      keyArtifacts: keyArtifacts('inference', base),
      componentIds: inference.map((m) => m.component.id),
      dynamic: false,
      latencyMs: null,
    });
  }

  const deployed = byKind('deployed');
  if (deployed.length > 0) {
    const budgets = deployed.map((m) => m.mention?.latencyMs ?? input.reading.latencyMs).filter((n): n is number => n !== null && n !== undefined);
    plans.push({
      id: 'deployed',
      kind: 'deployed',
      name: nameOf('deployed'),
      purpose: PURPOSES.deployed,
      trigger: triggerFor('deployed', null, input.orchestrator),
      cadence: 'realtime',
      steps: deployedSteps({ ...base, sources: joinList(sources), dynamic: false }),
      dataSources: ['request payloads from the calling service'],
      keyArtifacts: keyArtifacts('deployed', base),
      componentIds: deployed.map((m) => m.component.id),
      dynamic: false,
      latencyMs: budgets.length > 0 ? Math.min(...budgets) : null,
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
      steps: otherSteps(m.component.name, { ...base, sources: joinList(sources), dynamic: false }),
      dataSources: sources,
      keyArtifacts: keyArtifacts('other', base),
      componentIds: [m.component.id],
      dynamic: false,
      latencyMs: null,
    });
  }
  return plans;
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
