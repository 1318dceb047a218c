/**
 * `zenml-scope draft <file|-> [-o pipeline_architecture.md] [--force]`: the whole interview,
 * taking every recommendation, written as the architecture document. Push-backs and the
 * readiness redirect go to stderr. Exit 0 written; 1 nothing to write (no part of the
 * description is a pipeline); 2 bad input or an existing file without --force.
 */
import { accessSync, constants, lstatSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { draftInterview } from '../core/interview/autopilot';
import { DEFAULT_DOCUMENT_PATH } from '../core/interview/catalogue';
import { view } from '../core/interview/engine';
import { readDescriptionInput } from './description';
import { CliError, parseCommandArgs, type CliIO } from './io';
import { stdinHint } from './stdinHint';
import { MODEL_OPTIONS, MODEL_USAGE, modelEndpoint, readWithModel } from './model';

export const DRAFT_USAGE = `Usage: zenml-scope draft <file|-> [-o pipeline_architecture.md] [--force] [--model-url URL --model NAME]

Runs the scoping interview on a description (a file, or - for stdin), taking every
recommendation, and writes the document. Push-backs and the readiness check go to stderr.
  -o, --output   where to write (default: pipeline_architecture.md)
  --force        overwrite an existing file
${MODEL_USAGE}

Exit code: 0 written, 1 nothing in the description needs a pipeline (stderr says what to use
instead), 2 bad input or an existing file without --force.`;

export const DEFAULT_DOCUMENT = DEFAULT_DOCUMENT_PATH;

/** Whether something is at `full`, a dangling symlink included (writing through it would create its target). */
export const pathTaken = (full: string): boolean => lstatSync(full, { throwIfNoEntry: false }) !== undefined;

/** Writable by its mode and for this process (root passes `access` even on a 0444 file). */
function writable(full: string): boolean {
  try {
    accessSync(full, constants.W_OK);
    return (statSync(full).mode & 0o222) !== 0;
  } catch {
    return false;
  }
}

/**
 * Refuses, before any work is done, a path that cannot be written: a directory, a dangling
 * symlink, a read-only file, or a file in a directory that does not exist or is read-only.
 * (An interview should not end by losing the document.)
 */
export function checkWritablePath(cwd: string, path: string): void {
  const full = resolve(cwd, path);
  const target = statSync(full, { throwIfNoEntry: false });
  if (target?.isDirectory()) throw new CliError(`${path}: is a directory; name the file to write`);
  if (!target && pathTaken(full)) throw new CliError(`${path}: is a symlink to a missing file; name a real file to write`);
  if (target && !writable(full)) throw new CliError(`${path}: read-only, not overwritten`);
  if (!statSync(dirname(full), { throwIfNoEntry: false })?.isDirectory()) throw new CliError(`${path}: the directory ${dirname(path)} does not exist`);
  if (!target && !writable(dirname(full))) throw new CliError(`${path}: the directory ${dirname(path)} is not writable`);
}

const WRITE_ERRORS: Record<string, string> = { EACCES: 'permission denied', EPERM: 'permission denied', ENOSPC: 'the disk is full', EROFS: 'read-only file system' };

/** Writes the document unless it would overwrite a file the user did not ask to replace. */
export function writeDocument(cwd: string, path: string, markdown: string, force: boolean): void {
  const full = resolve(cwd, path);
  if (!force && pathTaken(full)) throw new CliError(`${path} already exists (use --force to overwrite it)`);
  checkWritablePath(cwd, path);
  try {
    writeFileSync(full, markdown);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new CliError(`${path}: cannot write (${WRITE_ERRORS[code] ?? (code || (e as Error).message)})`);
  }
}

export async function draftCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    output: { type: 'string', short: 'o', default: DEFAULT_DOCUMENT },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    ...MODEL_OPTIONS,
  });
  if (values.help) {
    io.stdout(`${DRAFT_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new CliError('draft needs one description (a file, or - for stdin)');
  const output = values.output as string;
  if (!values.force && pathTaken(resolve(io.cwd, output))) throw new CliError(`${output} already exists (use --force to overwrite it)`);
  checkWritablePath(io.cwd, output);
  stdinHint(io, positionals[0]);
  const endpoint = modelEndpoint(values, io);
  const text = await readDescriptionInput(io.cwd, positionals[0]);
  const result = draftInterview(text, await readWithModel(endpoint, text, io));
  if (!result.ok) throw new CliError(result.error);
  const { draft } = result;
  if (draft.redirect) io.stderr(`readiness: ${draft.redirect}\n  (draft continues anyway)\n`);
  for (const n of draft.notices) io.stderr(n.rule.startsWith('language-model') ? `model: ${n.message}\n` : `push-back [${n.rule}]: ${n.message}\n`);
  if (draft.architecture.pipelines.length === 0) {
    io.stderr(`${view(draft.state, { documentPath: output }).nextStep}\n`);
    return 1;
  }
  writeDocument(io.cwd, output, draft.markdown, values.force as boolean);
  const mvp = draft.architecture.pipelines.find((p) => p.phase === 'MVP');
  const count = draft.architecture.pipelines.length;
  io.stdout(`Wrote ${output}: ${count} ${count === 1 ? 'pipeline' : 'pipelines'}, MVP ${mvp?.name ?? 'none'}, ${draft.markdown.split('\n').length - 1} lines.\n`);
  io.stdout(`Next: ${view(draft.state, { documentPath: output }).nextStep}\n`);
  return 0;
}
