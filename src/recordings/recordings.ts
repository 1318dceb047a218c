/**
 * Recordings (Node only: hashing and files): a real model's reply to the product's exact prompt for one description, stored
 * verbatim so tests and CI replay it without a model. A recording answers one prompt hash; when
 * the prompt or the schema changes, replay refuses it (naming the file) instead of serving a reply
 * to a question that was never asked.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { ANSWER_SCHEMA_VERSION, answerJsonSchema } from '../core/assist/answer';
import { REPLAY_PREFIX, type ModelEndpoint } from '../core/assist/endpoint';
import { promptMessages, promptText, type ChatMessage } from '../core/assist/prompt';

export const RecordingSchema = z.object({
  /** sha256 of the prompt text and the schema version (`promptHash`). */
  promptHash: z.string().regex(/^[0-9a-f]{64}$/),
  schemaVersion: z.number().int(),
  /** sha256 of the description alone: finds the recording whose prompt has since changed. */
  descriptionHash: z.string().regex(/^[0-9a-f]{64}$/),
  model: z.string().min(1),
  recordedAt: z.string(),
  /** The model's reply text, verbatim. */
  reply: z.string(),
});
export type Recording = z.infer<typeof RecordingSchema>;

/** Of the trimmed description, as the prompt carries it. */
/**
 * sha256 of the prompt text and the answer schema (its version and the JSON Schema sent with it):
 * what a recording answers. A schema change the version bump forgot still invalidates recordings.
 */
export function promptHash(messages: readonly ChatMessage[]): string {
  return createHash('sha256').update(`${ANSWER_SCHEMA_VERSION}\n${JSON.stringify(answerJsonSchema())}\n${promptText(messages)}`).digest('hex');
}

export function descriptionHash(description: string): string {
  return createHash('sha256').update(description.trim()).digest('hex');
}

export function makeRecording(description: string, reply: string, model: string, recordedAt: string): Recording {
  return {
    promptHash: promptHash(promptMessages(description)),
    schemaVersion: ANSWER_SCHEMA_VERSION,
    descriptionHash: descriptionHash(description),
    model,
    recordedAt,
    reply,
  };
}

/** The user message of a prompt carries the description between triple quotes. */
export function descriptionOf(messages: readonly ChatMessage[]): string | null {
  const user = messages.find((m) => m.role === 'user')?.content ?? '';
  const m = /^Description:\n"""\n([\s\S]*)\n"""$/.exec(user);
  return m ? m[1]! : null;
}

export type Lookup = { ok: true; recording: Recording; file: string } | { ok: false; error: string };

/** The recording in `dir` that answers `messages`, or why there is none. */
export function findRecording(dir: string, messages: readonly ChatMessage[]): Lookup {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n: string) => n.endsWith('.json')).sort();
  } catch {
    return { ok: false, error: `no recordings folder at ${dir}` };
  }
  const hash = promptHash(messages);
  const description = descriptionOf(messages);
  const wanted = description === null ? null : descriptionHash(description);
  for (const name of names) {
    const file = join(dir, name);
    const parsed = RecordingSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) return { ok: false, error: `${file} is not a recording (${parsed.error.issues[0]!.message})` };
    if (parsed.data.promptHash === hash) return { ok: true, recording: parsed.data, file };
    if (parsed.data.descriptionHash === wanted) {
      return { ok: false, error: `${file} was recorded for another prompt (hash ${parsed.data.promptHash.slice(0, 12)}, now ${hash.slice(0, 12)}): record it again` };
    }
  }
  return { ok: false, error: `no recording in ${dir} answers prompt ${hash.slice(0, 12)}` };
}

/** Serves the recordings in `dir` as a model: `--model-url replay:<dir>`. */
export function replayEndpoint(dir: string): ModelEndpoint {
  return {
    id: `${REPLAY_PREFIX}${dir}`,
    complete: async (messages, { signal }) => {
      if (signal?.aborted) return { ok: false, error: 'the model call was cancelled' };
      const found = findRecording(dir, messages);
      return found.ok ? { ok: true, text: found.recording.reply, model: found.recording.model } : { ok: false, error: `replay: ${found.error}` };
    },
  };
}
