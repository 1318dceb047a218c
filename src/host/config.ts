/**
 * Settings, and the lint rule config of `.zenml-scope.json`. The file is read from the workspace folder root
 * (the editor's counterpart of the CLI's working directory) and parsed by the same `parseLintConfig` as
 * `zenml-scope lint`, so the editor and CI agree on every rule. An invalid file is reported where it is
 * (a diagnostic on the file) and once as a message; linting then uses the defaults until it is fixed.
 */
import * as vscode from 'vscode';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../core/lint/config';
import { parseLintConfig } from '../core/lint/registry';
import { CONFIG_SECTION } from './commands';
import { DIAGNOSTIC_SOURCE } from './convert';

export const CONFIG_FILE = '.zenml-scope.json';
const CONFIG_SETTLE_MS = 150;

export interface Settings {
  documentPath: string;
  include: string;
  lintOnType: boolean;
  lintOnSave: boolean;
  useLanguageModel: boolean;
  /** The `vscode.lm` model family to read descriptions with; empty: ask once with a quick pick. */
  languageModelFamily: string;
}

export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return {
    documentPath: c.get('documentPath', 'pipeline_architecture.md'),
    include: c.get('diagnostics.include', '**/pipeline_architecture*.md'),
    lintOnType: c.get('lint.onType', true),
    lintOnSave: c.get('lint.onSave', true),
    useLanguageModel: c.get('useLanguageModel', false),
    languageModelFamily: c.get('languageModel.family', '').trim(),
  };
}

export class LintConfigs implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<ResolvedConfig>>();
  private readonly problems = vscode.languages.createDiagnosticCollection('zenml-scope-config');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly shownErrors = new Set<string>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
  /** Fires when a config file appears, changes or goes away: open documents need a re-lint. */
  readonly onDidChange = this.changed.event;

  private settle: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    // Editors and scripts save in bursts (truncate, then write): wait for the burst to settle so a
    // half-written file is never read and reported as invalid JSON.
    const invalidate = () => {
      clearTimeout(this.settle);
      this.settle = setTimeout(() => {
        this.cache.clear();
        this.changed.fire();
      }, CONFIG_SETTLE_MS);
    };
    this.watcher.onDidCreate(invalidate);
    this.watcher.onDidChange(invalidate);
    this.watcher.onDidDelete(invalidate);
  }

  /** The resolved config for a document: its workspace folder's file, or the defaults outside a folder. */
  forDocument(uri: vscode.Uri): Promise<ResolvedConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return Promise.resolve(DEFAULT_CONFIG);
    const key = folder.uri.toString();
    let config = this.cache.get(key);
    if (!config) this.cache.set(key, (config = this.load(vscode.Uri.joinPath(folder.uri, CONFIG_FILE))));
    return config;
  }

  private async load(file: vscode.Uri): Promise<ResolvedConfig> {
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      this.problems.delete(file);
      return DEFAULT_CONFIG;
    }
    const parsed = parseLintConfig(text);
    if (parsed.ok) {
      this.problems.delete(file);
      return parsed.config;
    }
    const problem = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), parsed.error, vscode.DiagnosticSeverity.Error);
    problem.source = DIAGNOSTIC_SOURCE;
    this.problems.set(file, [problem]);
    if (!this.shownErrors.has(parsed.error)) {
      this.shownErrors.add(parsed.error);
      void vscode.window.showErrorMessage(`${parsed.error} — ZenML Scope lints with the default rules until the file is fixed.`);
    }
    return DEFAULT_CONFIG;
  }

  dispose(): void {
    clearTimeout(this.settle);
    this.watcher.dispose();
    this.problems.dispose();
    this.changed.dispose();
  }
}
