/**
 * Where the pipelines run. An orchestrator the team names is the one the document uses; a
 * scheduler they run that ZenML has no orchestrator for (Flyte, Prefect, an in-house one) is
 * named as theirs; with neither, nothing is claimed: the document lists what the pipelines need
 * and asks (the seed: "Where do things run today?"). "Local" only when the user picks it.
 */
import { detectOrchestrators, ORCHESTRATORS, type OrchestratorFacts } from '../zenml/facts';
import type { Reading } from '../reading/reading';
import { escapeRegExp } from '../words';

/**
 * No orchestrator chosen yet. Scheduling and fan-out are taken as available, since every remote
 * orchestrator the team could pick for scheduled runs has them; the document words it as open.
 */
export const UNDECIDED: OrchestratorFacts = {
  id: 'undecided',
  label: 'Not decided yet',
  aliases: [],
  schedules: true,
  dynamic: true,
  isolatedSteps: true,
  source: 'Seed 000, Phase 1: ask where things run today',
};

export interface OrchestratorChoice {
  chosen: OrchestratorFacts;
  /** Set when the description names exactly one orchestrator: nothing to ask. */
  namedByUser: boolean;
  recommended: string;
  options: OrchestratorFacts[];
  /** A scheduler the team already runs its pipelines or jobs on that ZenML has no orchestrator for. */
  theirs: string | null;
  /** The cloud the data already lives in, when a source names one (BigQuery → Vertex AI): a hint, not a choice. */
  nearData: OrchestratorFacts | null;
}

const CLOUD_HINTS: readonly [RegExp, string][] = [
  [/\b(?:gcp|google cloud|bigquery|gcs|cloud storage)\b/i, 'vertex'],
  [/\b(?:aws|s3|redshift|athena|amazon)\b/i, 'sagemaker'],
  [/\b(?:azure|synapse)\b/i, 'azureml'],
];
const DEFAULT_OPTIONS = ['kubernetes', 'vertex', 'sagemaker', 'azureml', 'airflow', 'local'];

/** Work that a scheduler runs: "Flyte for our ML pipelines", "our jobs run on Argo", "orchestrated with Prefect". */
const SCHEDULED_WORK = String.raw`(?:ml |training |data |batch )?(?:pipelines?|workflows?|orchestration|scheduling|jobs|dags|etl)`;

function byId(id: string): OrchestratorFacts {
  return ORCHESTRATORS.find((o) => o.id === id) ?? UNDECIDED;
}

/** Workflow schedulers ZenML has no orchestrator for: named at all, they are a scheduler. */
const SCHEDULER = /\b(?:dagster|prefect|flyte|luigi|argo(?: workflows)?|metaflow|kestra|oozie|control-m|azkaban|step functions)\b/i;
/** A scheduler weighed or moved to is not where the work runs today: "considering Prefect", "moving to Flyte". */
const NOT_YET = String.raw`\b(?:consider\w*|evaluat\w*|look(?:ing)? (?:at|into)|try(?:ing)?(?: out)?|tri(?:al|alling)|mov(?:e|ing) (?:over )?to|switch(?:ing)? to|adopt\w*|pilot\w*)\s+(?:\w+\s+){0,2}?`;
/** The team's own use of a scheduler: kept ("we'd rather keep Dagster"), deployed, or running their flows, assets or DAGs. */
const SCHEDULER_USE = String.raw`\b(?:keep|keeping|stay(?:ing)? (?:on|with)|stick(?:ing)? with|remain(?:ing)? on|continue (?:to use|using|with|on))\s+(?:using\s+)?(?:our\s+|the\s+)?NAME\b|\bNAME\s+(?:deployment|instance|server|cloud|flows?|dags?|assets?|workflows?|jobs?)\b`;

