/**
 * `zenml-scope lint <files or globs…> [--format text|json|sarif] [--fix] [--config path]`
 *
 * Exit 0: no error-severity findings. 1: at least one. 2: usage or I/O problem (thrown as CliError).
 * All inputs are validated before anything is linted or rewritten.
 */
import { DEFAULT_CONFIG, type ResolvedConfig } from '../core/lint/config';
import { fixAll } from '../core/lint/fix';
import { lint } from '../core/lint/lint';
import { parseLintConfig } from '../core/lint/registry';
import { FORMATS, isFormatName } from './format';
import { colorWanted } from './format/color';
import type { FileResult } from './format/results';
import { CliError, expandInputs, parseCommandArgs, readConfigText, readMarkdownFile, rewriteTarget, writeFileAtomic, type CliIO } from './io';

const LINT_USAGE = `Usage: zenml-scope lint <files or globs…> [--format text|json|sarif] [--fix] [--config path]

Checks pipeline_architecture.md documents against the ZenML scoping method.
  --format   text (default): file:line:col severity rule message; json; sarif (GitHub code scanning)
  --fix      apply every safe fix and rewrite the files in place (keeping each file's mode)
  --config   a .zenml-scope.json (default: ./.zenml-scope.json when present)

Exit code: 0 no errors, 1 errors found, 2 usage or file problems.`;

const DEFAULT_CONFIG_FILE = '.zenml-scope.json';

function loadConfig(io: CliIO, path: string | undefined): ResolvedConfig {
  const text = readConfigText(io.cwd, path ?? DEFAULT_CONFIG_FILE, path !== undefined);
  if (text === undefined) return DEFAULT_CONFIG;
  const parsed = parseLintConfig(text);
  if (!parsed.ok) throw new CliError(path ? parsed.error.replace(/^\.zenml-scope\.json/, path) : parsed.error);
  return parsed.config;
}

export async function lintCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', default: 'text' },
    fix: { type: 'boolean', default: false },
    config: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.stdout(`${LINT_USAGE}\n`);
    return 0;
  }
  const format = values.format as string;
  if (!isFormatName(format)) throw new CliError(`unknown format '${format}' (expected text, json or sarif)`);
  if (positionals.length === 0) throw new CliError('no files given (usage: zenml-scope lint <files or globs…>)');

  const config = loadConfig(io, values.config as string | undefined);
  const files = await expandInputs(io.cwd, positionals);
  const inputs = files.map((file) => ({ file, text: readMarkdownFile(io.cwd, file) }));

  const fixed = inputs.map(({ file, text }) => ({ file, text, fixed: values.fix ? fixAll(text, config) : text }));
  // Every file to rewrite is checked (real target, writable) before the first write.
  const rewrites = fixed.filter((f) => f.fixed !== f.text).map((f) => ({ ...f, target: rewriteTarget(io.cwd, f.file) }));
  for (const r of rewrites) writeFileAtomic(r.target, r.file, r.fixed);
  const results: FileResult[] = fixed.map(({ file, fixed: current }) => ({ file, diagnostics: lint(current, config) }));
  const fixedFiles = rewrites.length;

  io.stdout(FORMATS[format]({ results, fixedFiles, color: colorWanted(process.stdout.isTTY, process.env) }));
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
