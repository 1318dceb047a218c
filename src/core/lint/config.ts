/**
 * `.zenml-scope.json`: per-rule severity or `off`, and the thresholds the rules use.
 * The CLI and the extension read the same file through `parseConfig`, so they agree exactly.
 */
import * as z from 'zod';
import { DEFAULT_THRESHOLDS } from '../domain/thresholds';


const RuleSettingSchema = z.enum(['off', 'error', 'warning', 'info']);

/** How serious a finding is; config owns the word list (`off` is a setting, not a severity). */
export type Severity = Exclude<z.infer<typeof RuleSettingSchema>, 'off'>;

export const ConfigFileSchema = z
  .object({
    $schema: z.string().optional(),
    rules: z.record(z.string(), RuleSettingSchema).optional(),
    thresholds: z
      .object({
        stepsMin: z.number().int().min(1),
        stepsMax: z.number().int().min(1),
        linesMin: z.number().int().min(0),
        linesMax: z.number().int().min(1),
        openQuestionsMax: z.number().int().min(0),
        pipelinesPerEngineer: z.number().int().min(1),
        mvpDataSourcesMax: z.number().int().min(1),
      })
      .partial()
      .strict()
      .optional(),
  })
  .strict();
export type ConfigFile = z.infer<typeof ConfigFileSchema>;

export interface ResolvedConfig {
  /** Severity per rule slug; a slug absent here uses the rule's default; `off` disables it. */
  rules: Record<string, Severity | 'off'>;
  thresholds: { [K in keyof typeof DEFAULT_THRESHOLDS]: number };
}

export const DEFAULT_CONFIG: ResolvedConfig = { rules: {}, thresholds: { ...DEFAULT_THRESHOLDS } };

export type ConfigResult = { ok: true; config: ResolvedConfig } | { ok: false; error: string };

/**
 * Parses the text of a config file. Errors name the offending key
 * (`thresholds.stepsMax: expected a number`) so users can fix it at once.
 * `knownRules` lets unknown rule slugs be reported instead of silently ignored.
 */
export function parseConfig(text: string, knownRules: readonly string[]): ConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `.zenml-scope.json is not valid JSON: ${(e as Error).message}` };
  }
  const parsed = ConfigFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(root)');
    const where = issue.code === 'unrecognized_keys' ? `${[...issue.path, ...issue.keys].join('.')}` : key;
    return { ok: false, error: `.zenml-scope.json: ${where}: ${issue.message}` };
  }
  const file = parsed.data;
  for (const slug of Object.keys(file.rules ?? {})) {
    if (!knownRules.includes(slug)) {
      return { ok: false, error: `.zenml-scope.json: rules.${slug}: unknown rule (known: ${knownRules.join(', ')})` };
    }
  }
  const thresholds = { ...DEFAULT_THRESHOLDS, ...file.thresholds };
  if (thresholds.stepsMin > thresholds.stepsMax) {
    return { ok: false, error: '.zenml-scope.json: thresholds.stepsMin: must not exceed thresholds.stepsMax' };
  }
  if (thresholds.linesMin > thresholds.linesMax) {
    return { ok: false, error: '.zenml-scope.json: thresholds.linesMin: must not exceed thresholds.linesMax' };
  }
  return { ok: true, config: { rules: { ...file.rules }, thresholds } };
}
