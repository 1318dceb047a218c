/**
 * Webview messages the host must drop: random values, and valid messages broken one field at a time
 * (wrong literal, wrong type, missing field, over-long id, wrong protocol version, answer of an unknown kind).
 * Shared by the unit fuzz test and the one inside VS Code, so both feed the handler the same kinds of junk.
 */
import fc from 'fast-check';
import { WebviewMessageSchema } from '../../src/core/protocol';

const VALID: Record<string, unknown>[] = [
  { type: 'ready', protocol: 1 },
  { type: 'answer', questionId: 'picture', value: { kind: 'text', text: 'We train a churn model nightly from Snowflake.' } },
  { type: 'answer', questionId: 'mvp', value: { kind: 'mvp', pipeline: 'Churn Model Training' } },
  { type: 'draft', questionId: 'classify', value: { kind: 'classify', buckets: { dashboard: 'defer' } } },
  { type: 'revisit', questionId: 'picture' },
  { type: 'reset' },
  { type: 'write' },
  { type: 'export', format: 'svg' },
];

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.string(),
  fc.constantFrom('answer', 'draft', 'reset', 'write', 'export', 'ready', 'WRITE', 'reset ', '__proto__', 'constructor'),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object(),
  fc.constant('x'.repeat(300)),
  fc.constant({ kind: 'rm -rf' }),
  fc.constant({ kind: 'text', text: 42 }),
  fc.constant(2),
);

const mutated = fc
  .record({ base: fc.constantFrom(...VALID), key: fc.constantFrom('type', 'protocol', 'questionId', 'value', 'format', 'kind'), value: junk, drop: fc.boolean() })
  .map(({ base, key, value, drop }) => {
    const copy: Record<string, unknown> = { ...base };
    if (drop) delete copy[key];
    else copy[key] = value;
    return copy;
  });

/** Everything here fails the protocol schema (checked as it is generated). */
export const malformedMessage: fc.Arbitrary<unknown> = fc
  .oneof(fc.anything(), junk, mutated, fc.jsonValue())
  .filter((m) => !WebviewMessageSchema.safeParse(m).success);

/** A reproducible batch: `count` malformed messages from a fixed seed. */
export function malformedBatch(count: number, seed = 20_241_123): unknown[] {
  return fc.sample(malformedMessage, { numRuns: count, seed });
}
