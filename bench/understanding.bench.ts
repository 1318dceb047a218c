/**
 * The description reader end to end: `readDescription` (lexicon, language layer, frames,
 * placement) on each of the 24 real-system descriptions in /work/shared/cases (or
 * $ZENML_SCOPE_CASES), first line dropped, as the tool sees them. One warm-up pass over all 24
 * (which also pays compromise's first-call cost), then the median of one timed read of each.
 * Target: under 10 ms per description, so reading an answer does not hold up the interview.
 * Run alone (`npx tsx bench/understanding.bench.ts`) or in the list (`npm run bench understanding`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Figure } from './index';
import { readDescription } from '../src/core/interview/understanding';

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

export async function run(): Promise<Figure[]> {
  const texts = descriptions();
  if (texts.length !== 24) throw new Error(`expected 24 descriptions in ${CASES}, found ${texts.length}`);
  const words = texts.map((t) => t.split(/\s+/).length);
  for (const t of texts) readDescription(t, null); // warm-up
  const times = texts.map((t) => {
    const t0 = performance.now();
    const reading = readDescription(t, null);
    const ms = performance.now() - t0;
    // readDescription returns an empty reading when it throws: a figure for that would be no figure.
    if (reading.components.length + reading.systems.length + reading.unplaced.length === 0) throw new Error('a description read to an empty reading');
    return ms;
  });
  const mean = Math.round(words.reduce((a, b) => a + b, 0) / words.length);
  return [
    {
      name: `readDescription, one description (median of 24, ~${mean} words)`,
      value: median(times),
      unit: 'ms',
      note: `${Math.min(...words)}–${Math.max(...words)} words; fastest ${Math.min(...times).toFixed(1)} ms, slowest ${Math.max(...times).toFixed(1)} ms`,
    },
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
