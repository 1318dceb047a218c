/**
 * `zenml-scope interview [--state file] [-o pipeline_architecture.md]`: the scoping interview in
 * the terminal, for people without the editor. Numbered options, multi-line text ended by an
 * empty line, the board as a numbered list edited with "3=defer". The state is saved after every
 * answer, so Ctrl-C (or a killed terminal) loses nothing: run it again to resume.
 */
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import * as engine from '../core/interview/engine';
import { type AnswerValue, type Question } from '../core/interview/questions';
import { BUCKETS, type Bucket, type PipelineProposal } from '../core/planning/proposals';
import { checkWritablePath, DEFAULT_DOCUMENT, writeDocument } from './draft';
import { editPipeline, moveClause, parseBoardEdits, PIPELINE_EDIT_HELP } from './interviewEdits';
import { boardText, headerText, noticeText, promptText, proposalText, unplacedText, wrap } from './interviewScreen';
import { MODEL_OPTIONS, MODEL_USAGE, modelEndpoint, readWithModel } from './model';
import type { ModelReply } from '../core/assist/interpret';
import { savedModelReply } from '../core/interview/state';
import { CliError, parseCommandArgs, rewriteTarget, writeFileAtomic, type CliIO } from './io';

export const INTERVIEW_USAGE = `Usage: zenml-scope interview [--state .zenml-scope-interview.json] [-o pipeline_architecture.md] [--model-url URL --model NAME]

The scoping interview in the terminal: describe your workflow, then confirm or change each
recommendation (Enter takes it). Answers are saved after each question; run again to resume.
  --state        where answers are saved between runs (default: .zenml-scope-interview.json)
  -o, --output   where to write the document (default: pipeline_architecture.md; asks before overwriting)
${MODEL_USAGE}
  The model reads each description once: its reply is saved with the answers, so resuming and
  :back never ask it again.

At any prompt: :back changes an earlier answer, :quit stops (answers are kept).
The board takes moves like 3=defer; a pipeline takes name=…, trigger=…, 2=step - what -> output,
add …, del 2 (? shows them).

Exit code: 0 done or stopped with :quit, 1 input ended before the end, 2 a bad state file or path,
130 Ctrl-C (answers are kept).`;

export const DEFAULT_STATE_FILE = '.zenml-scope-interview.json';

/**
 * Lines from the input, one prompt at a time; null once input has ended (Ctrl-D). On a terminal,
 * readline edits the line (arrows, history) and owns the prompt, so it redraws it correctly.
 */
class LineReader {
  private lines: string[] = [];
  private waiting: ((line: string | null) => void) | null = null;
  private ended = false;
  private readonly rl: Interface;
  private readonly terminal: boolean;

  constructor(input: NodeJS.ReadableStream, private readonly write: (text: string) => void, onInterrupt: () => void) {
    this.terminal = Boolean((input as NodeJS.ReadStream).isTTY && process.stdout.isTTY);
    this.rl = createInterface({ input, output: this.terminal ? process.stdout : undefined, terminal: this.terminal });
    // In terminal mode readline takes Ctrl-C itself; elsewhere the process gets SIGINT.
    this.rl.on('SIGINT', onInterrupt);
    this.rl.on('line', (line) => this.push(line));
    this.rl.on('close', () => {
      this.ended = true;
      this.waiting?.(null);
      this.waiting = null;
    });
  }

  private push(line: string): void {
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w(line);
    } else this.lines.push(line);
  }

  next(prompt: string): Promise<string | null> {
    if (this.lines.length) {
      this.write(prompt);
      return Promise.resolve(this.lines.shift()!);
    }
    if (this.ended) {
      this.write(`${prompt}\n`);
      return Promise.resolve(null);
    }
    if (this.terminal) {
      this.rl.setPrompt(prompt);
      this.rl.prompt();
    } else this.write(prompt);
    return new Promise((r) => (this.waiting = r));
  }

  close(): void {
    this.rl.close();
  }
}

class InputEnded extends Error {}
class GoBack extends Error {}
class Quit extends Error {}

