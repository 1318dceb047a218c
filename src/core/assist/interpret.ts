/**
 * A stored model reply → what the engine takes from it: the grounded `Reading`, the checked
 * proposals and the notes on everything dropped or corrected. Pure and deterministic, so replaying
 * the answer log re-derives the same result from the reply without calling the model again.
 */
import * as z from 'zod';
import type { Reading } from '../reading/reading';
import { namesRelease } from '../reading/release';
import type { ModelReading } from './answer';
import type { CheckedProposals } from './checked';
import type { ModelEndpoint } from './endpoint';
import { withoutExamples } from './examples';
import { groundReading } from './grounding';
import { parseReply } from './parse';
import { promptMessages } from './prompt';
import { checkProposals } from './rules';
import { toReading } from './toReading';

/** What the answer log keeps of a model's reading: who answered and the reply, verbatim. */
export const ModelReplySchema = z.object({ model: z.string().min(1), reply: z.string() });
export type ModelReply = z.infer<typeof ModelReplySchema>;

export interface Interpretation {
  reading: Reading;
  proposals: CheckedProposals;
  notes: string[];
}

export function interpret(text: string, reply: string, previous: Reading | null): { ok: true; value: Interpretation } | { ok: false; error: string } {
  const parsed = parseReply(reply);
  if (!parsed.ok) return parsed;
  const grounded = groundReading(parsed.answer.reading, text);
  const released = withoutRelease(grounded.reading);
  const modelled = withoutExamples(released.reading, text);
  const reading = toReading(modelled.reading, text, previous);
  const checked = checkProposals(parsed.answer.proposals, reading);
  return { ok: true, value: { reading, proposals: checked.proposals, notes: [...grounded.notes, ...released.notes, ...modelled.notes, ...checked.notes] } };
}

/**
 * The answer's kinds have no release: a model files "release new versions" as an action on predictions,
 * which the method keeps out of pipelines. The engine plans the release itself (`planning/release.ts`).
 */
function withoutRelease(m: ModelReading): { reading: ModelReading; notes: string[] } {
  const release = m.components.filter((c) => c.kind === 'action' && namesRelease(`${c.name} ${c.quote}`));
  if (!release.length) return { reading: m, notes: [] };
  return {
    reading: { ...m, components: m.components.filter((c) => !release.includes(c)) },
    notes: release.map((c) => `Planned "${c.name}" as the engine's release work, not as an action on predictions: releasing a model version is no decision taken on a prediction.`),
  };
}

/**
 * Asks the model to read `text` (one call). A failed, refused, cancelled or unusable reply is
 * `{ok: false}` with one line: the caller reads offline and says so.
 */
export async function askModel(endpoint: ModelEndpoint, text: string, signal?: AbortSignal): Promise<{ ok: true; value: ModelReply } | { ok: false; error: string }> {
  const done = await endpoint.complete(promptMessages(text), signal ? { signal } : {});
  if (!done.ok) return done;
  const usable = parseReply(done.text);
  if (!usable.ok) return { ok: false, error: `${usable.error} (${done.model})` };
  return { ok: true, value: { model: done.model, reply: done.text } };
}

export function offlineNotice(error: string): string {
  return `Read offline: the language model could not read the description (${error}).`;
}
