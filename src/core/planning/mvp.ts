/**
 * Phase 4 and the Model Control Plane: which pipeline is the MVP (the seed's MVP patterns
 * table, keyed by the user's goal), what comes in Phase 2 and Phase 3, what the team cannot
 * maintain yet, and who produces, promotes and reads model versions.
 */
import type { ModelControlPlane } from '../model/architecture';
import type { PlannedPipeline } from './decompose';
import type { PipelineKind } from './steps';
import type { Reading } from '../reading/reading';
import type { Domain } from './steps';
import { inYourVoice } from '../words';

type Goal = Reading['goal'];

/** The seed's MVP patterns table: for each goal, the pipeline kinds to prefer, best first. */
interface Later {
  name: string;
  /** `{mvp}`, `{model}` and `{sources}` stand for this scope's MVP pipeline, model and sources. */
  reason: string;
  /** Already in scope when a pipeline of one of these kinds exists... */
  unlessPlans?: readonly PipelineKind[];
  /** ...or the user described a component of one of these kinds. */
  unlessComponents?: readonly MentionedKind[];
}
type MentionedKind = Reading['components'][number]['kind'];

interface MvpPattern {
  prefer: readonly PipelineKind[];
  /** What the question says: why this MVP, addressed to the user. */
  why: string;
  /** What the document says when the user kept the recommendation. */
  rationale: (mvp: string) => string;
  /** The table's "add later" column. */
  later: readonly Later[];
}

const INFERENCE_LATER: Later = {
  name: 'Batch inference pipeline',
  reason: 'reads the production `{model}` version on a schedule once {mvp} runs reliably',
  unlessPlans: ['inference', 'deployed'],
  // 'other' is an on-device model: the devices are where it is used.
  unlessComponents: ['batch-inference', 'online-inference', 'other'],
};

/** "Then deploy it" with nothing saying how: the deployment is named, not silently dropped. */
const DEPLOYMENT_LATER: Later = {
  name: 'Deploying the model',
  reason:
    'a batch inference pipeline if predictions can wait for a schedule, a deployed pipeline served over HTTP if callers need an answer per request; either reads the production version, so it joins once training runs reliably and the latency need is known',
  unlessPlans: ['inference', 'deployed'],
  unlessComponents: ['batch-inference', 'online-inference', 'other'],
};

const DATA_LATER: Later = {
  name: 'Data pipeline',
  reason: 'revisit when cleaning {sources} inside {mvp} slows iteration, or a second pipeline needs the same clean data',
  unlessPlans: ['data'],
};

/** Named like the deferred schedule of pipelines with a known cadence, which replaces it. */
export const SCHEDULING_LATER_NAME = 'Scheduled runs';
const SCHEDULING_LATER: Later = {
  name: SCHEDULING_LATER_NAME,
  reason: '{mvp}, once its manual runs are boring and its evaluation report is trusted without watching each run: automation is a Phase 2 concern',
};

const TRAINING_LATER: Later = {
  name: 'Training pipeline',
  reason: 'retrains `{model}`, the model the predictions come from, once serving them works; until then the existing model is the first version',
  unlessPlans: ['training'],
};

const TRAINING_FIRST: MvpPattern = {
  prefer: ['training', 'data', 'inference', 'deployed'],
  why: 'The training pipeline is the usual first pipeline: it produces the model every other pipeline depends on.',
  rationale: (mvp) => `${mvp} comes first because it produces the model every other pipeline depends on.`,
  later: [DATA_LATER, INFERENCE_LATER, SCHEDULING_LATER],
};

const NO_MODEL_YET: MvpPattern = {
  ...TRAINING_FIRST,
  why: 'You want predictions in use, and the model they come from is not trained yet: start with the training pipeline; the pipeline that serves its `production` version comes next.',
  rationale: (mvp) => `${mvp} comes first because the predictions you want in use need a model, and it is not trained yet; the pipeline that serves them follows.`,
};

