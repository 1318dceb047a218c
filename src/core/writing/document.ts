/**
 * Phase 5: the scope as an Architecture, which the renderer turns into pipeline_architecture.md.
 * Prose only, in the template's sections; no time or cost estimates, no weekly roadmap, no code
 * or setup. Every sentence says something this scope decided: nothing is padding.
 */
import { MODEL_HEADS } from '../reading/frames';
import { withProposedQuestions } from '../assist/apply';
import { NOT_A_PIPELINE } from '../domain/notAPipeline';
import { DEFAULT_THRESHOLDS } from '../domain/thresholds';
import { emptyArchitecture, type Architecture, type Pipeline } from '../model/architecture';
import { isScheduledCadence, waitingForSchedule, type PlannedPipeline } from '../planning/decompose';
import { UNDECIDED } from '../planning/orchestrator';
import { ORCHESTRATORS, type OrchestratorFacts } from '../zenml/facts';
import { addLater, byPhase, consumersOf, evaluatorOf, KEEPS_MODEL, modelControlPlanes, modelsOf, mvpRationale, producerOf, readersOf, SCHEDULING_LATER_NAME, wishedRationale } from '../planning/mvp';
import { trainingSetAside } from '../reading/outOfScope';
import { orchestratorRequirements, REACHABLE, reachableSystems, trainsOnGpu } from './requirements';
import { describeSource, sourcesInProse } from '../planning/sources';
import { alongside, cloudName, cloudOf } from './alongside';
import { existingName, saysModelsInUse } from '../reading/existing';
import { modelExists } from '../planning/trainedModels';
import { theirSystem } from '../reading/serving';
import type { Scope } from '../planning/scope';
import { UNNAMED_SOURCES } from '../planning/steps';
import { budget, capitalize, escapeRegExp, inYourVoice, joinList, modelList, people, plural, pluralOf, snakeCase, takesPlural, withArticle } from '../words';
import { findTools } from '../reading/tools';
import { labelsQuestion } from './labels';
import { modelIdentifier } from '../reading/project';
import { optionsWeighed } from '../planning/givenModel';
import { notChosen } from '../reading/models';
import { FIELD_DEVICES } from '../reading/lexicon';

const EXTREME = NOT_A_PIPELINE.find((e) => e.kind === 'extreme-latency')!;

/** The Model Control Plane models the scope's pipelines meet at: each model trained here, else the one. */
function scopeModels(scope: Scope): string[] {
  return scope.models.length ? scope.models.map((m) => m.id) : [scope.model];
}

/** Serving paths too fast for a deployed pipeline: fed by the pipelines, not part of them. */
function dedicatedServing(scope: Scope) {
  return scope.components.filter((c) => c.bucket === 'not-a-pipeline' && c.alternative === EXTREME.alternative);
}

/** Serving outside ZenML, too fast for a deployed pipeline or a system the team runs (Seldon, KServe): it loads `production`. */
function outsideServing(scope: Scope) {
  return outsideOfKind(scope, ONLINE);
}

const ONLINE = new Set(['online-inference']);
/** What people and other systems do with published predictions: outside ZenML, reading what a pipeline wrote. */
const READS_PREDICTIONS = new Set(['dashboard', 'action', 'alerting', 'human-review']);
const SCREENS = new Set(['dashboard']);

/** The alert channel the team already uses ("Slack, which you already use"): where the people who act on the predictions already look. */
function alertedIn(scope: Scope): boolean {
  return outsideOfKind(scope, new Set(['alerting'])).some((c) => /, which you already use\b/.test(c.alternative ?? ''));
}
/** What could hold up a run if a pipeline waited on each kind of reader. */
const HOLD_UP: Record<string, string> = { dashboard: 'a slow screen', 'human-review': 'a decision left pending', action: 'an action that fails', alerting: 'an alert that fires late' };

/** The kind the reader gave a component, or '' for one added on the board. */
function kindOf(scope: Scope, c: Scope['components'][number]): string {
  return scope.reading.components.find((m) => m.id === c.id)?.kind ?? '';
}

function outsideOfKind(scope: Scope, kinds: ReadonlySet<string>) {
  return scope.components.filter((c) => c.bucket === 'not-a-pipeline' && kinds.has(kindOf(scope, c)));
}

/** The seed's boundary: what reads the predictions outside ZenML is fed by a publish step and never waited on. */
function readersOutside(scope: Scope): string[] {
  const scoring = scope.plans.find((p) => p.kind === 'inference');
  const readers = outsideOfKind(scope, READS_PREDICTIONS);
  const users = scope.reading.consumers;
  // The people the user named as using the output: the hand-off to them is part of the data flow too.
  if (scoring && !readers.length && users) {
    const many = /\band\b|,/.test(users.who) || /[^s]s$/.test(users.who);
    // "the retention desk" takes its article back; "purchasing" or "store managers" take none.
    const who = !many && /\b(?:team|desk|department|unit|group|office|squad)$/i.test(users.who) ? `The ${users.who}` : capitalize(users.who);
    return [`${who} ${many ? 'work' : 'works'} from the ${users.what} ${scoring.name} publishes${scoring.destination ? ` to ${scoring.destination}` : ''}, outside ZenML: no pipeline waits on what ${many ? 'they decide' : 'it decides'}.`];
  }
  if (!scoring || !readers.length) return [];
  const one = readers.length === 1;
  const where = scoring.destination ? ` to ${scoring.destination}` : '';
  const risks = [...new Set(readers.map((c) => HOLD_UP[kindOf(scope, c)] ?? ''))].filter(Boolean);
  return [`${joinList(readers.map((c) => c.name))} ${one ? 'reads' : 'read'} what ${scoring.name} publishes${where}, outside ZenML: no pipeline waits on ${one ? 'it' : 'them'}, so ${joinList(risks, 'or')} never holds up a run.`];
}

/** Drops the trailing period: the renderer adds its own after reasons and alternatives. */
function clause(text: string): string {
  return text.trim().replace(/[.\s]+$/, '');
}

function outcome(scope: Scope): string {
  const kinds = new Set(scope.plans.map((p) => p.kind));
  const built =
    scope.domain === 'documents' && kinds.has('data')
      ? `${kinds.has('training') ? 'evaluated ' : ''}versions of a search index`
      : kinds.has('training') ? 'evaluated model versions' : kinds.has('data') ? 'a clean, versioned dataset' : null;
  const parts = [
    built,
    kinds.has('inference') ? (scope.domain === 'extraction' ? 'extracted fields' : 'batch predictions') : null,
    kinds.has('deployed') ? 'answers served over HTTP' : null,
  ].filter((p): p is string => p !== null);
  return joinList(parts.length ? parts : ['versioned results']);
}

/**
 * Three paragraphs: what the system is and works from; the first version and why; where it runs,
 * who keeps it and what stays outside the pipelines.
 */
