import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument, parseDocumentStrict } from '../../../src/core/markdown/parse';
import { renderArchitecture } from '../../../src/core/markdown/render';
import { ArchitectureSchema } from '../../../src/core/model/architecture';
import type { ParsedDocument, SourceRange } from '../../../src/core/markdown/document';
import { architecture } from './arbitraries';

/** Every range the parser reports lies inside the document, start before end. */
function assertRangesInBounds(doc: ParsedDocument): void {
  const ranges: SourceRange[] = [
    ...(doc.title ? [doc.title.range] : []),
    ...doc.sections.flatMap((s) => [s.headingRange, s.range]),
    ...doc.pipelines.flatMap((p) => [
      p.headingRange,
      p.range,
      ...Object.values(p.fields).flatMap((f) => [f!.range, f!.valueRange]),
      ...Object.values(p.extraFields).flatMap((f) => [f.range, f.valueRange]),
      ...p.steps.flatMap((s) => [s.range, s.nameRange]),
    ]),
    ...doc.openQuestions,
    ...doc.codeBlocks.map((c) => c.range),
  ];
  for (const r of ranges) {
    for (const p of [r.start, r.end]) {
      assert.ok(p.line >= 0 && p.line < doc.lines.length, `line ${p.line} of ${doc.lines.length}`);
      assert.ok(p.character >= 0 && p.character <= doc.lines[p.line].length, `character ${p.character} on line ${p.line}`);
    }
    assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), 'start before end');
  }
}

function check(text: string): ParsedDocument {
  const doc = parseDocumentStrict(text);
  const valid = ArchitectureSchema.safeParse(doc.architecture);
  assert.ok(valid.success, valid.success ? '' : JSON.stringify(valid.error.issues));
  assert.equal(doc.pipelines.length, doc.architecture.pipelines.length);
  assert.equal(doc.openQuestions.length, doc.architecture.openQuestions.length);
  assertRangesInBounds(doc);
  return doc;
}

function timed<T>(limitMs: number, label: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  const elapsed = performance.now() - started;
  assert.ok(elapsed < limitMs, `${label} took ${elapsed.toFixed(0)} ms (limit ${limitMs} ms)`);
  return result;
}

test('empty and blank documents give an empty, valid model', () => {
  for (const text of ['', '\n', '   \n\t\n', '\r\n\r\n', '\uFEFF']) {
    const doc = check(text);
    assert.equal(doc.title, null);
    assert.deepEqual(doc.architecture.pipelines, []);
  }
});

test('binary junk does not throw', () => {
  const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7919 + 13) % 256);
  check(new TextDecoder('latin1').decode(bytes));
  check(new TextDecoder('utf-8').decode(bytes));
  check('\u0000\u0001\uFFFF\uD800#\u0000 Pipeline Architecture: \uDFFF');
});

test('a non-string input (from untyped callers) is treated as empty', () => {
  const doc = parseDocument(undefined as unknown as string);
  assert.deepEqual(doc.architecture.pipelines, []);
});

/** 100k-character lines built from the characters the parser's scanners look for. */
const LONG_LINES = [
  'a'.repeat(100_000),
  ' '.repeat(100_000) + 'x',
  '*'.repeat(100_000),
  '`'.repeat(100_000),
  '_'.repeat(100_000),
  '<!--'.repeat(25_000),
  '- '.repeat(50_000),
  '('.repeat(100_000),
  ':'.repeat(100_000),
  'a.'.repeat(50_000),
  'a_'.repeat(50_000),
  '→ produces '.repeat(9_000),
  'use '.repeat(25_000),
  'latency 1'.repeat(11_000),
  '2 engineers '.repeat(8_000),
  '**Trigger**: ' + 'weekly '.repeat(14_000),
  '|a'.repeat(50_000),
  '[x]('.repeat(25_000),
];

test('100k-character lines in every position of the template parse quickly', () => {
  for (const long of LONG_LINES) {
    const label = JSON.stringify(long.slice(0, 12));
    const doc = timed(1500, label, () =>
      check(
        [
          `# Pipeline Architecture: ${long}`,
          '## Overview',
          long,
          '## Pipeline Decomposition',
          `### Pipeline 1: ${long} (MVP)`,
          `- **Purpose**: ${long}`,
          `- **Steps**:`,
          `  1. ${long}`,
          `  2. step_two — ${long} → produces ${long}`,
          `- **Orchestrator requirements**: ${long}`,
          `- **Model Control Plane**: ${long}`,
          `- **Serving**: ${long}`,
          '## Not-a-Pipeline Components',
          `- **${long}** — ${long}`,
          '## Open Questions',
          `1. ${long}`,
        ].join('\n'),
      ),
    );
    // A fence or an unclosed HTML comment swallows the rest of the document, as in any markdown viewer.
    const swallows = long.startsWith('```') || long.startsWith('<!--');
    assert.equal(doc.architecture.pipelines.length, swallows ? 0 : 1, label);
  }
});

