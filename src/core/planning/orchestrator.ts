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
  /** Platforms named only as options someone offered, proposed or weighs ("IT has offered us Kubeflow"): not run yet. */
  weighed: string[];
}

const CLOUD_HINTS: readonly [RegExp, string][] = [
  [/\b(?:gcp|google cloud|bigquery|gcs|cloud storage)\b/i, 'vertex'],
  [/\b(?:aws|s3|redshift|athena|amazon)\b/i, 'sagemaker'],
  [/\b(?:azure|synapse)\b/i, 'azureml'],
];
const DEFAULT_OPTIONS = ['kubernetes', 'vertex', 'sagemaker', 'azureml', 'airflow', 'local'];

/** Work that a scheduler runs: "Flyte for our ML pipelines", "our jobs run on Argo", "orchestrated with Prefect". */
/** "Dagster runs the dbt jobs": one word in front may say whose jobs they are. */
const SCHEDULED_WORK = String.raw`(?:(?:ml |training |data |batch |[a-z][\w-]* )?(?:pipelines?|workflows?|orchestration|scheduling|jobs|dags|etl)|everything|it all|all of it)`;

/** One machine the team says it keeps: "staying on the VM", "we'll keep it on our single server". */
const KEPT_MACHINE = /\b(?:stay(?:s|ing)?|stick(?:s|ing)?|remain(?:s|ing)?|keep(?:s|ing)?\s+(?:it|this|everything|things|running))\s+(?:on|with)\s+(?:the|our|a|this|that|one)?\s*(?:single\s+|one\s+)?(?:vm|virtual machine|server|box|machine|workstation)\b/i;

function byId(id: string): OrchestratorFacts {
  return ORCHESTRATORS.find((o) => o.id === id) ?? UNDECIDED;
}

/** Workflow schedulers ZenML has no orchestrator for: named at all, they are a scheduler. */
const SCHEDULER = /\b(?:dagster|prefect|flyte|luigi|argo(?: workflows)?|metaflow|kestra|oozie|control-m|azkaban|step functions|slurm)\b/i;
/** "We do have Prefect running for the ingestion", "Airflow is already running on-prem": a platform said to be up is theirs. */
const RUNNING = (name: string) => String.raw`\b(?:have|has|got|with)\s+(?:\w+\s+)?${name}\s+(?:already\s+)?(?:running|up)\b|\b${name}\s+(?:is\s+)?already\s+running\b`;
/** A scheduler weighed or moved to is not where the work runs today: "considering Prefect", "moving to Flyte". */
const NOT_YET = String.raw`\b(?:consider\w*|evaluat\w*|look(?:ing)? (?:at|into)|try(?:ing)?(?: out)?|tri(?:al|alling)|mov(?:e|ing) (?:over )?to|switch(?:ing)? to|adopt\w*|pilot\w*)\s+(?:\w+\s+){0,2}?`;
/** The team's own use of a scheduler: kept ("we'd rather keep Dagster"), deployed, or running their flows, assets or DAGs. */
const SCHEDULER_USE = String.raw`\b(?:keep|keeping|stay(?:ing)? (?:on|with)|stick(?:ing)? with|remain(?:ing)? on|continue (?:to use|using|with|on))\s+(?:using\s+)?(?:our\s+|the\s+)?NAME\b|\bNAME\s+(?:deployment|instance|server|cloud|flows?|dags?|assets?|workflows?|jobs?|scheduler|queue)\b|${RUNNING('NAME')}`;

/**
 * An option put to the team, not a platform it runs: offered, proposed, suggested, preferred, pushed,
 * known from one person's past ("I've used Airflow") or weighed ("IT has offered us a Kubeflow
 * installation on a small Kubernetes cluster", "a colleague prefers Prefect", "we're deciding between
 * Vertex and SageMaker"). The option runs to the end of
 * its noun phrase; the team's own ("on our Kubernetes cluster") or a new clause ends it, while
 * another team's ("host it in their Vertex AI project") is still the option put to the team.
 */
const WEIGHED = String.raw`\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing|al)|suggest(?:s|ed|ing|ion)?|recommend(?:s|ed|ing|ation)?|prefer(?:s|red)?|pitch(?:es|ed|ing)?|push(?:es|ing)|likes|loves|said|says|lean(?:s|ing)?(?:\s+towards?)?|(?:i'?ve|i have|i've personally)\s+(?:used|worked with|run)|i know|consider\w*|evaluat\w*|weigh(?:s|ed|ing)?|look(?:ing)? (?:at|into)|(?:decid\w*|choos\w*|pick\w*) between)\s+(?:(?!(?:our|we|but|which|that|where|while|because|since)\b)[\w/.-]+\s+){0,9}?`;