function overview(scope: Scope, ordered: readonly PlannedPipeline[]): string {
  const [first, ...rest] = ordered;
  // "Spam and nudity models turn …": a title that names several models takes the plural.
  const turns = namesSeveral(scope.project) ? 'turn' : 'turns';
  const what = [`${scope.project} ${turns} ${scope.sources.length ? sourcesInProse(scope.sources) : `${turns === 'turn' ? 'their' : 'its'} source data`} into ${outcome(scope)}.`, ...buildsOn(scope)];
  const plan: string[] = [];
  if (first) {
    plan.push(
      rest.length
        ? `The first version builds the ${first.name} pipeline as the MVP; ${rest.length === 1 ? `${rest[0]!.name} follows in ${scope.phases.get(rest[0]!.id) ?? 'a later phase'}` : `${joinList(rest.map((p) => p.name))} follow in later phases`}, connected through the Model Control Plane ${scopeModels(scope).length === 1 ? 'model' : 'models'} ${modelList(scopeModels(scope), 'and')}.`
        : `The whole first version is one pipeline, ${first.name}, registered in the Model Control Plane as ${modelList(modelsOf(first, scope.model))}.`,
    );
  }
  if (first && scope.mvp) {
    const recommended = first.id === scope.mvp.recommended;
    const follows = rest.find((p) => p.kind === 'training')?.name ?? null;
    const theirs = recommended && !first.evaluation ? wishedRationale(scope.reading.wish, scope.reading.goal, first, follows) : null;
    const kept = trainingSetAside(scope.reading.components) && (first.kind === 'inference' || first.kind === 'deployed');
    plan.push(kept ? `${first.name} comes first because ${KEEPS_MODEL}.` : theirs ?? mvpRationale(scope.reading.goal, scope.domain, first, recommended, scope.reading.goalStated, evaluatedAs(scope), modelExists(scope.reading), optionsWeighed(scope.reading)), doneWhen(scope, first));
  }
  plan.push(...measuredToday(scope));
  plan.push(...notReadyYet(scope));
  const where = [infrastructure(scope)];
  const engineers = scope.reading.team.engineers;
  if (engineers !== null && ordered.length > 1) {
    where.push(`With ${people(engineers)} for ${plural(ordered.length, 'pipeline')}, the team stays within the two to three active pipelines per person it can keep healthy.`);
  }
  const outside = scope.components.filter((c) => c.bucket === 'not-a-pipeline');
  const many = outside.length > 1 || (outside.length === 1 && takesPlural(outside[0]!.name));
  if (outside.length) where.push(`${joinList(outside.map((c) => c.name))} ${many ? 'stay' : 'stays'} outside the pipelines, with tools built for ${many ? 'them' : 'it'}.`);
  return [what, plan, where].filter((p) => p.length).map((p) => p.join(' ')).join('\n\n');
}

/** What the model in use measured, in the user's figures: the bar each new version is compared with. */
function measuredToday(scope: Scope): string[] {
  const m = scope.reading.measured;
  if (!m || !scope.plans.some((p) => p.producesVersions)) return [];
  const many = / and /.test(m);
  // A figure measured on the baseline is the bar to clear, not a model of theirs.
  const who = scope.reading.measuredOnBaseline && scope.reading.baseline ? `${capitalize(scope.reading.baseline)}, the baseline,` : "Today's model";
  return [`${who} measured ${m}; every new version is scored on the same ${many ? 'measures' : 'measure'}, so a promotion is a comparison with ${many ? 'those figures' : 'that figure'}, not a guess.`];
}

/**
 * The readiness check, when the user went on past it: the document stays the target shape, and
 * says plainly what has to exist before its MVP is worth building (the seed's gentle redirect).
 */
const NOT_READY: Record<string, string> = {
  'still-in-eda': 'the work is still in EDA',
  'no-prototype': 'there is no working prototype yet',
  'unclear-io': 'the input data and the expected output are not pinned down',
  'no-approach': 'no model or approach has been chosen yet',
};

function notReadyYet(scope: Scope): string[] {
  const open = scope.reading.readinessSignals.flatMap((s) => NOT_READY[s] ?? []);
  if (!open.length) return [];
  return [
    `The readiness check came back open: ${joinList(open)}, so this document is the shape to build towards, not the next thing to build.`,
    'A pipeline makes a working workflow reproducible, it cannot make it work: the MVP starts once a notebook produces results you trust and you can say what goes in and what comes out.',
  ];
}

/**
 * Once the existing notebook's code lives in a step, the notebook stays for experiments: two
 * places that can produce the shipped version would be two truths about what is in production.
 */
function existingOutside(scope: Scope): Architecture['notAPipeline'] {
  const e = scope.existing;
  if (!e || e.where !== 'notebook') return [];
  return [{
    name: `Experiments in the existing ${e.where}`,
    reason: `once its ${e.does === 'indexing' ? 'indexing' : 'training'} code lives in the pipeline, the ${e.where} is where ideas are tried, not where the version in use comes from`,
    alternative: `keep the ${e.where} for trying ideas; a change reaches \`production\` only after it moves into the step and a pipeline run evaluates it`,
  }];
}

/**
 * The job queue that hands work between the team's stages today: ordering the stages, retrying a
 * failed one and giving each its own resources is what the orchestrator does for a pipeline's steps.
 */
function jobQueueOutside(scope: Scope): Architecture['notAPipeline'] {
  const queue = scope.reading.jobQueue;
  if (!queue || !scope.plans.length) return [];
  return [{
    name: 'The job queue between your stages',
    reason: `handing each stage's output to the next, retrying failed jobs and scaling stages apart is what the orchestrator does for the steps of a pipeline, so ${inYourVoice(queue.replace(/^(?:an?|the)\s+/i, 'the '))} has no job left once the pipeline runs`,
    alternative: 'the pipeline\'s step order, retries and per-step resources on the orchestrator; keep the queue until the pipeline has run the same work end to end',
  }];
}

/** What the database keeps up itself ("triggers build the full-text search index"): the pipeline only writes the rows. */
function triggeredOutside(scope: Scope): Architecture['notAPipeline'] {
  const kept = scope.reading.triggered;
  if (!kept) return [];
  return [{
    name: capitalize(`${kept.replace(/^(?:the|our)\s+/i, '')} your database triggers build`),
    reason: 'the database updates it the moment a row is written, so there is no batch run to make of it',
    alternative: 'the triggers, as today; the pipeline\'s last step writes the rows they react to',
  }];
}

/**
 * An on-device model: the pipeline ends with the device build, but getting it onto the devices
 * is a rollout to machines that are often offline, not a batch run that ends.
 */
function deviceRolloutOutside(scope: Scope): Architecture['notAPipeline'] {
  if (!scope.plans.some((p) => p.steps.some((s) => s.name === 'export_for_devices'))) return [];
  return [{
    name: 'Rolling the device build out to the devices',
    reason: 'devices take an update when they are reachable and idle, long after a pipeline run has ended, so a pipeline step would wait on the slowest device or fail for it',
    alternative: 'the device management the sites already use; each device reports the build it runs, which names its model version and the evaluation behind it',
  }];
}

/**
 * The people who use the predictions (the seed's boundary): their work goes on outside ZenML, on
 * what batch scoring publishes. Named where no screen, review or action the reader found stands for them.
 */
function consumersOutside(scope: Scope): Architecture['notAPipeline'] {
  const users = scope.reading.consumers;
  const scoring = scope.plans.find((p) => p.kind === 'inference');
  if (!users || !scoring || outsideOfKind(scope, READS_PREDICTIONS).length) return [];
  return [{
    name: capitalize(users.who),
    reason: `what they decide from the ${users.what} is people's work, not a run that ends, so no pipeline waits on it`,
    alternative: `their work as it is today, on the ${users.what} ${scoring.name} publishes${scoring.destination ? ` to ${scoring.destination}` : ''}`,
  }];
}

/**
 * The system the team runs that applies the model ("we built automated leak detection"), when no
 * component of the reading stands for it: named, kept, and fed the `production` version (the seed:
 * respect existing work).
 */
