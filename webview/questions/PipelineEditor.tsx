/**
 * Confirm or adjust one proposed pipeline: its name, trigger and 3-7 steps in prose,
 * each step with what it produces. Steps can be added, removed and reordered.
 */
import { PipelineProposalSchema, type PipelineProposal, type Question } from '../../src/core/interview/questions';
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

function problems(p: PipelineProposal): string[] {
  const out: string[] = [];
  if (!p.name.trim()) out.push('Give the pipeline a name.');
  if (!p.trigger.trim()) out.push('Say what triggers it (a schedule, new data, manual, an HTTP request).');
  if (p.steps.length === 0) out.push('Keep at least one step.');
  p.steps.forEach((s, i) => {
    if (!s.name.trim()) out.push(`Step ${i + 1} needs a name.`);
  });
  return out;
}

function StepRow({ step, index, count, onChange, onMove, onRemove }: {
  step: Step;
  index: number;
  count: number;
  onChange: (s: Step) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <li class="step" data-step={index}>
      <div class="step-head">
        <span class="step-number" aria-hidden="true">{index + 1}</span>
        <TextField value={step.name} onInput={(name) => onChange({ ...step, name })} class="step-name" placeholder="step_name" testId={`step-name-${index}`}>
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

export function PipelineEditor({ question, busy, onAnswer, onDraft }: AnswerProps<PipelineQ>) {
  const [draft, setDraft] = usePersistedState(`draft:${question.id}`, question.proposal, isProposal);
  const setSteps = (steps: Step[]) => setDraft({ ...draft, steps });
  const move = (i: number, delta: -1 | 1) => {
    const steps = [...draft.steps];
    [steps[i], steps[i + delta]] = [steps[i + delta]!, steps[i]!];
    setSteps(steps);
  };
  const guidance = stepGuidance(draft.steps.length);
  const issues = problems(draft);
  useDraftPreview(issues.length ? null : { kind: 'pipeline', proposal: draft }, onDraft);
  return (
    <div class="answer pipeline-editor">
      <div class="fields">
        <TextField value={draft.name} onInput={(name) => setDraft({ ...draft, name })} class="wide" testId="pipeline-name">
          Pipeline name
        </TextField>
        <TextField value={draft.trigger} onInput={(trigger) => setDraft({ ...draft, trigger })} class="wide" testId="pipeline-trigger">
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
            onChange={(next) => setSteps(draft.steps.map((x, j) => (j === i ? next : x)))}
            onMove={(d) => move(i, d)}
            onRemove={() => setSteps(draft.steps.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <div class="actions">
        <Button appearance="secondary" onClick={() => setSteps([...draft.steps, { name: '', description: '', produces: '' }])} testId="add-step">
          Add step
        </Button>
        <span class="spacer" />
        {issues.length > 0 && (
          <span class="hint error" role="alert">
            {issues[0]}
          </span>
        )}
        <Button onClick={() => onAnswer({ kind: 'pipeline', proposal: draft })} disabled={busy || issues.length > 0} testId="submit">
          Confirm pipeline
        </Button>
      </div>
    </div>
  );
}