/** The seed's MVP patterns table, keyed by the user's goal. */
const MVP_PATTERNS: Record<Goal, MvpPattern> = {
  'automate-training': {
    prefer: ['training', 'data', 'inference', 'deployed'],
    why: 'You want to automate model training: start with the training pipeline (load, preprocess, train, evaluate); the data pipeline, inference and scheduling come after it runs.',
    rationale: (mvp) => `${mvp} comes first because automating training is the goal: everything else builds on a training pipeline that already runs.`,
    later: [DATA_LATER, INFERENCE_LATER, SCHEDULING_LATER],
  },
  'deploy-predictions': {
    prefer: ['deployed', 'inference', 'training', 'data'],
    why: 'You want predictions in use: start with the pipeline that serves them, reading the production model version; training and monitoring come next.',
    rationale: (mvp) => `${mvp} comes first because getting predictions into use is the goal; training and monitoring follow.`,
    later: [
      TRAINING_LATER,
      {
        name: 'Prediction monitoring',
        reason: 'comes once predictions are in use: a scheduled drift check can be a pipeline, live alerts belong in Grafana or PagerDuty',
        unlessComponents: ['monitoring', 'alerting'],
      },
    ],
  },
  'data-quality': {
    prefer: ['data', 'training', 'inference', 'deployed'],
    why: 'Your pain is data quality: start with the data pipeline (ingest, validate, clean, store); the training pipeline that consumes the cleaned data comes next.',
    rationale: (mvp) => `${mvp} comes first because data quality is the pain; the training pipeline that consumes the cleaned data follows.`,
    later: [{ name: 'Training pipeline', reason: 'consumes the cleaned dataset once the data pipeline is trusted', unlessPlans: ['training'] }],
  },
  'retrain-on-drift': {
    prefer: ['training', 'data', 'inference', 'deployed'],
    why: 'You want retraining when data drifts: start with the training pipeline triggered manually; drift detection and automatic triggers come once retraining itself is reliable.',
    rationale: (mvp) => `${mvp} comes first, triggered manually, because reliable retraining must exist before drift can trigger it.`,
    later: [
      {
        name: 'Drift detection and automatic retraining triggers',
        reason: 'retraining runs manually until its runs are reliable; a scheduled drift check that starts it comes after',
        unlessComponents: ['retraining-trigger'],
      },
    ],
  },
  unknown: TRAINING_FIRST,
};

/**
 * Document Q&A is not in the seed's table, and its rows mislead there: there is no training to
 * automate. The index is what everything reads (the evaluation scores an index version, the
 * service answers from one), so the pipeline that builds it is the one worth having tomorrow.
 */
const INDEX_FIRST: MvpPattern = {
  prefer: ['data', 'training', 'deployed', 'inference'],
  why: 'In a document Q&A system everything reads the index: the evaluation scores an index version and the service answers from one, so neither can run before it. Start with the indexing pipeline (collect, parse and chunk, embed, build the index); evaluation and the answering service come once it produces versions.',
  rationale: (mvp) => `${mvp} comes first because everything else reads the index it builds: the evaluation scores an index version and the service answers from the one in \`production\`.`,
  later: [
    {
      name: 'Retrieval evaluation',
      reason: 'scores each index version on a fixed question set before it is promoted; until it exists, a re-index that makes answers worse is found by the people asking',
      unlessPlans: ['training'],
      unlessComponents: ['evaluation'],
    },
    {
      name: 'Answering service',
      reason: 'a deployed pipeline that answers from the `production` index version, once indexing runs reliably and a version has been reviewed',
      unlessPlans: ['deployed', 'inference'],
      unlessComponents: ['online-inference', 'batch-inference'],
    },
  ],
};

/**
 * The seed's row for the goal. Its "deploy a model" needs a model to deploy: when the team has yet
 * to train the one the predictions come from, training comes first, and the document says why.
 */
function patternFor(goal: Goal, domain: Domain, modelExists = true, trains = false): MvpPattern {
  if (domain === 'documents') return INDEX_FIRST;
  return !modelExists && goal === 'deploy-predictions' && trains ? NO_MODEL_YET : MVP_PATTERNS[goal];
}

/** The names a deferred item's reason is worded with. */
export interface LaterWords {
  mvp: string;
  model: string;
  sources: string;
}