/** Whether every clause that names the platform (by a pattern of its names) puts it as an option, never as theirs. */
function onlyWeighed(names: string, reading: Reading): boolean {
  const quotes = [...new Set(reading.systems.map((s) => s.quote))].filter((q) => new RegExp(String.raw`\b(?:${names})\b`, 'i').test(q));
  const kept = new RegExp(SCHEDULER_USE.replace(/NAME/g, `(?:${names})`), 'i');
  return quotes.length > 0 && quotes.every((q) => new RegExp(WEIGHED + String.raw`(?:${names})\b`, 'i').test(q) && !kept.test(q));
}

/** The platforms the team was offered or weighs, by their names: orchestrators and schedulers alike. */
function weighedPlatforms(named: readonly OrchestratorFacts[], reading: Reading): { orchestrators: OrchestratorFacts[]; names: string[] } {
  // "Cloud Run? Vertex endpoint?", "a workspace nobody has touched since": a platform only asked about or left unused is an option.
  const orchestrators = named.filter((o) => onlyWeighed(o.aliases.map(escapeRegExp).join('|'), reading) || reading.options.some((t) => detectOrchestrators(t).includes(o)));
  const schedulers = [...new Set(reading.systems.map((s) => SCHEDULER.exec(s.name)?.[0]).filter((n): n is string => !!n))];
  const said = reading.systems.map((s) => s.quote).join(' ').toLowerCase();
  const at = (names: readonly string[]) => Math.min(...names.map((n) => said.indexOf(n.toLowerCase())).filter((i) => i >= 0));
  const options = [...orchestrators.map((o) => ({ name: o.label, at: at(o.aliases) })), ...schedulers.filter((n) => onlyWeighed(escapeRegExp(n), reading) || reading.options.some((t) => t.toLowerCase() === n.toLowerCase())).map((n) => ({ name: capitalised(n), at: at([n]) }))];
  // In the order the team named them.
  return { orchestrators, names: options.sort((a, b) => a.at - b.at).map((o) => o.name) };
}

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

const CLOUD = /^(?:aws|amazon web services|gcp|google cloud(?: platform)?|azure|microsoft azure|oci|oracle cloud|ibm cloud|hetzner|digitalocean|ovh(?:cloud)?)$/i;
const MACHINE = /\b(?:servers?|vms?|virtual machines?|box(?:es)?|machines?|workstations?|nodes?|instances?|clusters?)$/i;

/** A named system the clause says runs the team's pipelines or jobs. */
function schedulerTheyRun(reading: Reading): string | null {
  for (const s of reading.systems) {
    // "Prefect Cloud", "a self-hosted Dagster instance": the scheduler is a word of the name.
    const scheduler = SCHEDULER.exec(s.name)?.[0];
    if (scheduler && new RegExp(SCHEDULER_USE.replace(/NAME/g, scheduler), 'i').test(s.quote) && !new RegExp(NOT_YET + scheduler, 'i').test(s.quote)) return scheduler;
    // "Cron jobs on the GPU server": a machine is where a scheduler runs, not one; "everything on AWS" names a cloud, not a scheduler.
    if (runsWork(escapeRegExp(s.name)).test(s.quote) && !weighedIn(s.quote, escapeRegExp(s.name)) && detectOrchestrators(s.name).length === 0 && !MACHINE.test(s.name) && !CLOUD.test(s.name)) return s.name;
  }
  // "Dagster runs the dbt jobs": a scheduler the clause says runs work is theirs, named as the clause's subject or not.
  for (const quote of new Set(reading.systems.map((s) => s.quote))) {
    const scheduler = SCHEDULER.exec(quote)?.[0];
    // "An on-prem Slurm cluster with 8 A100s": a batch scheduler's cluster runs the lab's jobs.
    const runs = !!scheduler && (runsWork(escapeRegExp(scheduler)).test(quote) || new RegExp(String.raw`\b${escapeRegExp(scheduler)}\s+cluster\b`, 'i').test(quote));
    if (runs && !weighedIn(quote, escapeRegExp(scheduler!)) && !reading.options.includes(scheduler!)) return capitalised(scheduler!);
  }
  return null;
}

/** Whether the clause only weighs or moves to the system ("considering Prefect for the nightly jobs"). */
function weighedIn(quote: string, name: string): boolean {
  return new RegExp(`(?:${NOT_YET}|${WEIGHED})${name}`, 'i').test(quote);
}

