/**
 * Writes the rule catalogue, rendered from the rules' own `docs`, to docs/rules.md (shipped in the
 * extension; a diagnostic's code opens it at the rule). The README links to it.
 *
 *   node --import tsx scripts/gen-rule-docs.ts           rewrite docs/rules.md
 *   node --import tsx scripts/gen-rule-docs.ts --check   exit 1 if it is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRulesDocument, RULES_DOC_PATH } from '../src/core/lint/catalogue';
import { RULES } from '../src/core/lint/registry';

export const RULES_DOC = join(__dirname, '..', RULES_DOC_PATH);

function main(): number {
  let current = '';
  try {
    current = readFileSync(RULES_DOC, 'utf8');
  } catch {
    // written below
  }
  const updated = renderRulesDocument();
  if (process.argv.includes('--check')) {
    if (updated === current) return 0;
    console.error(`${RULES_DOC_PATH} is stale: run \`node --import tsx scripts/gen-rule-docs.ts\`.`);
    return 1;
  }
  if (updated !== current) writeFileSync(RULES_DOC, updated);
  console.log(updated === current ? `${RULES_DOC_PATH} is up to date.` : `${RULES_DOC_PATH} rewritten (${RULES.length} rules).`);
  return 0;
}

if (require.main === module) process.exitCode = main();
