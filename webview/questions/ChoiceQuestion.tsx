import * as z from 'zod/mini';
import type { Question } from '../../src/core/interview/questions';
import { Button, Checkbox, RadioGroup } from '../ui';
import { isString, matches } from '../guards';
import { usePersistedState } from '../usePersistedState';
import type { AnswerProps } from './types';
import { useDraftPreview } from './useDraftPreview';

type SingleQ = Extract<Question, { kind: 'single' }>;
type MultiQ = Extract<Question, { kind: 'multi' }>;

function OptionLabel({ label, detail }: { label: string; detail?: string | undefined }) {
  return (
    <span class="option">
      <span class="option-label">{label}</span>
      {detail && <span class="option-detail">{detail}</span>}
    </span>
  );
}

export function SingleChoice({ question, busy, onAnswer, onDraft, unconfirmed }: AnswerProps<SingleQ>) {
  const [choice, setChoice] = usePersistedState(`draft:${question.id}`, unconfirmed?.kind === 'single' ? unconfirmed.option : (question.value ?? ''), isString);
  useDraftPreview(choice ? { kind: 'single', option: choice } : null, { kind: 'single', option: question.value ?? '' }, onDraft);
  return (
    <div class="answer">
      <RadioGroup
        label="Choose one"
        value={choice}
        onChange={setChoice}
        options={question.options.map((o) => ({ value: o.id, label: <OptionLabel label={o.label} detail={o.detail} /> }))}
        testId="answer-single"
      />
      <div class="actions">
        <Button onClick={() => onAnswer({ kind: 'single', option: choice })} disabled={busy || !choice} testId="submit">
          Continue
        </Button>
      </div>
    </div>
  );
}

const isIdList = matches(z.array(z.string()));

export function MultiChoice({ question, busy, onAnswer, onDraft, unconfirmed }: AnswerProps<MultiQ>) {
  const [chosen, setChosen] = usePersistedState(`draft:${question.id}`, unconfirmed?.kind === 'multi' ? unconfirmed.options : question.value, isIdList);
  const inOrder = (ids: readonly string[]) => ({ kind: 'multi' as const, options: question.options.map((o) => o.id).filter((id) => ids.includes(id)) });
  const value = inOrder(chosen);
  useDraftPreview(value, inOrder(question.value), onDraft);
  const toggle = (id: string, on: boolean) => setChosen(on ? [...chosen, id] : chosen.filter((x) => x !== id));
  return (
    <div class="answer">
      <fieldset class="choices" data-testid="answer-multi">
        <legend>Choose any</legend>
        {question.options.map((o) => (
          <Checkbox key={o.id} checked={chosen.includes(o.id)} onChange={(on) => toggle(o.id, on)} testId={`option-${o.id}`}>
            <OptionLabel label={o.label} detail={o.detail} />
          </Checkbox>
        ))}
      </fieldset>
      <div class="actions">
        <span class="hint">{chosen.length} selected</span>
        <Button onClick={() => onAnswer(value)} disabled={busy} testId="submit">
          Continue
        </Button>
      </div>
    </div>
  );
}
