/** The linter's own forbidden-content rules, run over one proposed sentence: what the document may never say. */
import { DEFAULT_CONFIG } from '../lint/config';
import { lintDocument } from '../lint/lint';
import { FORBIDDEN_RULES } from '../lint/rules/forbidden';
import { parseDocument } from '../markdown/parse';

/** The slug of the first forbidden rule the sentence breaks, or null. */
export function forbiddenIn(sentence: string): string | null {
  return lintDocument(parseDocument(sentence), DEFAULT_CONFIG, FORBIDDEN_RULES)[0]?.rule ?? null;
}
