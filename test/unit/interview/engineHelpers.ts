/** Drives the engine in tests: answer by recommendation, with the description and overrides given. */
import assert from 'node:assert/strict';
import * as E from '../../../src/core/interview/engine';
import type { AnswerInput, Question } from '../../../src/core/interview/questions';
import { emptyReading } from '../../../src/core/reading';
import type { MentionedComponent, Reading } from '../../../src/core/reading/reading';

export type Overrides = Record<string, AnswerInput | ((q: Question) => AnswerInput)>;

export function ok(r: E.Result): E.InterviewState {
  if (!r.ok) assert.fail(r.error);
  return r.state;
}

/** Answers until `stopAt` (not answered) or the end; the picture gets `description`. */
export function runInterview(description: string, overrides: Overrides = {}, stopAt?: string) {
  let state = E.start();
  const asked: Question[] = [];
  for (let q = E.nextQuestion(state); q && q.id !== stopAt; q = E.nextQuestion(state)) {
    asked.push(q);
    const o = overrides[q.id];
    const value: AnswerInput = o ? (typeof o === 'function' ? o(q) : o) : q.id === 'picture' ? { kind: 'text', text: description } : q.id === 'readiness' ? { kind: 'single', option: 'continue' } : E.recommendedAnswer(q);
    state = ok(E.answer(state, q.id, value));
    assert.ok(asked.length < 60, 'the interview does not end');
  }
  return { state, asked };
}

export function mention(id: string, kind: MentionedComponent['kind'], extra: Partial<MentionedComponent> = {}): MentionedComponent {
  return { id, name: id.replace(/-/g, ' '), text: `we do ${id.replace(/-/g, ' ')}`, kind, cadence: null, latencyMs: null, owner: null, ...extra };
}

/** A hand-built reading: the engine's contract with the understanding, independent of the lexicon. */
export function reading(components: MentionedComponent[], extra: Partial<Reading> = {}): Reading {
  const r = emptyReading();
  return {
    ...r,
    categories: { ...r.categories, dataSources: ['Postgres'], processing: ['cleaning'], modelWork: ['training'], deployment: ['API'], infrastructure: ['Kubernetes'] },
    components,
    tools: ['Postgres', 'Kubernetes'],
    goal: 'automate-training',
    project: 'Churn prediction',
    ...extra,
  };
}

export const text = (t: string): AnswerInput => ({ kind: 'text', text: t });
export const single = (option: string): AnswerInput => ({ kind: 'single', option });
