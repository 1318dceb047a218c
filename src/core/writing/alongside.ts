/**
 * What the pipelines run next to, for the Overview: the infrastructure the user named, by its
 * proper name ("mlflow" is MLflow), once. Left out: what the sentence already says (the chosen
 * orchestrator, and its cloud), ZenML itself, existing notebooks and scripts (existing work, not
 * infrastructure), models ("GPT-4"), and capability words that name nothing ("experiment tracking",
 * "GPU", "cloud").
 */
import type { OrchestratorFacts } from '../zenml/facts';
import type { Reading } from '../reading/reading';
import { findTools } from '../reading/tools';

/** Platforms worth naming that are not tools of their own. */
const PLATFORMS: Record<string, string> = { aws: 'AWS', gcp: 'GCP', azure: 'Azure', terraform: 'Terraform', helm: 'Helm', 'on-premises servers': 'on-premises servers' };

/** A managed orchestrator already says which cloud it is in. */
const CLOUD_OF: Record<string, string> = { sagemaker: 'AWS', vertex: 'GCP', azureml: 'Azure' };

const NOT_INFRASTRUCTURE = new Set(['ZenML', 'Jupyter']);

/** The cloud a managed orchestrator runs in, or null. */
export function cloudOf(orchestrator: OrchestratorFacts): string | null {
  return CLOUD_OF[orchestrator.id] ?? null;
}

/** A cloud by any of its names ("Google Cloud", "Amazon Web Services"), lower-cased as `cloudOf` spells it, or null. */
export function cloudName(name: string): string | null {
  const n = name.toLowerCase().replace(/\s+/g, ' ').trim();
  return PLATFORMS[n]?.toLowerCase() ?? CLOUD_ALIASES[n] ?? null;
}

const CLOUD_ALIASES: Record<string, string> = {
  'amazon web services': 'aws',
  'google cloud': 'gcp',
  'google cloud platform': 'gcp',
  'microsoft azure': 'azure',
};

export function alongside(reading: Reading, orchestrator: OrchestratorFacts): string[] {
  const names = (reading.categories.infrastructure ?? []).flatMap((item) => {
    const tools = findTools(item).filter((t) => t.category === 'infrastructure');
    if (tools.length) return tools.map((t) => (t.name === 'OpenAI' ? 'the OpenAI API' : t.name));
    const platform = PLATFORMS[item.toLowerCase()];
    return platform ? [platform] : [];
  });
  const said = new Set([orchestrator.label, CLOUD_OF[orchestrator.id]].filter(Boolean).map((n) => n!.toLowerCase()));
  const isOrchestrator = (name: string) => said.has(name.toLowerCase()) || orchestrator.aliases.includes(name.toLowerCase());
  return [...new Set(names)].filter((n) => !NOT_INFRASTRUCTURE.has(n) && !isOrchestrator(n));
}
