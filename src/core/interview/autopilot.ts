/**
 * The whole interview taking every recommendation: what `zenml-scope draft` runs. The one
 * places it departs from the recommendation: the readiness check (the user asked for a
 * document, so it continues and reports the redirect instead of stopping) and a latency budget
 * the description did not state (left unknown, so it stays an open question).
 */
import type { Architecture } from '../model/architecture';
import { answer, architecture, nextQuestion, recommendedAnswer, render, start, type InterviewState } from './engine';
import type { AnswerValue, Notice, Question } from './questions';
import type { ModelReply } from '../assist/interpret';

export interface Draft {
  state: InterviewState;
  architecture: Architecture;
  markdown: string;
  /** The questions asked, in order. */
  asked: Question[];
  /** Every push-back raised on the way (each rule once). */
  notices: Notice[];
  /** The readiness redirect, when the description raised one (the draft continued anyway). */
  redirect: string | null;
}

/** An answer per question never needs more than one pass per question; this bounds a broken flow. */
const MAX_QUESTIONS = 200;

export function draftInterview(description: string, model?: ModelReply): { ok: true; draft: Draft } | { ok: false; error: string } {
  let state = start();
  const asked: Question[] = [];
  let redirect: string | null = null;
  for (let q = nextQuestion(state); q; q = nextQuestion(state)) {
    if (asked.length >= MAX_QUESTIONS) return { ok: false, error: `The interview did not finish after ${MAX_QUESTIONS} questions.` };
    asked.push(q);
    let value: AnswerValue = recommendedAnswer(q);
    if (q.id === 'picture') value = { kind: 'text', text: description };
    // The recommended budget is a typical figure, not the user's: a draft never states a number they did not give.
    if (q.id.startsWith('latency:')) value = { kind: 'single', option: 'unknown' };
    if (q.id === 'readiness') {
      redirect = q.prompt;
      value = { kind: 'single', option: 'continue' };
    }
    const r = answer(state, q.id, value, q.id === 'picture' && model ? { model } : {});
    if (!r.ok) return { ok: false, error: r.error };
    state = r.state;
  }
  return {
    ok: true,
    draft: { state, architecture: architecture(state), markdown: render(state), asked, notices: asked.flatMap((q) => q.notices), redirect },
  };
}
