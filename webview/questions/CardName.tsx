/**
 * A card's name, renamed in place: the pencil opens a field with the focus in it; Enter or leaving
 * the field keeps the name, Escape cancels, and the focus goes back to the pencil either way.
 */
import { useRef, useState } from 'preact/hooks';
import { BOARD_LIMITS } from '../../src/core/planning/proposals';
import { Button, TextField } from '../ui';

export function CardName({ id, name, onRename }: { id: string; name: string; onRename: (name: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(name);
  // Set once the edit has ended: the field's own focusout, as it goes, must not save again.
  const ended = useRef(false);
  const [returned, setReturned] = useState(false);
  const end = (save: boolean) => {
    if (ended.current) return;
    ended.current = true;
    if (save && text.trim() && text !== name) onRename(text);
    setEditing(false);
    setReturned(true);
  };
  if (!editing) {
    return (
      <div class="card-name">
        <strong class="card-title">{name}</strong>
        <Button
          appearance="icon"
          title={`Rename ${name}`}
          onClick={() => {
            ended.current = false;
            setText(name);
            setEditing(true);
          }}
          focusOnMount={returned}
          testId={`rename-${id}`}
        >
          ✎
        </Button>
      </div>
    );
  }
  return (
    <TextField
      value={text}
      onInput={setText}
      maxLength={BOARD_LIMITS.name}
      onKeyDown={(key) => {
        if (key !== 'Enter' && key !== 'Escape') return false;
        end(key === 'Enter');
        return true;
      }}
      onBlur={() => end(true)}
      focusOnMount
      class="card-name-field"
      testId={`name-${id}`}
    >
      Name (Enter to keep, Escape to cancel)
    </TextField>
  );
}
