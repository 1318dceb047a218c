/**
 * The fix-all properties of test/unit/lint/fix-properties.test.ts on many more generated documents
 * than the unit suite can afford: `node --import tsx scripts/fix-properties.ts [runs] [seed]`
 * (default 20,000 runs, a random seed, printed so a failure can be replayed).
 */
import fc from 'fast-check';
import { architectureDocument, checkFixProperties, templateMarkdown } from '../test/unit/lint/fixProperties';

const runs = Number(process.argv[2] ?? 20_000);
const seed = process.argv[3] === undefined ? Date.now() % 2 ** 31 : Number(process.argv[3]);
const started = Date.now();
console.log(`fix properties: ${runs} generated documents, seed ${seed}`);
fc.assert(fc.property(fc.oneof(architectureDocument, templateMarkdown), checkFixProperties), { numRuns: runs, seed });
console.log(`ok in ${((Date.now() - started) / 1000).toFixed(1)} s`);
