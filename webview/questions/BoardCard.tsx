/**
 * One card in a bucket column: the reader's component (with what was recommended and why), a
 * clause the user placed, or a component the user added. Every card can be renamed and moved
 * from the keyboard; a placed clause can go back to the unplaced ones, an added card be removed.
 */
import { BUCKETS, type Bucket, type ClassifiedComponent } from '../../src/core/planning/proposals';
import { Button, Dropdown } from '../ui';
import { BUCKET_INFO } from './buckets';
import type { BoardCard } from './boardEdits';
import { CardName } from './CardName';

/** The "Move to" menu's extra entry on a placed clause. */
export const BACK_TO_UNPLACED = 'unplaced';

interface Props {
  card: BoardCard;
  /** The reader's component behind the card (its recommendation and reason); none for the user's own cards. */
  component: ClassifiedComponent | undefined;
  focused: boolean;
  onMove: (to: Bucket | typeof BACK_TO_UNPLACED) => void;
  onRename: (name: string) => void;
  onRemove: () => void;
}

export function Card({ card, component, focused, onMove, onRename, onRemove }: Props) {
  const moved = component !== undefined && card.bucket !== component.recommended;
  const pill = moved ? 'moved by you' : card.origin === 'placed' ? 'placed by you' : card.origin === 'added' ? 'added by you' : null;
  const options = BUCKETS.map((b) => ({ value: b as string, label: b === card.bucket ? `In: ${BUCKET_INFO[b].label}` : `Move to: ${BUCKET_INFO[b].label}` }));
  if (card.origin === 'placed') options.push({ value: BACK_TO_UNPLACED, label: 'Back to not placed' });
  return (
    <li class={`card${pill ? ' moved' : ''}`} data-component={card.id} data-bucket={card.bucket} data-origin={card.origin}>
      <div class="card-head">
        <CardName id={card.id} name={card.name} onRename={onRename} />
        {pill && <span class="pill">{pill}</span>}
      </div>
      {card.text && (
        <q class="card-quote" title={card.text}>
          {card.text}
        </q>
      )}
      {component && (
        <p class="card-reason">
          <span class="muted">Recommended: </span>
          <strong>{BUCKET_INFO[component.recommended].label}</strong>. {component.reason}
        </p>
      )}
      {component?.alternative && (
        <p class="card-alternative">
          <span class="muted">Use instead: </span>
          {component.alternative}
        </p>
      )}
      <Dropdown
        label={`Move ${card.name} to`}
        value={card.bucket}
        options={options}
        onChange={(v) => onMove(v as Bucket | typeof BACK_TO_UNPLACED)}
        focusOnMount={focused}
        testId={`move-${card.id}`}
      />
      {card.origin === 'added' && (
        <Button appearance="secondary" onClick={onRemove} testId={`remove-${card.id}`}>
          Remove
        </Button>
      )}
    </li>
  );
}
