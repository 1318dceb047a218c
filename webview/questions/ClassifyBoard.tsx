/**
 * The classification board: one column per bucket, each component a card that moves
 * between columns with its "Move to" menu (keyboard reachable). Pre-filled with the
 * engine's recommendation; the card keeps showing what was recommended, and why.
 */
import { useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { type Question } from '../../src/core/interview/questions';
import { BUCKETS, BucketSchema, type Bucket, type ClassifiedComponent } from '../../src/core/planning/proposals';
import { Button, Dropdown } from '../ui';
import { matches } from '../guards';
import { usePersistedState } from '../usePersistedState';
import type { AnswerProps } from './types';
import { useDraftPreview } from './useDraftPreview';

type ClassifyQ = Extract<Question, { kind: 'classify' }>;

export const BUCKET_INFO: Record<Bucket, { label: string; hint: string }> = {
  pipeline: { label: 'Pipeline', hint: 'Batch, repeatable, worth tracking' },
  deployed: { label: 'Deployed pipeline (HTTP)', hint: 'Served with pipeline.deploy()' },
  'not-a-pipeline': { label: 'Not a pipeline', hint: 'Another tool does this better' },
  defer: { label: 'Defer', hint: 'Gray area: not for the MVP' },
};

const isBuckets = matches(z.record(z.string(), BucketSchema));

function Card({ component, bucket, focused, onMove }: { component: ClassifiedComponent; bucket: Bucket; focused: boolean; onMove: (b: Bucket) => void }) {
  const moved = bucket !== component.recommended;
  return (
    <li class={`card${moved ? ' moved' : ''}`} data-component={component.id} data-bucket={bucket}>
      <div class="card-head">
        <strong class="card-title">{component.name}</strong>
        {moved && <span class="pill">moved by you</span>}
      </div>
      {component.text && (
        <q class="card-quote" title={component.text}>
          {component.text}
        </q>
      )}
      <p class="card-reason">
        <span class="muted">Recommended: </span>
        <strong>{BUCKET_INFO[component.recommended].label}</strong>. {component.reason}
      </p>
      {component.alternative && (
        <p class="card-alternative">
          <span class="muted">Use instead: </span>
          {component.alternative}
        </p>
      )}
      <Dropdown
        label={`Move ${component.name} to`}
        value={bucket}
        options={BUCKETS.map((b) => ({ value: b, label: b === bucket ? `In: ${BUCKET_INFO[b].label}` : `Move to: ${BUCKET_INFO[b].label}` }))}
        onChange={(v) => onMove(v as Bucket)}
        focusOnMount={focused}
        testId={`move-${component.id}`}
      />
    </li>
  );
}

export function ClassifyBoard({ question, busy, onAnswer, onDraft, unconfirmed }: AnswerProps<ClassifyQ>) {
  const initial = Object.fromEntries(question.components.map((c) => [c.id, c.bucket]));
  const [buckets, setBuckets] = usePersistedState<Record<string, Bucket>>(`draft:${question.id}`, unconfirmed?.kind === 'classify' ? unconfirmed.buckets : initial, isBuckets);
  const bucketOf = (c: ClassifiedComponent) => buckets[c.id] ?? c.bucket;
  // A moved card is a new element in another column: its menu keeps the keyboard focus.
  const [moved, setMoved] = useState<string | null>(null);
  const move = (id: string, to: Bucket) => {
    setMoved(id);
    setBuckets({ ...buckets, [id]: to });
  };
  const movedCount = question.components.filter((c) => bucketOf(c) !== c.recommended).length;
  const value = { kind: 'classify' as const, buckets: Object.fromEntries(question.components.map((c) => [c.id, bucketOf(c)])) };
  useDraftPreview(value, { kind: 'classify', buckets: initial }, onDraft);
  return (
    <div class="answer">
      <div class="board" role="list" aria-label="Classification board">
        {BUCKETS.map((b) => {
          const cards = question.components.filter((c) => bucketOf(c) === b);
          return (
            <section class={`column column-${b}`} role="listitem" aria-label={BUCKET_INFO[b].label} data-column={b} key={b}>
              <header class="column-head">
                <h3>
                  {BUCKET_INFO[b].label} <span class="count">{cards.length}</span>
                </h3>
                <p class="muted">{BUCKET_INFO[b].hint}</p>
              </header>
              {cards.length === 0 ? (
                <p class="column-empty">Nothing here</p>
              ) : (
                <ul class="cards">
                  {cards.map((c) => (
                    <Card key={c.id} component={c} bucket={b} focused={c.id === moved} onMove={(to) => move(c.id, to)} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      <div class="actions">
        <span class="hint">{movedCount === 0 ? 'All as recommended.' : `${movedCount} moved from the recommendation.`}</span>
        {movedCount > 0 && (
          <Button appearance="secondary" onClick={() => setBuckets(Object.fromEntries(question.components.map((c) => [c.id, c.recommended])))}>
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
