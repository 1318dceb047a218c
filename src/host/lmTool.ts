/**
 * `zenml-scope_lintArchitecture`: a language model tool, so agent mode can run the linter on an architecture
 * document. Input is validated like any untrusted input; paths are held to the workspace like the
 * document path setting. The result is plain text the model can quote: one finding per line.
 */
import * as vscode from 'vscode';
import * as z from 'zod';
import { oversize } from '../core/lint/limits';
import { lint } from '../core/lint/lint';
import type { LintConfigs } from './config';
import { LM_TOOL_NAME } from './commands';
import { resolveDocumentPath } from './paths';
import { realpathFor } from './target';

const InputSchema = z.object({ path: z.string().max(4096).optional() });
type Input = z.infer<typeof InputSchema>;

type Located = { ok: true; uri: vscode.Uri } | { ok: false; error: string };

function locate(input: unknown): Located {
  const parsed = InputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Expected {"path"?: string}, the workspace-relative path of a Markdown document.' };
  const { path } = parsed.data;
  if (path === undefined || path.trim() === '') {
    const editor = vscode.window.activeTextEditor;
    return editor ? { ok: true, uri: editor.document.uri } : { ok: false, error: 'No path given and no document is open in the editor.' };
  }
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return { ok: false, error: 'No workspace folder is open.' };
  const resolved = resolveDocumentPath(path, folder.uri.path, realpathFor(folder.uri));
  return resolved.ok ? { ok: true, uri: folder.uri.with({ path: resolved.path }) } : { ok: false, error: resolved.error.replace('zenmlScope.documentPath', 'path') };
}

export class LintArchitectureTool implements vscode.LanguageModelTool<Input> {
  constructor(private readonly configs: LintConfigs) {}

  prepareInvocation(options: vscode.LanguageModelToolInvocationPrepareOptions<Input>): vscode.PreparedToolInvocation {
    const located = locate(options.input);
    const name = located.ok ? vscode.workspace.asRelativePath(located.uri) : 'the architecture document';
    return { invocationMessage: `Linting ${name} with ZenML Scope` };
  }

  async invoke(options: vscode.LanguageModelToolInvocationOptions<Input>): Promise<vscode.LanguageModelToolResult> {
    return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(await this.report(options.input))]);
  }

  /** The tool's answer as text; also what the integration test checks. */
  async report(input: unknown): Promise<string> {
    const located = locate(input);
    if (!located.ok) return `Cannot lint: ${located.error}`;
    const name = vscode.workspace.asRelativePath(located.uri);
    let text: string;
    try {
      text = (await vscode.workspace.openTextDocument(located.uri)).getText();
    } catch {
      return `Cannot lint: ${name} could not be opened (does it exist?).`;
    }
    const tooLarge = oversize(text);
    if (tooLarge) return `Cannot lint: ${name} is ${tooLarge}.`;
    const findings = lint(text, await this.configs.forDocument(located.uri));
    if (findings.length === 0) return `${name}: no findings; the document follows the ZenML scoping rules.`;
    const lines = findings.map((d) => `${name}:${d.range.start.line + 1} ${d.severity} ${d.rule}: ${d.message}`);
    return `${name}: ${findings.length} finding(s)\n${lines.join('\n')}`;
  }
}

export function registerLintTool(configs: LintConfigs): vscode.Disposable {
  return vscode.lm.registerTool(LM_TOOL_NAME, new LintArchitectureTool(configs));
}
