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

/** Where each rule's catalogue entry lives (README anchors written by scripts/gen-rule-docs.ts). */
export const RULE_DOCS_BASE = 'https://github.com/zenml-scope/zenml-scope';

export function ruleHelpUri(slug: string): string {
  return `${RULE_DOCS_BASE}#rule-${slug}`;
}

/** Parses `.zenml-scope.json` text against the rules that really exist. */
export function parseLintConfig(text: string): ConfigResult {
  return parseConfig(text, RULE_SLUGS);
}
