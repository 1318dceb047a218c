/**
 * What `--fix` (fix-all) must never do, as properties over generated architecture documents:
 * shared by the unit test (thousands of cases) and `scripts/fix-properties.ts` (as many as asked).
 *
 * Documents are the template's skeleton with offences (estimates, setup commands, roadmap labels,
 * stage aliases) dropped into headings, steps, fields and prose, HTML comments (notes and
 * directives) beside them, sections sometimes out of order, and CRLF or LF line endings; and
 * `templateMarkdown`, the template's lines and markdown's awkward corners in any order.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFixes, fixAll, safeFixes } from '../../../src/core/lint/fix';
import { lint } from '../../../src/core/lint/lint';
import type { Diagnostic } from '../../../src/core/lint/types';
import { parseDocument } from '../../../src/core/markdown/parse';

const OFFENCE = [
  '', '', '', ' takes about 2 weeks to build', ' — 2 weeks to build', ', about 3 weeks of work', ' (ETA by Q3)', ' costs $400/month on GPUs',
  '. Should take 2-3 weeks to build.', ' Run `zenml stack register prod -o k8s`.', '; roughly $2k per month in GPU spend', ' (MVP in 4 weeks)',
  ' (about 2 weeks, then review)', ' 3 sprints',
];
const COMMENT = ['', '', '', ' <!-- reviewer note -->', ' <!-- zenml-scope-disable-line -->', ' <!-- zenml-scope-disable-line time-estimate -->', ' <!-- TODO: ask Ana -->'];
const OWN_LINE_COMMENT = ['<!-- zenml-scope-disable time-estimate -->', '<!-- zenml-scope-enable -->', '<!-- zenml-scope-disable-next-line -->', '<!-- kept for the record -->'];
const PHASE = ['(MVP)', '(Phase 2)', '(Phase 3)', '', '— MVP', '(MVP, batch)'];
const STAGE = ['production', 'staging', 'prod', 'latest', 'stg'];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const decorated = (text: string) => fc.tuple(pick(OFFENCE), pick(COMMENT)).map(([o, c]) => `${text}${o}${c}`);

const step = (n: number) => fc.constantFrom('load_rows — reads the day\'s rows → produces table', 'train — fits the model → produces model', 'score — applies the model → produces scores', 'publish — writes the scores → produces snapshot').chain((s) => decorated(`  ${n}. ${s}`));

const pipeline = (n: number) =>
  fc
    .record({
      heading: fc.tuple(pick(['Fraud Training', 'Batch Scoring', 'Feature Refresh']), pick(PHASE), pick(OFFENCE), pick(COMMENT)),
      steps: fc.integer({ min: 0, max: 5 }).chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => step(i + 1)))),
      purpose: decorated('- **Purpose**: Trains the fraud classifier on labelled transactions.'),
      trigger: decorated('- **Trigger**: Daily at 02:00 UTC.'),
      orchestrator: decorated('- **Orchestrator requirements**: Kubernetes, one GPU'),
      mcp: pick(STAGE).chain((s) => decorated(`- **Model Control Plane**: \`fraud_model\` — produces a new version on every run; promotes passing versions to \`${s}\`.`)),
      dropField: fc.boolean(),
    })
    .map(({ heading: [name, phase, offence, comment], steps, purpose, trigger, orchestrator, mcp, dropField }) => [
      `### Pipeline ${n}: ${name}${offence && phase ? ` ${phase}${offence}` : `${offence}${phase ? ` ${phase}` : ''}`}${comment}`,
      '',
      purpose,
      ...(dropField ? [] : [trigger]),
      '- **Steps** (approximate — describe in prose, no code):',
      ...steps,
      '- **Data sources**: Postgres `transactions`',
      '- **Key artifacts**: model, evaluation report',
      orchestrator,
      mcp,
      '',
    ]);

const prose = fc.array(
  fc.oneof(
    decorated('The scope is one training pipeline first.'),
    decorated('Team: 2 ML engineers maintain these pipelines.'),
    pick(OWN_LINE_COMMENT),
    decorated('- Week 1: set up the stack and train'),
    decorated('- Week 2: run `zenml stack register prod -o k8s` and score'),
    fc.constant(''),
  ),
  { maxLength: 4 },
);

const SECTIONS = ['## Cross-Pipeline Data Flow', '## Not-a-Pipeline Components', '## Deferred / Future Work', '## Open Questions'];

/** A whole generated document, as text. */
export const architectureDocument = fc
  .record({
    title: fc.tuple(pick(['# Pipeline Architecture: Fraud', '# Fraud Scoring', '# Pipeline Architecture Fraud\u2028Scoring']), pick(COMMENT)),
    overview: prose,
    pipelines: fc.integer({ min: 0, max: 3 }).chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => pipeline(i + 1)))),
    sections: fc.shuffledSubarray(SECTIONS.map((heading, i) => ({ heading, i }))),
    shuffle: fc.boolean(),
    bodies: fc.tuple(prose, prose, prose, prose),
    eol: pick(['\n', '\n', '\r\n']),
  })
  .map(({ title: [title, comment], overview, pipelines, sections, shuffle, bodies, eol }) => {
    const ordered = shuffle ? sections : [...sections].sort((a, b) => a.i - b.i);
    const lines = [
      `${title}${comment}`,
      '',
      '## Overview',
      '',
      ...overview,
      '',
      '## Pipeline Decomposition',
      '',
      ...pipelines.flat(),
      ...ordered.flatMap(({ heading, i }) => [heading, '', ...bodies[i]!, '']),
    ];
    return lines.join(eol);
  });