/** A clause that says the named system runs work: "Flyte is for our ML pipelines", "jobs run on Argo". */
function runsWork(name: string): RegExp {
  return new RegExp(
    String.raw`\b${name}\s+(?:is\s+)?(?:for|runs|schedules|orchestrates|handles)\s+(?:all\s+)?(?:of\s+)?(?:our|the|their|its)?\s*${SCHEDULED_WORK}\b` +
      // "Everything we do lives in Google Sheets" says where things are kept, not what runs them.
      String.raw`|\b${SCHEDULED_WORK}\s+(?!(?:\w+\s+){0,3}?(?:lives?|sits?|resides?|stored|kept)\b)(?:\w+\s+){0,3}(?:on|in|with|by|using|through)\s+(?:our\s+|the\s+)?${name}\b`,
    'i',
  );
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
    // "Airflow 2.8 on EKS", never across a sentence: "our EKS cluster. Training in SageMaker".
    // "Airflow running (2.7, on the on-prem k8s cluster)": an aside in brackets still says what it runs on.
    // Kubeflow Pipelines named beside Kubernetes is the workflow layer on that cluster, whether or not the text says so.
    const upper = named.some((lower) => lower.id === o.runsOn) || named.some((lower) => lower !== o && said(new RegExp(String.raw`\b${alias(o)}\b(?:[\w\s(,-]|\.(?=\w)){0,30}?\s(?:on|in)\s+(?:(?:our|a|an|the|their)\s+)?(?:[\w-]+\s+){0,2}?${alias(lower)}\b`, 'i')));
    const kept = said(new RegExp(String.raw`\b(?:keep|keeping|stay(?:ing)? (?:on|with)|stick(?:ing)? with)\s+(?:using\s+)?(?:our\s+|the\s+)?${alias(o)}\b`, 'i'));
    const serves = said(new RegExp(String.raw`\b(?:serving|served|serves?|inference|endpoints?|the api)\s+(?:\w+\s+){0,2}?(?:on|from|in)\s+(?:(?:our|an?|the)\s+)?${alias(o)}\b`, 'i'));
    // "submits one Kubeflow Pipelines run per scene": the platform its runs are submitted to, not the one a notebook sits on.
    const runs = said(new RegExp(String.raw`\b${alias(o)}\s+(?:pipelines?\s+)?(?:runs?|dags?|jobs?|recurring runs?)\b|${RUNNING(alias(o))}`, 'i'));
    const notebook = said(new RegExp(String.raw`\b${alias(o)}\s+(?:workbench|notebooks?|colab)\b`, 'i'));
    // "Orchestration is MWAA (Airflow 2.7)", "everything is scheduled by Dagster": the one the team says orchestrates.
    const orchestrates = said(new RegExp(String.raw`\b(?:orchestrat(?:ion|ed|or)|schedul(?:ing|ed|er))\b[^.;]{0,24}?\b(?:is|by|with|in|on|via|through|uses?|=|:)\s+(?:(?:our|an?|the)\s+)?(?:[\w-]+\s+){0,2}?\(?${alias(o)}\b|\b${alias(o)}\b[^.;]{0,24}?\b(?:orchestrates|schedules)\b`, 'i'));
    // "ZenML pipelines running on our existing Databricks compute": said outright where the pipelines run.
    const hosts = said(new RegExp(String.raw`\bpipelines?\b[^.;]{0,40}?\b(?:run|runs|running)\s+(?:on|in)\s+(?:our\s+|the\s+)?(?:existing\s+|own\s+)?${alias(o)}\b`, 'i'));
    return (hosts ? 3 : 0) + (upper ? 2 : 0) + (orchestrates ? 2 : 0) + (kept ? 1 : 0) + (runs ? 1 : 0) - (serves ? 2 : 0) - (notebook ? 1 : 0);
  };
  const ranked = named.map((o) => ({ o, score: rank(o) }));
  const best = Math.max(...ranked.map((r) => r.score));
  return ranked.some((r) => r.score < best) ? ranked.find((r) => r.score === best)!.o : null;
}

export function orchestratorChoice(reading: Reading, chosenId: string | null): OrchestratorChoice {
  const infra = [...reading.tools, ...(reading.categories.infrastructure ?? [])].join(' · ');
  const weighed = weighedPlatforms(detectOrchestrators(infra), reading);
  const named = detectOrchestrators(infra).filter((o) => !weighed.orchestrators.includes(o));
  // Where the data is, not every cloud named: "corporate has Azure, but anything operational runs on site".
  const hinted = CLOUD_HINTS.find(([re]) => re.test((reading.categories.dataSources ?? []).join(' ')))?.[1];
  // "We're staying on the VM", "it stays on our one server": the machine they keep runs the pipelines, with the local orchestrator.
  const keptMachine = named.length === 0 && reading.systems.some((s) => KEPT_MACHINE.test(s.quote));
  const recommended = (named.length > 1 ? whereWorkLives(named, reading) : null)?.id ?? named[0]?.id ?? (keptMachine ? 'local' : UNDECIDED.id);
  const options = named.length > 1 ? [...named, UNDECIDED] : weighed.orchestrators.length ? [UNDECIDED, ...weighed.orchestrators] : [UNDECIDED, ...DEFAULT_OPTIONS.map(byId)];
  return {
    chosen: byId(chosenId ?? recommended),
    namedByUser: named.length === 1 || keptMachine,
    recommended,
    options,
    theirs: named.length ? null : schedulerTheyRun(reading),
    nearData: hinted ? byId(hinted) : null,
    weighed: weighed.names,
  };
}