function servingOutside(scope: Scope): Architecture['notAPipeline'] {
  const theirs = scope.reading.servedBy;
  // A deployed pipeline planned for the same requests would be the second system; batch scoring beside it is other work.
  if (!theirs || outsideServing(scope).length || scope.plans.some((p) => p.kind === 'deployed')) return [];
  // A component outside the pipelines that names the same work ("DBSCAN outlier detection") already stands for it.
  const words = (text: string) => text.toLowerCase().match(/[a-z]{5,}/g) ?? [];
  const said = new Set(words(theirs).filter((w) => !/^(?:automated|automatic|realtime|online|house|production|system|service|engine|platform|workflow)$/.test(w)));
  if (scope.components.some((c) => c.bucket === 'not-a-pipeline' && words(c.name).some((w) => said.has(w)))) return [];
  const name = theirSystem(theirs);
  return [{
    name: capitalize(name),
    reason: 'it already applies the model where its results are used, and a pipeline beside it would be a second system doing the same job',
    alternative: `your ${name}, as today, loading the \`production\` version from the Model Control Plane`,
  }];
}

/** The seed: pipeline-izing EDA is counterproductive, since it is interactive and exploratory. */
function explorationOutside(scope: Scope): Architecture['notAPipeline'] {
  if (!scope.reading.readinessSignals.includes('still-in-eda')) return [];
  return [{
    name: 'Exploratory data analysis',
    reason: 'it is interactive: each answer changes the next question, and a pipeline would freeze preprocessing choices that are not made yet',
    alternative: 'a notebook, until the preprocessing is settled and produces a model worth reproducing',
  }];
}

/** The seed: respect existing work. What already runs is named, and the pipeline takes it over rather than replacing it. */
function buildsOn(scope: Scope): string[] {
  const e = scope.existing;
  if (!e) return [];
  if (e.does === 'scoring') {
    const takesOver = scope.plans.find((p) => p.kind === 'inference');
    return takesOver ? [`${takesOver.name} takes over the ${existingName(e)} you run today rather than starting from a blank page.`] : [];
  }
  const name = existingName(e);
  const plural = takesPlural(name);
  const what = e.does === 'indexing' ? `the parsing, chunking and embedding your ${name} ${plural ? 'do' : 'does'} by hand` : `the ${e.method ? `${e.method} ` : ''}model your ${name} ${plural ? 'train' : 'trains'}`;
  return [`It starts from what already works today, ${what}, rather than from a blank page.`];
}

/** The seed's "prove it works end-to-end": what the MVP must do before the next pipeline starts. */
function doneWhen(scope: Scope, mvp: PlannedPipeline): string {
  const from = sourcesInProse(scope.sources.length ? scope.sources : [UNNAMED_SOURCES]);
  const existing = scope.existing;
  const model = modelsOf(mvp, scope.model)[0];
  const result: Record<PlannedPipeline['kind'], string> = {
    data:
      scope.domain === 'documents'
        ? existing?.does === 'indexing'
          ? `one run turns ${from} into a registered index version that finds what the ${existingName(existing)}'s index finds today, with nobody running the ${existingName(existing)} by hand`
          : `one run turns ${from} into a registered index version, and real questions asked against it retrieve the passages that answer them`
        : `one run goes from ${from} to a dataset version someone else could train on`,
    training:
      existing?.does === 'training'
        ? `one run goes from ${from} to an evaluated \`${model}\` version whose metrics match what the ${existingName(existing)} reports today on the same data`
        : scope.baseline
          ? `one run goes from ${from} to an evaluated \`${model}\` version scored side by side with ${scope.baseline} on the same held-out data`
          : `one run goes from ${from} to an evaluated \`${model}\` version, with no notebook step in between`,
    inference:
      existing?.does === 'scoring'
        ? 'one run scores a real batch with the `production` version and writes scores the consumers can check against what the existing scoring job wrote for the same records'
        : `one run scores a real batch with the \`production\` version and the consumers read the result`,
    deployed: 'the endpoint answers real requests with the `production` version within its budget',
    other: `one run produces its report from ${from} without a manual step`,
  };
  return `The MVP is done when ${result[mvp.kind]}.`;
}

/**
 * A title that names several models takes a plural verb: a plural model noun ("… and alert filtering
 * models") or a list of models ("NSFW classifier, violence classifier and face detector"), not a
 * compound in one name ("Wind and solar generation forecast").
 */
function namesSeveral(title: string): boolean {
  if (/\b(?:models|classifiers|detectors|forecasters|rankers|extractors|scorers)$/i.test(title)) return true;
  const parts = title.split(/,\s*|\s+and\s+/);
  return parts.length > 1 && parts.every((p) => MODEL_HEADS.test(p.trim().split(/\s+/).at(-1) ?? ''));
}

/** Whether a pipeline evaluates a model nobody trains here, and whether the team asked for it or the engine added it. */
function evaluatedAs(scope: Scope): boolean | 'unasked' {
  const evaluation = scope.plans.find((p) => p.evaluation);
  if (!evaluation) return false;
  const said = scope.reading.components.some((c) => evaluation.componentIds.includes(c.id) && c.text.trim() !== '');
  return said ? true : 'unasked';
}

/** Where it runs, and next to what the team already has (the seed: respect existing work). */
function infrastructure(scope: Scope): string {
  const o = scope.orchestrator.chosen;
  // The scheduler they run is said once, as theirs, not again as something beside the pipelines.
  const others = alongside(scope.reading, o).filter((a) => a !== scope.orchestrator.theirs && !scope.orchestrator.weighed.includes(a));
  const next = others.length ? `alongside ${joinList(others)}` : '';
  // Two places that could both hold "the model version" are two truths: say which keeps what.
  const mlflow = others.includes('MLflow') ? ' MLflow keeps the experiment tracking, and the Model Control Plane keeps the model versions and their stages.' : '';
  if (o.id === UNDECIDED.id) {
    const theirs = scope.orchestrator.theirs ? `; ${scope.orchestrator.theirs}, where the team runs its pipelines today, has no ZenML orchestrator` : '';
    const runs = scope.plans.filter((p) => p.kind !== 'deployed').map((p) => p.name);
    const each = runs.length > 1 ? `${joinList(runs)} each list what they need from one` : `${runs[0] ?? 'each pipeline'} lists what it needs from one`;
    return `No orchestrator is chosen yet${theirs}: ${each}, and which one runs ${runs.length > 1 ? 'them' : 'it'}${next ? `, ${next},` : ''} is the first open question.${mlflow}`;
  }
  const already = scope.orchestrator.namedByUser ? ', which the team already operates' : '';
  const where = o.id.startsWith('local') ? `the ${o.label.toLowerCase()} orchestrator` : o.label;
  return `${scope.plans.length === 1 ? 'The pipeline runs' : 'The pipelines run'} on ${where}${already}${next ? `, ${next}` : ''}.${mlflow}`;
}

/**
 * One paragraph per hand-off: who produces what, the rule that moves it on, who reads which
 * stage, and what the reader does when the upstream run fails (the seed's failure domains).
 */
