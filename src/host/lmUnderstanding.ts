/**
 * Optional: when VS Code offers a language model and `zenmlScope.useLanguageModel` is on, the model refines
 * the rule-based reading of a free-text answer (the engine's Understanding seam). The model only corrects the
 * lexicon's reading, in the same JSON shape; its answer is validated with the Reading schema, and anything
 * else (no model, no consent, a timeout, malformed JSON) means the rule-based reading is used.
 */
import * as vscode from 'vscode';
import type { InterviewState } from '../core/interview/engine';
import { ReadingSchema, type Reading } from '../core/reading/reading';
import { readDescription } from '../core/reading';
import { readSettings } from './config';

const TIMEOUT_MS = 20_000;

/** The lexicon's reading of everything the user wrote so far, plus `text`: what the model refines. */
function lexiconReading(text: string, state: InterviewState): Reading {
  let previous: Reading | null = null;
  for (const entry of state.answers) {
    if (entry.value.kind === 'text') previous = entry.reading ?? readDescription(entry.value.text, previous);
  }
  return readDescription(text, previous);
}

function prompt(text: string, base: Reading): string {
  return [
    'You help a ZenML solutions architect read an ML engineer\'s description of the system they want to build.',
    'A rule-based reader produced the JSON reading below. Correct it where it misread the text and add what it missed,',
    'keeping exactly the same JSON shape, field names and allowed enum values. Never invent facts the text does not state.',
    'Answer with the JSON object only.',
    '',
    'Description:',
    text,
    '',
    'Rule-based reading:',
    JSON.stringify(base),
  ].join('\n');
}

/** The first `{…}` block of a reply: models like to wrap JSON in prose or code fences. */
function jsonIn(reply: string): unknown {
  const start = reply.indexOf('{');
  const end = reply.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    return JSON.parse(reply.slice(start, end + 1));
  } catch {
    return undefined;
  }
}

export async function refineWithLanguageModel(text: string, state: InterviewState): Promise<Reading | undefined> {
  if (!readSettings().useLanguageModel || typeof vscode.lm?.selectChatModels !== 'function') return undefined;
  const [model] = await vscode.lm.selectChatModels();
  if (!model) return undefined;
  const cancel = new vscode.CancellationTokenSource();
  const timer = setTimeout(() => cancel.cancel(), TIMEOUT_MS);
  try {
    const response = await model.sendRequest(
      [vscode.LanguageModelChatMessage.User(prompt(text, lexiconReading(text, state)))],
      { justification: 'ZenML Scope refines how it reads your description of the ML system (zenmlScope.useLanguageModel).' },
      cancel.token,
    );
    let reply = '';
    for await (const chunk of response.text) reply += chunk;
    const parsed = ReadingSchema.safeParse(jsonIn(reply));
    return parsed.success ? parsed.data : undefined;
  } finally {
    clearTimeout(timer);
    cancel.dispose();
  }
}
