/** Type guards for state restored from `getState` (it may come from an older webview). */
import type { ZodType } from 'zod';

export const isString = (v: unknown): v is string => typeof v === 'string';

export function matches<T>(schema: ZodType<T>): (v: unknown) => v is T {
  return (v: unknown): v is T => schema.safeParse(v).success;
}
