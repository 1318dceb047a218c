/**
 * A language model for the UI test only, installed beside ZenML Scope in code-server: a real `vscode.lm`
 * chat provider that answers ZenML Scope's prompt with the reply recorded for it (test/recordings), so the
 * panel reads through the product's own path (settings, `vscode.lm.selectChatModels`, `sendRequest`, the
 * progress notification) without a network. A prompt with no recording fails the request, as a down model would.
 */
import * as vscode from 'vscode';
import { findRecording } from '../../../src/recordings/recordings';

/** The recordings folder, fixed when the test bundles this file (the extension runs from its install folder). */
declare const RECORDINGS: string;

/** What a provider returns per model: `vscode.LanguageModelChatInformation` (stable since 1.104; the project's types are 1.95). */
const MODEL = {
  id: 'recorded-replies',
  name: 'Recorded replies',
  family: 'recorded-replies',
  version: '1',
  maxInputTokens: 200_000,
  maxOutputTokens: 32_000,
  capabilities: {},
};

type Message = { content: readonly unknown[] };
type Lm = typeof vscode.lm & { registerLanguageModelChatProvider(vendor: string, provider: object): vscode.Disposable };

/** ZenML Scope sends its method first, as a user message (the API has no system role): the recording hashes it as the system's. */
function promptOf(messages: readonly Message[]) {
  return messages.map((m, i) => ({
    role: i === 0 ? ('system' as const) : ('user' as const),
    content: m.content.flatMap((p) => (p instanceof vscode.LanguageModelTextPart ? [p.value] : [])).join(''),
  }));
}

export function activate(context: vscode.ExtensionContext): void {
  const provider = {
    provideLanguageModelChatInformation: () => [MODEL],
    provideLanguageModelChatResponse: async (_model: unknown, messages: readonly Message[], _options: unknown, progress: vscode.Progress<vscode.LanguageModelTextPart>) => {
      const found = findRecording(RECORDINGS, promptOf(messages));
      if (!found.ok) throw new Error(found.error);
      progress.report(new vscode.LanguageModelTextPart(found.recording.reply));
    },
    provideTokenCount: async (_model: unknown, text: string | Message) => Math.ceil((typeof text === 'string' ? text : JSON.stringify(text.content)).length / 4),
  };
  context.subscriptions.push((vscode.lm as Lm).registerLanguageModelChatProvider('recorded-replies', provider));
}
