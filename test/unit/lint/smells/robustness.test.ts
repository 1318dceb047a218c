/**
 * The smell rules never throw, whatever the parser hands them: truncated, shuffled and
 * spliced documents (the engine would swallow a throw, but a rule that throws loses its findings).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { SMELL_RULES } from '../../../../src/core/lint/rules/smells';
import { runRule } from './harness';

const DIR = join(__dirname, '../../../fixtures/docs/good');
const docs = readdirSync(DIR).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(DIR, f), 'utf8'));

function runAll(text: string): void {
  for (const rule of SMELL_RULES) runRule(rule, text);
}

test('truncated and line-shuffled documents', () => {
  fc.assert(
    fc.property(fc.constantFrom(...docs), fc.nat(), fc.array(fc.nat(), { maxLength: 30 }), (doc, cut, swaps) => {
      runAll(doc.slice(0, cut % (doc.length + 1)));
      const lines = doc.split('\n');
      for (const s of swaps) {
        const i = s % lines.length;
        const j = (s * 7 + 3) % lines.length;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      runAll(lines.join('\n'));
    }),
    { numRuns: 30 },
  );
});

test('random text spliced into a pipeline block', () => {
  fc.assert(
    fc.property(fc.constantFrom(...docs), fc.string({ maxLength: 400 }), fc.nat(), (doc, junk, at) => {
      const lines = doc.split('\n');
      lines.splice(at % lines.length, 0, `- **Trigger**: ${junk}`, `  1. ${junk} → produces ${junk}`, `- **Model Control Plane**: \`${junk}\` promotes to ${junk}`);
      runAll(lines.join('\n'));
    }),
    { numRuns: 30 },
  );
});
