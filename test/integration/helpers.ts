/** Shared by the integration tests: the extension's API, the workspace, and waiting on events instead of sleeping. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as vscode from 'vscode';
import { PANEL_VIEW_TYPE } from '../../src/host/commands';
import type { ZenmlScopeApi } from '../../src/extension';

export const EXTENSION_ID = 'zenml-scope.zenml-scope';
/** The repository root (the bundle runs from out/integration). */
export const ROOT = resolve(__dirname, '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
/** A document with a time estimate, setup commands, a cost figure, code and a week-by-week roadmap. */
export const BAD = readFileSync(join(FIXTURES, 'docs', 'bad', 'support-llm-finetuning.md'), 'utf8');

export async function api(): Promise<ZenmlScopeApi> {
  const ext = vscode.extensions.getExtension<ZenmlScopeApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  return ext.activate();
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Polls `check` until it returns a value (not undefined/false) or the time runs out. */
export async function until<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Resolves with our diagnostics for `uri` once `accept` holds, driven by onDidChangeDiagnostics. */
export function diagnosticsWhen(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 1000): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'zenml-scope');
  return new Promise((ok, fail) => {
    const now = ours();
    if (accept(now)) return ok(now);
    const timer = setTimeout(() => {
      sub.dispose();
      fail(new Error(`diagnostics for ${vscode.workspace.asRelativePath(uri)} not as expected within ${timeoutMs} ms; have: ${JSON.stringify(ours().map((d) => [d.code, d.range.start.line]))}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const current = ours();
      if (!accept(current)) return;
      clearTimeout(timer);
      sub.dispose();
      ok(current);
    });
  });
}

export function panelTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(PANEL_VIEW_TYPE));
}

export async function closePanel(): Promise<void> {
  await vscode.window.tabGroups.close(panelTabs());
  await until('the panel to close', () => panelTabs().length === 0);
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('zenmlScope').update(key, value, vscode.ConfigurationTarget.Workspace);
}
