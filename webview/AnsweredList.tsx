import { PHASE_LABELS, type InterviewView } from '../src/core/interview/questions';
import { Divider } from './ui';

/** Every answered question, to go back to any one of them. */
export function AnsweredList({ view, onRevisit }: { view: InterviewView; onRevisit: (questionId: string) => void }) {
  if (view.answered.length === 0) return null;
  return (
    <>
      <Divider />
      <details class="answered">
        <summary>
          Your answers <span class="muted">({view.answered.length})</span>
        </summary>
        <ol>
          {view.answered.map((a) => (
            <li key={a.id}>
              <span class="muted">{PHASE_LABELS[a.phase]}</span> {a.title}{' '}
              <button type="button" class="link" onClick={() => onRevisit(a.id)} data-revisit={a.id}>
                Change
              </button>
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}