function dataFlow(scope: Scope): string {
  const plans = scope.plans;
  const producer = producerOf(plans);
  const data = plans.filter((p) => p.kind === 'data' && p !== producer);
  // A search over settings reads the fixed pipeline's data, not data of its own.
  const trainings = plans.filter((p) => p.kind === 'training' && !p.tunes);
  const training = trainings.length ? { name: joinList(trainings.map((p) => p.name)), s: trainings.length === 1 ? 's' : '' } : null;
  const paragraphs: string[][] = [];
  const dataNames = joinList(data.map((p) => p.name));
  const publishes = `publish${data.length === 1 ? 'es' : ''}`;
  const judgedOn =
    scope.evaluationSet === 'hand-checked' && scope.domain === 'vision'
      ? ['Versions are judged on the hand-checked subset alone: scored against noisy labels, a model that gets a mislabelled image right counts as wrong, so the noisy split would favour the version that learned the noise.']
      : [];
  if (data.length && training) {
    paragraphs.push([
      `${dataNames} ${publishes} a versioned dataset artifact on every run, and ${training.name} read${training.s} the latest version by name.`,
      `The dataset is the contract between them: ${dataNames} may change how ${data.length === 1 ? 'it cleans' : 'they clean'} the data, as long as the schema ${training.name} read${training.s} stays the same.`,
      `If a ${dataNames} run fails, ${training.name} keep${training.s} the last good dataset version instead of being blocked: they are separate failure domains.`,
      ...(data.some((p) => p.componentIds.includes('labeling'))
        ? ['Labels enter through the dataset too: a label correction becomes a new dataset version, so each model version names the labels it learned from.']
        : []),
      ...judgedOn,
      ...(scope.split.forced ? [`They could not be one pipeline anyway: ${scope.split.forced}.`] : []),
    ]);
  } else if (data.length) {
    paragraphs.push([`${dataNames} ${publishes} a versioned dataset artifact on every run; a training pipeline added later reads the latest version by name.`]);
  } else if (training && scope.split.asked && scope.split.value === 'together') {
    const why =
      scope.split.exploring && scope.split.recommended === 'together'
        ? 'until an approach works in a notebook, which data work it needs is not known, so there is no trigger, failure domain or team to split a data pipeline by yet'
        : `ingestion and ${trainings.every((p) => p.evaluation) ? 'evaluation' : 'training'} always run together on the same schedule, so ${training.s ? 'they share' : 'each model\'s share'} one pipeline and one failure domain`;
    paragraphs.push([`${training.name} ${training.s ? 'loads and prepares its' : 'load and prepare their'} own data: ${why}.`, ...judgedOn]);
  }
  // One hand-off per model lifecycle: each producer and the pipelines that read its models.
  const producers = plans.filter((q) => q.producesVersions);
  for (const [i, p] of producers.entries()) {
    // A second producer of the same model (tuning) joins the first one's promotion instead of repeating it.
    const first = producers.slice(0, i).find((q) => modelsOf(q, scope.model).some((m) => modelsOf(p, scope.model).includes(m)));
    paragraphs.push(
      first
        ? [`${p.name} registers the best candidate of each run as a new version of ${modelList(modelsOf(p, scope.model))} too, beside the versions ${first.name} registers; ${readersOf(plans, first, scope.model).length || outsideServing(scope).length || scope.reading.servedBy ? 'it is promoted the same way, after the same comparison, so a tuned setting reaches `production` no other way' : 'the reviewer compares it with them the same way'}.`]
        : modelHandOff(scope, p, readersOf(plans, p, scope.model)),
    );
  }
  const readers = consumersOf(plans);
  if (!producers.length && readers.length && trainingSetAside(scope.reading.components)) {
    // Nothing trains the model in this version: the one in use is the only version, registered by hand.
    const today = modelsUsedToday(scope);
    paragraphs.push([
      `No pipeline trains \`${scope.model}\` in this version, since you set its retraining aside. The model you use today${today.length ? ` (${today[0]})` : ''} is registered once as its first version and promoted to \`production\` by hand, so ${joinList(readers.map((p) => p.name))} read${readers.length === 1 ? 's' : ''} it through the Model Control Plane from the first run.`,
      'When retraining joins, its pipeline registers new versions beside that one, and a person promotes one only after comparing it with the version in use.',
    ]);
  }
  const closing: string[] = [...answeredRedFlags(scope)];
  const batch = plans.filter((p) => p.kind !== 'deployed');
  if (batch.length >= 2 && !flagged(scope, 'meta-pipeline')) closing.push(`${joinList(batch.map((p) => p.name))} each run on their own trigger instead of starting the next one, so there is no chain of pipelines to break at 2 AM.`);
  const served = outsideServing(scope);
  // Without a reader inside ZenML, the hand-off paragraph already says how the dedicated serving gets its version.
  closing.push(...readersOutside(scope));
  if (producer && served.length && consumersOf(plans).length) closing.push(`${joinList(served.map((c) => c.name))} ${served.length === 1 ? 'runs' : 'run'} outside ZenML and ${served.length === 1 ? 'loads' : 'load'} the \`production\` version that ${producer.name} produces.`);
  if (closing.length) paragraphs.push(closing);
  return paragraphs.map((sentences) => sentences.join(' ')).join('\n\n');
}

/**
 * The promotion bar: which metric and which margin. A metric the team already named is not asked
 * again ("check recall before a new version replaces the current one"): only the margin is open.
 */
function promotionQuestion(scope: Scope): string {
  const over = scope.baseline ? `${scope.baseline} (later, over the current production version)` : 'the current production version';
  const version = scope.models.length ? `version of ${modelList(scopeModels(scope))}` : `\`${scope.model}\` version`;
  const metrics = scope.reading.metrics;
  const bar = metrics.length ? `How much better on ${joinList(metrics, 'or')} than ${over}` : `Which metric, and which margin over ${over},`;
  return `${bar} should a new ${version} ${metrics.length ? 'be' : 'need'} before it is promoted? It depends on production data not seen yet.`;
}

function flagged(scope: Scope, rule: string): boolean {
  return scope.reading.redFlags.some((f) => f.rule === rule);
}

/**
 * Where the user asked for a different shape (one pipeline for everything, a master pipeline,
 * dynamic everywhere), the data flow says once why this one is split the way it is.
 */
function answeredRedFlags(scope: Scope): string[] {
  const plans = scope.plans;
  const s: string[] = [];
  if (flagged(scope, 'mega-pipeline') && plans.length > 1) {
    const kinds = new Set(plans.map((p) => p.kind));
    const reasons = [
      kinds.has('data') && kinds.has('training') ? 'a failed ingestion must not stop retraining on the last good data' : null,
      kinds.has('deployed') ? 'an endpoint stays up answering requests while a training run starts, finishes and ends' : null,
      kinds.has('inference') ? 'batch scoring runs on its own schedule against whichever version is in production' : null,
      scope.split.forced,
    ].filter((r): r is string => r !== null);
    s.push(`The one end-to-end pipeline you asked for is ${plural(plans.length, 'pipeline')} here because ${joinList(reasons.length ? reasons : ['each part fails, reruns and changes on its own'])}.`);
    s.push('One pipeline would rerun everything for every change and fail as a whole; separate pipelines meeting at the Model Control Plane keep one thing to debug per failure.');
  }
  if (flagged(scope, 'automate-everything') && consumersOf(plans).length && scope.promotion.value === 'manual') {
    s.push('Promotion stays a person\'s decision in the first version, not automatic as you asked: until the evaluation has been watched on real runs, an automatic promotion would ship a bad version to every reader before anyone looks.');
  } else if (flagged(scope, 'automate-everything')) {
    s.push(`${scope.plans.length === 1 ? `${plans[0]!.name} starts` : 'Each pipeline starts'} by hand in the first version, not automatically as you asked: a schedule around runs nobody has watched yet fires its failures unattended, so the schedules come once the manual runs are boring.`);
  }
  if (flagged(scope, 'microservice-steps')) {
    s.push('Each stage you wanted as its own service is a step here: steps already run in isolated containers, and a step that needs more (a GPU, more memory, more replicas of its work) gets its own resource settings, so the stages still scale apart without a service and a hand-off between each.');
  }
  if (flagged(scope, 'meta-pipeline')) {
    s.push('There is no master pipeline starting the others: each runs on its own trigger and reads what the others last published, so a failure is debugged in one run, not in a parent and its children.');
  }
  if (flagged(scope, 'dynamic-overuse')) {
    const dynamic = plans.filter((p) => p.dynamic);
    s.push(
      dynamic.length
        ? `Only ${joinList(dynamic.map((p) => p.name))} fans out at runtime, over a plain list of items; every other pipeline is a static DAG, with the differences between inputs handled inside its steps.`
        : 'Every pipeline is a static DAG: the differences between inputs are handled inside the steps, so the DAG you debug is the one written here.',
    );
  }
  return s;
}