/** The saved interview, if there is one; a state path that could never be written is refused up front. */
function loadSaved(cwd: string, path: string): engine.InterviewState | null {
  checkWritablePath(cwd, path);
  const full = resolve(cwd, path);
  if (!existsSync(full)) return null;
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (e) {
    throw new CliError(`${path}: cannot read the saved interview (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const loaded = engine.loadState(text);
  if (!loaded.ok) throw new CliError(`${path}: ${loaded.error} (delete it to start over)`);
  return loaded.state;
}

const COMMANDS_HINT = ':back (change an earlier answer), :quit (stop here; your answers are kept)';

/** "1, 3" → option ids, or null when any part is not one of the listed numbers. */
function pickNumbers(line: string, count: number): number[] | null {
  const parts = line.split(/[,\s]+/).filter(Boolean);
  const numbers = parts.map(Number);
  return numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= count) ? [...new Set(numbers)] : null;
}

/** Terminal width for wrapping (capped for readability); 0 when output is not a terminal. */
export function terminalWidth(): number {
  return process.stdout.isTTY ? Math.min(process.stdout.columns ?? 80, 100) - 1 : 0;
}

export async function interviewCommand(
  args: string[],
  io: CliIO,
  input: NodeJS.ReadableStream = process.stdin,
  width: number = terminalWidth(),
): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    state: { type: 'string', default: DEFAULT_STATE_FILE },
    output: { type: 'string', short: 'o', default: DEFAULT_DOCUMENT },
    help: { type: 'boolean', short: 'h', default: false },
    ...MODEL_OPTIONS,
  });
  if (values.help) {
    io.stdout(`${INTERVIEW_USAGE}\n`);
    return 0;
  }
  if (positionals.length) throw new CliError(`interview takes no files (got '${positionals[0]}')`);
  const statePath = values.state as string;
  const output = values.output as string;
  const endpoint = modelEndpoint(values, io);
  let state = loadSaved(io.cwd, statePath) ?? engine.start();
  checkWritablePath(io.cwd, output);
  const say = (text = '') => io.stdout(`${wrap(text, width)}\n`);
  const resume = `Run zenml-scope interview${statePath === DEFAULT_STATE_FILE ? '' : ` --state ${statePath}`} again to resume.`;
  const n = state.answers.length;
  if (n) say(`Resuming the interview saved in ${statePath} (${n} ${n === 1 ? 'answer' : 'answers'} so far). ${COMMANDS_HINT}.`);
  else say(`Answers are saved in ${statePath} as you go. At any prompt: ${COMMANDS_HINT}.`);
  // Every answer is already on disk: Ctrl-C only needs to say where.
  const onInterrupt = () => {
    reader.close();
    io.stderr(`\nInterrupted; your answers are saved in ${statePath}. ${resume}\n`);
    process.exit(130);
  };
  const reader = new LineReader(input, io.stdout, onInterrupt);
  process.once('SIGINT', onInterrupt);

  const ask = async (prompt: string): Promise<string> => {
    for (;;) {
      const line = await reader.next(prompt);
      if (line === null) throw new InputEnded();
      const command = /^\s*:(\w*)\s*$/.exec(line)?.[1]?.toLowerCase();
      if (command === undefined) return line;
      if (command === 'back') throw new GoBack();
      if (command === 'quit' || command === 'q') throw new Quit();
      say(`Unknown command :${command}. Commands: ${COMMANDS_HINT}.`);
    }
  };

  const readText = async (previous: string): Promise<string> => {
    if (previous) {
      say('Your answer was:');
      say(previous.replace(/^/gm, '  | '));
      say('Type a new answer, or press Enter to keep it.');
    }
    const lines: string[] = [];
    for (let line = await ask('> '); line.trim() !== ''; line = await ask('> ')) lines.push(line);
    return lines.length ? lines.join('\n') : previous;
  };

  const pick = async (options: { id: string; label: string; detail?: string }[], preset: string | null): Promise<string> => {
    options.forEach((o, i) => say(`  ${i + 1}. ${o.label}${o.id === preset ? ' (recommended)' : ''}${o.detail ? ` — ${o.detail}` : ''}`));
    const range = `a number from 1 to ${options.length}${preset ? ', or Enter for the recommendation' : ''}`;
    for (;;) {
      const line = (await ask(`Choose ${options.length > 1 ? `1-${options.length}` : '1'}${preset ? ' (Enter: recommended)' : ''}: `)).trim();
      if (!line && preset) return preset;
      const picked = pickNumbers(line, options.length);
      if (picked?.length === 1) return options[picked[0]! - 1]!.id;
      say(`Please type ${range}.`);
    }
  };

  let editHelpShown = false;
  /** Asks `q`; `rejected` is the user's last answer to it that the engine refused, edited further rather than lost. */
  const answerFor = async (q: Question, rejected: AnswerValue | null): Promise<AnswerValue> => {
    switch (q.kind) {
      case 'text':
        if (!q.value) say(q.id === 'picture' ? '(Several lines are fine; finish with an empty line.)' : '(Finish with an empty line; an empty answer goes on.)');
        return { kind: 'text', text: await readText(q.value) };
      case 'single':
        return { kind: 'single', option: await pick(q.options, q.value) };
      case 'multi': {
        q.options.forEach((o, i) => say(`  ${i + 1}. ${o.label}${q.value.includes(o.id) ? ' (recommended)' : ''}`));
        for (;;) {
          const line = (await ask('Numbers separated by commas (Enter: recommended): ')).trim();
          if (!line) return { kind: 'multi', options: q.value };
          const picked = pickNumbers(line, q.options.length);
          if (picked?.length) return { kind: 'multi', options: picked.map((i) => q.options[i - 1]!.id) };
          say(`Please type numbers from 1 to ${q.options.length} separated by commas (e.g. 1,3), or Enter for the recommendation.`);
        }
      }
      case 'classify': {
        const buckets: Record<string, Bucket> =
          rejected?.kind === 'classify' ? { ...rejected.buckets } : Object.fromEntries(q.components.map((c) => [c.id, c.bucket]));
        // The terminal moves the reader's cards and places or dismisses the clauses it could not place;
        // what the panel added or renamed is kept.
        const edits = rejected?.kind === 'classify' ? { names: rejected.names, placed: rejected.placed, dismissed: rejected.dismissed, added: rejected.added, shown: q.board.shown } : q.board;
        const n = q.components.length;
        let { placed, dismissed } = edits;
        const show = (reasons: boolean) => [...boardText(q.components, buckets, reasons), ...unplacedText(q.unplaced, n + 1, { placed, dismissed })].forEach((l) => say(l));
        show(true);
        const dismissHint = q.unplaced.length ? `, "${n + 1}=dismiss" drops a clause` : '';
        for (;;) {
          const line = (await ask(`Move items with e.g. "3=defer" (${BUCKETS.join(', ')})${dismissHint}; Enter to confirm: `)).trim();
          if (!line) return { kind: 'classify', buckets, ...edits, placed, dismissed };
          const { moves, errors } = parseBoardEdits(line, n, q.unplaced.length);
          for (const [i, target] of moves) {
            if (i < n) buckets[q.components[i]!.id] = target as Bucket;
            else ({ placed, dismissed } = moveClause({ placed, dismissed }, q.unplaced[i - n]!.id, target));
          }
          errors.forEach((e) => say(`Not understood: ${e}.`));
          if (moves.length) show(false);
        }
      }
      case 'pipeline': {
        let p: PipelineProposal = rejected?.kind === 'pipeline' ? rejected.proposal : q.proposal;
        proposalText(p).forEach((l) => say(l));
        if (!editHelpShown) say(PIPELINE_EDIT_HELP);
        editHelpShown = true;
        for (;;) {
          const line = (await ask('Enter to accept, or an edit (? for help): ')).trim();
          if (!line) return { kind: 'pipeline', proposal: p };
          if (line === '?' || /^help$/i.test(line)) {
            say(PIPELINE_EDIT_HELP);
            continue;
          }
          const edited = editPipeline(p, line);
          if (edited.ok) {
            p = edited.value;
            proposalText(p).forEach((l) => say(l));
          } else say(`Not understood: ${edited.error}. Nothing changed (? for help).`);
        }
      }
      case 'mvp':
        say(`Recommended: ${q.recommended}. ${q.reason.charAt(0).toUpperCase()}${q.reason.slice(1)}`);
        return { kind: 'mvp', pipeline: await pick(q.pipelines.map((p) => ({ id: p.name, label: p.name, detail: p.summary })), q.value ?? q.recommended) };
      case 'review': {
        io.stdout(`\n${q.markdown.trimEnd()}\n\n`);
        say(`(${q.markdown.trimEnd().split('\n').length} lines above.)`);
        for (;;) {
          const line = (await ask(`Enter to accept and write ${output}, or :back to change an answer: `)).trim();
          if (!line || /^y(es)?$/i.test(line)) return { kind: 'review', accept: true };
          say('Press Enter to accept the document, or type :back to change an earlier answer.');
        }
      }
    }
  };

  /** Lets the user pick an answered question to change; true when it moved there. */
  const goBack = async (): Promise<boolean> => {
    const answered = engine.view(state).answered;
    if (!answered.length) {
      say('Nothing to go back to yet.');
      return false;
    }
    say('Answered so far:');
    answered.forEach((a, i) => say(`  ${i + 1}. ${a.title}`));
    const line = (await ask(`Go back to which one (1-${answered.length}, Enter to stay here)? `)).trim();
    if (!line) return false;
    const target = /^\d+$/.test(line) ? answered[Number(line) - 1] : undefined;
    const r = target ? engine.revisit(state, target.id) : null;
    if (!r?.ok) {
      say(`There is no answer ${line} to go back to; staying here.`);
      return false;
    }
    state = r.state;
    return true;
  };

  // The question's header, notices and why are shown once; a rejected answer only asks again.
  let shown: string | null = null;
  let lastWhy = '';
  /** A description's model reply: the one saved with the same text, else asked once now. */
  const modelFor = async (value: AnswerValue, id: string): Promise<{ model?: ModelReply }> => {
    if (!endpoint || value.kind !== 'text' || !/[\p{L}\p{N}]/u.test(value.text)) return {};
    const saved = savedModelReply(state, id, value.text);
    if (saved) return { model: saved };
    say(`Reading your description with ${endpoint.id}…`);
    const model = await readWithModel(endpoint, value.text, io);
    return model ? { model } : {};
  };
  let rejected: { id: string; value: AnswerValue } | null = null;
  try {
    for (let q = engine.nextQuestion(state); q; q = engine.nextQuestion(state)) {
      if (shown !== q.id) {
        say(`\n${headerText(q)}`);
        for (const notice of q.notices) say(noticeText(notice));
        say(promptText(q.prompt));
        if (q.why !== lastWhy) say(`Why it matters: ${q.why}`);
        shown = q.id;
        lastWhy = q.why;
      }
      let value: AnswerValue;
      try {
        value = await answerFor(q, rejected?.id === q.id ? rejected.value : null);
      } catch (e) {
        if (!(e instanceof GoBack)) throw e;
        if (await goBack()) shown = null;
        continue;
      }
      const r = engine.answer(state, q.id, value, await modelFor(value, q.id));
      if (!r.ok) {
        say(`Not accepted: ${r.error}`);
        rejected = { id: q.id, value };
        continue;
      }
      rejected = null;
      state = r.state;
      writeFileAtomicOrCreate(io, statePath, engine.serialize(state));
    }
  } catch (e) {
    reader.close();
    process.off('SIGINT', onInterrupt);
    if (e instanceof Quit) {
      say(`Stopped; your answers are saved in ${statePath}. ${resume}`);
      return 0;
    }
    if (!(e instanceof InputEnded)) throw e;
    io.stderr(`\nInput ended before the interview finished; your answers are saved in ${statePath}. ${resume}\n`);
    return 1;
  }

  try {
    const v = engine.view(state, { documentPath: output });
    if (engine.architecture(state).pipelines.length === 0) {
      say(v.nextStep ?? '');
      return 0;
    }
    let force = false;
    if (existsSync(resolve(io.cwd, output))) {
      force = /^y(es)?$/i.test(((await reader.next(`${output} exists. Overwrite it? [y/N] `)) ?? '').trim());
      if (!force) {
        say(`\nLeft ${output} as it was. Your interview stays saved in ${statePath}: run zenml-scope interview -o <another file> to write it elsewhere.`);
        return 0;
      }
    }
    writeDocument(io.cwd, output, engine.render(state), force);
    unlinkSync(resolve(io.cwd, statePath));
    say(`\nWrote ${output}.\nNext: ${v.nextStep ?? ''}`);
    return 0;
  } finally {
    reader.close();
    process.off('SIGINT', onInterrupt);
  }
}

/** Saves the state: atomically over an existing file, created on the first answer. */
function writeFileAtomicOrCreate(io: CliIO, path: string, text: string): void {
  const full = resolve(io.cwd, path);
  if (existsSync(full)) writeFileAtomic(rewriteTarget(io.cwd, path), path, text);
  else writeDocument(io.cwd, path, text, true);
}
