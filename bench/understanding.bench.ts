/**
 * The description reader end to end: `readDescription` (lexicon, language layer, frames,
 * placement) on each of the 24 real-system descriptions in /work/shared/cases (or
 * $ZENML_SCOPE_CASES), first line dropped, as the tool sees them. One warm-up pass over all 24
 * (which also pays compromise's first-call cost), then the median of one timed read of each.
 * The descriptions run 150–197 words; a second figure reads each extended to about 250 words with
 * the next one's opening sentences. Target: under 10 ms per description.
 * Run alone (`npx tsx bench/understanding.bench.ts`) or in the list (`npm run bench understanding`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Figure } from './index';
import { readDescription } from '../src/core/reading';

const CASES = process.env.ZENML_SCOPE_CASES ?? '/work/shared/cases';

/** The descriptions as the tool sees them: the `# source:` first line dropped. */
function descriptions(): string[] {
  const files = readdirSync(CASES).filter((f) => f.endsWith('.txt')).sort();
  return files.map((f) => readFileSync(join(CASES, f), 'utf8').split('\n').slice(1).join('\n').trim());
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const wordCount = (t: string) => t.split(/\s+/).length;

/**
 * The case descriptions run 150–197 words. For a 250-word answer: each description followed by
 * the next one's opening sentences, up to the sentence end that first reaches 250 words.
 */
function longer(texts: string[], words = 250): string[] {
  return texts.map((t, i) => {
    let out = t;
    for (const sentence of texts[(i + 1) % texts.length]!.split(/(?<=[.!?])\s+/)) {
      if (wordCount(out) >= words) break;
      out += ` ${sentence}`;
    }
    return out;
  });
}

/** One warm-up read of every text, then one timed read of each; median and spread. */
function readEach(texts: string[]): { median: number; fastest: number; slowest: number; words: number[] } {
  for (const t of texts) readDescription(t, null);
  const times = texts.map((t) => {
    const t0 = performance.now();
    const reading = readDescription(t, null);
    const ms = performance.now() - t0;
    // readDescription returns an empty reading when it throws: a figure for that would be no figure.
    if (reading.components.length + reading.systems.length + reading.unplaced.length === 0) throw new Error('a description read to an empty reading');
    return ms;
  });
  return { median: median(times), fastest: Math.min(...times), slowest: Math.max(...times), words: texts.map(wordCount) };
}

export async function run(): Promise<Figure[]> {
  const texts = descriptions();
  if (texts.length !== 24) throw new Error(`expected 24 descriptions in ${CASES}, found ${texts.length}`);
  const figure = (name: string, r: ReturnType<typeof readEach>): Figure => ({
    name: `${name} (median of 24, ~${Math.round(r.words.reduce((a, b) => a + b, 0) / r.words.length)} words)`,
    value: r.median,
    unit: 'ms',
    note: `${Math.min(...r.words)}–${Math.max(...r.words)} words; fastest ${r.fastest.toFixed(1)} ms, slowest ${r.slowest.toFixed(1)} ms`,
  });
  return [
    figure('readDescription, one description', readEach(texts)),
    figure('readDescription, 250+ words (a description + the next one’s opening)', readEach(longer(texts))),
  ];
}

if (require.main === module) {
  run()
    .then((figures) => {
      for (const f of figures) console.log(`${f.name}: ${f.value.toFixed(2)} ${f.unit}${f.note ? ` (${f.note})` : ''}`);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