const manualPromotion = (models: readonly string[]) =>
  `A person promotes ${models.length === 1 ? `${/^[aeiou]/i.test(models[0]!) ? 'an' : 'a'} \`${models[0]}\` version` : `a version of ${modelList(models)}`} to \`production\` after comparing it with the current one, so no version reaches production unreviewed.`;

/**
 * Several targets trained by one pipeline with the target as a parameter: a model has one
 * `production` version, so each target needs a model of its own, or promoting one target's
 * version would replace another's in what the readers load.
 */
function perTargetModels(scope: Scope, producer: PlannedPipeline, models: readonly string[]): string[] {
  const targets = scope.reading.targets;
  if (targets.length < 2 || models.length !== 1 || producer.kind !== 'training') return [];
  const [first] = models;
  const agent = first!.split('_').at(-1)!;
  const named = targets.slice(0, 2).map((t) => `\`${snakeCase(`${t} ${agent}`, first)}\``);
  return [
    `Each target registers under a model of its own (${named.join(', ')} and so on), since a model has one \`production\` version: under one name, promoting a new ${targets[1]} version would replace the ${targets[0]} one the readers load.`,
  ];
}

/** The Model Control Plane hand-off: versions, the promotion rule, the readers, and what a failed training run costs them. */
function modelHandOff(scope: Scope, producer: PlannedPipeline, consumers: readonly PlannedPipeline[]): string[] {
  const documents = scope.domain === 'documents' && producer.kind === 'data';
  const models = modelsOf(producer, scope.model);
  const s = [`${producer.name} registers every ${documents ? 'index it builds' : 'run'} as a new version of ${modelList(models)}${models.length > 1 ? ', whichever the run trains,' : ''} in the Model Control Plane.`];
  s.push(...perTargetModels(scope, producer, models));
  const onboarded = scope.reading.configWish;
  // "Onboarding a new invoice format should be a configuration change": the formats live in the versioned configuration.
  if (onboarded && models.length === 1) s.push(`A new ${onboarded} is a configuration change, as you want: the ${onboarded}s are part of each \`${models[0]}\` version's configuration, so adding one makes a new version that is evaluated and promoted like any other, with no code change.`);
  const evaluator = evaluatorOf(scope.plans);
  if (evaluator) s.push(`${evaluator.name} reads the \`latest\` version, answers the fixed question set with it and logs the scores on that version, so promotion rests on scores, not on a spot check.`);
  if (!consumers.length && producer.steps.some((step) => step.name === 'export_for_devices')) {
    s.push('Nothing inside ZenML reads it: the device build of a version a person has reviewed is what gets rolled out, so every device runs a version with an evaluation behind it.');
    return s;
  }
  // An export for a loader the team named ("the Elasticsearch LTR plugin"): the same rule, in its words.
  const loader = producer.exportFor;
  if (!consumers.length && loader && producer.steps.some((step) => step.name === 'export_model')) {
    s.push(`Nothing inside ZenML reads it: ${loader} loads the export of a version a person has promoted to \`production\`, so what it serves always has an evaluation behind it.`);
    return s;
  }
  const served = outsideServing(scope);
  const theirs = scope.reading.servedBy;
  if (!consumers.length && (served.length || theirs)) {
    const names = served.length ? joinList(served.map((c) => c.name)) : `Your ${theirSystem(theirs!)}`;
    s.push(
      manualPromotion(models),
      `${names}, outside ZenML, loads the \`production\` version when it starts, so a promotion reaches it with its next restart; a failed ${producer.evaluation ? '' : 'training '}run or a rejected version leaves \`production\` where it was.`,
    );
    return s;
  }
  if (!consumers.length) {
    s.push(`Nothing reads ${modelList(models)} yet, so versions are compared in the dashboard and none is promoted until a pipeline that reads \`production\` joins.`);
    return s;
  }
  const readers = joinList(consumers.map((p) => p.name));
  const one = consumers.length === 1;
  s.push(
    scope.promotion.value === 'automatic'
      ? 'Its promote_model step moves a version to `production` only when it beats the current production version on the agreed metric.'
      : manualPromotion(models),
  );
  s.push(`${readers} read${one ? 's' : ''} the \`production\` version, so promoting a new version changes what ${one ? 'it uses' : 'they use'} without paths or IDs in code.`);
  const mvpReader = consumers.find((p) => p.id === scope.mvp?.id);
  const today = modelsUsedToday(scope);
  if (mvpReader) {
    // The MVP reads a stage its producer, a later phase, has not filled yet (the linter's mcp-consistency, in time).
    const first = `\`${modelsOf(mvpReader, scope.model)[0]}\``;
    s.push(
      today.length > 1
        ? `Until ${producer.name} runs, the models you use today (${joinList(today)}) are registered once as the first ${first} versions, and the one in use promoted to \`production\` by hand, so ${mvpReader.name} reads it through the Model Control Plane from its first run.`
        : `Until ${producer.name} runs, the model you use today${today.length ? ` (${today[0]})` : ''} is registered once as the first ${first} version and promoted to \`production\` by hand, so ${mvpReader.name} reads it through the Model Control Plane from its first run.`,
    );
  } else if (today.length && producer.id === scope.mvp?.id) {
    // Training comes first and compares each version with production: the model in use today is that first production version.
    s.push(`Before ${producer.name} first runs, ${today.length > 1 ? `the models you use today (${joinList(today)}) are registered once as \`${scope.model}\` versions and the one in use is` : `the model you use today (${today[0]}) is registered once as the first \`${scope.model}\` version and`} promoted to \`production\` by hand, so the first trained version is compared with what runs today.`);
  }
  for (const p of consumers.filter((c) => c.kind === 'deployed')) {
    // A deployment loads its model once at start-up: a promotion alone does not reach its answers.
    s.push(`${p.name} loads that version when its deployment starts, so a promotion reaches its answers with the next redeploy; until then it answers with the version it loaded.`);
  }
  s.push(`A failed ${documents ? 'index build' : 'training run'} or a rejected version leaves \`production\` where it was: ${readers} ${one ? 'keeps' : 'keep'} working on the last reviewed version.`);
  for (const p of consumers.filter((c) => c.kind === 'inference')) {
    s.push(`If a ${p.name} run fails, the consumers keep the last published predictions, and the next run scores everything since the last successful one.`);
    if (scope.existing?.does === 'scoring' && scope.mvp?.id !== p.id) {
      s.push(`Until ${p.name} runs, the existing scoring job keeps writing the scores, so the consumers see no gap; it is switched off once ${p.name} writes the same scores for the same records.`);
    }
  }
  if (consumers.some((p) => p.kind === 'deployed')) {
    s.push(
      documents
        ? 'A document added after the `production` index was built cannot be found until a newer version is reviewed and promoted: how often versions are promoted sets how fresh the answers are.'
        : HISTORY_FEATURES.test(scope.reading.components.map((c) => c.text).join(' '))
          ? 'Features that need history (velocity, time since the last event) cannot come from the request alone: the endpoint looks them up in a table the data side keeps current, computed by the same code as training, until a feature store earns its place.'
          : 'Requests carry raw fields and the endpoint computes features with the same code as training, so serving and training cannot drift apart.',
    );
    s.push('No pipeline waits on the endpoint; if it is down, the calling service needs its own fallback answer, which it should decide before launch.');
  }
  return s;
}

