/**
 * The one CodeActionProvider. For each of our diagnostics under the cursor: the rule's own fixes (the first
 * safe one preferred), "fix all of this rule" when it has several fixable findings, and the suppression
 * comments for the line and the file. `source.fixAll.zenmlScope` applies every safe fix, so
 * `editor.codeActionsOnSave` can fix on save.
 *
 * Fixes are re-read from a fresh lint of the current text rather than stored with the diagnostics, so an
 * action can never apply an edit computed for an older version of the document. The two fix-all actions
 * compute their edit only when chosen (resolveCodeAction): the core's fixAll re-lints between rounds.
 */
import * as vscode from 'vscode';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../core/lint/config';
import { fixAll } from '../core/lint/fix';
import { oversize } from '../core/lint/limits';
import { RULE_SLUGS } from '../core/lint/registry';
import { suppressionFixes } from '../core/lint/suppress';
import type { Diagnostic, Fix } from '../core/lint/types';
import type { LintConfigs } from './config';
import type { LintCache } from './lintCache';
import { ruleOf, toRange, toWorkspaceEdit } from './convert';
import { isArchitectureDocument } from './diagnostics';
import { minimalEdit } from './textDiff';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('zenmlScope');

/** A fix-all action whose edit is computed on resolve; `rule` narrows it to one rule. */
class FixAllAction extends vscode.CodeAction {
  constructor(
    title: string,
    kind: vscode.CodeActionKind,
    readonly document: vscode.TextDocument,
    readonly rule: string | undefined,
  ) {
    super(title, kind);
  }
}

/** The config with every rule but `slug` turned off, so the core's fixAll fixes just that rule. */
function onlyRule(config: ResolvedConfig, slug: string): ResolvedConfig {
  const others = RULE_SLUGS.filter((s) => s !== slug).map((s) => [s, 'off'] as const);
  return { ...config, rules: { ...config.rules, ...Object.fromEntries(others) } };
}

const hasSafeFix = (d: Diagnostic) => d.fixes.some((f) => f.safe);

export class ArchitectureCodeActions implements vscode.CodeActionProvider<vscode.CodeAction> {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly configs: LintConfigs,
    private readonly lints: LintCache,
  ) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const fixAllAsked = context.only?.contains(FIX_ALL_KIND) ?? false;
    // The light bulb asks on every cursor move: without a finding of ours under the cursor, nothing to offer.
    if (!isArchitectureDocument(document) || (!fixAllAsked && !context.diagnostics.some((d) => ruleOf(d))) || oversize(document.getText())) return [];
    const findings = this.lints.findings(document, await this.configs.forDocument(document.uri));
    if (fixAllAsked) {
      return findings.some(hasSafeFix) ? [new FixAllAction('Fix all ZenML Scope problems', FIX_ALL_KIND, document, undefined)] : [];
    }
    const actions: vscode.CodeAction[] = [];
    const seen = new Set<string>();
    const add = (action: vscode.CodeAction) => {
      if (seen.has(action.title)) return;
      seen.add(action.title);
      actions.push(action);
    };
    for (const diagnostic of context.diagnostics) {
      const rule = ruleOf(diagnostic);
      const finding = rule && findings.find((f) => f.rule === rule && toRange(f.range).isEqual(diagnostic.range));
      if (!finding) continue;
      const preferred = finding.fixes.find((f) => f.safe);
      for (const fix of finding.fixes) add(this.quickFix(document, fix, diagnostic, fix === preferred));
      if (findings.filter((f) => f.rule === finding.rule && hasSafeFix(f)).length > 1) {
        const all = new FixAllAction(`Fix all ${finding.rule} problems`, vscode.CodeActionKind.QuickFix, document, finding.rule);
        all.diagnostics = [diagnostic];
        add(all);
      }
      for (const fix of suppressionFixes(document.getText(), finding)) add(this.quickFix(document, fix, diagnostic, false));
    }
    return actions;
  }

  async resolveCodeAction(action: vscode.CodeAction): Promise<vscode.CodeAction> {
    if (!(action instanceof FixAllAction)) return action;
    const config = action.rule ? onlyRule(await this.configs.forDocument(action.document.uri), action.rule) : await this.configs.forDocument(action.document.uri);
    action.edit = fixAllEdit(action.document, config);
    return action;
  }

  private quickFix(document: vscode.TextDocument, fix: Fix, diagnostic: vscode.Diagnostic, preferred: boolean): vscode.CodeAction {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(document.uri, fix.edits);
    action.diagnostics = [diagnostic];
    action.isPreferred = preferred;
    return action;
  }
}

/** Every safe fix of the document (under `config`) as one minimal edit. */
export function fixAllEdit(document: vscode.TextDocument, config: ResolvedConfig = DEFAULT_CONFIG): vscode.WorkspaceEdit {
  const before = document.getText();
  const edit = oversize(before) ? null : minimalEdit(before, fixAll(before, config));
  return toWorkspaceEdit(document.uri, edit ? [edit] : []);
}
