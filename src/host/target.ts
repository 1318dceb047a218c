/** Where the interview's document goes: `zenmlScope.documentPath` inside the first workspace folder. */
import * as vscode from 'vscode';
import { readSettings } from './config';
import { resolveDocumentPath } from './paths';

export type Target = { ok: true; uri: vscode.Uri } | { ok: false; error: string };

export function documentTarget(): Target {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return { ok: false, error: 'Open a folder first: ZenML Scope writes pipeline_architecture.md into the workspace.' };
  const resolved = resolveDocumentPath(readSettings(folder.uri).documentPath, folder.uri.path);
  return resolved.ok ? { ok: true, uri: folder.uri.with({ path: resolved.path }) } : resolved;
}

/** A sibling of `uri` with another extension: `pipeline_architecture.md` → `pipeline_architecture.svg`. */
export function withExtension(uri: vscode.Uri, extension: string): vscode.Uri {
  return uri.with({ path: uri.path.replace(/(\.[^./]*)?$/, extension) });
}
