/**
 * The host's entry point for everything the webview posts. The webview is untrusted input: each message is
 * `safeParse`d against the protocol, and a bad one is logged and dropped, never acted on. Valid intents are
 * handed to the panel's actions one at a time (an answer may wait on a language model; a second message
 * must not race it on the interview state). Pure (no `vscode`), so it is fuzzed in unit tests too.
 */
import { WebviewMessageSchema, type WebviewMessage } from '../core/protocol';

/** What the panel does for each intent; the core decides, these only adapt. */
export interface PanelActions {
  ready(): Promise<void>;
  answer(questionId: string, value: Extract<WebviewMessage, { type: 'answer' }>['value']): Promise<void>;
  draft(questionId: string, value: Extract<WebviewMessage, { type: 'draft' }>['value']): Promise<void>;
  revisit(questionId: string): Promise<void>;
  reset(): Promise<void>;
  /** Reads the description again with the language model or offline. */
  reader(use: 'model' | 'offline'): Promise<void>;
  write(): Promise<void>;
  export(format: 'svg' | 'mermaid'): Promise<void>;
  /** Tells the user an answer was refused before it reached the engine (too big, malformed), and why. */
  refuse(reason: string): Promise<void>;
}

const PREVIEW_CHARS = 160;

function preview(raw: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(raw) ?? String(raw);
  } catch {
    text = Object.prototype.toString.call(raw);
  }
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

function isAnswer(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'answer';
}

function dispatch(actions: PanelActions, message: WebviewMessage): Promise<void> {
  switch (message.type) {
    case 'ready':
      return actions.ready();
    case 'answer':
      return actions.answer(message.questionId, message.value);
    case 'draft':
      return actions.draft(message.questionId, message.value);
    case 'revisit':
      return actions.revisit(message.questionId);
    case 'reset':
      return actions.reset();
    case 'reader':
      return actions.reader(message.use);
    case 'write':
      return actions.write();
    case 'export':
      return actions.export(message.format);
  }
}

/** Returns the handler for `webview.onDidReceiveMessage`; its promise settles when the message is handled. */
export function createMessageHandler(actions: PanelActions, log: (line: string) => void): (raw: unknown) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  return (raw) => {
    const parsed = WebviewMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
      log(`Dropped a malformed webview message (${where}): ${preview(raw)}`);
      // An answer the user pressed a button for deserves a reason; drafts and noise do not.
      if (isAnswer(raw)) queue = queue.then(() => actions.refuse(`That answer was not accepted: ${issue?.code === 'custom' ? issue.message : 'it is not an answer this question takes.'}`));
      return queue;
    }
    const message = parsed.data;
    queue = queue.then(() =>
      dispatch(actions, message).catch((e: unknown) => log(`Handling "${message.type}" failed: ${(e as Error)?.stack ?? String(e)}`)),
    );
    return queue;
  };
}
