/** Type guards for state restored from `getState` (it may come from an older webview). */
import type { ZodMiniType } from 'zod/mini';

export const isString = (v: unknown): v is string => typeof v === 'string';

export function matches<T>(schema: ZodMiniType<T>): (v: unknown) => v is T {
  return (v: unknown): v is T => schema.safeParse(v).success;
}
