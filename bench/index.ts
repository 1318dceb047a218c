/**
 * `npm run bench`: runs every `bench/*.bench.ts` and prints one table of figures.
 * Each bench module exports `run(): Promise<Figure[]>`; the README quotes this output.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Figure {
  /** What was measured, e.g. "lint 150-line document (median of 200 runs)". */
  name: string;
  value: number;
  unit: 'ms' | 'KB' | 'MB' | '%' | '';
  /** Optional comparison, e.g. markdownlint's figure on the same input. */
  note?: string;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  console.log(`ZenML Scope benchmarks — node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(__dirname, file)).href)) as { run(): Promise<Figure[]> };
    console.log(`\n## ${file.replace('.bench.ts', '')}`);
    for (const f of await mod.run()) {
      const v = f.value < 10 ? f.value.toFixed(3) : f.value.toFixed(1);
      console.log(`  ${f.name.padEnd(64)} ${v.padStart(10)} ${f.unit}${f.note ? `   (${f.note})` : ''}`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
