/** One question: where it sits, what it asks, why it matters, any push-back, then its answer form. */
import { PHASE_LABELS, type AnswerValue, type Question } from '../../src/core/interview/questions';
import { PushbackCard } from '../Notices';
import { Prose } from '../Prose';
import { ClassifyBoard } from './ClassifyBoard';
import { MultiChoice, SingleChoice } from './ChoiceQuestion';
import { MvpPick } from './MvpPick';
import { PipelineEditor } from './PipelineEditor';
import { TextQuestion } from './TextQuestion';
import type { DraftSink } from './useDraftPreview';

export interface QuestionCardProps {
  question: Question;
  busy: boolean;
  onAnswer: (value: AnswerValue) => void;
  onDraft: DraftSink;
  unconfirmed?: AnswerValue | undefined;
  /** The review question's body (the preview needs more than the question carries). */
  review: preact.ComponentChildren;
}

function AnswerForm({ question, busy, onAnswer, onDraft, unconfirmed, review }: QuestionCardProps) {
  switch (question.kind) {
    case 'text':
      return <TextQuestion question={question} busy={busy} onAnswer={onAnswer} />;
    case 'single':
      return <SingleChoice question={question} busy={busy} onAnswer={onAnswer} onDraft={onDraft} unconfirmed={unconfirmed} />;
    case 'multi':
      return <MultiChoice question={question} busy={busy} onAnswer={onAnswer} onDraft={onDraft} unconfirmed={unconfirmed} />;
    case 'classify':
      return <ClassifyBoard question={question} busy={busy} onAnswer={onAnswer} onDraft={onDraft} unconfirmed={unconfirmed} />;
    case 'pipeline':
      return <PipelineEditor question={question} busy={busy} onAnswer={onAnswer} onDraft={onDraft} unconfirmed={unconfirmed} />;
    case 'mvp':
      return <MvpPick question={question} busy={busy} onAnswer={onAnswer} onDraft={onDraft} unconfirmed={unconfirmed} />;
    case 'review':
      return <>{review}</>;
  }
}

export function QuestionCard(props: QuestionCardProps) {
  const { question } = props;
  const where = question.kind === 'pipeline' ? `${PHASE_LABELS[question.phase]} · pipeline ${question.position} of ${question.of}` : PHASE_LABELS[question.phase];
  return (
    <article class={`question kind-${question.kind}`} aria-labelledby="question-title" data-question={question.id} data-kind={question.kind}>
      <p class="eyebrow">{where}</p>
      <h2 id="question-title" tabIndex={-1}>
        {question.title}
      </h2>
      <p class="prompt">
        <Prose text={question.prompt} />
      </p>
      <aside class="why" aria-label="Why this matters">
        <strong>Why this matters</strong>
        <p>
          <Prose text={question.why} />
        </p>
      </aside>
      {question.notices.map((n, i) => (
        <PushbackCard key={`${n.rule}-${i}`} notice={n} />
      ))}
      {/* Keyed by question id: a new question starts from its own draft. */}
      <AnswerForm key={question.id} {...props} />
    </article>
  );
}
