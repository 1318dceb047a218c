import type { Question } from '../../src/core/interview/questions';
import { Button, TextArea } from '../ui';
import { isString } from '../guards';
import { usePersistedState } from '../usePersistedState';
import type { AnswerProps } from './types';

type TextQ = Extract<Question, { kind: 'text' }>;

export function TextQuestion({ question, busy, onAnswer }: AnswerProps<TextQ>) {
  const [text, setText] = usePersistedState(`draft:${question.id}`, question.value, isString);
  const words = text.trim() ? text.trim().split(/\s+/).length : 0;
  const submit = () => onAnswer({ kind: 'text', text });
  return (
    <div
      class="answer answer-text"
      onKeyDown={(e) => {
        // Ctrl/Cmd+Enter sends, as in VS Code's own input boxes.
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
      }}
    >
      <TextArea value={text} onInput={setText} rows={12} placeholder={question.placeholder} class="wide" testId="answer-text">
        Your answer
      </TextArea>
      <div class="actions">
        <span class="hint">{words === 0 ? 'Ramble freely: lists, half sentences and typos are fine.' : `${words} words · Ctrl+Enter to send`}</span>
        <Button onClick={submit} disabled={busy} testId="submit">
          Continue
        </Button>
      </div>
    </div>
  );
}
