import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { renderArchitecture } from '../../../src/core/markdown/render';
import { parseDocumentStrict } from '../../../src/core/markdown/parse';
import { ArchitectureSchema } from '../../../src/core/model/architecture';
import { architecture } from './arbitraries';

test('parse(render(m)) gives back m for generated architectures', () => {
  fc.assert(
    fc.property(architecture, (m) => {
      assert.deepEqual(parseDocumentStrict(renderArchitecture(m)).architecture, m);
    }),
    { numRuns: 400 },
  );
});

test('render(parse(render(m))) is byte-identical to render(m)', () => {
  fc.assert(
    fc.property(architecture, (m) => {
      const markdown = renderArchitecture(m);
      assert.equal(renderArchitecture(parseDocumentStrict(markdown).architecture), markdown);
    }),
    { numRuns: 200 },
  );
});

test('the generated models are valid by the schema (so the property covers real models)', () => {
  fc.assert(fc.property(architecture, (m) => ArchitectureSchema.safeParse(m).success), { numRuns: 200 });
});

test('every parsed pipeline has one parsed step range per model step, on the step lines', () => {
  fc.assert(
    fc.property(architecture, (m) => {
      const doc = parseDocumentStrict(renderArchitecture(m));
      doc.pipelines.forEach((parsed, i) => {
        const steps = doc.architecture.pipelines[i].steps;
        assert.equal(parsed.steps.length, steps.length);
        parsed.steps.forEach((s, j) => {
          const line = doc.lines[s.nameRange.start.line];
          assert.equal(line.slice(s.nameRange.start.character, s.nameRange.end.character), steps[j].name);
        });
      });
    }),
    { numRuns: 150 },
  );
});