/** Lines of the template, the offences and markdown's awkward corners, in any order (also fuzz.test.ts's input). */
const FRAGMENTS = [
  '# Pipeline Architecture: Fraud', '# Fraud Scoring', '## Overview', '## Pipeline Decomposition', '## Cross-Pipeline Data Flow',
  '## Not-a-Pipeline Components', '## Deferred / Future Work', '## Open Questions', '### Pipeline 1: Training (MVP)',
  '### Pipeline 2: Scoring (Phase 2)', '### Pipeline 3: Dashboards', '- **Purpose**: trains the model.', '- **Trigger**: weekly',
  '- **Steps** (approximate — describe in prose, no code):', '  1. load — reads rows → produces table', '  2. train → produces model',
  '- **Data sources**: Postgres', '- **Key artifacts**: model', '- **Orchestrator requirements**: Kubernetes',
  '- **Model Control Plane**: `fraud` — reads the `production` version.', '1. Which bucket?', '- Week 1: set up the stack',
  'Should take 2-3 weeks to build.', 'About ~$400/month on GPUs.', 'ETA by Q3.', 'zenml stack register prod -o k8s', '```python',
  '```', '@step', 'def load():', 'import pandas as pd', 'settings:', '  docker:', '<!-- zenml-scope-disable -->',
  '<!-- zenml-scope-enable time-estimate -->', '<!-- zenml-scope-disable-next-line -->', '<!--', '-->', '---', '', '', '    indented code',
  '> quoted', '| Week 1 | stack |', '(', ')', '- ', '**', 'Setext title', '===',
  '### Pipeline 1: Training (MVP) takes about 2 weeks to build', '  3. score — takes 2 weeks to build <!-- note -->', 'ETA by Q3 <!-- x -->',
];

export const templateMarkdown = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 30 })), { maxLength: 60 })
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));

const LINE = /\r\n|\r|\n/;
const COMMENTS = /<!--[\s\S]*?-->/g;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;

function multiset(items: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1);
  return m;
}

/** Every item of `before` is in `after` at least as often. */
function missing(before: readonly string[], after: readonly string[]): string[] {
  const have = multiset(after);
  return before.filter((i) => {
    const n = have.get(i) ?? 0;
    have.set(i, n - 1);
    return n <= 0;
  });
}

/** The document's structure: heading levels, pipelines and each pipeline's phase and step count. */
function structure(text: string) {
  const doc = parseDocument(text);
  return {
    headings: text.split(LINE).flatMap((l) => HEADING.exec(l)?.[1] ?? []),
    pipelines: doc.architecture.pipelines.map((p) => p.steps.length),
  };
}

/** The lines of `text` that no diagnostic covers, blank ones aside. */
function uncovered(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const covered = new Set(diagnostics.flatMap((d) => Array.from({ length: d.range.end.line - d.range.start.line + 1 }, (_, i) => d.range.start.line + i)));
  return text.split(LINE).filter((l, i) => !covered.has(i) && l.trim() !== '');
}

/**
 * Asserts the fix properties for one document; the message names the property broken. Fix-all
 * runs in rounds (fixes that only fit one after another); each round may change only lines
 * that round's diagnostics cover.
 */
export function checkFixProperties(md: string): void {
  const diagnostics = lint(md);
  const out = fixAll(md);
  let current = md;
  for (let fixes = safeFixes(current); fixes.length > 0 && current !== out; fixes = safeFixes(current)) {
    const next = applyFixes(current, fixes);
    assert.deepEqual(missing(uncovered(current, lint(current)), next.split(LINE)), [], 'a line no diagnostic covered was removed or changed');
    current = next;
  }
  assert.deepEqual(missing(md.match(COMMENTS) ?? [], out.match(COMMENTS) ?? []), [], 'a comment was removed');
  const [was, now] = [structure(md), structure(out)];
  assert.deepEqual(missing(was.headings, now.headings), [], 'a heading was removed');
  // A reorder may bring a pipeline heading into the decomposition: more pipelines is not less.
  assert.deepEqual(missing(was.pipelines.map(String), now.pipelines.map(String)), [], 'a pipeline or a step was removed');
  assert.deepEqual(safeFixes(out).map((f) => f.title), [], 'fix-all did not reach a fixed point');
  if (!diagnostics.some((d) => d.severity === 'error')) {
    assert.deepEqual(lint(out).filter((d) => d.severity === 'error').map((d) => `${d.rule}: ${d.message}`), [], 'a clean document gained errors');
  }
}
