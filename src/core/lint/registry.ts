/**
 * Every rule, in one list: structure, then forbidden content, then smells.
 * Slugs are the public names (output, config, suppression), so they must be unique and stable.
 */
import { parseConfig, type ConfigResult } from './config';
import { FORBIDDEN_RULES } from './rules/forbidden';
import { SMELL_RULES } from './rules/smells';
import { STRUCTURE_RULES } from './rules/structure';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [...STRUCTURE_RULES, ...FORBIDDEN_RULES, ...SMELL_RULES];

export const RULE_SLUGS: readonly string[] = RULES.map((r) => r.slug);

/** Parses `.zenml-scope.json` text against the rules that really exist. */
export function parseLintConfig(text: string): ConfigResult {
  return parseConfig(text, RULE_SLUGS);
}