/** The MVP table's "add later" items for this goal that the scope does not already hold. */
export function addLater(reading: Reading, plans: readonly PlannedPipeline[], domain: Domain, words: LaterWords): { name: string; reason: string }[] {
  const askedToDeploy = (reading.categories.deployment ?? []).length > 0;
  return patternFor(reading.goal, domain).later
    .map((l) => (l === INFERENCE_LATER && askedToDeploy ? DEPLOYMENT_LATER : l))
    .filter((l) => !plans.some((p) => l.unlessPlans?.includes(p.kind)))
    .filter((l) => !reading.components.some((c) => l.unlessComponents?.includes(c.kind)))
    // A system of theirs already applies the model: a batch pipeline beside it would apply it twice.
    .filter((l) => !(l === INFERENCE_LATER && reading.servedBy))
    .map(({ name, reason }) => ({ name, reason: reason.replace(/\{(mvp|model|sources)\}/g, (_, key: keyof LaterWords) => words[key]) }));
}

/** Why the MVP comes first, for the document's overview. */
export function mvpRationale(goal: Goal, domain: Domain, mvp: { name: string; kind: PipelineKind; evaluation?: boolean }, recommended: boolean, goalStated: boolean, evaluated: boolean | 'unasked' = false, modelExists = true, weighed = false): string {
  if (!recommended) return `${mvp.name} comes first because it gives the most value running in production tomorrow.`;
  if (weighed && mvp.evaluation) return `${mvp.name} comes first because ${OPTIONS_JUDGED}.`;
  if (evaluated === 'unasked' && mvp.kind === 'training') return `${mvp.name} comes first because ${JUDGED_BEFORE_USE}.`;
  if (evaluated) return `${mvp.name} comes first because ${mvp.kind === 'training' ? JUDGED_FIRST : USES_GIVEN}.`;
  // A goal read from the work described is not the user's reason: say what the pipeline gives the others instead.
  return goalStated || domain === 'documents' ? patternFor(goal, domain, modelExists, mvp.kind === 'training').rationale(mvp.name) : `${mvp.name} comes first because ${GIVES[mvp.kind]}.`;
}

/**
 * Why the MVP comes first, in the team's words, when their wish is about the run it is: "the run
 * you want reproducible and easier to operate". Null when the wish is about other work.
 */
export function wishedRationale(wish: string | null, goal: Goal, mvp: { name: string; kind: PipelineKind }, follows: string | null): string | null {
  if (!wish) return null;
  const want = inYourVoice(wish.replace(/[\s,]+$/, ''));
  if (goal === 'deploy-predictions' && (mvp.kind === 'inference' || mvp.kind === 'deployed')) {
    return `${mvp.name} comes first because it is the run you want ${want}${follows ? `; ${follows} joins once that run is a pipeline` : ''}.`;
  }
  if (goal === 'automate-training' && mvp.kind === 'training') return `${mvp.name} comes first because training is the work you want ${want}, and every other pipeline reads the versions it registers.`;
  return null;
}

/** What the first pipeline gives the rest, by its kind. */
const GIVES: Record<PipelineKind, string> = {
  data: 'every other pipeline reads the dataset it publishes',
  training: 'it produces the model every other pipeline depends on',
  inference: 'it puts predictions in the hands of the people who use them; training joins once they are in use',
  deployed: 'it puts answers in front of the callers that need them; training joins once they are in use',
  other: 'it produces what the rest of the work reads',
};

/** Why the model the team has is first put to use when they set its retraining aside: they keep it as it is. */
export const KEEPS_MODEL = 'the model you have already does the work and you set its retraining aside: running it reliably on the real work is what this version adds';

/** Why a model taken as given is first put to use: it exists, so using it is what gives value; its evaluation guards later changes. */
const USES_GIVEN = 'the model is taken as given and already works: running it reliably on the real work is what is missing, and its evaluation follows to guard every change of model, prompt or settings';

/** Why the evaluation of a model taken as given comes first when nothing else of the work was said: whether it does the job is unknown. */
const JUDGED_BEFORE_USE = 'the model is taken as given and nothing yet shows it does this job on your own data: judging it there is the first thing to know, before anything is built around it';

