/**
 * The phase stepper: Full picture → Classify → Decompose → MVP → Document. A phase
 * already reached is a button that goes back to its first question (a `revisit`).
 */
import { PHASES, PHASE_LABELS, type InterviewView, type Phase } from '../src/core/interview/questions';

export function Stepper({ view, onRevisit }: { view: InterviewView; onRevisit: (questionId: string) => void }) {
  const current = PHASES.indexOf(view.phase);
  const firstAnswered = (p: Phase) => view.answered.find((a) => a.phase === p)?.id;
  return (
    <nav class="stepper" aria-label="Interview phases">
      <ol>
        {PHASES.map((p, i) => {
          const state = i < current ? 'done' : i === current ? 'current' : 'upcoming';
          const target = i !== current ? firstAnswered(p) : undefined;
          const content = (
            <>
              <span class="step-dot" aria-hidden="true">
                {state === 'done' ? '✓' : i + 1}
              </span>
              <span class="step-label">{PHASE_LABELS[p]}</span>
            </>
          );
          return (
            <li key={p} class={`phase ${state}`} data-phase={p} aria-current={state === 'current' ? 'step' : undefined}>
              {target ? (
                <button type="button" class="phase-button" onClick={() => onRevisit(target)} title={`Go back to ${PHASE_LABELS[p]}`}>
                  {content}
                </button>
              ) : (
                <span class="phase-button">{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
