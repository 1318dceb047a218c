/** A component the reader missed, typed in: it becomes a card in the bucket chosen beside it. */
import { useState } from 'preact/hooks';
import { BOARD_LIMITS, BUCKETS, type Bucket } from '../../src/core/planning/proposals';
import { Button, Dropdown, TextField } from '../ui';
import { BUCKET_INFO } from './buckets';

export function AddComponent({ full, onAdd }: { full: boolean; onAdd: (text: string, bucket: Bucket) => void }) {
  const [text, setText] = useState('');
  const [bucket, setBucket] = useState<Bucket>('pipeline');
  const ready = text.trim().length > 0 && !full;
  const submit = () => {
    if (!ready) return;
    onAdd(text, bucket);
    setText('');
  };
  return (
    <div class="add-component" data-testid="add-component">
      <TextField
        value={text}
        onInput={setText}
        placeholder="e.g. a weekly price report for the sellers"
        maxLength={BOARD_LIMITS.text}
        onKeyDown={(key) => {
          if (key !== 'Enter') return false;
          submit();
          return true;
        }}
        class="add-text"
        testId="add-text"
      >
        Something the reader missed
      </TextField>
      <Dropdown label="Add it to" value={bucket} options={BUCKETS.map((b) => ({ value: b, label: `Add to: ${BUCKET_INFO[b].label}` }))} onChange={(v) => setBucket(v as Bucket)} testId="add-bucket" />
      <Button appearance="secondary" onClick={submit} disabled={!ready} title={full ? `At most ${BOARD_LIMITS.added} added components` : undefined} testId="add">
        Add
      </Button>
    </div>
  );
}
