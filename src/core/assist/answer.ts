/**
 * What the language model answers, as zod schemas: the one boundary between its reply and the engine.
 * Every field is required (nullable where it may be unknown) and the derived JSON Schema closes every
 * object (`additionalProperties: false`), as endpoints enforcing `json_schema` strictly require; parsing
 * still strips keys a model adds without structured output, rather than refusing the whole reply.
 * Every item read from the description carries a `quote`: the grounding check keeps only items whose
 * quote occurs in the text.
 */
import * as z from 'zod';
import { CadenceSchema, MentionedComponentSchema, ModelMentionSchema, SystemSchema } from '../reading/reading';
import { BUCKETS } from '../planning/proposals';
import { READINESS_SIGNALS } from '../reading/readiness';

/** Bump when the meaning of an answer changes: recordings are keyed by it (and by the prompt and JSON Schema). */
export const ANSWER_SCHEMA_VERSION = 1;

const quote = z.string().describe('Exact words copied from the description that this item comes from.');

export const ModelComponentSchema = z.object({
  name: z.string().describe('Short name, e.g. "Weekly model training".'),
  kind: MentionedComponentSchema.shape.kind,
  cadence: CadenceSchema.nullable(),
  latencyMs: z.number().positive().nullable(),
  owner: z.string().nullable(),
  fanOut: z.string().nullable().describe('What the work fans out over at runtime (batch, document, fold, trial), or null.'),
  quote,
});

export const ModelReadingSchema = z.object({
  components: z.array(ModelComponentSchema),
  sources: z.array(z.object({ name: z.string(), detail: z.string().nullable(), quote })),
  systems: z.array(z.object({ name: z.string(), role: SystemSchema.shape.role, quote })),
  models: z.array(z.object({ name: z.string(), trained: ModelMentionSchema.shape.trained, use: ModelMentionSchema.shape.use, quote })),
  tools: z.array(z.object({ name: z.string(), quote })),
  team: z.object({ engineers: z.number().int().positive().nullable(), roles: z.array(z.string()), quote: z.string().nullable() }),
  latency: z.object({ ms: z.number().positive(), quote }).nullable(),
  readinessSignals: z.array(z.object({ signal: z.enum(READINESS_SIGNALS), quote })),
  goal: z.enum(['automate-training', 'deploy-predictions', 'data-quality', 'retrain-on-drift', 'unknown']),
  project: z.string().nullable(),
  usesZenml: z.boolean(),
  unplaced: z.array(z.object({ quote, reason: z.string() })),
});
export type ModelReading = z.infer<typeof ModelReadingSchema>;

export const ModelStepSchema = z.object({
  name: z.string().describe('A single identifier, e.g. load_transactions.'),
  does: z.string(),
  produces: z.string(),
});

export const ModelProposalsSchema = z.object({
  components: z.array(
    z.object({
      component: z.string().describe('The name of a component of the reading.'),
      bucket: z.enum(BUCKETS),
      reason: z.string(),
      instead: z.string().nullable().describe('For not-a-pipeline: what to use instead; otherwise null.'),
    }),
  ),
  pipelines: z.array(
    z.object({
      name: z.string(),
      purpose: z.string(),
      trigger: z.string(),
      components: z.array(z.string()).describe('Names of the components of the reading this pipeline covers.'),
      steps: z.array(ModelStepSchema),
      artifacts: z.array(z.object({ name: z.string(), why: z.string() })),
    }),
  ),
  dataFlow: z.array(z.string()),
  openQuestions: z.array(z.string()),
});
export type ModelProposals = z.infer<typeof ModelProposalsSchema>;

export const ModelAnswerSchema = z.object({ reading: ModelReadingSchema, proposals: ModelProposalsSchema });
export type ModelAnswer = z.infer<typeof ModelAnswerSchema>;

/** The JSON Schema sent as `response_format`, derived from the zod schema so the two cannot drift. */
export function answerJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ModelAnswerSchema, { target: 'draft-7' }) as Record<string, unknown>;
}
