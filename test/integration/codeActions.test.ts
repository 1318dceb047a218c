import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixAll } from '../../src/core/lint/fix';
import { BAD, diagnosticsWhen, ruleOf, until, workspaceUri, writeText } from './helpers';

/**
 * The code actions the editor would offer at `range`, once one titled `title` (or of `kind`) is among them:
 * the workbench hears of new diagnostics a moment after the extension host publishes them.
 * The last argument resolves lazily computed edits (fix-all), as the editor does before applying.
 */
function actionsAt(uri: vscode.Uri, range: vscode.Range, { title, kind }: { title?: string; kind?: string }): Promise<vscode.CodeAction[]> {
  return until(`code action ${title ?? kind}`, async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind, 10);
    return actions.some((a) => (title ? a.title === title : a.kind?.value === kind)) && actions;
  });
}

async function apply(action: vscode.CodeAction | undefined): Promise<void> {
  assert.ok(action?.edit, 'no such code action');
  assert.ok(await vscode.workspace.applyEdit(action.edit));
}

describe('code actions', () => {
  let uri: vscode.Uri;
  let doc: vscode.TextDocument;

  beforeEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    uri = workspaceUri('docs', `pipeline_architecture_fix_${Date.now()}.md`);
    await writeText(uri, BAD);
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await diagnosticsWhen(uri, (d) => d.some((x) => ruleOf(x) === 'week-roadmap'));
  });

  const roadmapDiagnostics = () => vscode.languages.getDiagnostics(uri).filter((d) => ruleOf(d) === 'week-roadmap');

  it('offers the rule fix as the preferred quick fix, and applying it changes the text', async () => {
    const week1 = roadmapDiagnostics()[0]!;
    const actions = await actionsAt(uri, week1.range, { title: 'Replace "Week 1" with "MVP"' });
    const fix = actions.find((a) => a.title === 'Replace "Week 1" with "MVP"');
    assert.equal(fix?.isPreferred, true);
    assert.equal(fix?.kind?.value, 'quickfix');
    assert.ok(actions.some((a) => a.title === 'Disable week-roadmap for this line' && !a.isPreferred));
    assert.ok(actions.some((a) => a.title === 'Disable week-roadmap for this file'));
    await apply(fix);
    assert.equal(doc.lineAt(week1.range.start.line).text.slice(week1.range.start.character, week1.range.start.character + 3), 'MVP');
    assert.equal(doc.getText().match(/Week \d/g)?.length, 2);
    await diagnosticsWhen(uri, (d) => d.filter((x) => ruleOf(x) === 'week-roadmap').length === 2);
  });

  it('"fix all of this rule" fixes every finding of that rule and nothing else', async () => {
    const before = doc.getText();
    const actions = await actionsAt(uri, roadmapDiagnostics()[1]!.range, { title: 'Fix all week-roadmap problems' });
    await apply(actions.find((a) => a.title === 'Fix all week-roadmap problems'));
    assert.equal(doc.getText(), before.replace('Week 1', 'MVP').replace('Week 2', 'Phase 2').replace('Week 3', 'Phase 3'));
    await diagnosticsWhen(uri, (d) => !d.some((x) => ruleOf(x) === 'week-roadmap') && d.some((x) => ruleOf(x) === 'time-estimate'));
  });

  it('source.fixAll.zenmlScope applies every safe fix, as the core fixAll does', async () => {
    const before = doc.getText();
    const [action, ...rest] = await actionsAt(uri, new vscode.Range(0, 0, 0, 0), { kind: 'source.fixAll.zenmlScope' });
    assert.equal(rest.length, 0);
    assert.equal(action?.kind?.value, 'source.fixAll.zenmlScope');
    await apply(action);
    assert.equal(doc.getText(), fixAll(before));
    assert.notEqual(doc.getText(), before);
    const left = await diagnosticsWhen(uri, (d) => !d.some((x) => ['week-roadmap', 'time-estimate', 'cost-estimate'].includes(ruleOf(x))));
    assert.ok(left.some((d) => ruleOf(d) === 'code-in-doc'), 'removing code is not a safe fix, so it stays');
  });

  it('disabling a rule for a line silences exactly that finding', async () => {
    const week2 = roadmapDiagnostics()[1]!;
    const actions = await actionsAt(uri, week2.range, { title: 'Disable week-roadmap for this line' });
    await apply(actions.find((a) => a.title === 'Disable week-roadmap for this line'));
    assert.match(doc.lineAt(week2.range.start.line).text, /<!-- zenml-scope-disable-line week-roadmap -->$/);
    await diagnosticsWhen(uri, (d) => d.filter((x) => ruleOf(x) === 'week-roadmap').length === 2);
  });
});
