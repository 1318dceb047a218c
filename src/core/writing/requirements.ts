/**
 * The template's "Orchestrator requirements", one item each: where the pipeline runs, then only
 * what this pipeline adds to it (the seed's own open question, "Does your Postgres allow
 * connections from Vertex AI workers?", shows these decide whether the first run works):
 * a GPU for the model work that needs one, access to the user's systems it reads, isolated steps
 * for a runtime fan-out, the artifact store a deployment loads its model from.
 */
import { isScheduledCadence, type PlannedPipeline } from '../planning/decompose';
import { modelsOf } from '../planning/mvp';
import { UNDECIDED } from '../planning/orchestrator';
import type { Scope } from '../planning/scope';
import { sourcesInProse } from '../planning/sources';
import { givenModel } from '../planning/givenModel';
import { budget, escapeRegExp } from '../words';
import { PRETRAINED_FAMILIES } from '../reading/frames';

/** Training steps that are impractical without a GPU, by domain. */
const GPU_WORK: Partial<Record<Scope['domain'], { step: string; why: string }>> = {
  vision: { step: 'train_model', why: 'fine-tuning a pretrained backbone on images is impractical on CPU' },
  extraction: { step: 'train_model', why: 'fine-tuning a layout model on page images and words is slow on CPU; the other steps run on CPU' },
  text: { step: 'train_model', why: 'fine-tuning a pretrained transformer is slow on CPU; the other steps run on CPU' },
  llm: { step: 'fine_tune', why: 'LoRA fine-tuning of a base model needs GPU memory; the other steps run on CPU' },
};

/** Model families that train on CPU in minutes: fastText, gradient-boosted trees, linear models, classical forecasters. */
const CPU_FAMILIES = /\b(?:fasttext|xgboost|lightgbm|catboost|gbms?|gradient[- ]boost\w*|logistic regression|linear (?:regression|models?)|random forests?|naive bayes|tf-?idf|svms?|prophet|arima)\b/i;

/**
 * Whether training in this domain needs a GPU: it does for the deep models the domain usually takes,
 * unless the team's model is of a family that trains on CPU ("the fastText model") and nothing
 * they said is a deep network.
 */
export function trainsOnGpu(scope: Scope): boolean {
  if (!GPU_WORK[scope.domain]) return false;
  const names = scope.reading.models.filter((m) => m.trained !== 'given').map((m) => m.name);
  const deep = !!scope.reading.domainCues.deep?.length || names.some((n) => n.split(/\s+/).some((w) => PRETRAINED_FAMILIES.test(w)));
  return deep || !names.some((n) => CPU_FAMILIES.test(n));
}

/** Systems an orchestrator's workers must reach over the network, databases first (the seed's own example). */
export const REACHABLE = [
  /\b(?:postgres\w*|mysql|snowflake|bigquery|redshift|oracle|sql server|mongo\w*|databricks|database|db|warehouse)\b/i,
  /\b(?:s3|gcs|sftp|kafka|api|salesforce|crm|zendesk|confluence|sharepoint|label studio|labelbox|cvat)\b/i,
];

/** The user's own systems this pipeline reads directly (not what is in them, a versioned dataset or request payloads). */
/** The sources that are systems behind a network; data named by what it is ("the scan images") says nothing of where it lives. */
export function reachableSystems(sources: readonly string[]): string[] {
  return sources.filter((s) => REACHABLE.some((re) => re.test(s)));
}

/**
 * The systems this pipeline reads directly: the kinds of store the catalogue knows, and a source
 * the description names as a system by its proper name ("from Atlas, our telemetry platform").
 */
function systemsRead(scope: Scope, plan: PlannedPipeline): string[] {
  const read = scope.sources.filter((s) => plan.dataSources.includes(s));
  const named = scope.reading.systems.filter((s) => s.role === 'source' && /^[A-Z][\w.-]*$/.test(s.name)).map((s) => s.name);
  return read.filter((s) => REACHABLE.some((re) => re.test(s)) || named.includes(s));
}

/**
 * The first item: the orchestrator, or, when none is chosen, that it is open and what this
 * pipeline needs from it (its schedule), so the choice can be made from the document.
 */
function where(scope: Scope, plan: PlannedPipeline): string {
  const o = scope.orchestrator;
  if (o.chosen.id !== UNDECIDED.id) return `${o.chosen.label}${o.namedByUser ? ', which the team already runs' : ''}`;
  const theirs = o.theirs ? `; the team runs its pipelines on ${o.theirs}, which ZenML has no orchestrator for` : '';
  const schedule = isScheduledCadence(plan.cadence) ? `, with schedules for its ${plan.cadence} runs` : '';
  return `An orchestrator not chosen yet to run ${plan.name}${schedule}${theirs} (see Open Questions)`;
}

