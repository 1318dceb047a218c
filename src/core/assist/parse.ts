/** The model's reply text → a validated answer, or one line saying why not. */
import { ModelAnswerSchema, type ModelAnswer } from './answer';

/** The outermost `{…}`: models like to wrap JSON in prose or a code fence despite being told not to. */
function jsonIn(reply: string): unknown {
  const start = reply.indexOf('{');
  const end = reply.lastIndexOf('}');
  if (start < 0 || end <= start) throw new Error('no JSON object in the reply');
  return JSON.parse(reply.slice(start, end + 1));
}

/** How many left-out fields one reply may have filled in before it is refused. */
const MAX_FILLED = 200;

/**
 * Real models leave out a field the schema marks as nullable ("instead" where nothing is instead):
 * a field left out is read as null, and only then is the reply held to the schema. A field that
 * cannot be null stays an error.
 */
export function parseReply(reply: string): { ok: true; answer: ModelAnswer } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = jsonIn(reply);
  } catch (e) {
    return { ok: false, error: `the model's reply is not JSON (${(e as Error).message})` };
  }
  let parsed = ModelAnswerSchema.safeParse(json);
  const first = parsed.success ? null : parsed.error.issues[0]!;
  for (let filled = 0; !parsed.success && filled < MAX_FILLED; filled++) {
    const issue = parsed.error.issues[0]!;
    if (issue.code !== 'invalid_type' || !/received undefined/.test(issue.message) || !setNull(json, issue.path)) break;
    parsed = ModelAnswerSchema.safeParse(json);
  }
  if (parsed.success) return { ok: true, answer: parsed.data };
  const issue = first ?? parsed.error.issues[0]!;
  return { ok: false, error: `the model's reply does not fit the schema at ${issue.path.join('.') || '(root)'}: ${issue.message}` };
}

/** Sets the left-out field at `path` to null; false when the path does not lead to a field of an object. */
function setNull(json: unknown, path: readonly PropertyKey[]): boolean {
  let at: unknown = json;
  for (const key of path.slice(0, -1)) {
    if (typeof at !== 'object' || at === null) return false;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  const last = path[path.length - 1];
  if (typeof at !== 'object' || at === null || Array.isArray(at) || last === undefined || Object.hasOwn(at, last)) return false;
  (at as Record<PropertyKey, unknown>)[last] = null;
  return true;
}
