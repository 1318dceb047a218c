/** `analyze` and `draft` read stdin when given `-` or no file: on a terminal, say so instead of waiting silently. */
import type { CliIO } from './io';

export function stdinHint(io: CliIO, path: string | undefined, isTTY: boolean | undefined = process.stdin.isTTY): void {
  if ((path === undefined || path === '-') && isTTY) {
    io.stderr('Reading the description from the terminal: type or paste it, then press Ctrl-D on an empty line.\n');
  }
}
