/**
 * The webview's side of the protocol: typed intents out, validated messages in.
 * Everything the host sends is `safeParse`d; a bad message is logged and dropped.
 */
import { useEffect } from 'preact/hooks';
import { HostMessageSchema, PROTOCOL_VERSION, type HostMessage, type WebviewMessage } from '../src/core/protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** VS Code allows one call per page load. */
export const vscode: VsCodeApi = acquireVsCodeApi();

export function post(message: WebviewMessage): void {
  vscode.postMessage(message);
}

/**
 * Listens to the host, then tells it so: `ready` goes out only once the listener is attached
 * (an effect runs after the first paint), so the host's first message cannot arrive before it.
 */
export function useHostMessages(onMessage: (message: HostMessage) => void): void {
  useEffect(() => {
    const listener = (event: MessageEvent) => {
      const parsed = HostMessageSchema.safeParse(event.data);
      if (!parsed.success) {
        console.warn('[zenml-scope] dropped a malformed host message:', parsed.error.issues[0]?.message);
        return;
      }
      onMessage(parsed.data);
    };
    window.addEventListener('message', listener);
    post({ type: 'ready', protocol: PROTOCOL_VERSION });
    return () => window.removeEventListener('message', listener);
  }, [onMessage]);
}
