/**
 * Writes generated files (the architecture document, DAG exports) through a WorkspaceEdit, so the write is
 * undoable and the editor sees it. An existing file with different content is never overwritten silently:
 * the user is shown a diff of what would change and has to confirm.
 */
import * as vscode from 'vscode';

export type WriteOutcome = 'created' | 'overwritten' | 'unchanged' | 'cancelled';

/** Decides whether `target` may be replaced by `proposed`; the default shows a diff and asks. */
/** Asks whether to replace `target` with `proposed`; `question` says what would be lost. */
export type ConfirmOverwrite = (target: vscode.Uri, proposed: string, question: string) => Thenable<boolean>;

/** The overwrite question: an editor's unsaved changes are said to be replaced, not just that the file differs. */
export function overwriteQuestion(name: string, unsaved: boolean): string {
  return unsaved
    ? `${name} is open with unsaved changes. Overwrite replaces them, and the file, with what ZenML Scope would write (Undo in that editor brings them back). The diff shows the changes.`
    : `${name} already exists and differs from what ZenML Scope would write. Overwrite it? The diff shows the changes.`;
}

/** Serves the proposed text of pending overwrites, read-only, to the diff editor. */
export class ProposalProvider implements vscode.TextDocumentContentProvider {
  static readonly scheme = 'zenml-scope-proposed';
  private readonly proposals = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  propose(target: vscode.Uri, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: ProposalProvider.scheme, path: target.path, query: target.toString() });
    this.proposals.set(uri.toString(), text);
    this.changed.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.proposals.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Opens the diff beside the active editor (the panel stays visible), asks, then closes the diff. */
export function diffAndAsk(proposals: ProposalProvider): ConfirmOverwrite {
  return async (target, proposed, question) => {
    const name = vscode.workspace.asRelativePath(target);
    const proposal = proposals.propose(target, proposed);
    await vscode.commands.executeCommand('vscode.diff', target, proposal, `${name} ↔ proposed by ZenML Scope`, {
      preview: true,
      viewColumn: vscode.ViewColumn.Beside,
    });
    const overwrite = 'Overwrite';
    const choice = await vscode.window.showWarningMessage(question, { modal: true }, overwrite);
    const diffTabs = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputTextDiff && t.input.modified.toString() === proposal.toString());
    await vscode.window.tabGroups.close(diffTabs);
    return choice === overwrite;
  };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Writes `text` to `target`, asking before replacing different content, then saves the file. */
export async function writeFile(target: vscode.Uri, text: string, confirm: ConfirmOverwrite): Promise<WriteOutcome> {
  const edit = new vscode.WorkspaceEdit();
  let outcome: WriteOutcome;
  if (await exists(target)) {
    const doc = await vscode.workspace.openTextDocument(target);
    if (doc.getText() === text) return 'unchanged';
    if (!(await confirm(target, text, overwriteQuestion(vscode.workspace.asRelativePath(target), doc.isDirty)))) return 'cancelled';
    edit.replace(target, doc.validateRange(new vscode.Range(0, 0, doc.lineCount, 0)), text);
    outcome = 'overwritten';
  } else {
    edit.createFile(target, { ignoreIfExists: false });
    edit.insert(target, new vscode.Position(0, 0), text);
    outcome = 'created';
  }
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`VS Code refused the edit to ${vscode.workspace.asRelativePath(target)}`);
  const doc = await vscode.workspace.openTextDocument(target);
  if (!(await saved(doc))) throw new Error(`${vscode.workspace.asRelativePath(target)} could not be saved`);
  return outcome;
}

/**
 * Saves the document. `save()` also answers false when VS Code aborted a slow save participant
 * (another extension's, under load) or when nothing was left to save; what counts is that no
 * unsaved change remains, so a save that left the document dirty is tried once more.
 */
async function saved(doc: vscode.TextDocument): Promise<boolean> {
  if ((await doc.save()) || !doc.isDirty) return true;
  return (await doc.save()) || !doc.isDirty;
}
