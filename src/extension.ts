/**
 * Wiring only: builds the host's pieces and registers them. Nothing here decides anything; the pieces in
 * src/host adapt the pure core (src/core) to VS Code.
 */
import './core/jitless';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { ArchitectureCodeActions } from './host/codeActions';
import { COMMANDS, PANEL_VIEW_TYPE } from './host/commands';
import { LintConfigs } from './host/config';
import { DiagnosticsPublisher } from './host/diagnostics';
import { LintCache } from './host/lintCache';
import { InterviewSession } from './host/interviewSession';
import { registerLintTool } from './host/lmTool';
import { vscodeModelSource, type ModelSource } from './host/languageModel';
import { confirmReset, InterviewPanel, type PanelDeps } from './host/panel';
import { InterviewStore } from './host/stateStore';
import { documentTarget } from './host/target';
import { diffAndAsk, ProposalProvider } from './host/writer';
import type { InterviewState } from './core/interview/engine';
import { DEFAULT_CONFIG } from './core/lint/config';
import { RULES_DOC_PATH } from './core/lint/catalogue';

/** What `activate` returns: timings for the benchmark, and the panel's message entry point for tests. */
export interface ZenmlScopeApi {
  activationMs: number;
  /** Hands `raw` to the open panel's message handler, exactly as if its webview had posted it. */
  deliver(raw: unknown): Promise<void>;
  interviewState(): InterviewState;
  /** The last outcome the open panel told the user about (a file written, an answer refused). */
  lastNotice(): { level: 'info' | 'error'; text: string } | undefined;
  /**
   * Replaces where the interview's language model comes from; null restores `vscode.lm`. The
   * integration tests hand in a replay of recordings, since a chat provider cannot be registered there.
   */
  useModelSource(source: ModelSource | null): void;
}

async function showDag(deps: PanelDeps): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  let uri = editor?.document.languageId === 'markdown' ? editor.document.uri : undefined;
  if (!uri) {
    const target = documentTarget();
    uri = target.ok ? target.uri : undefined;
    if (uri) await vscode.workspace.fs.stat(uri).then(undefined, () => (uri = undefined));
  }
  if (!uri) {
    void vscode.window.showErrorMessage('Open a pipeline_architecture.md (or another Markdown architecture document) to show its DAG.');
    return;
  }
  InterviewPanel.show(deps, { kind: 'document', uri });
}

export function activate(context: vscode.ExtensionContext): ZenmlScopeApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('ZenML Scope', { log: true });
  const configs = new LintConfigs();
  const lints = new LintCache();
  const publisher = new DiagnosticsPublisher(configs, lints, vscode.Uri.joinPath(context.extensionUri, RULES_DOC_PATH));
  const proposals = new ProposalProvider();
  const vscodeModels = vscodeModelSource(context.globalState);
  let modelSource: ModelSource = vscodeModels;
  const store = new InterviewStore(context.workspaceState, (message) => void vscode.window.showWarningMessage(message));
  const isTrusted = () => vscode.workspace.isTrusted;
  const openSession = () =>
    new InterviewSession({
      store,
      lintConfig: () => {
        const target = documentTarget();
        return target.ok ? configs.forDocument(target.uri) : Promise.resolve(DEFAULT_CONFIG);
      },
      canWrite: isTrusted,
      documentPath: () => {
        const target = documentTarget();
        return target.ok ? vscode.workspace.asRelativePath(target.uri, false) : undefined;
      },
      model: (opts) => modelSource(opts),
    });
  const deps: PanelDeps = { extensionUri: context.extensionUri, openSession, log, confirmOverwrite: diffAndAsk(proposals), isTrusted };
  const openInterview = () => void InterviewPanel.show(deps, { kind: 'interview' });

  context.subscriptions.push(
    log,
    configs,
    publisher,
    proposals,
    vscode.workspace.registerTextDocumentContentProvider(ProposalProvider.scheme, proposals),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new ArchitectureCodeActions(configs, lints), ArchitectureCodeActions.metadata),
    vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => void InterviewPanel.restore(panel, deps),
    }),
    registerLintTool(configs),
    vscode.commands.registerCommand(COMMANDS.scope, openInterview),
    vscode.commands.registerCommand(COMMANDS.resume, openInterview),
    vscode.commands.registerCommand(COMMANDS.reset, async () => {
      if (!(await confirmReset())) return;
      const panel = InterviewPanel.open;
      if (!panel) return void (await store.clear());
      await panel.session.reset();
      await panel.setMode({ kind: 'interview' });
    }),
    vscode.commands.registerCommand(COMMANDS.showDag, () => showDag(deps)),
    vscode.commands.registerCommand(COMMANDS.lintWorkspace, async () => {
      const { files, findings } = await publisher.lintWorkspace();
      void vscode.window.showInformationMessage(`ZenML Scope linted ${files} architecture document(s): ${findings} finding(s).`);
      if (findings > 0) await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
  );

  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms`);
  return {
    activationMs,
    deliver: (raw) => {
      const panel = InterviewPanel.open;
      return panel ? panel.handle(raw) : Promise.reject(new Error('No ZenML Scope panel is open.'));
    },
    interviewState: () => InterviewPanel.open?.session.state ?? store.load(),
    lastNotice: () => InterviewPanel.open?.lastNotice,
    useModelSource: (source) => {
      modelSource = source ?? vscodeModels;
    },
  };
}

export function deactivate(): void {}
