import type { Question } from '../../src/core/interview/questions';
import { Prose } from '../Prose';
import { Button, RadioGroup } from '../ui';
import { isString } from '../guards';
import { usePersistedState } from '../usePersistedState';
import type { AnswerProps } from './types';
import { useDraftPreview } from './useDraftPreview';

type MvpQ = Extract<Question, { kind: 'mvp' }>;

export function MvpPick({ question, busy, onAnswer, onDraft, unconfirmed }: AnswerProps<MvpQ>) {
  const [choice, setChoice] = usePersistedState(`draft:${question.id}`, unconfirmed?.kind === 'mvp' ? unconfirmed.pipeline : (question.value ?? question.recommended), isString);
  useDraftPreview(choice ? { kind: 'mvp', pipeline: choice } : null, { kind: 'mvp', pipeline: question.value ?? question.recommended }, onDraft);
  return (
    <div class="answer">
      <p class="recommendation">
        <span class="muted">Recommended: </span>
        <strong>{question.recommended}</strong>. <Prose text={question.reason} />
      </p>
      <RadioGroup
        label="Build this one first"
        value={choice}
        onChange={setChoice}
        testId="answer-mvp"
        options={question.pipelines.map((p) => ({
          value: p.name,
          label: (
            <span class="option">
              <span class="option-label">{p.name}</span>
              <span class="option-detail">{p.summary}</span>
            </span>
          ),
        }))}
      />
      <div class="actions">
        <span class="hint">Everything else becomes Phase 2 or later.</span>
        <Button onClick={() => onAnswer({ kind: 'mvp', pipeline: choice })} disabled={busy || !choice} testId="submit">
          Make {choice || 'it'} the MVP
        </Button>
      </div>
    </div>
  );
}
