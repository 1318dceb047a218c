/**
 * The CLI's contact with the outside world, kept in one place: where output goes, how
 * input files are found and validated, and how a fixed file is written back safely.
 * Every problem becomes a `CliError` with a one-line message; `main` prints it, exit 2.
 */
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { glob, isDynamicPattern } from 'tinyglobby';
import { MAX_DOCUMENT_BYTES } from '../core/lint/limits';

export interface CliIO {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The environment the model settings may come from; none when absent (tests stay hermetic). */
  env?: Record<string, string | undefined>;
}

export const processIO = (): CliIO => ({
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});

/** A usage or I/O problem the user can fix: printed as one line, exit code 2. */
export class CliError extends Error {}

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mdx'];

const isMarkdownPath = (path: string): boolean => MARKDOWN_EXTENSIONS.includes(extname(path).toLowerCase());

/** `node:util` parseArgs, with its errors turned into one-line usage errors. */
export function parseCommandArgs<T extends ParseArgsConfig['options']>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (e) {
    throw new CliError((e as Error).message.split('. ')[0]!.replace(/\.$/, ''));
  }
}

/** Paths as users should read them: relative to the working directory, with forward slashes. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  if (rel === '') return '.';
  return (rel.startsWith('..') || isAbsolute(rel) ? resolve(cwd, path) : rel).split(sep).join('/');
}

/**
 * Files and globs → markdown files, in argument order, each once. A glob keeps only its
 * markdown matches; a glob with none, or a literal path that is not markdown, is an error.
 */
export async function expandInputs(cwd: string, patterns: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const matches = (await glob(pattern, { cwd, onlyFiles: true, ignore: ['**/node_modules/**'] })).filter(isMarkdownPath).sort();
      if (matches.length === 0) throw new CliError(`no markdown files match '${pattern}'`);
      out.push(...matches);
    } else {
      out.push(pattern);
    }
  }
  return [...new Set(out.map((p) => displayPath(cwd, p)))];
}

function describeFsError(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${path}: no such file`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied`;
  return `${path}: cannot read (${code ?? (e as Error).message})`;
}

const MB = 1024 * 1024;

/** What an input must be: its size limit and the words its one-line refusals use. */
export interface InputKind {
  maxBytes: number;
  /** What the input should be ("an architecture document"). */
  noun: string;
  /** The whole message for an empty input, after the path ("empty file"). */
  empty: string;
  /** How to name inputs instead, when a directory is given. */
  directoryHint?: string;
}

export const DOCUMENT_INPUT: InputKind = {
  maxBytes: MAX_DOCUMENT_BYTES,
  noun: 'an architecture document',
  empty: 'empty file',
  directoryHint: "pass files or a glob such as 'docs/**/*.md'",
};

/** The refusal of an input over its limit (stdin is cut off with it while still streaming). */
export function tooLarge(label: string, kind: InputKind): CliError {
  return new CliError(`${label}: larger than ${kind.maxBytes / MB} MB, not ${kind.noun}`);
}

/** A file worth reading: it exists, is not a directory and is within the limit. Returns its full path. */
export function checkInputFile(cwd: string, path: string, kind: InputKind): string {
  const full = resolve(cwd, path);
  let stat;
  try {
    stat = statSync(full);
  } catch (e) {
    throw new CliError(describeFsError(path, e));
  }
  if (stat.isDirectory()) throw new CliError(`${path}: is a directory, not ${kind.noun}${kind.directoryHint ? ` (${kind.directoryHint})` : ''}`);
  if (stat.size > kind.maxBytes) throw tooLarge(path, kind);
  return full;
}

/** Reads a file `checkInputFile` accepted, as validated text. */
export function readInputFile(full: string, path: string, kind: InputKind): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch (e) {
    throw new CliError(describeFsError(path, e));
  }
  return decodeInput(path, bytes, kind);
}

/** The one input validator: within the limit, no NUL bytes, valid UTF-8, not only whitespace. */
export function decodeInput(label: string, bytes: Uint8Array, kind: InputKind): string {
  if (bytes.length > kind.maxBytes) throw tooLarge(label, kind);
  if (bytes.includes(0)) throw new CliError(`${label}: binary file (contains NUL bytes), not ${kind.noun}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${label}: not valid UTF-8 text`);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new CliError(`${label}: ${kind.empty}`);
  return text;
}

/** Reads one input file, refusing anything that is not a markdown text file we should lint. */
export function readMarkdownFile(cwd: string, path: string): string {
  const full = checkInputFile(cwd, path, DOCUMENT_INPUT);
  if (!isMarkdownPath(path)) throw new CliError(`${path}: not a markdown file (expected ${MARKDOWN_EXTENSIONS.join(', ')})`);
  return readInputFile(full, path, DOCUMENT_INPUT);
}

/** Reads a config file, or undefined when an optional one is absent. */
export function readConfigText(cwd: string, path: string, required: boolean): string | undefined {
  try {
    return readFileSync(resolve(cwd, path), 'utf8');
  } catch (e) {
    if (!required && (e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError(`config ${describeFsError(path, e)}`);
  }
}

/**
 * The file a rewrite of `path` lands in, checked before any work: the real target of a
 * symlink (renaming over the link would replace it and leave the target unfixed), in a
 * directory the new file can be renamed into. As with `sed -i`, the file's own mode does not
 * stop an in-place edit the user asked for: the rewrite keeps it, so a read-only file stays read-only.
 */
export function rewriteTarget(cwd: string, path: string): string {
  let full: string;
  try {
    full = realpathSync(resolve(cwd, path));
    accessSync(full, constants.R_OK);
    accessSync(dirname(full), constants.W_OK);
  } catch (e) {
    throw new CliError(describeFsError(path, e).replace('cannot read', 'cannot write'));
  }
  return full;
}

/**
 * Writes through a temporary file in the same directory and renames it over the target,
 * so an interrupted run leaves either the old file or the new one, never half of each.
 * The new file gets the old one's mode and owner; where the owner cannot be kept (another
 * user's group-writable file), the file is rewritten in place instead.
 * @param full the target `rewriteTarget` returned
 */
export function writeFileAtomic(full: string, path: string, text: string): void {
  const temp = join(dirname(full), `.${basename(full)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const { mode, uid, gid } = statSync(full);
    const fd = openSync(temp, 'w', 0o600);
    let sameOwner = true;
    try {
      writeSync(fd, text);
      fchmodSync(fd, mode & 0o7777);
      try {
        fchownSync(fd, uid, gid);
      } catch {
        sameOwner = false;
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (sameOwner) renameSync(temp, full);
    else {
      unlinkSync(temp);
      writeFileSync(full, text);
    }
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // nothing to clean up
    }
    throw new CliError(`${path}: cannot write the fixed file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
