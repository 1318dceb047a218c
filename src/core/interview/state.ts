/**
 * The interview's whole persistent state: the log of answers, nothing derived.
 * Everything the user sees (questions, notices, the architecture) is recomputed by replaying
 * this log, so an earlier answer can change and the rest follows, and the state stays small,
 * JSON-safe and versioned.
 */
import * as z from 'zod';
import { AnswerValueSchema } from './questions';
import { ReadingSchema } from '../reading/reading';
import { ModelReplySchema, type ModelReply } from '../assist/interpret';

/** Bump when the shape changes; `loadState` then migrates older versions or names why it cannot. */
export const STATE_VERSION = 1;

export const AnswerEntrySchema = z.object({
  questionId: z.string().min(1),
  value: AnswerValueSchema,
  /**
   * For free-text answers: the reading after this answer. Stored, not recomputed on replay, so a
   * language model's refined reading (handed in through `answer`'s `opts.reading`) survives reloads.
   */
  reading: ReadingSchema.optional(),
  /**
   * For free-text answers a language model read: its model id and reply, verbatim. Replay derives
   * the reading and proposals from it again (pure), so resuming or going back never calls the model.
   * Absent in logs written before it existed, and for answers read offline.
   */
  model: ModelReplySchema.optional(),
});
export type AnswerEntry = z.infer<typeof AnswerEntrySchema>;

export const InterviewStateSchema = z.object({
  version: z.literal(STATE_VERSION),
  /** Answers in the order the questions were asked. */
  answers: z.array(AnswerEntrySchema),
  /** An answered question the user went back to: it is shown again until answered. */
  revisiting: z.string().nullable(),
});
export type InterviewState = z.infer<typeof InterviewStateSchema>;

export function initialState(): InterviewState {
  return { version: STATE_VERSION, answers: [], revisiting: null };
}

export function serialize(state: InterviewState): string {
  return JSON.stringify(state);
}

export type LoadResult = { ok: true; state: InterviewState } | { ok: false; error: string };

/**
 * Reads a saved state: a JSON string or an already parsed value. Version 1 is the first
 * released shape, so there is nothing to migrate yet; any other version is refused with a
 * message that says what to do, never half-loaded.
 */
export function loadState(json: unknown): LoadResult {
  let raw = json;
  if (typeof json === 'string') {
    try {
      raw = JSON.parse(json);
    } catch (e) {
      return { ok: false, error: `The saved interview is not valid JSON (${(e as Error).message}).` };
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'The saved interview is not an interview state (expected a JSON object).' };
  }
  const version = (raw as { version?: unknown }).version;
  if (version !== STATE_VERSION) {
    const seen = typeof version === 'number' ? `version ${version}` : 'no version';
    return {
      ok: false,
      error: `The saved interview has ${seen}; this ZenML Scope reads version ${STATE_VERSION}. Start a new interview (your description can be pasted again).`,
    };
  }
  const parsed = InterviewStateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `The saved interview is damaged at ${issue.path.join('.') || '(root)'}: ${issue.message}.` };
  }
  return { ok: true, state: parsed.data };
}

/** The model reply saved with the same text for this question, so answering it again never asks the model again. */
export function savedModelReply(state: InterviewState, questionId: string, text: string): ModelReply | undefined {
  return state.answers.find((a) => a.questionId === questionId && a.value.kind === 'text' && a.value.text === text)?.model;
}
