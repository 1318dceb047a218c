/**
 * The interview / DAG webview panel: one at a time, revealed when asked for again, restored after a reload
 * by the serializer (the interview lives in workspaceState, so nothing is lost when the panel goes).
 * Two modes share the panel: the interview, and `document` (the DAG of an existing architecture document,
 * redrawn as it is edited). The panel adapts intents to the session and the writer; the core decides.
 */
import * as vscode from 'vscode';
import { buildGraph, layoutGraph, toMermaid, toSvg } from '../core/dag';
import { parseDocument } from '../core/markdown/parse';
import type { Architecture } from '../core/model/architecture';
import type { HostMessage } from '../core/protocol';
import { PANEL_VIEW_TYPE } from './commands';
import { renderPage } from './html';
import type { InterviewSession, Outcome } from './interviewSession';
import { createMessageHandler, type PanelActions } from './messageHandler';
import { documentTarget, withExtension } from './target';
import { writeFile, type ConfirmOverwrite, type WriteOutcome } from './writer';

export type PanelMode = { kind: 'interview' } | { kind: 'document'; uri: vscode.Uri };

export interface PanelDeps {
  extensionUri: vscode.Uri;
  /** Each panel loads the interview from workspaceState when it opens, so the store is the one source of truth. */
  openSession(): InterviewSession;
  log: vscode.LogOutputChannel;
  confirmOverwrite: ConfirmOverwrite;
  /** Workspace Trust: writing the document and DAG exports need a trusted workspace. */
  isTrusted(): boolean;
}

const INTERVIEW: PanelMode = { kind: 'interview' };
const REDRAW_MS = 250;

export async function confirmReset(): Promise<boolean> {
  const reset = 'Start over';
  const choice = await vscode.window.showWarningMessage(
    'Reset the scoping interview? Every answer so far is discarded; a document already written stays as it is.',
    { modal: true },
    reset,
  );
  return choice === reset;
}

/**
 * The Export buttons sit under the DAG, often far from the panel's notices (a narrow panel stacks the
 * DAG below the interview): VS Code's own notification says where the file went and opens it.
 * Not awaited: the message handler must not wait for the user to dismiss a toast.
 */
