/**
 * The interview engine's public API: pure, synchronous, no vscode. The state is the answers log
 * (state.ts); questions, notices and the architecture are derived by replaying it (flow.ts), so
 * every function here is a function of the state alone and the state round-trips through JSON.
 */
import type { Architecture } from '../model/architecture';
import { renderArchitecture } from '../markdown/render';
import { DEFAULT_DOCUMENT_PATH, nextStep, noPipelines, READINESS } from './catalogue';
import { toArchitecture } from '../writing/document';
import { checkReading, replay, type Replay } from './flow';
import { AnswerValueSchema, type AnswerInput, type AnswerValue, type InterviewView, type Question } from './questions';
import type { Reading } from '../reading/reading';
import { ModelReplySchema, type ModelReply } from '../assist/interpret';
import { initialState, STATE_VERSION, type AnswerEntry, type InterviewState } from './state';

export { InterviewStateSchema, loadState, serialize, STATE_VERSION, type InterviewState } from './state';

export type Result = { ok: true; state: InterviewState } | { ok: false; error: string };

// States are immutable values: one replay per log is enough, however often the host asks.
const replays = new WeakMap<readonly AnswerEntry[], Replay>();

function replayed(state: InterviewState): Replay {
  let r = replays.get(state.answers);
  if (!r) replays.set(state.answers, (r = replay(state.answers)));
  return r;
}

function withLog(answers: AnswerEntry[], r: Replay): InterviewState {
  replays.set(answers, r);
  return { version: STATE_VERSION, answers, revisiting: null };
}

export function start(): InterviewState {
  return initialState();
}

/** The question to answer now: the one the user went back to, else the first unanswered one; null when done. */
export function nextQuestion(state: InterviewState): Question | null {
  const r = replayed(state);
  if (state.revisiting) {
    const back = r.asked.find((a) => a.question.id === state.revisiting);
    if (back) return back.question;
  }
  return r.current;
}

export function isComplete(state: InterviewState): boolean {
  return replayed(state).current === null;
}

/**
 * Answers the current question, or changes an earlier answer. An earlier change replays the log:
 * later answers that still fit are kept, the rest are dropped and asked again, and free-text
 * readings after it are recomputed. `opts.reading` hands in a refined reading of a free-text answer
 * (e.g. from a language model); `opts.model` a model's reply to it, verbatim (stored, and
 * interpreted again on every replay); without either the lexicon reads the text.
 */
export function answer(state: InterviewState, questionId: string, value: AnswerInput, opts: { reading?: Reading; model?: ModelReply } = {}): Result {
  const parsed = AnswerValueSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `The answer is malformed at ${issue.path.join('.') || '(root)'}: ${issue.message}.` };
  }
  let reading: Reading | undefined;
  if (opts.reading !== undefined) {
    if (parsed.data.kind !== 'text') return { ok: false, error: 'A reading can only accompany a free-text answer.' };
    const checked = checkReading(opts.reading);
    if (!checked.ok) return checked;
    reading = checked.reading;
  }
  let model: ModelReply | undefined;
  if (opts.model !== undefined) {
    if (parsed.data.kind !== 'text') return { ok: false, error: "A model's reading can only accompany a free-text answer." };
    const checked = ModelReplySchema.safeParse(opts.model);
    if (!checked.success) return { ok: false, error: "The model's reading handed in is malformed." };
    model = checked.data;
  }
  const entry: AnswerEntry = { questionId, value: parsed.data, ...(reading ? { reading } : {}), ...(model ? { model } : {}) };
  const r = replayed(state);
  const index = r.kept.findIndex((e) => e.questionId === questionId);
  let log: AnswerEntry[];
  if (r.current?.id === questionId) {
    log = [...r.kept, entry];
  } else if (index >= 0) {
    const previous = r.kept[index]!;
    const sameReader = (previous.model?.reply ?? null) === (model?.reply ?? null);
    if (!reading && sameReader && JSON.stringify(previous.value) === JSON.stringify(parsed.data)) return { ok: true, state: { ...state, revisiting: null } };
    // What follows was decided on the old answer: readings are recomputed, the review is asked again.
    const after = r.kept
      .slice(index + 1)
      .filter((e) => e.questionId !== 'review')
      // A model's reply answers its own text alone, so it stays; readings are recomputed.
      .map((e) => ({ questionId: e.questionId, value: e.value, ...(e.model ? { model: e.model } : {}) }));
    log = [...r.kept.slice(0, index), entry, ...after];
  } else {
    return { ok: false, error: notAskable(questionId, r) };
  }
  const next = replay(log, questionId);
  if (next.rejected?.questionId === questionId) return { ok: false, error: next.rejected.error };
  // The answer asked again stays in the log, so the question shows it (the board with the earlier moves) after a reload too.
  const held = next.rejected && log.find((e) => e.questionId === next.rejected!.questionId);
  return { ok: true, state: withLog(held ? [...next.kept, held] : next.kept, next) };
}