function deferred(scope: Scope): Architecture['deferred'] {
  const items: Architecture['deferred'] = scope.components.filter((c) => c.bucket === 'defer').map((c) => ({ name: c.name, reason: clause(c.reason) }));
  const engineers = scope.reading.team.engineers;
  for (const p of scope.capacityDeferred) {
    items.push({
      name: `${p.name} pipeline`,
      reason: `${people(engineers ?? 1)} can keep about ${(engineers ?? 1) * DEFAULT_THRESHOLDS.pipelinesPerEngineer} pipelines healthy; it joins once the others run without attention`,
    });
  }
  const waiting = waitingForSchedule(scope.plans, scope.orchestrator.chosen);
  if (waiting.length) {
    const o = scope.orchestrator.chosen;
    const cadences = joinList(waiting.map((p) => `${p.name} ${p.cadence}`));
    items.push({
      name: SCHEDULING_LATER_NAME,
      reason: o.schedules
        ? `${cadences}, once the manual runs are boring: automation is a Phase 2 concern`
        : `${cadences}, once the pipelines move to an orchestrator with schedules (${o.label} has no scheduler)`,
    });
  }
  const narrower = narrowerRuns(scope);
  if (narrower) items.push(narrower);
  const mvp = scope.plans.find((p) => p.id === scope.mvp?.id)?.name ?? 'the first pipeline';
  const words = { mvp, model: scope.model, sources: scope.sources.length ? sourcesInProse(scope.sources) : 'the data' };
  items.push(...addLater(scope.reading, scope.plans, scope.domain, words).filter((l) => !items.some((i) => i.name === l.name)));
  const dropped = scope.allSources.filter((s) => !scope.sources.includes(s));
  if (dropped.length) items.push({ name: `More data sources (${joinList(dropped)})`, reason: 'each joins once the first version runs end to end, one at a time' });
  return items;
}

/**
 * A more frequent cadence the team keeps for part of the work ("and for some cases every day"): the
 * first version runs everything on the main cadence, the part joins as a second schedule of the same
 * pipeline rather than a copy of it.
 */
function narrowerRuns(scope: Scope): Architecture['deferred'][number] | null {
  const n = scope.reading.narrower;
  // Running part of the work more often is about its use (scoring, deciding), not about retraining it.
  const plan = n && (scope.plans.find((p) => p.kind === 'inference') ?? scope.plans.find((p) => p.cadence === n.main) ?? scope.plans.find((p) => p.id === scope.mvp?.id));
  if (!n || !plan) return null;
  return {
    name: `${capitalize(n.cadence)} runs for ${n.forWhat}`,
    reason: `${plan.name} covers everything on the ${n.main} cadence first; ${n.forWhat} get ${/^(?:hour|[aeiou])/.test(n.cadence) ? 'an' : 'a'} ${n.cadence} run once that runs without attention, as a second schedule of the same pipeline with a parameter for the items it covers, not a copy of it`,
  };
}

/** Features computed over an entity's recent past, which a request alone does not carry. */
const HISTORY_FEATURES = /\b(?:velocity|time since (?:the )?last|since (?:the )?last \w+|rolling (?:\w+ )?(?:means?|averages?|counts?|sums?|windows?)|(?:counts?|sums?|number of \w+) (?:in|over|during) the (?:last|past)|lags?\b)/i;

/** Patient data: where it may be processed is a data-protection decision the orchestrator choice depends on. */
/** Patients' data; "patient" is the adjective after a degree word or before a person ("a very patient intern"). */
const HEALTH_DATA = /\b(?:hospital|patients|(?<!\b(?:very|so|too|quite|more|most|less|extremely|incredibly|infinitely)\s)patient(?!\s+(?:[a-z]+\s+)?(?:interns?|engineers?|analysts?|people|persons?|colleagues?|teams?|staff|souls?|volunteers?)\b)|clinical|radiolog\w*|x-?rays?|mri|medical records?|health records?|phi|hipaa)\b/i;

/**
 * Serverless storage a managed orchestrator's workers reach in their own cloud with an IAM role:
 * no network question to ask. A database in a private network (Redshift, Cloud SQL) still is one.
 */
const SAME_CLOUD: Record<string, RegExp> = {
  sagemaker: /\b(?:s3|athena)\b/i,
  vertex: /\b(?:gcs|google cloud storage|bigquery)\b/i,
  azureml: /\b(?:azure blob storage|adls|synapse)\b/i,
};

/**
 * The orchestrator question, built from what the pipelines need: schedules, a GPU, the systems
 * the workers must reach; and where the data already is, or what the team runs today.
 */
function whichOrchestrator(scope: Scope): string {
  const systems = reachableSystems(scope.sources);
  const needs = [
    scope.plans.some((p) => isScheduledCadence(p.cadence)) ? 'schedules' : null,
    scope.plans.some((p) => p.steps.some((s) => /^(?:train_model|fine_tune)$/.test(s.name))) && trainsOnGpu(scope) ? (scope.reading.noGpu ? 'a GPU for training (which the team says it does not have)' : 'a GPU for training') : null,
    scope.plans.some((p) => p.dynamic) ? 'isolated steps for the fan-out' : null,
    systems.length ? `network access to ${sourcesInProse(systems)}` : null,
  ].filter((n): n is string => n !== null);
  const { theirs, nearData, weighed } = scope.orchestrator;
  const hint = weighed.length
    ? ` The team is weighing ${joinList(weighed)}.${weighed.filter((w) => !ORCHESTRATORS.some((o) => o.label === w)).map((w) => ` ZenML has no ${w} orchestrator; ${w} would trigger the pipelines from outside.`).join('')}`
    : theirs
    ? ` ZenML has no ${theirs} orchestrator: either ZenML runs these beside ${theirs}, or ${theirs} keeps the jobs it runs today.`
    : nearData
      ? ` The data already sits in ${nearData.id === 'vertex' ? 'Google Cloud' : nearData.id === 'sagemaker' ? 'AWS' : 'Azure'}, where ${nearData.label} runs next to it.`
      : '';
  const runs = scope.plans.filter((p) => p.kind !== 'deployed').map((p) => p.name);
  return `Which orchestrator will run ${joinList(runs) || 'these pipelines'}${needs.length ? `, given ${runs.length === 1 ? 'it needs' : 'they need'} ${joinList(needs)}` : ''}?${hint}`;
}

/** What runs the steps, in prose: an undecided orchestrator has no label to put in a sentence. */
function workersOf(o: OrchestratorFacts): string {
  if (o.id === UNDECIDED.id) return 'the orchestrator';
  return o.id.startsWith('local') ? 'the machine that runs the pipelines' : `the ${o.label} workers`;
}

/** The models the team says work today ("our forecasting models range from … to …"), by the names it gave them. */
function modelsUsedToday(scope: Scope): string[] {
  // A name the Model Control Plane model already carries ("message-moderation models") adds nothing beside it.
  const ids = new Set([scope.model, ...scope.models.map((m) => m.id)]);
  return scope.reading.models.filter((m) => m.trained !== 'here' && saysModelsInUse(m.quote) && !ids.has(snakeCase(m.name, '').replace(/s$/, ''))).map((m) => withArticle(m.name));
}

