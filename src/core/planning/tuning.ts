/**
 * Tuning the team asked for (the seed's gray area: start with a fixed pipeline, add tuning later):
 * a pipeline of its own after the fixed one, reusing its data and its measures, that fans out over
 * candidate settings (seed 003's own example of a dynamic pipeline) and registers the best one as a
 * version the reviewer promotes like any other.
 */
import type { Step } from '../model/architecture';
import { joinList } from '../words';
import { settingsOf } from './givenModel';
import type { StepContext } from './steps';

const step = (name: string, description: string, produces: string): Step => ({ name, description, produces });

export function tuningTrigger(ctx: Pick<StepContext, 'evaluatedOnly'>): string {
  return `Manual, when the candidate settings to search change or a new ${ctx.evaluatedOnly ? 'reference set' : 'dataset'} version lands`;
}

export function tuningPurpose(ctx: StepContext): string {
  return `Searches ${settingsOf(ctx)} for the best configuration of \`${ctx.model}\` and registers it as a version for the reviewer to compare with \`production\`, so a tuned setting reaches production through the same promotion as any other change`;
}

/** `fixed`: the pipeline whose data and measures the search reuses. */
export function tuningSteps(ctx: StepContext, fixed: string): Step[] {
  const measures = ctx.metrics?.length ? joinList(ctx.metrics) : 'the measures a version is judged by';
  const data = ctx.evaluatedOnly
    ? step('load_reference_set', `Loads the versioned reference set ${fixed} scores on, so every candidate is judged on the same records as the versions before it`, 'the versioned reference set')
    : step('load_training_data', `Loads the latest dataset version with the train and evaluation split ${fixed} uses, so candidates differ only in their settings`, 'train and evaluation sets');
  const scores = ctx.evaluatedOnly ? 'Runs and scores' : 'Trains and scores';
  const trades = ctx.tradeOff ? `, with what ${ctx.tradeOff.setting ? `the ${ctx.tradeOff.setting}` : 'each candidate'} trades (“${ctx.tradeOff.said}”) side by side rather than folded into one number` : '';
  return [
    data,
    step('propose_candidates', `Lists the candidate settings to try: ${settingsOf(ctx)}, over the ranges given as the run's parameters`, 'the candidate list'),
    step(
      'score_candidate',
      ctx.fanOut
        ? `${scores} one candidate per mapped step, fanned out over the candidate list, on ${measures} as ${fixed} does`
        : `${scores} each candidate in turn on ${measures} as ${fixed} does; a fan-out over the list once the orchestrator runs steps in isolation`,
      'a score per candidate',
    ),
    step('select_best', `Ranks the candidates on ${measures}${trades}, and keeps the best beside the current \`production\` version`, 'a ranked comparison'),
    step('register_best', `Registers the best candidate as a new \`${ctx.model}\` version with its settings and scores as metadata, for the reviewer who promotes it`, 'a version in the Model Control Plane'),
  ];
}

export function tuningArtifacts(ctx: Pick<StepContext, 'model'>): string[] {
  return [
    'the candidate list with a score per candidate — which settings were tried and how each did, so no search is repeated blind',
    `the ranked comparison — the best candidate beside the \`production\` version of \`${ctx.model}\`, what the reviewer reads before promoting`,
  ];
}
