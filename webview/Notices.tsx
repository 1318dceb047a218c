import type { Notice } from '../src/core/interview/questions';
import { Prose } from './Prose';
import { Button } from './ui';

const TONE_TITLE: Record<Notice['tone'], string> = {
  pushback: 'Push-back',
  redirect: 'Before you go on',
  info: 'Note',
};

/** The engine's push-back on a red flag, with its concrete cost. */
export function PushbackCard({ notice }: { notice: Notice }) {
  return (
    <aside class={`pushback tone-${notice.tone}`} data-rule={notice.rule} data-testid="pushback">
      <div class="pushback-head">
        <strong>{TONE_TITLE[notice.tone]}</strong>
        <code class="rule">{notice.rule}</code>
      </div>
      <p>
        <Prose text={notice.message} />
      </p>
    </aside>
  );
}

export interface HostNotice {
  id: number;
  level: 'info' | 'error';
  text: string;
}

/** One-line outcomes from the host (an answer refused, a file written). */
export function HostNotices({ notices, onDismiss }: { notices: readonly HostNotice[]; onDismiss: (id: number) => void }) {
  if (notices.length === 0) return null;
  return (
    <div class="host-notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} class={`host-notice ${n.level}`} role={n.level === 'error' ? 'alert' : 'status'} data-testid={`notice-${n.level}`}>
          <span class="host-notice-icon" aria-hidden="true">
            {n.level === 'error' ? '!' : 'i'}
          </span>
          <span class="host-notice-text">{n.text}</span>
          <Button appearance="icon" title="Dismiss" onClick={() => onDismiss(n.id)}>
            ✕
          </Button>
        </div>
      ))}
    </div>
  );
}
