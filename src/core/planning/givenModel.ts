/**
 * A model the team does not train: one taken as given ("we chose GPT-4"), or one the description
 * only evaluates and tunes. Its versions are configurations (which model, its prompt or parameters,
 * its settings), and the pipeline that produces them is an evaluation: it runs a candidate beside
 * `production` on a reference set and registers it with its scores. It takes the place of the
 * training pipeline the seed's pattern would otherwise add (nothing of theirs to train), and the
 * pipelines that use the model read the `production` configuration it promotes.
 */
import type { Step } from '../model/architecture';
import type { Reading } from '../reading/reading';
import { joinList } from '../words';
import { perVariety, type StepContext } from './steps';

const step = (name: string, description: string, produces: string): Step => ({ name, description, produces });

/** Work kinds that make a model: training it, retraining it on a trigger, tuning it (trials train), building it for devices. */
const MAKES_MODEL = new Set(['training', 'retraining-trigger', 'tuning', 'other']);

/** The model taken as given ("GPT-4"), when every model the description names is someone else's. */
export function givenModel(reading: Reading): string | null {
  if (reading.models.some((m) => m.trained === 'here')) return null;
  return reading.models.find((m) => m.trained === 'given')?.name ?? null;
}

/**
 * Whether the team weighs making the model against taking one and has settled neither ("whether we
 * train our own classifier or just give an LLM the list"): the options are judged side by side
 * before anything is trained or built around one.
 */
export function optionsWeighed(reading: Reading): boolean {
  return reading.approachOpen !== null && reading.models.every((m) => m.trained === 'unknown');
}

/** Whether a clause is said inside the sentence that weighs the options. */
export function saidAmongOptions(reading: Reading, clause: string): boolean {
  return !!reading.approachOpen?.includes(clause.replace(/\s+/g, ' ').trim());
}

/** The products named among the options weighed ("or have Claude read each file"): someone else's models, by name. */
export function productsWeighed(reading: Reading): string[] {
  return reading.models.filter((m) => /[A-Z]/.test(m.name) && saidAmongOptions(reading, m.quote)).map((m) => m.name);
}

/**
 * Whether the model work in scope judges a model instead of making one: the description only
 * evaluates it, or takes it as given and uses it. Then the pipeline evaluates configurations rather
 * than inventing a training run nobody described. `kinds`: the model-work components' kinds.
 */
export function evaluatesInstead(reading: Reading, kinds: readonly (string | undefined)[], used: boolean): boolean {
  if (kinds.some((k) => k !== undefined && MAKES_MODEL.has(k))) return false;
  // The work in scope decides, not how a model was once made ("trained by another team"): judging it is what was asked.
  return kinds.length > 0 || (used && givenModel(reading) !== null);
}

export const EVALUATION_TRIGGER = 'Manual, whenever a candidate configuration (another model, prompt or settings) is ready to compare';

/** What runs the candidates: the given model by name, else the team's model's configurations. */
function runs(ctx: StepContext): string {
  if (ctx.weighed) return `each option you are weighing for \`${ctx.model}\` (a model of your own, trained on records older than the reference set, or one taken as given with its prompt and settings)`;
  return ctx.given ? `${ctx.given} with the candidate configuration (which model, its prompt and its settings)` : `each candidate configuration of \`${ctx.model}\` (${settingsOf(ctx)})`;
}

/** What a configuration sets, in the team's names: "DBSCAN's parameters and the window size". */
export function settingsOf(ctx: Pick<StepContext, 'configured' | 'tradeOff'>): string {
  const parameters = ctx.configured ? `${ctx.configured}'s parameters` : 'its parameters';
  return ctx.tradeOff?.setting ? `${parameters} and the ${ctx.tradeOff.setting}` : `${parameters} and settings`;
}

export function evaluationPurpose(model: string, given: string | null, weighed: readonly string[] | null = null): string {
  if (weighed) {
    const named = weighed.length ? ` such as ${joinList([...weighed])}` : '';
    return `Runs each option you are weighing for \`${model}\` (a model trained on your own data, or one taken as given${named}) over a reference set with known-good outputs, and registers each with its scores as a version, so the choice is made on evidence and the rest of the plan reads the one promoted to \`production\``;
  }
  const what = given ? `${given} as \`${model}\`` : `\`${model}\``;
  return `Runs each candidate configuration of ${what} over a reference set with known-good outputs beside the current \`production\` one, and registers it with its scores as a version, so a change of model, prompt or settings is promoted on evidence rather than tried out in production`;
}

export function evaluationSteps(ctx: StepContext): Step[] {
  const from = ctx.includesDataPrep ? ctx.sources : 'the versioned dataset the data pipeline publishes';
  const reference = ctx.evaluationSet === 'golden' ? 'the fixed golden set' : `a reference set of records from ${from} whose right outputs people confirmed`;
  const measures = ctx.metrics?.length ? joinList(ctx.metrics) : 'the measures a version is judged by';
  const baseline = ctx.baseline ? `, and scores ${ctx.baseline} on the same set as the baseline a version must beat` : '';
  const decided =
    ctx.handoff === 'automatic'
      ? step('promote_configuration', `Promotes the candidate to production when it beats the current \`production\` version on ${measures}`, 'the promoted configuration version')
      : step('register_configuration', `Registers the candidate as a new \`${ctx.model}\` version with its configuration and scores as metadata, for the reviewer who promotes it instead of editing the live configuration`, 'a configuration version in the Model Control Plane');
  return [
    step('load_reference_set', `Loads ${reference}, versioned so two candidates are always scored on the same records`, 'the versioned reference set'),
    step('run_candidate', `Runs ${runs(ctx)} over the reference set, and the current \`production\` configuration beside it`, 'candidate and production outputs per record'),
    step('score_outputs', `Scores both sets of outputs against the confirmed ones on ${measures} and logs the scores on the candidate version${perVariety(ctx)}${baseline}`, 'an evaluation report with the records the two disagree on'),
    decided,
  ];
}

export function evaluationArtifacts(ctx: Pick<StepContext, 'model'>): string[] {
  return [
    `the versioned reference set — every \`${ctx.model}\` version is scored on the same records, so two configurations compare like for like`,
    `the evaluation report — the scores sit on each \`${ctx.model}\` version as metadata, with the records where the candidate and production disagree`,
  ];
}

/** Batch use of a model taken as given: it runs under the `production` configuration and publishes its outputs. */
export function givenUsePurpose(model: string, given: string, scored: string | null): string {
  return `Runs ${given} on ${scored ?? 'the new records'} in batches under the \`production\` configuration of \`${model}\` and publishes the outputs where the teams that act on them already look`;
}

export function givenUseArtifacts(model: string, given: string): string[] {
  return [
    `the published outputs — what the consumers read; each batch names the \`${model}\` configuration version ${given} ran under, so a bad batch traces back to the prompt or settings that produced it`,
    `the prepared inputs — kept per run, so a surprising output can be reproduced on exactly what ${given} was given`,
  ];
}

/** The data pipeline of a model evaluated and never trained here feeds the evaluation's reference set. */
export function evaluatedDataPurpose(model: string): string {
  return `Turns the raw data into a clean, versioned dataset, so the evaluation scores every \`${model}\` version on records it can name`;
}

export function evaluatedDataArtifacts(model: string): string[] {
  return [
    `the versioned dataset — the evaluation draws its reference set from it, so every \`${model}\` version names the records it was scored on`,
    `the size and date range recorded on each dataset version — the first thing to check when a \`${model}\` version scores differently`,
  ];
}