test('a 10,000-line document parses in well under a few seconds', () => {
  const sample = renderArchitecture(fc.sample(architecture, { numRuns: 1, seed: 42 })[0]);
  const pipelineBlock = [
    '### Pipeline 9: Bulk (Phase 3)',
    '- **Purpose**: repeated to make the document long',
    '- **Steps** (approximate — describe in prose, no code):',
    ...Array.from({ length: 20 }, (_, i) => `  ${i + 1}. step_${i} — does part ${i} → produces part_${i}`),
    '',
  ];
  const lines = sample.split('\n');
  const decomposition = lines.indexOf('## Pipeline Decomposition') + 1;
  while (lines.length < 10_000) lines.splice(decomposition, 0, ...pipelineBlock);
  const doc = timed(4000, '10k lines', () => check(lines.join('\n')));
  assert.ok(doc.architecture.pipelines.length > 400);
});

// Over ~125k elements, spreading an array into a call (push(...a), Math.max(...a)) overflows the stack.
test('sections with more than 125k items or blocks parse without stack overflow', () => {
  const many = Array.from({ length: 150_000 }, (_, i) => `- q${i}?`).join('\n');
  const paragraphs = Array.from({ length: 130_000 }, (_, i) => `para ${i}`).join('\n\n');
  const doc = timed(15_000, '150k items', () =>
    check(`## Pipeline Decomposition\n### Pipeline 1: P (MVP)\n${paragraphs}\n## Open Questions\n${many}\n`),
  );
  assert.equal(doc.architecture.openQuestions.length, 150_000);
  assert.deepEqual(doc.pipelines[0].range.end, { line: 2 + 2 * 129_999, character: 'para 129999'.length });
});

test('deep nesting and unclosed constructs do not throw', () => {
  check(Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i * 2)}- item ${i}`).join('\n'));
  check('> '.repeat(5000) + 'quote');
  check('```\n' + '### Pipeline 1: Hidden (MVP)\n'.repeat(1000));
  check('<!-- never closed\n'.repeat(1000));
  check('---\nfront: matter\nnever closed\n# Title');
  check('## Pipeline Decomposition\n' + '### \n'.repeat(500) + '### ()\n### Pipeline 1: (\n### )\n- **Steps**:\n  1. `\n  2. **\n  3. →\n');
});

const MARKDOWNISH = fc.constantFrom(
  '#', '## ', '### ', '- ', '* ', '1. ', '  ', '\n', '\r\n', '\n\n', '**', '__', '`', '```', '~~~', ':', ' — ', ' – ', ' - ',
  '→', '->', 'produces', '(', ')', 'Pipeline', 'Pipeline 1', 'Steps', 'Trigger', 'Purpose', 'Model Control Plane',
  'MVP', 'Phase 2', '<!--', '-->', '---', 'Overview', 'Open Questions', 'None.', 'pipeline.deploy()', 'p99 under 50 ms',
  'dynamic', 'a team of 3 ML engineers', '`production`', 'promotes to', 'reads the', 'Use instead:', 'word', 'x_y', '\t', '>',
);

test('random markdown-ish text never throws and stays valid (fast-check)', () => {
  fc.assert(
    fc.property(fc.array(MARKDOWNISH, { maxLength: 400, size: 'max' }).map((parts) => parts.join('')), (text) => {
      check(text);
    }),
    { numRuns: 600 },
  );
});

test('every truncation of a rendered document parses (fast-check)', () => {
  fc.assert(
    fc.property(architecture, fc.nat(), (m, cut) => {
      const markdown = renderArchitecture(m);
      check(markdown.slice(0, cut % (markdown.length + 1)));
    }),
    { numRuns: 300 },
  );
});

test('arbitrary unicode strings never throw (fast-check)', () => {
  fc.assert(
    fc.property(fc.fullUnicodeString({ maxLength: 2000, size: 'max' }), (text) => {
      check(text);
    }),
    { numRuns: 300 },
  );
});
