/**
 * Confirm or adjust one proposed pipeline: its name, trigger and 3-7 steps in prose,
 * each step with what it produces. Steps can be added, removed and reordered.
 */
import { type Question } from '../../src/core/interview/questions';
import { PipelineProposalSchema, PROPOSAL_LIMITS, proposalProblem, type ProposalField } from '../../src/core/planning/proposals';
import type { Step } from '../../src/core/model/architecture';
import { Button, TextArea, TextField } from '../ui';
import { matches } from '../guards';
import { usePersistedState } from '../usePersistedState';
import type { AnswerProps } from './types';
import { useDraftPreview } from './useDraftPreview';

type PipelineQ = Extract<Question, { kind: 'pipeline' }>;

const isProposal = matches(PipelineProposalSchema);

/** The seed's guidance: fewer than 3 steps may be a script, more than 7 should be split or merged. */
function stepGuidance(count: number): { level: 'ok' | 'warn'; text: string } {
  if (count < 3) return { level: 'warn', text: `${count} step${count === 1 ? '' : 's'}: fewer than 3 often means a script would do.` };
  if (count > 7) return { level: 'warn', text: `${count} steps: more than 7 usually means splitting the pipeline, or merging steps that do too little.` };
  return { level: 'ok', text: `${count} steps: within the 3-7 that keeps each step substantial.` };
}

function StepRow({ step, index, count, invalid, onChange, onMove, onRemove }: {
  step: Step;
  index: number;
  count: number;
  /** The form's problem is about this step: its name field is marked. */
  invalid: boolean;
  onChange: (s: Step) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <li class="step" data-step={index}>
      <div class="step-head">
        <span class="step-number" aria-hidden="true">{index + 1}</span>
        <TextField value={step.name} onInput={(name) => onChange({ ...step, name })} class="step-name" placeholder="step_name" invalid={invalid} maxLength={PROPOSAL_LIMITS.stepName} testId={`step-name-${index}`}>
          Step {index + 1}
        </TextField>
        <div class="step-tools">
          <Button appearance="icon" title={`Move step ${index + 1} up`} disabled={index === 0} onClick={() => onMove(-1)} testId={`step-up-${index}`}>
            ↑
          </Button>
          <Button appearance="icon" title={`Move step ${index + 1} down`} disabled={index === count - 1} onClick={() => onMove(1)} testId={`step-down-${index}`}>
            ↓
          </Button>
          <Button appearance="icon" title={`Remove step ${index + 1}`} disabled={count === 1} onClick={onRemove} testId={`step-remove-${index}`}>
            ✕
          </Button>
        </div>
      </div>
      <TextArea value={step.description} onInput={(description) => onChange({ ...step, description })} rows={2} class="wide" placeholder="What it does, in prose">
        What it does
      </TextArea>
      <TextField value={step.produces} onInput={(produces) => onChange({ ...step, produces })} class="wide" placeholder="e.g. cleaned transactions table">
        Produces
      </TextField>
    </li>
  );
}

export function PipelineEditor({ question, busy, onAnswer, onDraft, unconfirmed }: AnswerProps<PipelineQ>) {
  const [draft, setDraft] = usePersistedState(`draft:${question.id}`, unconfirmed?.kind === 'pipeline' ? unconfirmed.proposal : question.proposal, isProposal);
  const setSteps = (steps: Step[]) => setDraft({ ...draft, steps });
  const move = (i: number, delta: -1 | 1) => {
    const steps = [...draft.steps];
    [steps[i], steps[i + delta]] = [steps[i + delta]!, steps[i]!];
    setSteps(steps);
  };
  const guidance = stepGuidance(draft.steps.length);
  // The engine's own rule, checked here too: a refused answer is said at the button, on the field.
  const problem = proposalProblem(draft);
  const invalid = (field: ProposalField) => problem?.field === field;
  const edited = JSON.stringify(draft) !== JSON.stringify(question.proposal);
  useDraftPreview(problem ? null : { kind: 'pipeline', proposal: draft }, { kind: 'pipeline', proposal: question.proposal }, onDraft);
  return (
    <div class="answer pipeline-editor">
      <div class="fields">
        <TextField value={draft.name} onInput={(name) => setDraft({ ...draft, name })} class="wide" invalid={invalid('name')} maxLength={PROPOSAL_LIMITS.name} testId="pipeline-name">
          Pipeline name
        </TextField>
        <TextField value={draft.trigger} onInput={(trigger) => setDraft({ ...draft, trigger })} class="wide" invalid={invalid('trigger')} maxLength={PROPOSAL_LIMITS.trigger} testId="pipeline-trigger">
          Trigger
        </TextField>
      </div>
      <h3 class="steps-title">Steps</h3>
      <p class={`guidance ${guidance.level}`} data-testid="step-guidance" role="status">
        {guidance.text}
      </p>
      <ol class="steps">
        {draft.steps.map((s, i) => (
          <StepRow
            key={i}
            step={s}
            index={i}
            count={draft.steps.length}
            invalid={invalid(`step:${i}`)}
            onChange={(next) => setSteps(draft.steps.map((x, j) => (j === i ? next : x)))}
            onMove={(d) => move(i, d)}
            onRemove={() => setSteps(draft.steps.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <div class="actions">
        <Button
          appearance="secondary"
          onClick={() => setSteps([...draft.steps, { name: '', description: '', produces: '' }])}
          disabled={draft.steps.length >= PROPOSAL_LIMITS.steps}
          title={draft.steps.length >= PROPOSAL_LIMITS.steps ? `At most ${PROPOSAL_LIMITS.steps} steps: split the pipeline instead.` : undefined}
          testId="add-step"
        >
          Add step
        </Button>
        {edited && (
          <Button appearance="secondary" onClick={() => setDraft(question.proposal)} testId="discard">
            Discard my changes
          </Button>
        )}
        <span class="spacer" />
        {problem && (
          <span class="hint error" role="alert" data-testid="problem">
            {problem.text}
          </span>
        )}
        <Button onClick={() => onAnswer({ kind: 'pipeline', proposal: draft })} disabled={busy || problem !== null} testId="submit">
          Confirm pipeline
        </Button>
      </div>
    </div>
  );
}
