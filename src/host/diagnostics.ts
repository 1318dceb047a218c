/**
 * The one diagnostics publisher: lints architecture documents on open, on change (debounced) and on save,
 * and clears them when their last editor tab closes. Each request takes a generation number per document; a result is published
 * only if no newer request for that document started meanwhile, so a slow config read can never paint
 * stale findings over fresh ones.
 */
import * as vscode from 'vscode';
import type { Diagnostic as Finding } from '../core/lint/types';
import { oversize } from '../core/lint/limits';
import { lint } from '../core/lint/lint';
import type { LintConfigs } from './config';
import type { LintCache } from './lintCache';
import { readSettings } from './config';
import { DIAGNOSTIC_SOURCE, toDiagnostic } from './convert';

export const DEBOUNCE_MS = 250;

/** Whether a document gets our diagnostics: Markdown matching `zenmlScope.diagnostics.include`. */
export function isArchitectureDocument(doc: vscode.TextDocument): boolean {
  const { include } = readSettings(doc.uri);
  return vscode.languages.match({ language: 'markdown', pattern: include }, doc) > 0;
}

function isShown(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
}

/** The document's findings, or one notice saying why a huge document is not linted. */
/** The findings as diagnostics; a document over the size limit gets one notice instead of a lint. */
function diagnosticsOf(text: string, findings: () => Finding[], rulesDoc: vscode.Uri): vscode.Diagnostic[] {
  const tooLarge = oversize(text);
  if (!tooLarge) return findings().map((d) => toDiagnostic(d, rulesDoc));
  const notice = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `This document is ${tooLarge}.`, vscode.DiagnosticSeverity.Information);
  notice.source = DIAGNOSTIC_SOURCE;
  return [notice];
}

export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('zenml-scope');
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly configs: LintConfigs,
    private readonly lints: LintCache,
    /** The shipped docs/rules.md, which each diagnostic's code opens. */
    private readonly rulesDoc: vscode.Uri,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((d) => void this.lintNow(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && readSettings(e.document.uri).lintOnType) this.lintSoon(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (readSettings(d.uri).lintOnSave) void this.lintNow(d);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      // VS Code disposes a closed editor's document lazily (onDidCloseTextDocument can come minutes later),
      // so closing the last tab of a document clears its findings at once.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) if (tab.input instanceof vscode.TabInputText && !isShown(tab.input.uri)) this.forget(tab.input.uri);
      }),
      configs.onDidChange(() => this.lintOpenDocuments()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('zenmlScope.diagnostics')) this.lintOpenDocuments();
      }),
    ];
    this.lintOpenDocuments();
  }

  lintOpenDocuments(): void {
    for (const doc of vscode.workspace.textDocuments) void this.lintNow(doc);
  }

  /** Lints now, publishing unless a newer request for the same document overtakes this one. */
  async lintNow(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    const generation = this.bump(key);
    if (!isArchitectureDocument(doc)) {
      this.collection.delete(doc.uri);
      return;
    }
    const config = await this.configs.forDocument(doc.uri);
    if (this.generations.get(key) !== generation || doc.isClosed) return;
    this.collection.set(doc.uri, diagnosticsOf(doc.getText(), () => this.lints.findings(doc, config), this.rulesDoc));
  }

  private lintSoon(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.bump(key);
    this.timers.set(key, setTimeout(() => void this.lintNow(doc), DEBOUNCE_MS));
  }

  /**
   * Lints every matching file of the workspace, open or not, and returns how many files and findings.
   * Unopened files are read from disk; they keep their diagnostics until opened and closed.
   */
  async lintWorkspace(): Promise<{ files: number; findings: number }> {
    const uris = await vscode.workspace.findFiles(readSettings().include, '**/node_modules/**');
    let findings = 0;
    for (const uri of uris) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const config = await this.configs.forDocument(uri);
      const diagnostics = diagnosticsOf(text, () => lint(text, config), this.rulesDoc);
      this.bump(uri.toString());
      this.collection.set(uri, diagnostics);
      findings += diagnostics.length;
    }
    return { files: uris.length, findings };
  }

  private bump(key: string): number {
    const next = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, next);
    return next;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generations.delete(key);
    this.lints.forget(uri);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
  }
}