/** Only what the user cannot answer today: network access, benchmarks on real payloads, data growth. */
function openQuestions(scope: Scope, ordered: readonly PlannedPipeline[]): string[] {
  const qs: string[] = [];
  const o = scope.orchestrator.chosen;
  const system = REACHABLE.map((re) => scope.sources.find((s) => re.test(s) && !SAME_CLOUD[o.id]?.test(s))).find((s) => s !== undefined);
  if (o.id === UNDECIDED.id) qs.push(whichOrchestrator(scope));
  else if (system && o.id !== 'local' && o.id !== 'local_docker') qs.push(`Can the ${o.label} workers reach ${sourcesInProse([system])} over the network, and with which credentials? This needs a check with whoever runs it.`);
  // No source named: the loading steps cannot say what they read, so the document asks instead of inventing one.
  const unread = ordered.find((p) => p.kind === 'inference' && p.dataSources.length === 1 && p.dataSources[0] === UNNAMED_SOURCES);
  if (!scope.sources.length && ordered.some((p) => p.kind !== 'deployed')) {
    qs.push(`Where does the data the pipelines read live today (a warehouse table, a bucket, an API), and can ${workersOf(o)} read it? The loading steps name it once that is known.`);
  } else if (unread) {
    // The sources named hold what training reads (a labelling tool's labels), not the new items to score.
    qs.push(`Where do the new items ${unread.name} scores arrive today (a bucket, a table, an API), and can ${workersOf(o)} read them? Its loading step names them once that is known.`);
  }
  const deployed = ordered.find((p) => p.kind === 'deployed');
  if (deployed) {
    qs.push(
      deployed.latencyMs !== null
        ? `Does ${deployed.name} meet its ${budget(deployed.latencyMs)} budget with materialization disabled, benchmarked with realistic payloads?`
        : `What latency budget must ${deployed.name} meet? Benchmark it with realistic payloads and materialization disabled before settling it.`,
    );
  }
  const batch = ordered.find((p) => p.kind === 'inference');
  // The screen people already use for the predictions is named: what is left to ask is where it reads from.
  // Only a screen reads a table; an alert channel ("Slack") is posted to.
  const screen = outsideOfKind(scope, SCREENS).map((c) => /^(.+?), which you already use\b/.exec(c.alternative ?? '')?.[1]).find((s) => s !== undefined);
  if (batch && batch.destination === null && screen) {
    qs.push(`Which table or file does ${screen} read its numbers from today? ${batch.name} should write there, so each new batch shows up without changing it.`);
  } else if (batch && batch.destination === null && !alertedIn(scope)) {
    const users = scope.reading.consumers;
    const who = users ? `${users.who} look for the ${users.what}` : 'the people who act on the predictions look for them';
    qs.push(`Where do ${who} today (a warehouse table, the CRM, a dashboard)? ${batch.name} should publish there, so nobody has to learn a new place.`);
  }
  const [fast] = dedicatedServing(scope);
  if (fast) qs.push(`Does a deployed pipeline with materialization disabled meet ${fast.name}'s budget in a benchmark, or does it need dedicated serving?`);
  if (scope.evaluationSet === 'hand-checked' && scope.domain === 'vision') {
    qs.push('Who checks the validation labels against the images by hand, and how many images can they check? The size of that subset, and so how reliably two versions can be told apart, depends on that expert\'s time.');
  }
  if (o.id === 'local' || o.id === 'local_docker') {
    qs.push(`Will the training data still fit on one machine as the data from ${scope.sources.length ? sourcesInProse(scope.sources.slice(0, 1)) : 'the sources'} grows, or will the pipelines need a remote orchestrator?`);
  }
  if (HEALTH_DATA.test(scope.reading.categories.dataSources?.join(' ') ?? '') || HEALTH_DATA.test(scope.components.map((c) => c.text).join(' '))) {
    qs.unshift(`May the patient data leave the hospital's network for ${workersOf(o)}, or must every step run inside it? Data protection decides this, not the team.`);
  }
  // What the team left open about its labels, and how fast the items a run works on arrive, come before a
  // generic promotion bar; a bar in their own terms (a metric or a baseline they named) comes first, and how
  // fast labels arrive, when they named them, last.
  const labels = labelsQuestion(scope);
  const promotion = consumersOf(ordered).length || qs.length === 0 ? promotionQuestion(scope) : null;
  const theirBar = scope.reading.metrics.length > 0 || scope.baseline !== null;
  const arrived = ordered.find((p) => p.arrival !== undefined && p.cadence === 'on-arrival');
  const pace = arrived ? arrivalQuestion(arrived, arrived.arrival!) : null;
  const last = labels?.pace || theirBar ? [promotion, pace, labels?.text, actingAlone(scope)] : [labels?.text, actingAlone(scope), pace, promotion];
  qs.push(...last.filter((q): q is string => q !== null && q !== undefined));
  return qs.slice(0, DEFAULT_THRESHOLDS.openQuestionsMax);
}

/**
 * Work that runs on each arrival is started by hand in a first version (the seed: automation is
 * Phase 2); how many arrive and how stale a result may be decide the schedule that replaces it.
 */
function arrivalQuestion(p: PlannedPipeline, noun: string): string {
  return `How many ${pluralOf(`new ${noun}`)} arrive in a busy hour, and how soon after one arrives must its result be published? The two set how often ${p.name} runs once it is scheduled, and how many workers it needs.`;
}

/** Actions the model's output sets off with nobody in between ("remediated automatically"). */
const UNATTENDED = /\b(?:automatic(?:ally)?|autonomous(?:ly)?|without (?:a |any )?(?:human|person|review|approval))\b/i;

/**
 * A wrong version acts at full speed when its actions need nobody: which ones should wait for a
 * person, at least while a newly promoted version proves itself, is the team's call to make.
 */
function actingAlone(scope: Scope): string | null {
  const action = scope.reading.components.find((c) => c.kind === 'action' && UNATTENDED.test(c.text));
  if (!action) return null;
  const said = action.text.replace(/;\s*/g, ', ').replace(/[\s,.]+$/, '');
  return `Which of the actions taken automatically (“${said}”) should wait for a person's confirmation, at least while a newly promoted version proves itself? A wrong version acts at full speed until someone notices.`;
}

/**
 * Training reads the data pipeline's dataset; when that pipeline only comes in a later phase,
 * the MVP says what it reads meanwhile instead of depending on a pipeline nobody built yet.
 */
function dataSourcesOf(scope: Scope, plan: PlannedPipeline): string[] {
  const listed = plan.dataSources.map((name) => describeSource(name, scope.sourceDetails));
  const upstream = plan.kind === 'training' ? scope.plans.find((p) => p.kind === 'data') : undefined;
  if (!upstream || scope.phases.get(plan.id) !== 'MVP' || !plan.dataSources.some((d) => d.includes(upstream.name))) return listed;
  return [...listed, `until ${upstream.name} runs, a one-off export of ${sourcesInProse(upstream.dataSources)}, registered as the first dataset version`];
}

const STREAMING = NOT_A_PIPELINE.find((e) => e.kind === 'streaming')!;

/** Work with no known alternative (placed or added on the board by the user) still needs an owner. */
const UNDECIDED_ALTERNATIVE = 'decide what runs it';