function announceExport(target: vscode.Uri, format: 'svg' | 'mermaid'): void {
  const open = 'Open';
  const what = format === 'svg' ? 'SVG' : 'Mermaid';
  void vscode.window.showInformationMessage(`Exported the DAG as ${what} to ${vscode.workspace.asRelativePath(target)}.`, open).then((choice) => {
    if (choice === open) void vscode.commands.executeCommand('vscode.open', target, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  });
}

function titleOf(mode: PanelMode): string {
  return mode.kind === 'document' ? `DAG: ${vscode.workspace.asRelativePath(mode.uri)}` : 'Scope ZenML Architecture';
}

export class InterviewPanel implements PanelActions {
  /** One panel per kind: the interview, and the DAG of a document beside it (it never replaces the interview). */
  private static readonly slots = new Map<PanelMode['kind'], InterviewPanel>();
  private static latest: InterviewPanel | undefined;
  /** The message entry point, exactly what the webview reaches (exposed for the integration tests). */
  readonly handle: (raw: unknown) => Promise<void>;
  readonly session: InterviewSession;
  private readonly disposables: vscode.Disposable[] = [];
  private documentWatch: vscode.Disposable | undefined;
  private redrawTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last outcome the panel told the user about (what the integration tests check). */
  lastNotice: { level: 'info' | 'error'; text: string } | undefined;

  /** The panel shown last (the interview, or a document's DAG). */
  static get open(): InterviewPanel | undefined {
    return InterviewPanel.latest;
  }

  /** Reveals the open panel of `mode`'s kind in `mode`, or opens one. */
  static show(deps: PanelDeps, mode: PanelMode = INTERVIEW): InterviewPanel {
    const open = InterviewPanel.slots.get(mode.kind);
    if (open) {
      open.panel.reveal();
      void open.setMode(mode);
      return (InterviewPanel.latest = open);
    }
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
    const panel = vscode.window.createWebviewPanel(PANEL_VIEW_TYPE, titleOf(mode), column, InterviewPanel.options(deps));
    return InterviewPanel.adopt(new InterviewPanel(panel, deps, mode));
  }

  /** Adopts a panel VS Code restored after a reload (WebviewPanelSerializer): the interview. */
  static restore(panel: vscode.WebviewPanel, deps: PanelDeps): InterviewPanel {
    InterviewPanel.slots.get('interview')?.panel.dispose();
    panel.webview.options = InterviewPanel.options(deps);
    return InterviewPanel.adopt(new InterviewPanel(panel, deps, INTERVIEW));
  }

  private static adopt(p: InterviewPanel): InterviewPanel {
    InterviewPanel.slots.set(p.mode.kind, p);
    return (InterviewPanel.latest = p);
  }

  private static options(deps: PanelDeps): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(deps.extensionUri, 'dist'), vscode.Uri.joinPath(deps.extensionUri, 'media')],
    };
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly deps: PanelDeps,
    private mode: PanelMode,
  ) {
    this.session = deps.openSession();
    const { webview } = panel;
    webview.html = renderPage({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'dist', 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'media', 'webview.css')).toString(),
    });
    this.handle = createMessageHandler(this, (line) => deps.log.warn(line));
    this.disposables.push(
      webview.onDidReceiveMessage((raw) => void this.handle(raw)),
      panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.ready()),
    );
    this.watchDocument();
  }

  get viewColumn(): vscode.ViewColumn | undefined {
    return this.panel.viewColumn;
  }

  async setMode(mode: PanelMode): Promise<void> {
    this.mode = mode;
    this.watchDocument();
    await this.ready();
  }

  // ---- intents (PanelActions) ----

  async ready(): Promise<void> {
    this.panel.title = titleOf(this.mode);
    await this.post(this.mode.kind === 'document' ? await this.documentMessage(this.mode.uri) : await this.session.message());
  }

  async answer(questionId: string, value: Parameters<PanelActions['answer']>[1]): Promise<void> {
    await this.afterInterviewChange(await this.session.answer(questionId, value));
  }

  async draft(questionId: string, value: Parameters<PanelActions['draft']>[1]): Promise<void> {
    if (this.mode.kind !== 'interview') return;
    const architecture = this.session.draftArchitecture(questionId, value);
    if (architecture) await this.post({ type: 'draft', questionId, architecture });
  }

  async revisit(questionId: string): Promise<void> {
    await this.afterInterviewChange(await this.session.revisit(questionId));
  }

  async reader(use: 'model' | 'offline'): Promise<void> {
    if (this.mode.kind !== 'interview') return;
    await this.afterInterviewChange(await this.session.setReader(use));
  }

  /** The webview asks for a second, deliberate click before it sends `reset`, so no modal here. */
  async reset(): Promise<void> {
    await this.session.reset();
    await this.setMode(INTERVIEW);
  }

  async write(): Promise<void> {
    const { session } = this;
    if (!this.mayWrite()) return;
    if (!session.atDocument()) return this.notice('error', 'Finish the interview first: the document is written from the Document phase.');
    const target = documentTarget();
    if (!target.ok) return this.notice('error', target.error);
    const outcome = await this.writeOrReport(target.uri, session.markdown());
    if (outcome === undefined || outcome === 'cancelled') return;
    const other = this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    await vscode.window.showTextDocument(target.uri, { viewColumn: other, preview: false });
  }

  refuse(reason: string): Promise<void> {
    return this.notice('error', reason);
  }

  async export(format: 'svg' | 'mermaid'): Promise<void> {
    if (!this.mayWrite()) return;
    let base: vscode.Uri;
    let architecture: Architecture;
    if (this.mode.kind === 'document') {
      base = this.mode.uri;
      architecture = parseDocument((await vscode.workspace.openTextDocument(base)).getText()).architecture;
    } else {
      const target = documentTarget();
      if (!target.ok) return this.notice('error', target.error);
      base = target.uri;
      architecture = this.session.architecture();
    }
    let text: string;
    try {
      text = format === 'svg' ? toSvg(layoutGraph(buildGraph(architecture)), { title: architecture.project }) : toMermaid(architecture);
    } catch (e) {
      // Never only a line in a log: the user pressed a button.
      return this.notice('error', `Could not draw the DAG for the export: ${(e as Error).message}`);
    }
    const target = withExtension(base, format === 'svg' ? '.svg' : '.mmd');
    const outcome = await this.writeOrReport(target, text);
    if (outcome === 'created' || outcome === 'overwritten' || outcome === 'unchanged') announceExport(target, format);
  }

  // ---- helpers ----

  private mayWrite(): boolean {
    if (this.deps.isTrusted()) return true;
    void this.notice('error', 'Writing files needs a trusted workspace. Linting and the DAG work in Restricted Mode; trust the folder to write.');
    return false;
  }

  /** Writes through the writer and tells the webview how it went; undefined when the write failed. */
  private async writeOrReport(uri: vscode.Uri, text: string): Promise<WriteOutcome | undefined> {
    const name = vscode.workspace.asRelativePath(uri);
    try {
      const outcome = await writeFile(uri, text, this.deps.confirmOverwrite);
      const said: Record<WriteOutcome, string> = {
        created: `Wrote ${name}.`,
        overwritten: `Replaced ${name} (undo in the editor to get the old text back).`,
        unchanged: `${name} is already up to date.`,
        cancelled: `Kept the existing ${name}: nothing was written.`,
      };
      await this.notice('info', said[outcome]);
      return outcome;
    } catch (e) {
      await this.notice('error', `Could not write ${name}: ${(e as Error).message}`);
      return undefined;
    }
  }

  private async afterInterviewChange(outcome: Outcome): Promise<void> {
    if (!outcome.ok) return this.notice('error', outcome.error);
    await this.setMode(INTERVIEW);
    if (outcome.notice) await this.notice('info', outcome.notice);
  }

  private async documentMessage(uri: vscode.Uri): Promise<HostMessage> {
    const doc = await vscode.workspace.openTextDocument(uri);
    return { type: 'document', file: vscode.workspace.asRelativePath(uri), architecture: parseDocument(doc.getText()).architecture };
  }

  /** In document mode, redraw the DAG while the document is edited. */
  private watchDocument(): void {
    this.documentWatch?.dispose();
    this.documentWatch = undefined;
    const mode = this.mode;
    if (mode.kind !== 'document') return;
    this.documentWatch = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() !== mode.uri.toString()) return;
      clearTimeout(this.redrawTimer);
      this.redrawTimer = setTimeout(() => void this.ready(), REDRAW_MS);
    });
  }

  private notice(level: 'info' | 'error', text: string): Promise<void> {
    this.lastNotice = { level, text };
    return this.post({ type: 'notice', level, text });
  }

  private async post(message: HostMessage): Promise<void> {
    // A message for a panel the user closed meanwhile has nowhere to go.
    if ([...InterviewPanel.slots.values()].includes(this)) await this.panel.webview.postMessage(message);
  }

  private dispose(): void {
    for (const [kind, p] of InterviewPanel.slots) if (p === this) InterviewPanel.slots.delete(kind);
    if (InterviewPanel.latest === this) InterviewPanel.latest = [...InterviewPanel.slots.values()].at(-1);
    clearTimeout(this.redrawTimer);
    this.documentWatch?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
