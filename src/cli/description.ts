/**
 * Reading a user's description for `analyze`, `draft` and `interview`: a file or `-` for stdin,
 * through the CLI's one input validator (1 MB here). Bad input is a one-line CliError, exit 2.
 */
import { checkInputFile, decodeInput, readInputFile, tooLarge, type InputKind } from './io';

const DESCRIPTION_INPUT: InputKind = {
  maxBytes: 1024 * 1024,
  noun: 'a workflow description',
  empty: 'empty, describe your ML workflow first',
};

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buf.length;
    // Stop reading early: a description is never this large, and the limit is the message.
    if (size > DESCRIPTION_INPUT.maxBytes) throw tooLarge('stdin', DESCRIPTION_INPUT);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** The description as text; `-` (or no path) reads stdin. */
export async function readDescriptionInput(cwd: string, path: string | undefined): Promise<string> {
  if (path === undefined || path === '-') return decodeInput('stdin', await readStdin(), DESCRIPTION_INPUT);
  return readInputFile(checkInputFile(cwd, path, DESCRIPTION_INPUT), path, DESCRIPTION_INPUT);
}