export function orchestratorRequirements(scope: Scope, plan: PlannedPipeline): string[] {
  const o = scope.orchestrator.chosen;
  const volume = carriesVolume(scope, plan) ? scope.reading.volume : null;
  if (plan.kind === 'deployed') {
    return [
      `A ZenML deployer${o.id === UNDECIDED.id ? '' : ` alongside ${o.label}`}, with materialization disabled for latency`,
      `read access to the artifact store when the deployment starts, to load the \`production\` version of \`${modelsOf(plan, scope.model)[0]}\``,
      ...(plan.latencyMs !== null ? [`a short network path from the calling service: the ${budget(plan.latencyMs)} budget includes the hop to the endpoint`] : []),
      ...(volume ? [`enough replicas for the load the description names (“${volume}”), measured in the same benchmark as the latency`] : []),
    ];
  }
  const items = [where(scope, plan)];
  // A plan trains its own models' kind: a forecaster beside an image model needs no GPU for images.
  const kind = scope.models.find((m) => plan.models?.includes(m.id))?.domain ?? scope.domain;
  const gpu = trainsOnGpu(scope) && (kind === scope.domain || kind === 'tabular') ? GPU_WORK[scope.domain] : undefined;
  if (gpu && plan.steps.some((s) => s.name === gpu.step)) items.push(withoutTheirGpu(scope, `a GPU for ${gpu.step}: ${gpu.why}`));
  else if (plan.steps.some((s) => s.name === 'train_model') && scope.reading.domainCues.deep?.length) {
    items.push(withoutTheirGpu(scope, `a GPU for train_model: the model is a deep network (“${scope.reading.domainCues.deep[0]}”), impractical to train on CPU; the other steps run on CPU`));
  }
  const systems = systemsRead(scope, plan);
  const workers = o.id.startsWith('local') ? 'the machine that runs the steps' : o.id === UNDECIDED.id ? 'its workers' : `the ${o.label} workers`;
  if (systems.length) items.push(`read access to ${sourcesInProse(systems)} from ${workers}`);
  // The publish step writes where the consumers read: a second network path, often a different account.
  const destination = plan.kind === 'inference' && plan.destination ? reachableSystems([plan.destination])[0] : undefined;
  if (destination && !systems.includes(destination)) items.push(`write access to ${destination} from ${workers}, where ${plan.name} publishes`);
  const runs = modelRun(scope, plan);
  if (runs) items.push(runs);
  items.push(...(plan.needs ?? []));
  if (volume) items.push(`room for the volume the description names (“${volume}”): workers sized for it, or the heaviest step fanned out over it`);
  // Decomposition only fans out on orchestrators with isolated steps (seed 003's table).
  if (plan.dynamic) items.push('isolated steps for the fan-out, so each item runs in its own container and one bad item does not stop the batch');
  return items;
}

/**
 * What running a model taken as given asks of the workers: a hosted model (GPT) is an API to reach
 * with its key kept as a secret; an open-weight family (Whisper, BERT) runs on the workers, on a GPU.
 */
function modelRun(scope: Scope, plan: PlannedPipeline): string | null {
  const given = givenModel(scope.reading);
  // The step that runs it ("runs Whisper on…", "has GPT-4 extract…"), not one that only prepares its input.
  const step = given ? plan.steps.find((s) => new RegExp(`\\b(?:runs|has) ${escapeRegExp(given)}\\b`, 'i').test(s.description)) : undefined;
  if (!given || !step) return null;
  const family = given.split(/\s+/).find((w) => PRETRAINED_FAMILIES.test(w));
  if (!family) return null;
  // Where the model is reached is said beside it ("GPT-4o on Azure OpenAI"), in the clause that names it.
  const said = scope.reading.models.find((m) => m.name === given)?.quote ?? given;
  const api = hostedApi(said, family);
  return api
    ? `network access to ${api} for ${step.name}, with the API key kept as a ZenML secret rather than in code or configuration`
    : withoutTheirGpu(scope, `a GPU for ${step.name}: running ${given} over a whole batch is slow on CPU; the other steps run on CPU`);
}

/** A GPU the work needs, said against the team's words when it has none ("No GPUs"): a decision to make, not a fact to assume. */
function withoutTheirGpu(scope: Scope, need: string): string {
  const said = scope.reading.noGpu;
  return said ? `${need}. The team has none (“${said}”): rent one for these runs, or choose a model small enough to run on CPU` : need;
}

/** The API a hosted model is reached through (its provider runs it, no GPU of the team's), or null for open weights. */
function hostedApi(said: string, family: string): string | null {
  if (/^gpt-/i.test(family)) return /\bazure\b/i.test(said) ? 'the Azure OpenAI API' : 'the OpenAI API';
  if (/^claude$/i.test(family)) return /\bbedrock\b/i.test(said) ? 'Amazon Bedrock' : 'the Anthropic API';
  return /^gemini$/i.test(family) ? 'the Gemini API' : null;
}

/**
 * The pipelines that handle the records a stated volume counts: the ones that use the model (batch
 * scoring, serving); with neither, the data pipeline; with none of those, training.
 */
function carriesVolume(scope: Scope, plan: PlannedPipeline): boolean {
  if (!scope.reading.volume) return false;
  const kinds = new Set(scope.plans.map((p) => p.kind));
  const handling = kinds.has('inference') || kinds.has('deployed') ? ['inference', 'deployed'] : kinds.has('data') ? ['data'] : ['training'];
  return handling.includes(plan.kind);
}
