/**
 * The language model in VS Code: `vscode.lm`, with the user's consent (VS Code asks before an extension
 * first uses a model) and their choice of model. Nothing is called unless `zenmlScope.useLanguageModel`
 * is on or the user asked with the panel's control. `zenmlScope.languageModel.family` picks the model;
 * with none set, a quick pick lists the available models once and the choice is remembered.
 * The engine sees only a `ModelEndpoint`, so the integration tests can hand in their own.
 */
import * as vscode from 'vscode';
import { DEFAULT_TIMEOUT_MS, type ModelEndpoint } from '../core/assist/endpoint';
import { readSettings } from './config';

const CHOSEN_KEY = 'zenmlScope.languageModel.chosenId';
const JUSTIFICATION = 'ZenML Scope asks the model to read your description of the ML system and propose how to scope it; the engine checks every proposal.';

export type ModelSource = (opts: { explicit: boolean }) => Promise<ModelEndpoint | null>;

function oneLine(e: unknown): string {
  const text = e instanceof vscode.LanguageModelError ? `${e.code}: ${e.message}` : (e as Error)?.message ?? String(e);
  return text.replace(/\s+/g, ' ').trim();
}

/** A `vscode.lm` chat model as the engine's endpoint. The API has no system role: the method goes first, as a user message. */
export function chatEndpoint(model: vscode.LanguageModelChat, timeoutMs = DEFAULT_TIMEOUT_MS): ModelEndpoint {
  return {
    id: model.id,
    complete: async (messages, { signal }) => {
      let cancelledByUser = signal?.aborted ?? false;
      const cancel = new vscode.CancellationTokenSource();
      const timer = setTimeout(() => cancel.cancel(), timeoutMs);
      /** The caller's signal or the notification's Cancel. */
      const onAbort = () => {
        cancelledByUser = true;
        cancel.cancel();
      };
      signal?.addEventListener('abort', onAbort);
      const stopped = (): string => (cancelledByUser ? 'the model call was cancelled' : `the model did not answer within ${timeoutMs / 1000} s`);
      try {
        // A notification with Cancel: the user can stop a slow model and go on offline.
        return await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: `Reading your description with ${model.name}…`, cancellable: true },
          async (_progress, token) => {
            token.onCancellationRequested(onAbort);
            const response = await model.sendRequest(
              messages.map((m) => vscode.LanguageModelChatMessage.User(m.content)),
              { justification: JUSTIFICATION },
              cancel.token,
            );
            let text = '';
            for await (const chunk of response.text) text += chunk;
            if (cancel.token.isCancellationRequested) return { ok: false as const, error: stopped() };
            return { ok: true as const, text, model: model.id };
          },
        );
      } catch (e) {
        return { ok: false, error: cancel.token.isCancellationRequested ? stopped() : oneLine(e) };
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        cancel.dispose();
      }
    },
  };
}

async function pick(memento: vscode.Memento): Promise<vscode.LanguageModelChat | undefined> {
  const remembered = memento.get<string>(CHOSEN_KEY);
  if (remembered) {
    const [model] = await vscode.lm.selectChatModels({ id: remembered });
    if (model) return model;
  }
  const models = await vscode.lm.selectChatModels();
  if (models.length === 0) return undefined;
  const chosen = await vscode.window.showQuickPick(
    models.map((m) => ({ label: m.name, description: `${m.vendor} · ${m.family}`, model: m })),
    { title: 'ZenML Scope: which language model reads your description?', placeHolder: 'Set zenmlScope.languageModel.family to skip this question' },
  );
  if (chosen) await memento.update(CHOSEN_KEY, chosen.model.id);
  return chosen?.model;
}

/** The endpoint the settings and the user's choice name, or null (no model used). */
export function vscodeModelSource(memento: vscode.Memento): ModelSource {
  return async ({ explicit }) => {
    const settings = readSettings();
    if ((!settings.useLanguageModel && !explicit) || typeof vscode.lm?.selectChatModels !== 'function') return null;
    const model = settings.languageModelFamily ? (await vscode.lm.selectChatModels({ family: settings.languageModelFamily }))[0] : await pick(memento);
    if (!model && settings.languageModelFamily) throw new Error(`no language model of the family '${settings.languageModelFamily}' is available`);
    return model ? chatEndpoint(model) : null;
  };
}