/** The seed's alternative; for a stream, which pipeline is the periodic run on what it accumulates. */
function alternativeFor(scope: Scope, c: Scope['components'][number]): string {
  const alternative = clause(c.alternative ?? '') || UNDECIDED_ALTERNATIVE;
  const data = scope.plans.find((p) => p.kind === 'data');
  // The stream they already run keeps the seed's alternative in brackets: the periodic run is named after either.
  return c.alternative?.includes(STREAMING.alternative) && data ? `${alternative}: ${data.name} is that periodic run, reading what the stream accumulated since its last one` : alternative;
}

/** The architecture the scope describes; before the first answer, an empty but valid one. */
export function toArchitecture(scope: Scope | null): Architecture {
  if (!scope) return emptyArchitecture();
  const ordered = byPhase(scope.plans, scope.phases);
  // Serving outside ZenML, or a loader the training exports for, reads `production` too.
  const roles = modelControlPlanes(scope.plans, scope.model, outsideServing(scope).length > 0 || scope.plans.some((p) => p.exportFor));
  const pipelines: Pipeline[] = ordered.map((p) => ({
    name: p.name,
    phase: scope.phases.get(p.id) ?? 'Phase 3',
    purpose: p.purpose,
    trigger: p.trigger,
    steps: p.steps,
    dataSources: dataSourcesOf(scope, p),
    keyArtifacts: p.keyArtifacts,
    orchestrator: orchestratorRequirements(scope, p),
    modelControlPlane: roles.get(p.id)!,
    deployed: p.kind === 'deployed',
    dynamic: p.dynamic,
    latencyBudgetMs: p.kind === 'deployed' ? p.latencyMs : null,
  }));
  const architecture: Architecture = {
    project: scope.project,
    overview: overview(scope, ordered),
    pipelines,
    dataFlow: dataFlow(scope),
    notAPipeline: [
      ...explorationOutside(scope),
      ...existingOutside(scope),
      ...consumersOutside(scope),
      ...servingOutside(scope),
      ...deviceRolloutOutside(scope),
      ...jobQueueOutside(scope),
      ...triggeredOutside(scope),
      ...scope.components
        .filter((c) => c.bucket === 'not-a-pipeline')
        .map((c) => ({ name: c.name, reason: clause(c.reason), alternative: alternativeFor(scope, c) })),
    ],
    deferred: deferred(scope),
    openQuestions: withProposedQuestions(openQuestions(scope, ordered), scope.proposals),
    team: { engineers: scope.reading.team.engineers },
  };
  return withEverythingNamed(architecture, scope);
}

/** A vendor's name in front of its product ("Amazon SageMaker", "Apache Kafka", "Google BigQuery"). */
const VENDOR = /^(?:amazon|aws|google(?: cloud)?|gcp|azure|microsoft|apache|databricks|snowflake)\s+(?=\S)/i;

/** "We run PodSearch, a search engine over podcast transcripts": the product the team runs, described, is what the project is about. */
function ownProduct(name: string, systems: Scope['reading']['systems']): boolean {
  const own = new RegExp(String.raw`\b(?:we|i)\s+(?:run|own|build|built|operate|maintain|develop|make)\s+${escapeRegExp(name)},\s+(?:a|an|our)\s`, 'i');
  return systems.some((s) => s.name === name && own.test(s.quote));
}

/** Names no more specific than their kind: they place nothing. */
const KIND_ONLY = /^(?:the |our |a |an )?(?:system|app|application|platform|service|tool|website|site|dashboard|database|api|engine|team|company)s?$/i;

/**
 * Every system and model the description names appears in the document (the seed: respect what
 * exists): those the plan above does not mention are listed at the end of the Overview, so the
 * reader sees what the plan has not placed yet rather than losing it.
 */
function withEverythingNamed(architecture: Architecture, scope: Scope): Architecture {
  // A system only the work outside the pipelines names (a migration's database) is placed with that work.
  const outside = scope.components.filter((c) => c.bucket === 'not-a-pipeline' || c.bucket === 'defer').map((c) => c.text);
  const written = JSON.stringify([architecture, outside]).toLowerCase();
  // A system the clause gives a part (a source, a destination, where work runs, a baseline, a tool), not one only mentioned.
  // A candidate compared and not chosen ("compared Llama 2 and Flan-T5 against GPT-4 and chose GPT-4") is history, not work to place.
  const names = [...scope.reading.systems.filter((s) => s.role !== 'named').map((s) => s.name), ...scope.reading.models.filter((m) => !notChosen(m)).map((m) => m.name)]
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter((n, i, all) => n.length > 1 && !KIND_ONLY.test(n) && /[A-Za-z]/.test(n) && all.findIndex((o) => o.toLowerCase() === n.toLowerCase()) === i)
    // "Llama" is said again by "Llama 3.1 8B": the fuller name stands for both.
    .filter((n, _, all) => !all.some((o) => o.toLowerCase().startsWith(`${n.toLowerCase()} `)))
    // The Model Control Plane name counts: "churn model" is placed as `churn_model`.
    .filter((n) => !written.includes(n.toLowerCase()) && !written.includes(snakeCase(n, '\u0000')))
    // "Amazon SageMaker" is placed where the plan says SageMaker: the vendor's name is no part of the product's.
    .filter((n) => !(VENDOR.test(n) && written.includes(n.replace(VENDOR, '').toLowerCase())))
    // "a gradient-boosted fraud model" is placed as `fraud_model` when the scope trains several, a long name as its identifier cut to fit.
    .filter((n) => !scope.models.some((m) => snakeCase(n, '\u0000').endsWith(m.id) || modelIdentifier(n) === m.id))
    // "YOLOv8 model" is placed where the plan says YOLOv8.
    .filter((n) => !(/^\S*[A-Z0-9]\S*\s+models?$/.test(n) && written.includes(n.split(/\s+/)[0]!.toLowerCase())))
    // The devices the model runs on ("six Jetsons") are where the device build is rolled out.
    .filter((n) => !(scope.plans.some((p) => p.steps.some((s) => s.name === 'export_for_devices')) && ON_DEVICES.test(n)))
    // "Colab" is placed where the plan takes over the existing notebook: it is that notebook.
    .filter((n) => !(scope.existing?.where === 'notebook' && /^(?:google )?colab|^jupyter/i.test(n)))
    // "AWS" is placed where the plan runs on SageMaker: the orchestrator already says which cloud it is in.
    .filter((n) => cloudOf(scope.orchestrator.chosen)?.toLowerCase() !== cloudName(n))
    // "PostgreSQL" is placed where the plan says Postgres: one product, two spellings.
    .filter((n) => !findTools(n).some((t) => t.phrase.length === n.length && n.toLowerCase().startsWith(t.name.toLowerCase()) && written.includes(t.name.toLowerCase())))
    // Pipelines ("proper ML pipelines") are what the document is made of, and the team's own product is the project.
    .filter((n) => !/\bpipelines?$/i.test(n) && !ownProduct(n, scope.reading.systems));
  if (!names.length) return architecture;
  const sentence = `The description also names ${joinList(names.slice(0, MAX_NAMED))}${names.length > MAX_NAMED ? ' and more' : ''}, which this plan does not place yet: worth a look before the first run.`;
  const [first, ...rest] = architecture.overview.split('\n\n');
  return { ...architecture, overview: [`${first} ${sentence}`, ...rest].join('\n\n') };
}

const MAX_NAMED = 8;
const ON_DEVICES = new RegExp(String.raw`\b(?:${FIELD_DEVICES}|devices?)\b`, 'i');
