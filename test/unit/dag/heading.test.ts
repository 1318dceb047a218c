import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildGraph, drawLayout, layoutGraph, type LaidOutCluster, type SvgElement } from '../../../src/core/dag';
import type { Box } from '../../../src/core/dag/layout';
import { FONT, MAX_TITLE_WIDTH, textWidth } from '../../../src/core/dag/measure';
import { emptyArchitecture, type Architecture } from '../../../src/core/model/architecture';
import { fraudArchitecture } from './architectures';

/**
 * Widths Chromium drew (canvas `measureText`, `600 13px system-ui` = DejaVu Sans Bold, the
 * exported SVG's font on Linux). "Document Ingestion and Embedding" is the RAG fixture's MVP,
 * whose title ran into its MVP badge when widths were estimated at 0.62 em a character.
 */
const DRAWN_TITLE_WIDTHS: Array<[string, number]> = [
  ['Document Ingestion and Embedding', 266.4],
  ['Weekly Store-Level Demand Forecast', 274.1],
  ['WMS Warehouse Image Quality Monitoring', 314.7],
  ['Multimodal Damage Claim Triage', 241.9],
  ['llm_support_fine_tuning', 174.6],
  ['Détection de fraude — scoring', 222.4],
];

test('title width estimates are never narrower than what Chromium draws', () => {
  for (const [title, drawn] of DRAWN_TITLE_WIDTHS) assert.ok(textWidth(title, FONT.title) >= drawn, `${title}: ${textWidth(title, FONT.title)} < ${drawn}`);
});

const right = (b: Box) => b.x + b.width;
const inside = (inner: Box, outer: Box) => inner.x >= outer.x && inner.y >= outer.y && right(inner) <= right(outer) && inner.y + inner.height <= outer.y + outer.height;

function assertHeadingFits(c: LaidOutCluster): void {
  assert.ok(textWidth(c.title.text, FONT.title) <= c.title.width, `${c.id}: the title box holds the drawn title`);
  assert.ok(c.title.width <= MAX_TITLE_WIDTH, `${c.id}: the title is at most ${MAX_TITLE_WIDTH}px`);
  let end = right(c.title);
  for (const badge of c.badges) {
    assert.ok(badge.x > end, `${c.id}: "${badge.text}" starts after "${c.title.text}" and the badges before it`);
    end = right(badge);
  }
  for (const box of [c.title, ...c.badges, c.subtitle]) assert.ok(inside(box, c), `${c.id}: "${box.text}" lies inside its cluster`);
}

/** The cluster's `<title>` tooltip text in the drawing. */
function tooltip(drawing: SvgElement, clusterId: string): string {
  const group = drawing.children.find((c): c is SvgElement => typeof c !== 'string' && c.attrs['data-cluster'] === clusterId)!;
  const title = group.children.find((c): c is SvgElement => typeof c !== 'string' && c.tag === 'title')!;
  return title.children.join('');
}

function withPipeline(name: string, flags: { phase: string; deployed: boolean; dynamic: boolean }): Architecture {
  return { ...emptyArchitecture('Generated'), pipelines: [{ ...fraudArchitecture().pipelines[0]!, name, ...flags }] };
}

test("the RAG fixture's long MVP title sits whole before its MVP and dynamic badges", () => {
  const arch = withPipeline('Document Ingestion and Embedding', { phase: 'MVP', deployed: false, dynamic: true });
  const [cluster] = layoutGraph(buildGraph(arch)).clusters;
  assert.equal(cluster!.title.text, 'Document Ingestion and Embedding');
  assert.deepEqual(cluster!.badges.map((b) => b.text), ['MVP', 'dynamic']);
  // With the gap Chromium needs: the drawn title ends 266.4px after its start.
  assert.ok(cluster!.badges[0]!.x >= cluster!.title.x + 266.4 + 4);
  assertHeadingFits(cluster!);
});

test('a title too long for a column is cut with an ellipsis; the tooltip keeps the full name', () => {
  const name = 'Nightly Multi-Region Warehouse Inventory Reconciliation and Replenishment Forecasting';
  const layout = layoutGraph(buildGraph(withPipeline(name, { phase: 'Phase 2', deployed: true, dynamic: true })));
  const [cluster] = layout.clusters;
  assert.match(cluster!.title.text, /^Nightly Multi-Region Warehouse .*…$/);
  assert.ok(name.startsWith(cluster!.title.text.slice(0, -1)));
  assertHeadingFits(cluster!);
  assert.ok(tooltip(drawLayout(layout), cluster!.id).startsWith(`${name} (Phase 2)`));
});

/** Names mixing the widest and narrowest letters, digits, punctuation, accents and CJK. */
const arbitraryName = fc
  .array(fc.oneof(fc.constantFrom('W', 'M', 'm', 'w', '@', '%', 'i', 'l', '_', '-', ' ', 'é', 'Ж', '—', '数据', '🚀'), fc.char()), { minLength: 1, maxLength: 90 })
  .map((parts) => parts.join(''))
  .filter((name) => name.trim().length > 0);

test('for any pipeline names, no title box overlaps its badges, and the heading stays inside its cluster', () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ name: arbitraryName, phase: fc.constantFrom('MVP', 'Phase 2', 'Phase 10'), deployed: fc.boolean(), dynamic: fc.boolean() }), { minLength: 1, maxLength: 4 }),
      (pipelines) => {
        const arch: Architecture = {
          ...emptyArchitecture('Generated'),
          pipelines: pipelines.map((p) => ({ ...fraudArchitecture().pipelines[0]!, ...p })),
        };
        const layout = layoutGraph(buildGraph(arch));
        const drawing = drawLayout(layout);
        for (const c of layout.clusters) {
          assertHeadingFits(c);
          const full = c.label.replace(/\s+/g, ' ').trim();
          if (c.title.text !== full) assert.ok(c.title.text.endsWith('…') && full.startsWith(c.title.text.slice(0, -1)), `"${c.title.text}" cuts "${full}"`);
          assert.ok(tooltip(drawing, c.id).startsWith(c.label), 'the tooltip names the pipeline in full');
        }
      },
    ),
    { numRuns: 150 },
  );
});
