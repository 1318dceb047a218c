import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/host/commands';
import { api, BAD, closePanel, EXTENSION_ID, panelTabs, ROOT, until, workspaceUri, writeText } from './helpers';

describe('commands and the panel', () => {
  it('contributes exactly the command map, and registers every command on activation', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed = (ext.packageJSON.contributes.commands as { command: string; category: string }[]).map((c) => c.command).sort();
    assert.deepEqual(contributed, Object.values(COMMANDS).sort());
    await api();
    const registered = await vscode.commands.getCommands(true);
    for (const id of Object.values(COMMANDS)) assert.ok(registered.includes(id), `${id} is not registered`);
  });

  it('"Scope ZenML Architecture" opens the panel, and reveals it instead of opening a second', async () => {
    await api();
    await vscode.commands.executeCommand(COMMANDS.scope);
    await until('the interview panel', () => panelTabs().length === 1);
    await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
    await vscode.commands.executeCommand(COMMANDS.scope);
    await until('the panel to be active', () => panelTabs()[0]?.isActive);
    assert.equal(panelTabs().length, 1);
    await closePanel();
  });

  it('"Show Architecture DAG" opens the document\'s DAG beside the interview, never in its place', async () => {
    await api();
    await vscode.commands.executeCommand(COMMANDS.scope);
    await until('the interview panel', () => panelTabs().length === 1);
    const doc = workspaceUri('dag', 'pipeline_architecture_dag.md');
    await writeText(doc, BAD);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand(COMMANDS.showDag);
    const labels = () => panelTabs().map((t) => t.label).sort().join(' | ');
    await until('the DAG panel beside the interview', () => labels() === 'DAG: dag/pipeline_architecture_dag.md | Scope ZenML Architecture');
    // Asked again, the same two panels: the DAG one is revealed, not duplicated.
    await vscode.commands.executeCommand(COMMANDS.showDag);
    assert.equal(panelTabs().length, 2);
    await closePanel();
  });

  it('records the activation cost measured in this VS Code (read by bench/activation.bench.ts)', async () => {
    const { activationMs } = await api();
    // The bundle's load time: a fresh require of dist/extension.js in this extension host.
    const bundle = join(ROOT, 'dist', 'extension.js');
    const cached = require.cache[require.resolve(bundle)];
    delete require.cache[require.resolve(bundle)];
    const t0 = performance.now();
    require(bundle);
    const requireMs = performance.now() - t0;
    if (cached) require.cache[require.resolve(bundle)] = cached;
    assert.ok(activationMs > 0 && activationMs < 1000, `activate() took ${activationMs} ms`);
    mkdirSync(join(ROOT, 'out'), { recursive: true });
    writeFileSync(join(ROOT, 'out', 'activation.json'), JSON.stringify({ vscode: vscode.version, activateMs: activationMs, requireMs }, null, 2));
  });
});
