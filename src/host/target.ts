/** Where the interview's document goes: `zenmlScope.documentPath` inside the first workspace folder. */
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as vscode from 'vscode';
import { readSettings } from './config';
import { resolveDocumentPath, type Realpath } from './paths';

export type Target = { ok: true; uri: vscode.Uri } | { ok: false; error: string };

export function documentTarget(): Target {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return { ok: false, error: 'Open a folder first: ZenML Scope writes pipeline_architecture.md into the workspace.' };
  const resolved = resolveDocumentPath(readSettings(folder.uri).documentPath, folder.uri.path, realpathFor(folder.uri));
  return resolved.ok ? { ok: true, uri: folder.uri.with({ path: resolved.path }) } : resolved;
}

/** A sibling of `uri` with another extension: `pipeline_architecture.md` → `pipeline_architecture.svg`. */
export function withExtension(uri: vscode.Uri, extension: string): vscode.Uri {
  return uri.with({ path: uri.path.replace(/(\.[^./]*)?$/, extension) });
}

/**
 * The file system's realpath on URI paths, for folders on disk (virtual workspaces have no
 * symlinks to follow). A dangling symlink resolves to where it points: a write would create that.
 */
export function realpathFor(folder: vscode.Uri): Realpath | undefined {
  if (folder.scheme !== 'file') return undefined;
  return (path) => {
    const fsPath = folder.with({ path }).fsPath;
    try {
      return vscode.Uri.file(realpathSync.native(fsPath)).path;
    } catch {
      try {
        return lstatSync(fsPath).isSymbolicLink() ? vscode.Uri.file(resolve(dirname(fsPath), readlinkSync(fsPath))).path : null;
      } catch {
        return null;
      }
    }
  };
}
