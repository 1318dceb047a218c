/** Drives the interview through the host's message handler, as a user taking the recommendations would. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { nextQuestion, recommendedAnswer } from '../../src/core/interview/engine';
import type { AnswerValue, Question } from '../../src/core/interview/questions';
import { COMMANDS } from '../../src/host/commands';
import { api, panelTabs, until } from './helpers';

/** Their own description first, then the engine's recommendation for every question. */
function answerFor(q: Question, description: string): AnswerValue {
  if (q.id === 'picture') return { kind: 'text', text: description };
  if (q.id === 'readiness') return { kind: 'single', option: 'continue' };
  return recommendedAnswer(q);
}

export async function openPanel(): Promise<void> {
  await vscode.commands.executeCommand(COMMANDS.scope);
  await until('the interview panel', () => panelTabs().length === 1);
  await (await api()).deliver({ type: 'ready', protocol: 1 });
}

export async function answerCurrent(description: string): Promise<Question> {
  const zs = await api();
  const q = nextQuestion(zs.interviewState());
  assert.ok(q, 'the interview ended early');
  const before = zs.interviewState().answers.length;
  await zs.deliver({ type: 'answer', questionId: q.id, value: answerFor(q, description) });
  assert.ok(zs.interviewState().answers.length > before, `the answer to "${q.id}" was not accepted`);
  return q;
}

/** Answers until the review (the document phase) is the question. */
export async function answerUntilReview(description: string): Promise<void> {
  const zs = await api();
  for (let q = nextQuestion(zs.interviewState()); q && q.kind !== 'review'; q = nextQuestion(zs.interviewState())) await answerCurrent(description);
}
