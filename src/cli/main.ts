/**
 * `zenml-scope`: the command line (bundled to dist/cli.js). A table of subcommands, each
 * in its own file; adding one is one line here. Never prints a stack trace: user problems
 * are one line and exit 2, and so is anything unexpected.
 */
import '../core/jitless';
import { version } from '../../package.json';
import { CliError, processIO, type CliIO } from './io';
import { lintCommand } from './lint';
import { analyzeCommand } from './analyze';
import { draftCommand } from './draft';
import { interviewCommand } from './interview';

export interface Command {
  summary: string;
  run(args: string[], io: CliIO): Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  lint: { summary: 'check pipeline_architecture.md files (text, JSON or SARIF; --fix)', run: lintCommand },
  analyze: { summary: "print the engine's reading of a workflow description as JSON", run: analyzeCommand },
  draft: { summary: 'write pipeline_architecture.md from a description, taking every recommendation', run: draftCommand },
  interview: { summary: 'run the scoping interview in the terminal (resumes after Ctrl-C)', run: (args, io) => interviewCommand(args, io) },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const list = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return ['Usage: zenml-scope <command> [options]', '', 'Commands:', ...list, '', 'zenml-scope <command> --help for its options; --version for the version.'].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === '--version' || name === '-v') {
      io.stdout(`${version}\n`);
      return 0;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      io.stdout(`${usage()}\n`);
      return 0;
    }
    const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) {
      io.stderr(`zenml-scope: ${name === undefined ? 'no command given' : `unknown command '${name}'`}\n${usage()}\n`);
      return 2;
    }
    return await command.run(rest, io);
  } catch (e) {
    const message = e instanceof CliError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    io.stderr(`zenml-scope: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

if (require.main === module) {
  // `zenml-scope lint … | head` closes the pipe early: that is not a crash.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  void main(process.argv.slice(2), processIO()).then((code) => {
    process.exitCode = code;
  });
}
