/**
 * Reading a user's description for `analyze`, `draft` and `interview`: a file or `-` for stdin.
 * Bad input (missing, binary, not UTF-8, empty, over 1 MB) is a one-line CliError, exit 2.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from './io';

export const MAX_DESCRIPTION_BYTES = 1024 * 1024;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buf.length;
    // Stop reading early: a description is never this large, and the limit is the message.
    if (size > MAX_DESCRIPTION_BYTES) throw new CliError('stdin: larger than 1 MB, not a workflow description');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function readFileBytes(cwd: string, path: string): Buffer {
  try {
    const full = resolve(cwd, path);
    if (statSync(full).isDirectory()) throw new CliError(`${path}: is a directory, not a description`);
    if (statSync(full).size > MAX_DESCRIPTION_BYTES) throw new CliError(`${path}: larger than 1 MB, not a workflow description`);
    return readFileSync(full);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? (e as Error).message})`);
  }
}

/** The description as text; `-` (or no path) reads stdin. */
export async function readDescriptionInput(cwd: string, path: string | undefined): Promise<string> {
  const label = path === undefined || path === '-' ? 'stdin' : path;
  const bytes = label === 'stdin' ? await readStdin() : readFileBytes(cwd, path!);
  if (bytes.length > MAX_DESCRIPTION_BYTES) throw new CliError(`${label}: larger than 1 MB, not a workflow description`);
  if (bytes.includes(0)) throw new CliError(`${label}: binary data (contains NUL bytes), expected a text description`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${label}: not valid UTF-8 text`);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new CliError(`${label}: empty, describe your ML workflow first`);
  return text;
}
