/**
 * How large a document the linter takes. Lint is linear, but an architecture document is a few
 * hundred lines: far beyond that, linting on every keystroke would only stall the editor. The CLI
 * refuses a bigger file; the editor shows why it has no findings.
 */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Why `text` is not linted, or null when it is within the limit (UTF-8 bytes, as on disk). */
export function oversize(text: string): string | null {
  // Three bytes per UTF-16 unit at most: most text is decided without encoding it.
  if (text.length * 3 <= MAX_DOCUMENT_BYTES) return null;
  if (new TextEncoder().encode(text).length <= MAX_DOCUMENT_BYTES) return null;
  return `larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB, so ZenML Scope does not lint it (an architecture document is a few hundred lines)`;
}
