import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BAD, diagnosticsWhen, ruleOf, until, workspaceUri, writeText } from './helpers';
/** [rule, 1-based line] the linter must report for BAD. */
const EXPECTED: [string, number][] = [
  ['time-estimate', 7],
  ['stack-setup', 23],
  ['cost-estimate', 37],
  ['code-in-doc', 49],
  ['week-roadmap', 62],
  ['week-roadmap', 63],
  ['week-roadmap', 64],
];

const has = (d: vscode.Diagnostic[], rule: string, line: number) => d.some((x) => ruleOf(x) === rule && x.range.start.line === line - 1);

describe('diagnostics', () => {
  const uri = workspaceUri('docs', 'pipeline_architecture_support.md');

  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await writeText(uri, BAD);
  });

  it('a bad document gets the expected diagnostics within a second of opening', async () => {
    const started = Date.now();
    const shown = diagnosticsWhen(uri, (d) => EXPECTED.every(([rule, line]) => has(d, rule, line)), 1000);
    await vscode.window.showTextDocument(uri);
    const diagnostics = await shown;
    assert.ok(Date.now() - started < 1000);
    const roadmap = diagnostics.find((d) => ruleOf(d) === 'week-roadmap')!;
    assert.equal(roadmap.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual(
      typeof roadmap.code === 'object' && [roadmap.code.value, roadmap.code.target.toString()],
      ['week-roadmap', 'https://github.com/zenml-scope/zenml-scope#rule-week-roadmap'],
    );
  });

  it('re-lints as the user types (debounced), and clears the findings of removed text', async () => {
    const editor = await vscode.window.showTextDocument(uri);
    const line = editor.document.lineAt(6); // the time estimate
    await editor.edit((e) => e.delete(line.rangeIncludingLineBreak));
    const after = await diagnosticsWhen(uri, (d) => !d.some((x) => ruleOf(x) === 'time-estimate'), 2000);
    // Everything below moved up one line.
    assert.ok(has(after, 'week-roadmap', 61), JSON.stringify(after.map((d) => [ruleOf(d), d.range.start.line])));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('leaves Markdown outside the diagnostics glob alone', async () => {
    const notes = workspaceUri('docs', 'meeting-notes.md');
    await writeText(notes, BAD);
    await vscode.window.showTextDocument(notes);
    // A matching document opened after it is linted; by then the first would have been too.
    const probe = workspaceUri('docs', 'pipeline_architecture_probe.md');
    await writeText(probe, BAD);
    await vscode.window.showTextDocument(probe);
    await diagnosticsWhen(probe, (d) => d.length > 0);
    assert.deepEqual(vscode.languages.getDiagnostics(notes), []);
  });

  it('honours .zenml-scope.json like the CLI, and reports an invalid one on the file itself', async () => {
    await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, (d) => d.some((x) => ruleOf(x) === 'week-roadmap'));
    const config = workspaceUri('.zenml-scope.json');
    await writeText(config, JSON.stringify({ rules: { 'week-roadmap': 'off', 'cost-estimate': 'info' } }));
    const configured = await diagnosticsWhen(uri, (d) => !d.some((x) => ruleOf(x) === 'week-roadmap'), 5000);
    assert.equal(configured.find((d) => ruleOf(d) === 'cost-estimate')?.severity, vscode.DiagnosticSeverity.Information);

    await writeText(config, JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
    const problem = await until(
      'the config error',
      () => vscode.languages.getDiagnostics(config).find((d) => /rules\.no-such-rule/.test(d.message)),
      5000,
    );
    assert.match(problem.message, /rules\.no-such-rule: unknown rule/);
    // Linting falls back to the defaults meanwhile.
    await diagnosticsWhen(uri, (d) => d.some((x) => ruleOf(x) === 'week-roadmap'), 5000);
    await vscode.workspace.fs.delete(config);
    await until('the config error to clear', () => vscode.languages.getDiagnostics(config).length === 0, 5000);
  });

  it('clears the diagnostics when the document is closed', async () => {
    await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, (d) => d.length > 0);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await diagnosticsWhen(uri, (d) => d.length === 0);
  });
});
