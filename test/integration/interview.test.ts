import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { nextQuestion, render, type InterviewState } from '../../src/core/interview/engine';
import { lint } from '../../src/core/lint/lint';
import { COMMANDS } from '../../src/host/commands';
import { documentTarget } from '../../src/host/target';
import { malformedBatch } from '../support/malformedMessages';
import { api, closePanel, exists, FIXTURES, panelTabs, readText, setSetting, until, workspaceUri } from './helpers';
import { answerCurrent as answerWith, answerUntilReview, openPanel } from './interviewDriver';

const DESCRIPTION = readFileSync(join(FIXTURES, 'descriptions', 'card-fraud-realtime.txt'), 'utf8');
const answerCurrent = () => answerWith(DESCRIPTION);

describe('the interview through the host', () => {
  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('restores the interview from workspaceState after the panel is closed and reopened', async () => {
    await openPanel();
    await answerCurrent();
    await answerCurrent();
    const saved = (await api()).interviewState();
    assert.equal(saved.answers.length, 2);
    await closePanel();
    // A new panel loads its session from workspaceState; nothing of the old panel survives in memory.
    await vscode.commands.executeCommand(COMMANDS.resume);
    await until('the panel to reopen', () => panelTabs().length === 1);
    assert.deepEqual((await api()).interviewState(), saved);
  });

  it('drops thousands of malformed and refused messages without acting or changing the state', async function () {
    this.timeout(60_000);
    const zs = await api();
    const before: InterviewState = structuredClone(zs.interviewState());
    const filesBefore = await vscode.workspace.findFiles('**/*');
    const refused = [
      { type: 'answer', questionId: 'no-such-question', value: { kind: 'text', text: 'x' } },
      { type: 'answer', questionId: nextQuestion(before)!.id, value: { kind: 'mvp', pipeline: 'Nope' } },
      { type: 'revisit', questionId: 'never-asked' },
      { type: 'write' }, // not at the document phase yet
    ];
    const batch = [...malformedBatch(3000), ...refused];
    for (const raw of batch) await zs.deliver(raw);
    assert.deepEqual(zs.interviewState(), before);
    assert.deepEqual((await vscode.workspace.findFiles('**/*')).map(String).sort(), filesBefore.map(String).sort());
    // The handler is still alive and honest afterwards.
    await answerCurrent();
  });

  it('refuses a document path outside the workspace, then writes a document that lints clean', async function () {
    this.timeout(60_000);
    const zs = await api();
    await answerUntilReview(DESCRIPTION);
    const outside = vscode.Uri.joinPath(workspaceUri(), '..', 'escaped_architecture.md');
    for (const bad of ['../escaped_architecture.md', outside.path, '/etc/zenml_architecture.md']) {
      await setSetting('documentPath', bad);
      const target = documentTarget();
      assert.equal(target.ok, false, bad);
      assert.match(!target.ok ? target.error : '', /zenmlScope\.documentPath .*(climbs out of|absolute path outside) the workspace folder/);
      await zs.deliver({ type: 'write' });
      assert.equal(await exists(outside), false);
      assert.equal(await exists(vscode.Uri.file('/etc/zenml_architecture.md')), false);
    }

    await setSetting('documentPath', 'generated/pipeline_architecture.md');
    await zs.deliver({ type: 'write' });
    const written = workspaceUri('generated', 'pipeline_architecture.md');
    assert.ok(await exists(written), 'the document was not written');
    const text = await readText(written);
    assert.equal(text, render(zs.interviewState()));
    assert.deepEqual(lint(text), [], 'the written document should lint clean');
    await until('the written document to open in an editor', () =>
      vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === written.toString()),
    );
    assert.deepEqual(vscode.languages.getDiagnostics(written).filter((d) => d.source === 'zenml-scope'), []);
    await setSetting('documentPath', undefined);
    await closePanel();
  });
});
