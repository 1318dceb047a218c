/**
 * The interview state in workspaceState, as the engine's versioned JSON. The host owns it, so closing the
 * panel, reloading the window or restarting VS Code resumes where the user was.
 * A saved state that cannot be read is kept under a backup key, never overwritten unseen: each one
 * is kept with when it was found, the last MAX_BACKUPS of them.
 */
import { initialState, loadState, serialize, type InterviewState } from '../core/interview/state';
import { UnconfirmedSchema, type Unconfirmed } from '../core/protocol';

/** The slice of `vscode.Memento` the store needs (so tests can hand it a Map). */
export interface KeyValueStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
}

export const STATE_KEY = 'zenmlScope.interview.state';
export const UNREADABLE_KEY = 'zenmlScope.interview.unreadable';
/** Enough to survive a few bad versions in a row; bounded so workspace state cannot grow without end. */
export const MAX_BACKUPS = 10;

export interface Backup {
  /** When the unreadable state was found (ISO 8601). */
  foundAt: string;
  text: string;
}
export const UNCONFIRMED_KEY = 'zenmlScope.interview.unconfirmed';

export class InterviewStore {
  constructor(
    private readonly memento: KeyValueStore,
    private readonly report: (message: string) => void,
    private readonly now: () => Date = () => new Date(),
  ) {}

  load(): InterviewState {
    const saved = this.memento.get<string>(STATE_KEY);
    if (saved === undefined) return initialState();
    const result = loadState(saved);
    if (result.ok) return result.state;
    const backups = this.backups();
    if (!backups.some((b) => b.text === saved)) backups.push({ foundAt: this.now().toISOString(), text: saved });
    void this.memento.update(UNREADABLE_KEY, backups.slice(-MAX_BACKUPS));
    void this.memento.update(STATE_KEY, undefined);
    this.report(`${result.error} The unreadable copy is kept in workspace state under ${UNREADABLE_KEY} (with the last ${MAX_BACKUPS} such copies).`);
    return initialState();
  }

  /** The unreadable states kept so far, oldest first (an earlier version kept one bare string). */
  backups(): Backup[] {
    const kept = this.memento.get<Backup[] | string>(UNREADABLE_KEY);
    if (typeof kept === 'string') return [{ foundAt: 'before backups were dated', text: kept }];
    return Array.isArray(kept) ? [...kept] : [];
  }

  save(state: InterviewState): Thenable<void> {
    return this.memento.update(STATE_KEY, serialize(state));
  }

  clear(): Thenable<void> {
    return Promise.all([this.memento.update(STATE_KEY, undefined), this.saveUnconfirmed(undefined)]).then(() => undefined);
  }

  /** The answer being edited (the webview's last draft); a stale or malformed one reads as none. */
  loadUnconfirmed(): Unconfirmed | undefined {
    const parsed = UnconfirmedSchema.safeParse(this.memento.get(UNCONFIRMED_KEY));
    return parsed.success ? parsed.data : undefined;
  }

  saveUnconfirmed(edit: Unconfirmed | undefined): Thenable<void> {
    return this.memento.update(UNCONFIRMED_KEY, edit);
  }
}