/** A named system the clause says runs the team's pipelines or jobs. */
function schedulerTheyRun(reading: Reading): string | null {
  for (const s of reading.systems) {
    const name = escapeRegExp(s.name);
    // "Prefect Cloud", "a self-hosted Dagster instance": the scheduler is a word of the name.
    const scheduler = SCHEDULER.exec(s.name)?.[0];
    if (scheduler && new RegExp(SCHEDULER_USE.replace(/NAME/g, scheduler), 'i').test(s.quote) && !new RegExp(NOT_YET + scheduler, 'i').test(s.quote)) return scheduler;
    const runs = new RegExp(
      String.raw`\b${name}\s+(?:is\s+)?(?:for|runs|schedules|orchestrates|handles)\s+(?:all\s+)?(?:of\s+)?(?:our|the|their|its)?\s*${SCHEDULED_WORK}\b` +
        String.raw`|\b${SCHEDULED_WORK}\s+(?:\w+\s+){0,3}(?:on|in|with|by|using|through)\s+(?:our\s+|the\s+)?${name}\b`,
      'i',
    );
    if (runs.test(s.quote) && detectOrchestrators(s.name).length === 0) return s.name;
  }
  return null;
}

/**
 * Of several orchestrators named, the one the work lives in: the one the team runs on top of
 * another ("Airflow 2.8 on Kubernetes"), or keeps ("we'd like to keep Databricks"), before one
 * said only to serve ("serving runs on AKS"). Null when the text ranks none above the others.
 */
function whereWorkLives(named: readonly OrchestratorFacts[], reading: Reading): OrchestratorFacts | null {
  const alias = (o: OrchestratorFacts) => `(?:${o.aliases.map(escapeRegExp).join('|')})`;
  const said = (re: RegExp) => reading.systems.some((s) => re.test(s.quote));
  const rank = (o: OrchestratorFacts) => {
    const upper = named.some((lower) => lower !== o && said(new RegExp(String.raw`\b${alias(o)}\b[\w\s.-]{0,20}?\s(?:on|in)\s+(?:(?:our|a|an|the|their)\s+)?(?:[\w-]+\s+){0,2}?${alias(lower)}\b`, 'i')));
    const kept = said(new RegExp(String.raw`\b(?:keep|keeping|stay(?:ing)? (?:on|with)|stick(?:ing)? with)\s+(?:using\s+)?(?:our\s+|the\s+)?${alias(o)}\b`, 'i'));
    const serves = said(new RegExp(String.raw`\b(?:serving|served|serves?|inference|endpoints?|the api)\s+(?:\w+\s+){0,2}?(?:on|from|in)\s+(?:(?:our|an?|the)\s+)?${alias(o)}\b`, 'i'));
    return (upper ? 2 : 0) + (kept ? 1 : 0) - (serves ? 2 : 0);
  };
  const ranked = named.map((o) => ({ o, score: rank(o) }));
  const best = Math.max(...ranked.map((r) => r.score));
  return ranked.some((r) => r.score < best) ? ranked.find((r) => r.score === best)!.o : null;
}

export function orchestratorChoice(reading: Reading, chosenId: string | null): OrchestratorChoice {
  const infra = [...reading.tools, ...(reading.categories.infrastructure ?? [])].join(' · ');
  const named = detectOrchestrators(infra);
  const hinted = CLOUD_HINTS.find(([re]) => re.test(`${infra} ${(reading.categories.dataSources ?? []).join(' ')}`))?.[1];
  const recommended = (named.length > 1 ? whereWorkLives(named, reading) : null)?.id ?? named[0]?.id ?? UNDECIDED.id;
  const options = named.length > 1 ? [...named, UNDECIDED] : [UNDECIDED, ...DEFAULT_OPTIONS.map(byId)];
  return {
    chosen: byId(chosenId ?? recommended),
    namedByUser: named.length === 1,
    recommended,
    options,
    theirs: named.length ? null : schedulerTheyRun(reading),
    nearData: hinted ? byId(hinted) : null,
  };
}
