/**
 * The classification board: one column per bucket, each component a card that moves between
 * columns with its "Move to" menu (keyboard reachable). Pre-filled with the engine's
 * recommendation; the card keeps showing what was recommended, and why. Above the columns, what
 * the reader could not place; below them, a field to add what it missed. Any card can be renamed.
 */
import { useState } from 'preact/hooks';
import { type Question } from '../../src/core/interview/questions';
import { nameFromText } from '../../src/core/planning/board';
import { BOARD_LIMITS, BUCKETS } from '../../src/core/planning/proposals';
import { Button } from '../ui';
import { usePersistedState } from '../usePersistedState';
import { AddComponent } from './AddComponent';
import { BACK_TO_UNPLACED, Card } from './BoardCard';
import * as edit from './boardEdits';
import { BUCKET_INFO } from './buckets';
import type { AnswerProps } from './types';
import { UnplacedCards } from './UnplacedCards';
import { useDraftPreview } from './useDraftPreview';

type ClassifyQ = Extract<Question, { kind: 'classify' }>;

export function ClassifyBoard({ question, busy, onAnswer, onDraft, unconfirmed }: AnswerProps<ClassifyQ>) {
  const original = edit.originalValue(question);
  const [value, setValue] = usePersistedState<edit.BoardValue>(`draft:${question.id}`, unconfirmed?.kind === 'classify' ? unconfirmed : original, edit.isBoardValue);
  // A card that changed place is a new element elsewhere: its menu keeps the keyboard focus.
  const [focused, setFocused] = useState<string | null>(null);
  const [focusDismissed, setFocusDismissed] = useState(false);
  const update = (next: edit.BoardValue, focus: string | null = null) => {
    setFocused(focus);
    setFocusDismissed(false);
    setValue(next);
  };
  const cards = edit.cardsOf(question, value);
  const component = (id: string) => question.components.find((c) => c.id === id);
  const movedCount = question.components.filter((c) => (value.buckets[c.id] ?? c.bucket) !== c.recommended).length;
  useDraftPreview(value, original, onDraft);
  return (
    <div class="answer">
      <UnplacedCards
        open={edit.openClauses(question, value)}
        dismissed={edit.dismissedClauses(question, value)}
        nameOf={(u) => (Object.hasOwn(value.names, u.id) ? value.names[u.id]! : nameFromText(u.text))}
        focused={focused}
        focusDismissed={focusDismissed}
        onPlace={(id, to) => update(edit.place(value, id, to), id)}
        onRename={(id, name) => update(edit.rename(value, id, name, nameFromText(question.unplaced.find((u) => u.id === id)!.text)))}
        onDismiss={(id) => {
          update(edit.dismiss(value, id));
          setFocusDismissed(true);
        }}
        onRestore={(id) => update(edit.restore(value, id), id)}
      />
      <div class="board" role="list" aria-label="Classification board">
        {BUCKETS.map((b) => {
          const here = cards.filter((c) => c.bucket === b);
          return (
            <section class={`column column-${b}`} role="listitem" aria-label={BUCKET_INFO[b].label} data-column={b} key={b}>
              <header class="column-head">
                <h3>
                  {BUCKET_INFO[b].label} <span class="count">{here.length}</span>
                </h3>
                <p class="muted">{BUCKET_INFO[b].hint}</p>
              </header>
              {here.length === 0 ? (
                <p class="column-empty">Nothing here</p>
              ) : (
                <ul class="cards">
                  {here.map((card) => (
                    <Card
                      key={card.id}
                      card={card}
                      component={component(card.id)}
                      focused={card.id === focused}
                      onMove={(to) => (to === BACK_TO_UNPLACED ? update(edit.unplace(value, card.id), card.id) : update(edit.move(value, card, to), card.id))}
                      onRename={(name) => update(edit.rename(value, card.id, name, component(card.id)?.name ?? nameFromText(card.text)))}
                      onRemove={() => update(edit.remove(value, card.id))}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      <AddComponent
        full={value.added.length >= BOARD_LIMITS.added}
        onAdd={(text, bucket) => {
          const added = edit.add(value, text, bucket);
          update(added.value, added.id);
        }}
      />
      <div class="actions">
        <span class="hint">{movedCount === 0 ? 'All as recommended.' : `${movedCount} moved from the recommendation.`}</span>
        {movedCount > 0 && (
          <Button appearance="secondary" onClick={() => update({ ...value, buckets: Object.fromEntries(question.components.map((c) => [c.id, c.recommended])) })}>
            Back to recommendations
          </Button>
        )}
        <Button onClick={() => onAnswer(value)} disabled={busy} testId="submit">
          Confirm classification
        </Button>
      </div>
    </div>
  );
}
