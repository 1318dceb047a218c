/**
 * Restricted Mode. code-server runs these tests with --disable-workspace-trust (its trust prompt is a modal in
 * the browser page, before the extension host starts, which the smoke-test driver cannot answer), so
 * `workspace.isTrusted` is always true here. The gate is exercised instead through a real panel whose trust
 * dependency says "untrusted": the same panel class, message handler and writer the extension uses, driven by
 * the messages its webview would post.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { architecture, nextQuestion, recommendedAnswer } from '../../src/core/interview/engine';
import { DEFAULT_CONFIG } from '../../src/core/lint/config';
import type { HostMessage } from '../../src/core/protocol';
import { InterviewSession } from '../../src/host/interviewSession';
import { InterviewPanel } from '../../src/host/panel';
import { InterviewStore, type KeyValueStore } from '../../src/host/stateStore';
import { EXTENSION_ID, exists, FIXTURES, workspaceUri } from './helpers';

const DESCRIPTION = readFileSync(join(FIXTURES, 'descriptions', 'defect-detection-cv.txt'), 'utf8');

class MemoryMemento implements KeyValueStore {
  private readonly values = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }
  async update(key: string, value: unknown): Promise<void> {
    this.values.set(key, value);
  }
}

describe('Restricted Mode (an untrusted workspace)', () => {
  let panel: InterviewPanel;
  const log = vscode.window.createOutputChannel('ZenML Scope trust test', { log: true });

  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const store = new InterviewStore(new MemoryMemento(), (m) => assert.fail(m));
    const untrusted = () => false;
    panel = InterviewPanel.show({
      extensionUri: extension.extensionUri,
      openSession: () => new InterviewSession({ store, lintConfig: async () => DEFAULT_CONFIG, canWrite: untrusted }),
      log,
      // Saying yes to every overwrite: a refusal below can only come from the trust gate.
      confirmOverwrite: async () => true,
      isTrusted: untrusted,
    });
  });

  after(() => {
    log.dispose();
  });

  it('runs the interview and tells the webview it cannot write', async () => {
    await panel.handle({ type: 'ready', protocol: 1 });
    for (let q = nextQuestion(panel.session.state); q && q.kind !== 'review'; q = nextQuestion(panel.session.state)) {
      const value = q.id === 'picture' ? { kind: 'text' as const, text: DESCRIPTION } : recommendedAnswer(q);
      await panel.handle({ type: 'answer', questionId: q.id, value });
    }
    assert.equal(nextQuestion(panel.session.state)?.kind, 'review', 'the interview reached the document phase untrusted');
    assert.ok(architecture(panel.session.state).pipelines.length >= 1);
    const message: HostMessage = await panel.session.message();
    assert.ok(message.type === 'interview' && message.canWrite === false && message.preview !== null, 'preview and lint, but no writing');
  });

  it('refuses to write the document or export the DAG, and says why', async () => {
    const files = ['pipeline_architecture.svg', 'pipeline_architecture.mmd'].map((f) => workspaceUri(f));
    const documentBefore = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('pipeline_architecture.md')));
    for (const intent of [{ type: 'write' }, { type: 'export', format: 'svg' }, { type: 'export', format: 'mermaid' }]) {
      panel.lastNotice = undefined;
      await panel.handle(intent);
      const told = panel.lastNotice as InterviewPanel['lastNotice'];
      assert.equal(told?.level, 'error', JSON.stringify(intent));
      assert.match(told?.text ?? '', /needs a trusted workspace/);
    }
    for (const f of files) assert.equal(await exists(f), false, `${vscode.workspace.asRelativePath(f)} must not be written`);
    const documentAfter = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('pipeline_architecture.md')));
    assert.equal(documentAfter, documentBefore);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
