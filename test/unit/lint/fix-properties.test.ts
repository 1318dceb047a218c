/**
 * `--fix` never removes a heading, a pipeline, a step, a comment or a line no diagnostic covered,
 * reaches a fixed point in one pass, and never gives a clean document errors: checked on generated
 * documents here, and on many more by `node --import tsx scripts/fix-properties.ts [runs]`.
 */
import { test } from 'node:test';
import fc from 'fast-check';
import { architectureDocument, checkFixProperties, templateMarkdown } from './fixProperties';

/**
 * Fixed seeds: the suite checks the same 2,500 documents every run, so a red run is a regression, not
 * a new draw. `scripts/fix-properties.ts` explores fresh seeds; what it finds goes to CAUGHT or KNOWN.
 */
test('fix-all keeps structure, comments and untouched lines, and reaches a fixed point (generated documents)', () => {
  fc.assert(fc.property(architectureDocument, checkFixProperties), { numRuns: 1000, seed: 20261206 });
});

test('the same on random lines of the template and markdown\'s awkward corners', () => {
  fc.assert(fc.property(templateMarkdown, checkFixProperties), { numRuns: 1500, seed: 20261206 });
});

/**
 * Found by a random seed and not fixed yet: a pipeline above the title under a setext heading, given a
 * missing field, hides a second pipeline of the same number below the title from the parser.
 */
const KNOWN: Record<string, string> = {
  'a missing field inserted under a pipeline above the title hides the pipeline below it':
    'ETA by Q3.\n---\n### Pipeline 3: Dashboards\n# Pipeline Architecture: Fraud\n### Pipeline 3: Dashboards',
};
for (const [name, md] of Object.entries(KNOWN)) test(`known gap: ${name}`, { todo: 'the parser reads one of the two pipelines after the fix' }, () => checkFixProperties(md));

/** Documents the properties once caught, shrunk: each broke one of them before its fix. */
const CAUGHT: Record<string, string> = {
  'a section inserted above a missing title lands before it': '### Pipeline 1: Training (MVP) takes about 2 weeks to build',
  'a Pipeline Decomposition heading that does not hold the pipeline unmakes it': '## Open Questions\n### Pipeline 1: Training (MVP)',
  'a field inserted between the Steps field and its own list': '### Pipeline 3: Dashboards\n- **Steps** (approximate — describe in prose, no code):\n1. Which bucket?',
  'a setext title rewritten onto two lines': '.\n    indented code\n===',
  'a reorder moving an unclosed fence above the pipelines': '### Pipeline 1: Training (MVP) takes about 2 weeks to build\n## Overview\n```',
  'an insertion between a disable-next-line directive and its line': '<!-- zenml-scope-disable-next-line -->\n### Pipeline 1: Training (MVP) takes about 2 weeks to build',
  'a directive inside a comment is text, not a place to insert above': '<!--\n<!-- zenml-scope-disable-next-line -->\n## Deferred / Future Work',
  'the text of a setext heading removed whole': 'zenml stack register prod -o k8s\n===\n# Fraud Scoring',
  'an insertion at the end of a reordered span': '## Open Questions\n- **Orchestrator requirements**: Kubernetes\n## Overview\n### Pipeline 3: Dashboards',
  'a lone-CR document given LF line breaks': '### Pipeline 2: Scoring (Phase 2)\r<!--\r-->',
  'a comment after a step\'s removed description': '## Pipeline Decomposition\n### Pipeline 1: Fraud Training (MVP)\n- **Steps**:\n  1. publish — writes the scores Run `zenml stack register prod -o k8s`. <!-- reviewer note -->',
};

for (const [what, md] of Object.entries(CAUGHT)) test(`fix-all properties: ${what}`, () => checkFixProperties(md));
