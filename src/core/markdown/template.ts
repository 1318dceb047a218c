/**
 * The template's vocabulary, shared by the renderer (which writes the canonical
 * form) and the parser (which reads the canonical form and its common variants).
 * Keeping both directions here is what makes the round trip hold by construction.
 */
import type { FieldId, SectionId } from './document';
import { budget as budgetText } from '../words';

/** Canonical H2 headings, in template order. */
export const SECTION_HEADINGS: Record<SectionId, string> = {
  overview: 'Overview',
  pipelineDecomposition: 'Pipeline Decomposition',
  crossPipelineDataFlow: 'Cross-Pipeline Data Flow',
  notAPipeline: 'Not-a-Pipeline Components',
  deferred: 'Deferred / Future Work',
  openQuestions: 'Open Questions',
};

/** Canonical per-pipeline field labels, in template order. */
export const FIELD_LABELS: Record<FieldId, string> = {
  purpose: 'Purpose',
  trigger: 'Trigger',
  steps: 'Steps',
  dataSources: 'Data sources',
  keyArtifacts: 'Key artifacts',
  orchestrator: 'Orchestrator requirements',
  modelControlPlane: 'Model Control Plane',
};

/** Fields whose value is a list of prose items: one renders inline, several as nested bullets. */
export const LIST_FIELDS = ['dataSources', 'keyArtifacts', 'orchestrator'] as const;
export type ListFieldId = (typeof LIST_FIELDS)[number];
export function isListField(id: FieldId): id is ListFieldId {
  return (LIST_FIELDS as readonly FieldId[]).includes(id);
}

/** The template's note after the Steps label. */
export const STEPS_NOTE = '(approximate — describe in prose, no code)';

export const TITLE_PREFIX = 'Pipeline Architecture:';

/** Body of a section (or value of a field) with nothing in it. */
export const NONE = 'None.';
/** Value of a per-pipeline field the architecture leaves empty. */
export const UNDECIDED = 'Not decided yet.';
/** Model Control Plane value of a pipeline that does not use it. */
export const MCP_NOT_USED = 'Not used.';
/** Appended to the first orchestrator requirement of a dynamic pipeline. */
export const DYNAMIC_MARKER = 'dynamic pipeline (fans out at runtime)';
/** Label of the extra field deployed pipelines carry. */
export const SERVING_LABEL = 'Serving';
/** Phase of a pipeline whose heading carries no label. */
export const UNLABELLED_PHASE = 'Unlabelled';

/**
 * The model only counts the people maintaining the pipelines, not their roles (data scientists,
 * ML engineers, a mix), so the sentence says "people" rather than claim a role it does not know.
 */
export function teamSentence(engineers: number): string {
  return engineers === 1
    ? 'Team: 1 person maintains these pipelines.'
    : `Team: ${engineers} people maintain these pipelines.`;
}

export function servingValue(latencyBudgetMs: number | null): string {
  const budget = latencyBudgetMs === null ? 'latency budget not yet stated' : `latency budget ${budgetText(latencyBudgetMs)}`;
  return `HTTP endpoint via \`pipeline.deploy()\`; ${budget}.`;
}

export const MCP_PHRASES = {
  producesVersions: 'produces a new version on every run',
  promotesTo: (stage: string) => `promotes passing versions to \`${stage}\``,
  consumesStage: (stage: string) => `reads the \`${stage}\` version`,
};

/** Lowercase, punctuation to spaces: `**Data Source:**` and `data-sources` compare alike. */
export function normalizeLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const SECTION_SYNONYMS: Record<SectionId, readonly string[]> = {
  overview: ['overview', 'summary', 'executive summary', 'system overview', 'project overview', 'context'],
  pipelineDecomposition: ['pipeline decomposition', 'pipelines', 'decomposition', 'pipeline breakdown', 'pipeline design'],
  crossPipelineDataFlow: [
    'cross pipeline data flow',
    'cross pipeline dataflow',
    'cross pipeline flow',
    'data flow',
    'dataflow',
    'pipeline data flow',
    'data flow between pipelines',
  ],
  notAPipeline: [
    'not a pipeline components',
    'not a pipeline component',
    'not a pipeline',
    'not pipelines',
    'non pipeline components',
    'components that are not pipelines',
    'outside the pipelines',
  ],
  deferred: ['deferred future work', 'deferred', 'future work', 'deferred work', 'deferred and future work', 'later phases', 'out of scope for now'],
  openQuestions: ['open questions', 'questions', 'open issues', 'unresolved questions'],
};

const FIELD_SYNONYMS: Record<FieldId, readonly string[]> = {
  purpose: ['purpose', 'goal', 'objective', 'what it does'],
  trigger: ['trigger', 'triggers', 'triggered by', 'schedule', 'cadence', 'when it runs'],
  steps: ['steps', 'step', 'stages', 'steps approximate', 'pipeline steps'],
  dataSources: ['data sources', 'data source', 'sources', 'inputs', 'input data', 'data inputs'],
  keyArtifacts: ['key artifacts', 'key artifact', 'artifacts', 'key artefacts', 'artefacts', 'outputs', 'key outputs'],
  orchestrator: [
    'orchestrator requirements',
    'orchestrator requirement',
    'orchestrator',
    'orchestration',
    'orchestrator needs',
    'infrastructure',
    'runs on',
  ],
  modelControlPlane: ['model control plane', 'mcp', 'model control plane mcp', 'model registry'],
};

function invert<K extends string>(table: Record<K, readonly string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const key of Object.keys(table) as K[]) for (const synonym of table[key]) map.set(synonym, key);
  return map;
}

const SECTION_BY_NAME = invert(SECTION_SYNONYMS);
const FIELD_BY_NAME = invert(FIELD_SYNONYMS);

export function sectionIdOf(heading: string): SectionId | null {
  return SECTION_BY_NAME.get(normalizeLabel(heading)) ?? null;
}

export function fieldIdOf(label: string): FieldId | null {
  return FIELD_BY_NAME.get(normalizeLabel(label)) ?? null;
}

/** Extra field labels folded onto one key (`extraFields.serving`); others keep their normalized label. */
const EXTRA_FIELD_SYNONYMS: Record<string, readonly string[]> = {
  serving: ['serving', 'deployment', 'endpoint', 'latency', 'latency budget', 'serving latency'],
};
const EXTRA_BY_NAME = invert(EXTRA_FIELD_SYNONYMS);

export function extraFieldKeyOf(label: string): string {
  const normalized = normalizeLabel(label);
  return EXTRA_BY_NAME.get(normalized) ?? normalized;
}
