/**
 * The linter's vocabulary: rules as data, diagnostics as data, fixes as data.
 * The host turns these into vscode.Diagnostic / WorkspaceEdit; the CLI into text, JSON or SARIF.
 */
import type { ParsedDocument, SourceRange } from '../markdown/document';
import type { ResolvedConfig, Severity } from './config';

export type { Severity };

export type RuleCategory = 'structure' | 'forbidden' | 'smell';

export interface TextEdit {
  range: SourceRange;
  newText: string;
}

export interface Fix {
  /** Shown as the quick fix's title, e.g. "Insert the missing Trigger field". */
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by `--fix` and fix-all, and preferred in the editor. */
  safe: boolean;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: SourceRange;
  fixes: Fix[];
}

/** What a rule reports; the engine fills in the rule slug and the configured severity. */
export interface Report {
  message: string;
  range: SourceRange;
  fixes?: Fix[];
  /** Overrides the rule's severity for this one finding (e.g. `open-questions` at 5+). */
  severity?: Severity;
}

export interface RuleContext {
  doc: ParsedDocument;
  config: ResolvedConfig;
  report(finding: Report): void;
}

export interface RuleDocs {
  /** One line: what it checks. */
  checks: string;
  /** Why, in the seed's reasoning and our own words: the concrete cost. */
  why: string;
  /** A short markdown snippet that triggers the rule. */
  example: string;
  /** What the quick fix does, or why there is none. */
  fix: string;
  /** Which seed (or ZenML docs page) the rule comes from. */
  source: string;
}

export interface Rule {
  /** Stable slug: used in output, config and suppression comments. Never rename. */
  slug: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  docs: RuleDocs;
  check(ctx: RuleContext): void;
}
