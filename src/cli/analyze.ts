/**
 * `zenml-scope analyze [file|-] [--format json]`: the engine's reading of a description, as the
 * stable JSON documented in issue 3 (categories, missingCategories, followUp, readiness,
 * components, smells, pipelines, team). Exit 0, or 2 for bad input.
 */
import { analyzeDescription } from '../core/interview/analysis';
import { readDescriptionInput } from './description';
import { CliError, parseCommandArgs, type CliIO } from './io';
import { stdinHint } from './stdinHint';
import { MODEL_OPTIONS, MODEL_USAGE, modelEndpoint, readWithModel } from './model';

export const ANALYZE_USAGE = `Usage: zenml-scope analyze [file|-] [--format json] [--model-url URL --model NAME]

Prints the engine's reading of a workflow description (a file, or stdin with - or no file) as JSON:
the seven categories, what is missing and the follow-up question, the readiness check, each
component's bucket with its reason, red flags, and the proposed pipelines. Text with nothing
recognisable gets the follow-up question and no pipelines, not a guess. With a language model,
readBy names it and modelNotes lists what the engine dropped or corrected of its answer.
${MODEL_USAGE}

Exit code: 0 read, 2 bad input (missing, empty, binary, not UTF-8, over 1 MB).`;

export async function analyzeCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', default: 'json' },
    help: { type: 'boolean', short: 'h', default: false },
    ...MODEL_OPTIONS,
  });
  if (values.help) {
    io.stdout(`${ANALYZE_USAGE}\n`);
    return 0;
  }
  if (values.format !== 'json') throw new CliError(`unknown format '${String(values.format)}' (analyze prints json)`);
  if (positionals.length > 1) throw new CliError('analyze reads one description (a file, or - for stdin)');
  const endpoint = modelEndpoint(values, io);
  stdinHint(io, positionals[0]);
  const text = await readDescriptionInput(io.cwd, positionals[0]);
  const model = await readWithModel(endpoint, text, io);
  io.stdout(`${JSON.stringify(analyzeDescription(text, model), null, 2)}\n`);
  return 0;
}
