/**
 * View-only state (zoom, pan, drafts being typed) mirrored into the webview's own
 * `setState`, so a hidden, moved or restored panel comes back as the user left it. The
 * interview itself lives in the host, never here.
 */
import { useCallback, useState } from 'preact/hooks';
import { vscode } from './host';

type Store = Record<string, unknown>;

function read(): Store {
  const s = vscode.getState();
  return s && typeof s === 'object' ? (s as Store) : {};
}

export function writePersisted(key: string, value: unknown): void {
  const next = { ...read() };
  if (value === undefined) delete next[key];
  else next[key] = value;
  vscode.setState(next);
}

/**
 * Like useState, restored from the webview state under `key`. `accept` checks what comes
 * back (it may be from an older version of the webview) and falls back to `initial`.
 */
export function usePersistedState<T>(key: string, initial: T, accept: (v: unknown) => v is T): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const stored = read()[key];
    return accept(stored) ? stored : initial;
  });
  const set = useCallback(
    (v: T) => {
      setValue(v);
      writePersisted(key, v);
    },
    [key],
  );
  return [value, set];
}
