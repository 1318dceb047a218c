/** The model's reply text → a validated answer, or one line saying why not. */
import { ModelAnswerSchema, type ModelAnswer } from './answer';

/** The outermost `{…}`: models like to wrap JSON in prose or a code fence despite being told not to. */
function jsonIn(reply: string): unknown {
  const start = reply.indexOf('{');
  const end = reply.lastIndexOf('}');
  if (start < 0 || end <= start) throw new Error('no JSON object in the reply');
  return JSON.parse(reply.slice(start, end + 1));
}

export function parseReply(reply: string): { ok: true; answer: ModelAnswer } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = jsonIn(reply);
  } catch (e) {
    return { ok: false, error: `the model's reply is not JSON (${(e as Error).message})` };
  }
  const parsed = ModelAnswerSchema.safeParse(json);
  if (parsed.success) return { ok: true, answer: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, error: `the model's reply does not fit the schema at ${issue.path.join('.') || '(root)'}: ${issue.message}` };
}
