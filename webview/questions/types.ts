import type { AnswerValue, Question } from '../../src/core/interview/questions';
import type { DraftSink } from './useDraftPreview';

export interface AnswerProps<Q extends Question> {
  question: Q;
  /** An answer is on its way to the host: don't send another. */
  busy: boolean;
  onAnswer: (value: AnswerValue) => void;
  /** The answer as edited so far, not confirmed: the DAG draws it meanwhile (null: no edits left). */
  onDraft?: DraftSink;
  /** The host's copy of this question's unconfirmed edit: the form starts from it when it has none of its own. */
  unconfirmed?: AnswerValue | undefined;
}
