/**
 * The questions the engine asks and the answers it accepts, as zod schemas: the webview
 * draws them, the host validates answers against them before the engine sees them.
 */
import * as z from 'zod/mini';
import { AnsweredProposalSchema, BoardEditsSchema, BoardEditsShape, BucketSchema, ClassifiedComponentSchema, PipelineProposalSchema, UnplacedCardSchema } from '../planning/proposals';

export const PHASES = ['picture', 'classify', 'decompose', 'mvp', 'document'] as const;
export const PhaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof PhaseSchema>;
export const PHASE_LABELS: Record<Phase, string> = {
  picture: 'Full picture',
  classify: 'Classify',
  decompose: 'Decompose',
  mvp: 'MVP',
  document: 'Document',
};

/** A push-back card: a red flag the engine spotted, with its concrete cost. */
export const NoticeSchema = z.object({
  /** Linter slug where the linter has the rule (`meta-pipeline`, …), else the engine's own (`automate-everything`). */
  rule: z.string(),
  message: z.string(),
  tone: z.enum(['pushback', 'info', 'redirect']),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const OptionSchema = z.object({ id: z.string(), label: z.string(), detail: z.optional(z.string()) });
export type Option = z.infer<typeof OptionSchema>;

const base = {
  id: z.string(),
  phase: PhaseSchema,
  title: z.string(),
  prompt: z.string(),
  /** The why of the question, in the seed's style: what it costs to get this wrong. */
  why: z.string(),
  notices: z.array(NoticeSchema),
};

export const QuestionSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('text'), placeholder: z.string(), value: z.string() }),
  z.object({ ...base, kind: z.literal('single'), options: z.array(OptionSchema), value: z.nullable(z.string()) }),
  z.object({ ...base, kind: z.literal('multi'), options: z.array(OptionSchema), value: z.array(z.string()) }),
  z.object({
    ...base,
    kind: z.literal('classify'),
    components: z.array(ClassifiedComponentSchema),
    /** What the reader could not place, for the user to place or dismiss. */
    unplaced: z.array(UnplacedCardSchema),
    /** The user's edits beyond moves (renames, placed, dismissed, added) from the answer when going back, and the clauses shown. */
    board: BoardEditsSchema,
  }),
  z.object({
    ...base,
    kind: z.literal('pipeline'),
    /** Which proposed pipeline this is (1-based) and how many there are. */
    position: z.int().check(z.positive()),
    of: z.int().check(z.positive()),
    proposal: PipelineProposalSchema,
  }),
  z.object({
    ...base,
    kind: z.literal('mvp'),
    pipelines: z.array(z.object({ name: z.string(), summary: z.string() })),
    recommended: z.string(),
    reason: z.string(),
    value: z.nullable(z.string()),
  }),
  z.object({ ...base, kind: z.literal('review'), markdown: z.string() }),
]);
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionKind = Question['kind'];

/** Answers, one shape per question kind. */
export const AnswerValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().check(z.maxLength(1_000_000)) }),
  z.object({ kind: z.literal('single'), option: z.string() }),
  z.object({ kind: z.literal('multi'), options: z.array(z.string()).check(z.maxLength(200)) }),
  z.object({ kind: z.literal('classify'), buckets: z.record(z.string(), BucketSchema), ...BoardEditsShape }),
  z.object({ kind: z.literal('pipeline'), proposal: AnsweredProposalSchema }),
  z.object({ kind: z.literal('mvp'), pipeline: z.string() }),
  z.object({ kind: z.literal('review'), accept: z.literal(true) }),
]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;
/** An answer as sent, before parsing fills in the defaults (an old log's board answer has only `buckets`). */
export type AnswerInput = z.input<typeof AnswerValueSchema>;

/** What the webview needs to draw the interview: no engine internals. */
export const InterviewViewSchema = z.object({
  phase: PhaseSchema,
  /** The question to answer now; null when the interview is complete. */
  question: z.nullable(QuestionSchema),
  /** Questions already answered, oldest first, so the user can go back to any of them. */
  answered: z.array(z.object({ id: z.string(), phase: PhaseSchema, title: z.string() })),
  /** The next step after the document (e.g. build the MVP with the pipeline-authoring workflow). */
  nextStep: z.nullable(z.string()),
  /** Who read the description: a language model's id, null when read offline; absent before it is answered. */
  readBy: z.optional(z.nullable(z.string())),
});
export type InterviewView = z.infer<typeof InterviewViewSchema>;
