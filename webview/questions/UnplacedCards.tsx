/**
 * What the reader could not place, so nothing the user wrote disappears silently: each clause with
 * the reader's reason, to place in a bucket (it becomes a card there), rename, or dismiss. Dismissed
 * clauses stay listed under a disclosure, each with Restore.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { BUCKETS, type Bucket, type UnplacedCard } from '../../src/core/planning/proposals';
import { Button, Dropdown } from '../ui';
import { BUCKET_INFO } from './buckets';
import { CardName } from './CardName';

const NOT_PLACED = 'none';

interface Props {
  open: readonly UnplacedCard[];
  dismissed: readonly UnplacedCard[];
  nameOf: (u: UnplacedCard) => string;
  /** The clause whose menu takes the focus (restored, or back from a column). */
  focused: string | null;
  /** Set after a dismissal: the focus goes to the dismissed list, which now holds the clause. */
  focusDismissed: boolean;
  onPlace: (id: string, to: Bucket) => void;
  onRename: (id: string, name: string) => void;
  onDismiss: (id: string) => void;
  onRestore: (id: string) => void;
}

export function UnplacedCards({ open, dismissed, nameOf, focused, focusDismissed, onPlace, onRename, onDismiss, onRestore }: Props) {
  const summary = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (focusDismissed) summary.current?.focus();
  }, [focusDismissed, dismissed.length]);
  if (open.length === 0 && dismissed.length === 0) return null;
  return (
    <section class="unplaced" aria-label="Not placed yet" data-testid="unplaced">
      <header class="column-head">
        <h3>
          Not placed yet <span class="count">{open.length}</span>
        </h3>
        <p class="muted">
          {open.length > 0 ? 'The reader could not place these words. Put each in a bucket, or dismiss it.' : 'Every clause is placed or dismissed.'}
        </p>
      </header>
      {open.length > 0 && (
        <ul class="cards unplaced-cards">
          {open.map((u) => (
            <li class="card unplaced-card" data-unplaced={u.id} key={u.id}>
              <div class="card-head">
                <CardName id={u.id} name={nameOf(u)} onRename={(name) => onRename(u.id, name)} />
              </div>
              <q class="card-quote" title={u.text}>
                {u.text}
              </q>
              <p class="card-reason">
                <span class="muted">The reader: </span>
                {u.reason}
              </p>
              <div class="unplaced-actions">
                <Dropdown
                  label={`Place ${nameOf(u)} in`}
                  value={NOT_PLACED}
                  options={[{ value: NOT_PLACED, label: 'Place in…' }, ...BUCKETS.map((b) => ({ value: b, label: `Place in: ${BUCKET_INFO[b].label}` }))]}
                  onChange={(v) => onPlace(u.id, v as Bucket)}
                  focusOnMount={focused === u.id}
                  testId={`place-${u.id}`}
                />
                <Button appearance="secondary" onClick={() => onDismiss(u.id)} testId={`dismiss-${u.id}`}>
                  Dismiss
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {dismissed.length > 0 && (
        <details class="dismissed" data-testid="dismissed">
          <summary ref={summary}>Dismissed ({dismissed.length})</summary>
          <ul class="dismissed-list">
            {dismissed.map((u) => (
              <li key={u.id} data-dismissed={u.id}>
                <q class="card-quote">{u.text}</q>
                <Button appearance="secondary" onClick={() => onRestore(u.id)} testId={`restore-${u.id}`}>
                  Restore
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
