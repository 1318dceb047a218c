import { post } from './host';
import { Button } from './ui';

/**
 * Who read the description: a language model (named) or the offline reader, and a switch to the
 * other. Shown once a description is read; the host reads it again and the interview follows.
 */
export function ReadBy({ readBy, busy }: { readBy: string | null | undefined; busy: boolean }) {
  if (readBy === undefined) return null;
  return (
    <div class="read-by" data-testid="read-by">
      <span class="hint">{readBy ? `Read by ${readBy}` : 'Read offline'}</span>
      <Button appearance="secondary" disabled={busy} onClick={() => post({ type: 'reader', use: readBy ? 'offline' : 'model' })} testId="read-by-switch">
        {readBy ? 'Read offline instead' : 'Read with a language model'}
      </Button>
    </div>
  );
}
