/**
 * Lint time per document, beside markdownlint's own time on the same text in the same run.
 * Documents: a realistic ~150-line architecture (a good fixture grown by two pipelines), a
 * 10,000-line one, and a 100,000-line one timed against its own markdown parse (lint must stay
 * within twice that). Each figure is the median of several runs after a warm-up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lint } from '../src/core/lint/lint';
import { parseDocument } from '../src/core/markdown/parse';
import type { Figure } from './index';

const FIXTURE = readFileSync(join(__dirname, '../test/fixtures/docs/good/card-fraud-detection.md'), 'utf8');

/** The fixture with its last pipeline repeated (as Phase 3, 4, …) until it has `lines` lines. */
function grow(lines: number): string {
  const start = FIXTURE.indexOf('### Pipeline 3');
  const end = FIXTURE.indexOf('## Cross-Pipeline Data Flow');
  const block = FIXTURE.slice(start, end);
  const extra: string[] = [];
  const blockLines = block.split('\n').length - 1;
  for (let n = 4, count = FIXTURE.split('\n').length; count < lines; n++, count += blockLines) {
    extra.push(block.replace('### Pipeline 3: Label Refresh (Phase 2)', `### Pipeline ${n}: Label Refresh ${n} (Phase 3)`));
  }
  return FIXTURE.slice(0, end) + extra.join('') + FIXTURE.slice(end);
}

interface MarkdownlintSync {
  lint(options: { strings: Record<string, string> }): Record<string, unknown[]>;
}

function median(run: () => unknown, runs: number): number {
  for (let i = 0; i < Math.min(20, runs); i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function run(): Promise<Figure[]> {
  // markdownlint is ESM-only, loaded by dynamic import from this CommonJS module. The specifier
  // is a variable because the tsconfig's node10 resolution cannot see package `exports`.
  const specifier = 'markdownlint/sync';
  const { lint: markdownlint } = (await import(specifier)) as MarkdownlintSync;
  const figures: Figure[] = [];
  for (const [label, text, runs] of [
    ['150-line', grow(150), 200],
    ['10,000-line', grow(10_000), 15],
  ] as const) {
    const lines = text.split('\n').length;
    const ours = median(() => lint(text), runs);
    const parse = median(() => parseDocument(text), runs);
    const theirs = median(() => markdownlint({ strings: { doc: text } }), runs);
    figures.push(
      { name: `lint ${label} document (${lines} lines, median of ${runs})`, value: ours, unit: 'ms', note: `markdownlint ${theirs.toFixed(2)} ms on the same text` },
      { name: `  of which parsing (${label})`, value: parse, unit: 'ms' },
    );
  }
  // Linear: 100,000 lines lint within twice the markdown parse of the same text (the bar).
  const huge = grow(100_000);
  const lintHuge = median(() => lint(huge), 5);
  const parseHuge = median(() => parseDocument(huge), 5);
  figures.push(
    { name: `lint 100,000-line document (${huge.split('\n').length} lines, median of 5)`, value: lintHuge, unit: 'ms', note: `${(lintHuge / parseHuge).toFixed(2)}× the parse` },
    { name: '  markdown parse of the same text (parseDocument)', value: parseHuge, unit: 'ms' },
  );
  return figures;
}