/** Why the evaluation comes first while the team weighs making the model against taking one: it makes the choice. */
export const OPTIONS_JUDGED = 'how the model is made is still open: judging the options side by side on your own records decides it, before anything is trained or built around one';

/** Why the evaluation of a model nobody trains here comes first: the team asked for it, and it is what the rest reads. */
const JUDGED_FIRST = 'the evaluation is what you asked for: every change of model, prompt or settings is judged there before anything reads it';

export function recommendMvp(plans: readonly PlannedPipeline[], goal: Goal, domain: Domain, modelExists = true, weighed = false): { id: string; reason: string } | null {
  const evaluation = plans.find((p) => p.evaluation);
  if (weighed && evaluation) return { id: evaluation.id, reason: `Start with ${evaluation.name}: ${OPTIONS_JUDGED}.` };
  // Only when the evaluation is the engine's addition: evaluation the user asked for is theirs to start with.
  const use = plans.some((p) => p.evaluation && p.componentIds.length === 0) ? consumersOf(plans).find((p) => p.kind !== 'other') : undefined;
  if (use) return { id: use.id, reason: `Start with ${use.name}: ${USES_GIVEN}.` };
  const pattern = patternFor(goal, domain, modelExists, plans.some((p) => p.kind === 'training'));
  for (const kind of pattern.prefer) {
    const ofKind = plans.filter((p) => p.kind === kind);
    // Of several models' pipelines, one whose model something reads gives value in production first.
    const plan = ofKind.find((p) => p.models && consumersOf(plans).some((c) => c !== p && c.models?.some((m) => p.models!.includes(m)))) ?? ofKind[0];
    if (plan) return { id: plan.id, reason: pattern.why };
  }
  return plans[0] ? { id: plans[0].id, reason: pattern.why } : null;
}

/** Kinds that hand artifacts or model versions to each other directly. */
const ADJACENT: Record<PipelineKind, readonly PipelineKind[]> = {
  data: ['training'],
  training: ['data', 'inference', 'deployed', 'other'],
  inference: ['training', 'deployed'],
  deployed: ['training', 'inference'],
  other: ['training'],
};

/**
 * MVP first; what hands data to or from the MVP directly is Phase 2; the rest Phase 3. With
 * several models, only what reads or trains the MVP's model hands it anything, and the other
 * models' training is Phase 2, so their readers (Phase 3) never come before what they read.
 */
export function assignPhases(plans: readonly PlannedPipeline[], mvpId: string): Map<string, string> {
  const mvp = plans.find((p) => p.id === mvpId);
  const sameModel = (p: PlannedPipeline) => !mvp?.models || !p.models || p.models.some((m) => mvp.models!.includes(m));
  const nextLifecycle = (p: PlannedPipeline) => p.producesVersions && !sameModel(p);
  // What reads the versions the MVP produces is next, whatever the MVP's kind (an index build's answering service).
  const readsMvp = (p: PlannedPipeline) => Boolean(mvp?.producesVersions) && (p.kind === 'inference' || p.kind === 'deployed') && sameModel(p);
  // What reads the MVP's own data by name (a search over the reference set the evaluation keeps) builds on it directly.
  const readsMvpData = (p: PlannedPipeline) => Boolean(mvp) && p.dataSources.some((s) => s.includes(mvp!.name));
  const phases = new Map<string, string>();
  for (const p of plans) {
    if (p.id === mvpId) phases.set(p.id, 'MVP');
    else phases.set(p.id, mvp && ((ADJACENT[mvp.kind].includes(p.kind) && sameModel(p)) || readsMvp(p) || nextLifecycle(p) || readsMvpData(p)) ? 'Phase 2' : 'Phase 3');
  }
  return phases;
}

/** Orders pipelines for the document: MVP, then Phase 2, then Phase 3, keeping the standard order within a phase. */
export function byPhase(plans: readonly PlannedPipeline[], phases: ReadonlyMap<string, string>): PlannedPipeline[] {
  const rank = (p: PlannedPipeline) => ['MVP', 'Phase 2', 'Phase 3'].indexOf(phases.get(p.id) ?? 'Phase 3');
  return [...plans].sort((a, b) => rank(a) - rank(b));
}

