/** What a lint run hands to the formatters. */
import type { Diagnostic } from '../../core/lint/types';

export interface FileResult {
  /** As shown to the user: relative to the working directory, forward slashes. */
  file: string;
  diagnostics: Diagnostic[];
}

export interface RunSummary {
  results: FileResult[];
  /** Files `--fix` rewrote. */
  fixedFiles: number;
  /** ANSI colour in the text format (a terminal without NO_COLOR). */
  color?: boolean;
}

/** 1-based line/column pairs as editors and CI annotations count; the end column is exclusive. */
export function oneBased(d: Diagnostic): { line: number; column: number; endLine: number; endColumn: number } {
  const { start, end } = d.range;
  const endsAfterStart = end.line > start.line || (end.line === start.line && end.character >= start.character);
  return {
    line: start.line + 1,
    column: start.character + 1,
    endLine: endsAfterStart ? end.line + 1 : start.line + 1,
    endColumn: endsAfterStart ? end.character + 1 : start.character + 1,
  };
}
