/**
 * The ZenML facts the rules and the interview rely on, in one dated table.
 * When ZenML changes, this is the one file to update; every entry names its source.
 *
 * As of: 2026-11 (seed 003 "Dynamic Pipelines" and the ZenML docs pages cited below).
 */

export const FACTS_AS_OF = '2026-11';

export interface OrchestratorFacts {
  id: string;
  label: string;
  /** Ways people write it in prose, matched case-insensitively on word boundaries. */
  aliases: readonly string[];
  schedules: boolean;
  /** Runs dynamic pipelines at all (seed 003, "Orchestrator Support"). */
  dynamic: boolean;
  /** Can run `runtime="isolated"` steps, which parallel `.submit()` fan-out needs (seed 003). */
  isolatedSteps: boolean;
  /** The platform it always runs on (Kubeflow Pipelines and Tekton are installed into a Kubernetes cluster). */
  runsOn?: string;
  source: string;
}

const SCHEDULES_DOC = 'docs.zenml.io/concepts/steps_and_pipelines/scheduling (feature support table)';
const DYNAMIC_DOC = 'seed 003 (Dynamic Pipelines, "Orchestrator Support")';

export const ORCHESTRATORS: readonly OrchestratorFacts[] = [
  { id: 'local', label: 'Local', aliases: ['local orchestrator', 'locally', 'local'], schedules: false, dynamic: true, isolatedSteps: false, source: `${SCHEDULES_DOC}; ${DYNAMIC_DOC}` },
  { id: 'local_docker', label: 'Local Docker', aliases: ['local docker', 'local_docker', 'docker locally'], schedules: false, dynamic: true, isolatedSteps: false, source: `${SCHEDULES_DOC}; ${DYNAMIC_DOC}` },
  { id: 'kubernetes', label: 'Kubernetes', aliases: ['kubernetes', 'k8s', 'gke', 'eks', 'aks'], schedules: true, dynamic: true, isolatedSteps: true, source: `${SCHEDULES_DOC}; ${DYNAMIC_DOC}` },
  { id: 'vertex', label: 'Vertex AI', aliases: ['vertex ai', 'vertex'], schedules: true, dynamic: true, isolatedSteps: true, source: `${SCHEDULES_DOC}; ${DYNAMIC_DOC}` },
  { id: 'sagemaker', label: 'SageMaker', aliases: ['sagemaker', 'sage maker'], schedules: true, dynamic: true, isolatedSteps: true, source: `${SCHEDULES_DOC}; ${DYNAMIC_DOC}` },
  { id: 'azureml', label: 'AzureML', aliases: ['azureml', 'azure ml', 'azure machine learning'], schedules: true, dynamic: true, isolatedSteps: true, source: `${SCHEDULES_DOC}; ${DYNAMIC_DOC}` },
  { id: 'kubeflow', label: 'Kubeflow', aliases: ['kubeflow'], schedules: true, dynamic: false, isolatedSteps: false, runsOn: 'kubernetes', source: `${SCHEDULES_DOC}; not in ${DYNAMIC_DOC}` },
  { id: 'airflow', label: 'Airflow', aliases: ['airflow'], schedules: true, dynamic: false, isolatedSteps: false, source: `${SCHEDULES_DOC}; not in ${DYNAMIC_DOC}` },
  { id: 'databricks', label: 'Databricks', aliases: ['databricks'], schedules: true, dynamic: false, isolatedSteps: false, source: `${SCHEDULES_DOC}; not in ${DYNAMIC_DOC}` },
  { id: 'tekton', label: 'Tekton', aliases: ['tekton'], schedules: false, dynamic: false, isolatedSteps: false, runsOn: 'kubernetes', source: `${SCHEDULES_DOC}; not in ${DYNAMIC_DOC}` },
  { id: 'skypilot', label: 'SkyPilot', aliases: ['skypilot', 'sky pilot'], schedules: false, dynamic: false, isolatedSteps: false, source: `${SCHEDULES_DOC}; not in ${DYNAMIC_DOC}` },
];

/**
 * Model Control Plane stages (`ModelStages`): `latest` is virtual, always the newest
 * version, so nothing can be promoted to it. Source: seed 000 ("How pipelines connect")
 * and docs.zenml.io/concepts/models (model versions and stages).
 */
export const MODEL_STAGES = ['none', 'staging', 'production', 'archived', 'latest'] as const;
export type ModelStage = (typeof MODEL_STAGES)[number];
export const PROMOTABLE_STAGES: readonly ModelStage[] = ['staging', 'production', 'archived'];

/** Seed 001: only sub-10ms budgets (HFT, video frames) justify leaving `pipeline.deploy()`, after a benchmark. */
export const DEPLOYED_LATENCY_FLOOR_MS = 10;

/** Seed 003: CONTINUE_ON_FAILURE is not supported in dynamic pipelines; use try/except. */
export const DYNAMIC_UNSUPPORTED_EXECUTION_MODES = ['CONTINUE_ON_FAILURE'] as const;

/** The orchestrators a piece of prose names, most specific first (so "local docker" wins over "local"). */
/** Every alias as a whole-word pattern, longest first (built once: the linter asks per pipeline). */
const ALIAS_PATTERNS = ORCHESTRATORS.flatMap((o) => o.aliases.map((alias) => ({ o, alias })))
  .sort((a, b) => b.alias.length - a.alias.length)
  .map(({ o, alias }) => ({ o, re: new RegExp(`\\b${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g') }));

export function detectOrchestrators(text: string): OrchestratorFacts[] {
  const found: OrchestratorFacts[] = [];
  let rest = text.toLowerCase();
  for (const { o, re } of ALIAS_PATTERNS) {
    re.lastIndex = 0;
    if (re.test(rest)) {
      if (!found.includes(o)) found.push(o);
      rest = rest.replace(re, ' ');
    }
  }
  return found;
}
