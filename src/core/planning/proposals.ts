/**
 * What planning makes of the reading and what the user answers back: a component in its bucket,
 * a pipeline proposal, and the one check both the engine and the webview run on a proposal.
 */
import * as z from 'zod/mini';
import { StepSchema } from '../model/architecture';

export const BUCKETS = ['pipeline', 'deployed', 'not-a-pipeline', 'defer'] as const;
export const BucketSchema = z.enum(BUCKETS);
export type Bucket = z.infer<typeof BucketSchema>;

export const ClassifiedComponentSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The user's words it came from. */
  text: z.string(),
  bucket: BucketSchema,
  recommended: BucketSchema,
  reason: z.string(),
  alternative: z.optional(z.string()),
});
export type ClassifiedComponent = z.infer<typeof ClassifiedComponentSchema>;

export const PipelineProposalSchema = z.object({
  name: z.string().check(z.minLength(1)),
  trigger: z.string().check(z.minLength(1)),
  steps: z.array(StepSchema).check(z.minLength(1)),
});
export type PipelineProposal = z.infer<typeof PipelineProposalSchema>;

/**
 * How big an answered pipeline may be. Far above what the seed recommends (3-7 steps, short
 * names), so only a runaway or hostile answer meets them; without them a 20,000-step proposal or
 * a 2 MB name would be saved into the workspace state and overwhelm the DAG's layout.
 */
export const PROPOSAL_LIMITS = { steps: 30, name: 120, trigger: 300, stepName: 80, description: 2000, produces: 300 } as const;

/** A single identifier, as ZenML step functions are named: load_transactions, score-batch. */
export const STEP_NAME = /^[A-Za-z][\w-]*$/;

/** Which field a problem is about, so a form can mark it: `name`, `trigger`, `steps` or `step:<index>`. */
export type ProposalField = 'name' | 'trigger' | 'steps' | `step:${number}`;
type ProposalProblem = { field: ProposalField; text: string };

/** A proposal beyond `PROPOSAL_LIMITS`, or null. */
function oversized(p: PipelineProposal): ProposalProblem | null {
  const L = PROPOSAL_LIMITS;
  if (p.name.length > L.name) return { field: 'name', text: `Keep the pipeline name under ${L.name} characters.` };
  if (p.trigger.length > L.trigger) return { field: 'trigger', text: `Keep the trigger under ${L.trigger} characters.` };
  if (p.steps.length > L.steps) return { field: 'steps', text: `${p.steps.length} steps is more than one pipeline can hold (at most ${L.steps}): split it into pipelines of 3-7 steps.` };
  const i = p.steps.findIndex((s) => s.name.length > L.stepName || s.description.length > L.description || s.produces.length > L.produces);
  if (i >= 0) return { field: `step:${i}`, text: `Step ${i + 1}: keep its name under ${L.stepName} characters, what it does under ${L.description} and what it produces under ${L.produces}.` };
  return null;
}

/**
 * What is wrong with an answered pipeline, said for the user, or null. The one rule: the engine
 * refuses what it returns, and the webview checks it before sending (and marks the field).
 */
export function proposalProblem(p: PipelineProposal): ProposalProblem | null {
  const name = p.name.trim();
  if (!name) return { field: 'name', text: 'Give the pipeline a name.' };
  if (!p.trigger.trim()) return { field: 'trigger', text: `Say what triggers ${name} (a schedule, manual, or an event).` };
  if (p.steps.length === 0) return { field: 'steps', text: 'Keep at least one step.' };
  const tooBig = oversized(p);
  if (tooBig) return tooBig;
  const names = p.steps.map((s) => s.name.trim());
  for (const [i, n] of names.entries()) {
    if (!n) return { field: `step:${i}`, text: `Step ${i + 1} needs a name.` };
    if (!STEP_NAME.test(n)) return { field: `step:${i}`, text: `Step ${i + 1}: step names are single identifiers like load_transactions (letters, digits, _ or -), no spaces.` };
    if (names.indexOf(n) !== i) return { field: `step:${i}`, text: `Two steps are called ${n}: give each step its own name.` };
  }
  return null;
}

/** An answered proposal: the same shape, bounded, so an oversized one is refused before it reaches the engine or the state. */
export const AnsweredProposalSchema = PipelineProposalSchema.check(
  z.superRefine((p, ctx) => {
    const problem = oversized(p);
    if (problem) ctx.issues.push({ code: 'custom', message: problem.text, input: p });
  }),
);

/**
 * How much the board may hold beyond the reader's cards. Far above real use (a reading keeps at most
 * 40 unplaced clauses), so only a runaway or hostile answer meets them: the webview is untrusted, and
 * what it sends is saved into the workspace state and drawn in the DAG.
 */
export const BOARD_LIMITS = { added: 30, text: 500, name: 80, names: 100, clauses: 40, id: 100 } as const;

const CardIdSchema = z.string().check(z.minLength(1), z.maxLength(BOARD_LIMITS.id));
/** One line, not blank: a name lands in the document's lists and the DAG's labels. */
const CardNameSchema = z.string().check(
  z.maxLength(BOARD_LIMITS.name),
  z.refine((s) => s.trim().length > 0 && !/[\u0000-\u001f\u007f]/.test(s), 'A name is one line of text, not blank.'),
);
const boundedRecord = <T extends z.ZodMiniType>(value: T, max: number) =>
  z.record(CardIdSchema, value).check(z.refine((r) => Object.keys(r).length <= max, `At most ${max} entries.`));

/** A component the reader missed, typed in on the board: its words, and an id of its own. */
const AddedComponentSchema = z.object({
  id: z.string().check(z.regex(/^added-[1-9]\d{0,5}$/)),
  text: z.string().check(z.maxLength(BOARD_LIMITS.text), z.refine((s) => s.trim().length > 0 && !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s), 'Describe the component in a few words.')),
  bucket: BucketSchema,
});

/**
 * What the user did on the board beyond moving the reader's cards: renamed cards (any id), clauses
 * the reader could not place now placed in a bucket or dismissed (by the clause's id), components
 * added by hand, and which clauses were on the board. Answers saved before these existed have none of them, hence the defaults.
 */
export const BoardEditsShape = {
  names: z._default(boundedRecord(CardNameSchema, BOARD_LIMITS.names), {}),
  placed: z._default(boundedRecord(BucketSchema, BOARD_LIMITS.clauses), {}),
  dismissed: z._default(z.array(CardIdSchema).check(z.maxLength(BOARD_LIMITS.clauses)), []),
  added: z._default(z.array(AddedComponentSchema).check(z.maxLength(BOARD_LIMITS.added)), []),
  /**
   * The unplaced clauses the board showed when it was answered: a changed description that brings a
   * clause not among them shows the board again. Null in answers saved before it (nothing to compare).
   */
  shown: z._default(z.nullable(z.array(CardIdSchema).check(z.maxLength(BOARD_LIMITS.clauses))), null),
};
export const BoardEditsSchema = z.object(BoardEditsShape);
export type BoardEdits = z.infer<typeof BoardEditsSchema>;
export const NO_BOARD_EDITS: BoardEdits = { names: {}, placed: {}, dismissed: [], added: [], shown: null };

/** A clause the reader could not place, as the board shows it: an id to answer about, the words, why. */
export const UnplacedCardSchema = z.object({ id: z.string(), text: z.string(), reason: z.string() });
export type UnplacedCard = z.infer<typeof UnplacedCardSchema>;
