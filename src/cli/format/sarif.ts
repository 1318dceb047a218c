/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every rule in tool.driver.rules (so alerts
 * link to the README catalogue), results with a relative artifact URI and a 1-based region.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../../../package.json';
import { entry } from '../../core/lint/catalogue';
import { RULES } from '../../core/lint/registry';
import type { Severity } from '../../core/lint/types';
import { oneBased, type RunSummary } from './results';

/** A SARIF artifact URI: relative paths percent-encoded per segment ("#" too), absolute ones as file:// URLs. */
export function artifactUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split('/').map(encodeURIComponent).join('/');
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif({ results }: RunSummary): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.slug, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'zenml-scope',
            version,
            rules: RULES.map((r) => ({
              id: r.slug,
              name: r.slug,
              shortDescription: { text: r.docs.checks },
              fullDescription: { text: r.docs.why },
              // The catalogue entry itself (docs/rules.md): there is no public address to link to.
              help: { text: `${r.docs.why}\n\nFix: ${r.docs.fix}`, markdown: entry(r) },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              properties: { tags: ['zenml', r.category] },
            })),
          },
        },
        results: results.flatMap(({ file, diagnostics }) =>
          diagnostics.map((d) => {
            const at = oneBased(d);
            return {
              ruleId: d.rule,
              ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
              level: LEVEL[d.severity],
              message: { text: d.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: artifactUri(file) },
                    region: { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn },
                  },
                },
              ],
            };
          }),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