function notAskable(questionId: string, r: Replay): string {
  if (!r.current) return `"${questionId}" is not a question of this interview, which is complete: go back to an answered question to change it.`;
  return `"${questionId}" is not the current question: answer "${r.current.id}" (${r.current.title}) first, or go back to a question you have answered.`;
}

/** Goes back to an answered question: it is shown again, with its answer, until answered. */
export function revisit(state: InterviewState, questionId: string): Result {
  if (!replayed(state).asked.some((a) => a.question.id === questionId)) {
    return { ok: false, error: `"${questionId}" has not been answered yet, so there is nothing to go back to.` };
  }
  return { ok: true, state: { ...state, revisiting: questionId } };
}

/** The architecture as the answers so far decide it: valid after every answer, empty before the first. */
export function architecture(state: InterviewState): Architecture {
  return toArchitecture(replayed(state).scope);
}

export function render(state: InterviewState): string {
  return renderArchitecture(architecture(state));
}

/**
 * What the webview (or the terminal) draws now. `opts.documentPath` is where the caller writes the
 * document (the CLI's -o, the extension's setting), which the next step names.
 */
export function view(state: InterviewState, opts: { documentPath?: string } = {}): InterviewView {
  const r = replayed(state);
  const question = nextQuestion(state);
  const mvp = r.scope?.plans.find((p) => p.id === r.scope?.mvp?.id);
  const atDocument = r.current === null || r.current.kind === 'review';
  const documentPath = opts.documentPath ?? DEFAULT_DOCUMENT_PATH;
  return {
    phase: question?.phase ?? (r.redirected ? 'picture' : 'document'),
    question,
    answered: r.asked.map((a) => ({ id: a.question.id, phase: a.question.phase, title: a.question.title })),
    ...(r.choices.reading ? { readBy: r.choices.readBy } : {}),
    nextStep: r.redirected ? READINESS.comeBack : atDocument ? (mvp ? nextStep(mvp.name, documentPath) : r.scope ? nothingToBuild(r, documentPath) : null) : null,
  };
}

function nothingToBuild(r: Replay, documentPath: string): string {
  const outside = r.scope?.components.filter((c) => c.bucket === 'not-a-pipeline') ?? [];
  return noPipelines(outside.map((c) => ({ name: c.name, alternative: c.alternative ?? 'a lighter tool' })), documentPath);
}

/**
 * The engine's own recommendation for a question: what `draft` answers, and what the webview
 * pre-selects. A free-text question has none (the empty text means "go on" for the follow-up).
 */
export function recommendedAnswer(q: Question): AnswerValue {
  switch (q.kind) {
    case 'text':
      return { kind: 'text', text: q.value };
    case 'single':
      return { kind: 'single', option: q.value ?? q.options[0]?.id ?? '' };
    case 'multi':
      return { kind: 'multi', options: q.value };
    case 'classify':
      return { kind: 'classify', buckets: Object.fromEntries(q.components.map((c) => [c.id, c.bucket])), ...q.board };
    case 'pipeline':
      return { kind: 'pipeline', proposal: q.proposal };
    case 'mvp':
      return { kind: 'mvp', pipeline: q.value ?? q.recommended };
    case 'review':
      return { kind: 'review', accept: true };
  }
}
