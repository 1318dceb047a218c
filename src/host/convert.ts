/**
 * Core ↔ VS Code value conversions, in one place: positions and ranges are both 0-based, so the mapping is
 * direct; severities map by name; a rule's code opens its entry in the shipped docs/rules.md, at its line.
 */
import * as vscode from 'vscode';
import type { SourceRange } from '../core/markdown/document';
import { ruleDocLine } from '../core/lint/catalogue';
import type { Diagnostic, Severity, TextEdit } from '../core/lint/types';

/** `Diagnostic.source` of every finding, so code actions can tell ours from other linters'. */
export const DIAGNOSTIC_SOURCE = 'zenml-scope';

export function toRange(r: SourceRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** `rulesDoc`: the extension's own docs/rules.md; the code link opens it at the rule (`#L<line>`), offline. */
export function toDiagnostic(d: Diagnostic, rulesDoc: vscode.Uri): vscode.Diagnostic {
  const out = new vscode.Diagnostic(toRange(d.range), d.message, SEVERITY[d.severity]);
  out.source = DIAGNOSTIC_SOURCE;
  out.code = { value: d.rule, target: rulesDoc.with({ fragment: `L${ruleDocLine(d.rule)}` }) };
  return out;
}

/** The rule slug of one of our diagnostics, or undefined for anyone else's. */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE || typeof d.code !== 'object') return undefined;
  return String(d.code.value);
}

export function toWorkspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toRange(e.range), e.newText);
  return edit;
}
