/**
 * `zenml-scope interview [--state file] [-o pipeline_architecture.md]`: the scoping interview in
 * the terminal, for people without the editor. Numbered options, multi-line text ended by an
 * empty line, the board as a numbered list edited with "3=defer". The state is saved after every
 * answer, so Ctrl-C (or a killed terminal) loses nothing: run it again to resume.
 */
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import * as engine from '../core/interview/engine';
import { BUCKETS, type AnswerValue, type Bucket, type PipelineProposal, type Question } from '../core/interview/questions';
import { DEFAULT_DOCUMENT, writeDocument } from './draft';
import { CliError, parseCommandArgs, writeFileAtomic, type CliIO } from './io';

export const INTERVIEW_USAGE = `Usage: zenml-scope interview [--state .zenml-scope-interview.json] [-o pipeline_architecture.md]

The scoping interview in the terminal. Answers are saved after each question; run again to resume.
Type :back at any prompt to change an earlier answer.`;

export const DEFAULT_STATE_FILE = '.zenml-scope-interview.json';

/** Lines from stdin, one at a time; null once input has ended. */
class LineReader {
  private lines: string[] = [];
  private waiting: ((line: string | null) => void) | null = null;
  private ended = false;

  constructor(input: NodeJS.ReadableStream) {
    const rl = createInterface({ input, terminal: false });
    rl.on('line', (line) => this.push(line));
    rl.on('close', () => {
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

  next(): Promise<string | null> {
    if (this.lines.length) return Promise.resolve(this.lines.shift()!);
    if (this.ended) return Promise.resolve(null);
    return new Promise((r) => (this.waiting = r));
  }
}

class InputEnded extends Error {}
class GoBack extends Error {}

function loadSaved(cwd: string, path: string): engine.InterviewState | null {
  const full = resolve(cwd, path);
  if (!existsSync(full)) return null;
  const loaded = engine.loadState(readFileSync(full, 'utf8'));
  if (!loaded.ok) throw new CliError(`${path}: ${loaded.error} (delete it to start over)`);
  return loaded.state;
}

const BUCKET_ALIASES: Record<string, Bucket> = { p: 'pipeline', d: 'deployed', n: 'not-a-pipeline', x: 'defer', defer: 'defer' };

function bucketOf(word: string): Bucket | null {
  const w = word.trim().toLowerCase();
  return (BUCKETS as readonly string[]).includes(w) ? (w as Bucket) : (BUCKET_ALIASES[w] ?? null);
}

/** "load_data — Reads the CSV → produces a DataFrame" → a step. */
function parseStep(text: string): PipelineProposal['steps'][number] | null {
  const m = /^\s*([A-Za-z][\w-]*)\s*(?:[—–:-]\s*(.*?))?\s*(?:→\s*produces\s+(.*))?$/.exec(text);
  return m ? { name: m[1]!, description: (m[2] ?? '').trim(), produces: (m[3] ?? '').trim() } : null;
}

export async function interviewCommand(args: string[], io: CliIO, input: NodeJS.ReadableStream = process.stdin): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    state: { type: 'string', default: DEFAULT_STATE_FILE },
    output: { type: 'string', short: 'o', default: DEFAULT_DOCUMENT },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.stdout(`${INTERVIEW_USAGE}\n`);
    return 0;
  }
  if (positionals.length) throw new CliError(`interview takes no files (got '${positionals[0]}')`);
  const statePath = values.state as string;
  const output = values.output as string;
  let state = loadSaved(io.cwd, statePath) ?? engine.start();
  if (state.answers.length) io.stdout(`Resuming the interview saved in ${statePath} (${state.answers.length} answers so far).\n`);
  const reader = new LineReader(input);
  // Every answer is already on disk: Ctrl-C only needs to say where.
  const onInterrupt = () => {
    io.stderr(`\nInterrupted; your answers are saved in ${statePath}. Run zenml-scope interview again to resume.\n`);
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  const say = (text = '') => io.stdout(`${text}\n`);

  const ask = async (prompt: string): Promise<string> => {
    io.stdout(prompt);
    const line = await reader.next();
    if (line === null) throw new InputEnded();
    if (line.trim() === ':back') throw new GoBack();
    return line;
  };

  const readText = async (): Promise<string> => {
    const lines: string[] = [];
    for (let line = await ask('> '); line.trim() !== ''; line = await ask('> ')) lines.push(line);
    return lines.join('\n');
  };

  const pick = async (options: { id: string; label: string; detail?: string }[], preset: string | null): Promise<string> => {
    options.forEach((o, i) => say(`  ${i + 1}. ${o.label}${o.id === preset ? ' (recommended)' : ''}${o.detail ? ` — ${o.detail}` : ''}`));
    for (;;) {
      const line = (await ask(`Choose 1-${options.length}${preset ? ', Enter for the recommendation' : ''}: `)).trim();
      if (!line && preset) return preset;
      const n = Number(line);
      if (Number.isInteger(n) && n >= 1 && n <= options.length) return options[n - 1]!.id;
      say(`Please type a number from 1 to ${options.length}.`);
    }
  };

  const answerFor = async (q: Question): Promise<AnswerValue> => {
    switch (q.kind) {
      case 'text':
        say(q.id === 'picture' ? '(Several lines are fine; finish with an empty line.)' : '(Finish with an empty line; an empty answer goes on.)');
        return { kind: 'text', text: await readText() };
      case 'single':
        return { kind: 'single', option: await pick(q.options, q.value) };
      case 'multi': {
        q.options.forEach((o, i) => say(`  ${i + 1}. ${o.label}${q.value.includes(o.id) ? ' (recommended)' : ''}`));
        const line = (await ask('Numbers separated by commas, Enter for the recommendation: ')).trim();
        if (!line) return { kind: 'multi', options: q.value };
        return { kind: 'multi', options: line.split(/[,\s]+/).map((n) => q.options[Number(n) - 1]?.id ?? n) };
      }
      case 'classify': {
        const buckets: Record<string, Bucket> = Object.fromEntries(q.components.map((c) => [c.id, c.bucket]));
        for (;;) {
          q.components.forEach((c, i) => say(`  ${i + 1}. ${c.name}: ${buckets[c.id]}${c.alternative ? ` (instead: ${c.alternative})` : ''} — ${c.reason}`));
          const line = (await ask(`Move items with "3=defer" (${BUCKETS.join(', ')}), Enter to confirm: `)).trim();
          if (!line) return { kind: 'classify', buckets };
          for (const edit of line.split(/[,\s]+/)) {
            const [n, b] = edit.split('=');
            const c = q.components[Number(n) - 1];
            const bucket = b ? bucketOf(b) : null;
            if (c && bucket) buckets[c.id] = bucket;
            else say(`Not understood: "${edit}" (write e.g. 2=not-a-pipeline).`);
          }
        }
      }
      case 'pipeline': {
        const p: PipelineProposal = { ...q.proposal, steps: [...q.proposal.steps] };
        for (;;) {
          say(`  Name: ${p.name}\n  Trigger: ${p.trigger}`);
          p.steps.forEach((s, i) => say(`  ${i + 1}. ${s.name} — ${s.description} → produces ${s.produces}`));
          const line = (await ask('Enter to accept; or name=…, trigger=…, 3=step — what it does → produces …, del 3, add step — … → produces …: ')).trim();
          if (!line) return { kind: 'pipeline', proposal: p };
          const [, key, rest] = /^(name|trigger|del|add|\d+)\s*[= ]\s*(.*)$/i.exec(line) ?? [];
          const step = rest ? parseStep(rest) : null;
          if (key === 'name' && rest) p.name = rest;
          else if (key === 'trigger' && rest) p.trigger = rest;
          else if (key === 'del' && p.steps[Number(rest) - 1] && p.steps.length > 1) p.steps.splice(Number(rest) - 1, 1);
          else if (key === 'add' && step) p.steps.push(step);
          else if (key && /^\d+$/.test(key) && p.steps[Number(key) - 1] && step) p.steps[Number(key) - 1] = step;
          else say('Not understood; nothing changed.');
        }
      }
      case 'mvp':
        return { kind: 'mvp', pipeline: await pick(q.pipelines.map((p) => ({ id: p.name, label: p.name, detail: p.summary })), q.value ?? q.recommended) };
      case 'review':
        say(q.markdown);
        await ask('Enter to accept the document (or :back to change an answer): ');
        return { kind: 'review', accept: true };
    }
  };

  const goBack = async (): Promise<void> => {
    const answered = engine.view(state).answered;
    answered.forEach((a, i) => say(`  ${i + 1}. ${a.title}`));
    const n = Number((await ask('Go back to which question (Enter to stay)? ')).trim());
    const target = answered[n - 1];
    if (!target) return;
    const r = engine.revisit(state, target.id);
    if (r.ok) state = r.state;
  };

  try {
    for (let q = engine.nextQuestion(state); q; q = engine.nextQuestion(state)) {
      say(`\n== ${q.title} (${q.phase})`);
      for (const n of q.notices) say(`! ${n.rule}: ${n.message}`);
      say(q.prompt);
      say(`Why it matters: ${q.why}`);
      let value: AnswerValue;
      try {
        value = await answerFor(q);
      } catch (e) {
        if (!(e instanceof GoBack)) throw e;
        await goBack();
        continue;
      }
      const r = engine.answer(state, q.id, value);
      if (!r.ok) {
        say(`Not accepted: ${r.error}`);
        continue;
      }
      state = r.state;
      writeFileAtomicOrCreate(io, statePath, engine.serialize(state));
    }
  } catch (e) {
    if (!(e instanceof InputEnded)) throw e;
    io.stderr(`\nInput ended before the interview finished; your answers are saved in ${statePath}. Run zenml-scope interview again to resume.\n`);
    return 1;
  }

  const v = engine.view(state);
  if (engine.architecture(state).pipelines.length === 0) {
    say(v.nextStep ?? '');
    return 0;
  }
  let force = false;
  if (existsSync(resolve(io.cwd, output))) {
    io.stdout(`${output} exists. Overwrite it? [y/N] `);
    force = /^y(es)?$/i.test(((await reader.next()) ?? '').trim());
    if (!force) {
      say(`\nLeft ${output} as it was; your interview stays saved in ${statePath}.`);
      return 0;
    }
  }
  writeDocument(io.cwd, output, engine.render(state), force);
  unlinkSync(resolve(io.cwd, statePath));
  say(`\nWrote ${output}.\nNext: ${v.nextStep ?? ''}`);
  return 0;
}

/** Saves the state: atomically over an existing file, created on the first answer. */
function writeFileAtomicOrCreate(io: CliIO, path: string, text: string): void {
  const full = resolve(io.cwd, path);
  if (existsSync(full)) writeFileAtomic(io.cwd, path, text);
  else writeDocument(io.cwd, path, text, true);
}
