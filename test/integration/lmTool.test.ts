import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LM_TOOL_NAME } from '../../src/host/commands';
import { api } from './helpers';

async function invoke(input: object): Promise<string> {
  const result = await vscode.lm.invokeTool(LM_TOOL_NAME, { input, toolInvocationToken: undefined });
  return result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
}

describe('language model tool', () => {
  it('is registered and lints a workspace document for agent mode', async () => {
    await api();
    assert.ok(vscode.lm.tools.some((t) => t.name === LM_TOOL_NAME));
    const text = await invoke({ path: 'pipeline_architecture.md' });
    assert.match(text, /^pipeline_architecture\.md: \d+ finding\(s\)/);
    assert.match(text, /pipeline_architecture\.md:11 error time-estimate: /);
  });

  it('refuses paths outside the workspace', async () => {
    assert.match(await invoke({ path: '../../etc/passwd' }), /^Cannot lint: path "..\/..\/etc\/passwd" climbs out of the workspace folder/);
  });
});
