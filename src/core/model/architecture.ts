/**
 * The architecture a `pipeline_architecture.md` describes, as one zod schema.
 * Types come from the schema (z.infer) so the two can never drift apart.
 *
 * Free-text fields stay prose (the template asks for prose); only what rules and
 * the DAG must reason about is structured: steps, the Model Control Plane roles,
 * the phase label, whether a pipeline is dynamic, and the items of the three list
 * fields (data sources, key artifacts, orchestrator requirements), each item itself prose.
 */
import * as z from 'zod/mini';

export const StepSchema = z.object({
  /** snake_case name as written, e.g. `load_transactions`. */
  name: z.string().check(z.minLength(1)),
  /** What the step does, in prose. */
  description: z.string(),
  /** The artifact it produces ("→ produces …"); empty when the doc does not say. */
  produces: z.string(),
});
export type Step = z.infer<typeof StepSchema>;

/**
 * A pipeline's relation to the Model Control Plane. `model: null` means the
 * pipeline does not use it ("not applicable").
 */
export const ModelControlPlaneSchema = z.object({
  model: z.nullable(z.string().check(z.minLength(1))),
  /** Each run creates a new model version. */
  producesVersions: z.boolean(),
  /** The stage this pipeline promotes a version to (e.g. `production`), if any. */
  promotesTo: z.nullable(z.string().check(z.minLength(1))),
  /** The stage this pipeline reads the model from (e.g. `production`), if any. */
  consumesStage: z.nullable(z.string().check(z.minLength(1))),
});
export type ModelControlPlane = z.infer<typeof ModelControlPlaneSchema>;

export const PipelineSchema = z.object({
  name: z.string().check(z.minLength(1)),
  /** Phase label from the heading: `MVP`, `Phase 2`, `Phase 3`, … */
  phase: z.string().check(z.minLength(1)),
  purpose: z.string(),
  trigger: z.string(),
  steps: z.array(StepSchema),
  /** Where the input data comes from, one item per source, in prose. */
  dataSources: z.array(z.string().check(z.minLength(1))),
  /** The outputs that matter, one item each, in prose that says why (who reads it, what is versioned). */
  keyArtifacts: z.array(z.string().check(z.minLength(1))),
  /** What running it needs, one item each: the orchestrator, then compute, network access, a scheduler… */
  orchestrator: z.array(z.string().check(z.minLength(1))),
  modelControlPlane: ModelControlPlaneSchema,
  /** Served over HTTP with `pipeline.deploy()`. */
  deployed: z.boolean(),
  /** `@pipeline(dynamic=True)`: runtime fan-out. */
  dynamic: z.boolean(),
  /** Stated latency budget in milliseconds for deployed pipelines, when known. */
  latencyBudgetMs: z.nullable(z.number().check(z.positive())),
});
export type Pipeline = z.infer<typeof PipelineSchema>;

/** Something the user wanted that is not a pipeline, and what to use instead. */
export const NotAPipelineSchema = z.object({
  name: z.string().check(z.minLength(1)),
  reason: z.string(),
  alternative: z.string(),
});
export type NotAPipeline = z.infer<typeof NotAPipelineSchema>;

export const DeferredSchema = z.object({
  name: z.string().check(z.minLength(1)),
  reason: z.string(),
});
export type Deferred = z.infer<typeof DeferredSchema>;

export const ArchitectureSchema = z.object({
  project: z.string().check(z.minLength(1)),
  overview: z.string(),
  pipelines: z.array(PipelineSchema),
  /** Prose paragraph(s) of the Cross-Pipeline Data Flow section. */
  dataFlow: z.string(),
  notAPipeline: z.array(NotAPipelineSchema),
  deferred: z.array(DeferredSchema),
  openQuestions: z.array(z.string().check(z.minLength(1))),
  team: z.object({
    /** Engineers maintaining the pipelines, when the document states it. */
    engineers: z.nullable(z.int().check(z.positive())),
  }),
});
export type Architecture = z.infer<typeof ArchitectureSchema>;

/** An empty but valid architecture: the starting point of the interview. */
export function emptyArchitecture(project = 'Untitled ML System'): Architecture {
  return {
    project,
    overview: '',
    pipelines: [],
    dataFlow: '',
    notAPipeline: [],
    deferred: [],
    openQuestions: [],
    team: { engineers: null },
  };
}

export function emptyModelControlPlane(): ModelControlPlane {
  return { model: null, producesVersions: false, promotesTo: null, consumesStage: null };
}