const CONSUMERS: readonly PipelineKind[] = ['inference', 'deployed', 'other'];

/** The pipeline that creates model versions (decided by the decomposition). */
export function producerOf(plans: readonly PlannedPipeline[]): PlannedPipeline | null {
  return plans.find((p) => p.producesVersions) ?? null;
}

/** A training-kind pipeline that does not produce versions evaluates them: document Q&A's retrieval evaluation. */
export function evaluatorOf(plans: readonly PlannedPipeline[]): PlannedPipeline | null {
  return plans.find((p) => p.kind === 'training' && !p.producesVersions) ?? null;
}

export function consumersOf(plans: readonly PlannedPipeline[]): PlannedPipeline[] {
  return plans.filter((p) => CONSUMERS.includes(p.kind));
}

/**
 * Pipelines the team cannot maintain yet: above `perEngineer` active pipelines per engineer
 * (the seed's 2-3), the least central ones are deferred, Phase 3 first. Each producer of model
 * versions stays as long as anything still reads them, so the Model Control Plane stays whole.
 */
export function overCapacity(
  plans: readonly PlannedPipeline[],
  phases: ReadonlyMap<string, string>,
  engineers: number | null,
  perEngineer: number,
  model: string,
): PlannedPipeline[] {
  if (engineers === null || plans.length <= engineers * perEngineer) return [];
  const order: readonly PipelineKind[] = ['other', 'inference', 'deployed', 'data', 'training'];
  const candidates = plans
    .filter((p) => phases.get(p.id) !== 'MVP')
    .sort((a, b) => (phases.get(b.id) ?? '').localeCompare(phases.get(a.id) ?? '') || order.indexOf(a.kind) - order.indexOf(b.kind));
  const deferred: PlannedPipeline[] = [];
  for (const p of candidates) {
    if (plans.length - deferred.length <= engineers * perEngineer) break;
    const stillRead = readersOf(plans, p, model).some((c) => c !== p && !deferred.includes(c));
    if (p.producesVersions && stillRead) continue;
    deferred.push(p);
  }
  return deferred;
}

/** The Model Control Plane models a pipeline registers or reads: its own when the scope trains several. */
export function modelsOf(plan: PlannedPipeline, model: string): readonly string[] {
  return plan.models ?? [model];
}

/** The consumers that read a model the producer registers: all of them when the scope has one model. */
export function readersOf(plans: readonly PlannedPipeline[], producer: PlannedPipeline, model: string): PlannedPipeline[] {
  const made = modelsOf(producer, model);
  return consumersOf(plans).filter((c) => modelsOf(c, model).some((m) => made.includes(m)));
}

/**
 * Each pipeline's Model Control Plane role: each model one producer, consumers read `production`.
 * `readOutside`: serving outside ZenML (a dedicated server) loads `production`, so versions are promoted for it too.
 */
export function modelControlPlanes(plans: readonly PlannedPipeline[], model: string, readOutside = false): Map<string, ModelControlPlane> {
  const producer = producerOf(plans);
  const evaluator = evaluatorOf(plans);
  const consumers = consumersOf(plans);
  const producerOfModel = (m: string) => plans.find((p) => p.producesVersions && modelsOf(p, model).includes(m));
  const roles = new Map<string, ModelControlPlane>();
  for (const p of plans) {
    const [own] = modelsOf(p, model) as [string];
    if (p.producesVersions) {
      const promotesTo = readersOf(plans, p, model).length > 0 || readOutside ? 'production' : null;
      roles.set(p.id, { model: own, producesVersions: true, promotesTo: evaluator ? null : promotesTo, consumesStage: null });
    } else if (p === evaluator && producer) {
      roles.set(p.id, { model, producesVersions: false, promotesTo: consumers.length > 0 || readOutside ? 'production' : null, consumesStage: 'latest' });
    } else if (consumers.includes(p) && producerOfModel(own)) {
      roles.set(p.id, { model: own, producesVersions: false, promotesTo: null, consumesStage: 'production' });
    } else {
      roles.set(p.id, { model: null, producesVersions: false, promotesTo: null, consumesStage: null });
    }
  }
  return roles;
}
