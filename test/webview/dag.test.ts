/**
 * The DAG view in Chromium: the DAG-only `document` mode with a four-pipeline fraud
 * architecture, in the light and dark themes.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { hostRecord, screenshot, startHarness, type Harness } from './harness';
import { emptyModelControlPlane, type Architecture } from '../../src/core/model/architecture';
import { fraudArchitecture } from '../unit/dag/architectures';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => harness?.close());

test('one cluster per pipeline with its steps, labelled hand-offs, the MVP highlighted', async () => {
  const { page, errors } = await harness.open({ theme: 'dark', mode: 'document' });
  const clusters = await page.$$eval('[data-cluster]', (els) =>
    els.map((el) => ({
      id: el.getAttribute('data-cluster'),
      kind: el.getAttribute('data-kind'),
      mvp: el.getAttribute('data-mvp'),
      label: el.querySelector('.dag-cluster-label')?.textContent,
    })),
  );
  assert.deepEqual(
    clusters.filter((c) => c.kind === 'pipeline').map((c) => c.label),
    ['transaction_features', 'fraud_training', 'nightly_scoring', 'checkout_scoring_service'],
  );
  assert.deepEqual(clusters.filter((c) => c.kind !== 'pipeline').map((c) => c.kind), ['not-a-pipeline', 'deferred']);
  assert.deepEqual(clusters.filter((c) => c.mvp === 'true').map((c) => c.label), ['fraud_training']);

  const stepsOf = (cluster: string) => page.$$eval(`[data-node^="${cluster}/step:"] .dag-node-label`, (els) => els.map((e) => e.textContent));
  assert.deepEqual(await stepsOf('pipeline:fraud_training'), ['load_feature_snapshot', 'split_by_time', 'train_gbm', 'evaluate_against_production']);
  assert.equal((await stepsOf('pipeline:nightly_scoring')).length, 3);

  const handoffs = await page.$$eval('.dag-edge.handoff', (els) =>
    els.map((el) => ({ label: el.querySelector('.dag-edge-label text')?.textContent, from: el.getAttribute('data-from'), to: el.getAttribute('data-to') })),
  );
  assert.deepEqual(handoffs, [
    { label: 'fraud_model @ production', from: 'pipeline:fraud_training/step:3', to: 'pipeline:nightly_scoring/step:0' },
    { label: 'fraud_model @ production', from: 'pipeline:fraud_training/step:3', to: 'pipeline:checkout_scoring_service/step:0' },
  ]);
  assert.equal(await page.locator('.dag-edge.flow').count(), 9);

  // The MVP outline is drawn in the theme's green, not the fallback.
  const stroke = await page.$eval('[data-mvp="true"] .dag-cluster-box', (el) => getComputedStyle(el).stroke);
  assert.equal(stroke, 'rgb(137, 209, 133)'); // --vscode-charts-green in Dark Modern
  await screenshot(page, 'dark-dag');
  assert.deepEqual(errors, []);
  assert.deepEqual((await hostRecord(page)).violations, [], 'no CSP violation under the host page policy');
});

test('pan with the arrow keys, zoom with + and -, 0 fits again; the view survives a reload', async () => {
  const { page } = await harness.open({ theme: 'light', mode: 'document' });
  const transform = () => page.getAttribute('[data-testid=dag-content]', 'transform');
  const fitted = await transform();
  await page.focus('[data-testid=dag]');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  const panned = await transform();
  assert.notEqual(panned, fitted);
  const [, x0, y0] = fitted!.match(/translate\(([-\d.]+) ([-\d.]+)\)/)!.map(Number);
  const [, x1, y1] = panned!.match(/translate\(([-\d.]+) ([-\d.]+)\)/)!.map(Number);
  assert.deepEqual([x1! - x0!, y1! - y0!], [-48, -48], 'arrows move the view by one step each');

  const zoomText = () => page.textContent('[data-testid=zoom-level]');
  const before = await zoomText();
  await page.keyboard.press('+');
  assert.notEqual(await zoomText(), before);
  assert.ok(parseInt((await zoomText())!) > parseInt(before!));

  // View state lives in the webview's setState, so a reload comes back as the user left it.
  const zoomed = await transform();
  await page.reload();
  await page.waitForSelector('[data-testid=dag-content]');
  assert.equal(await transform(), zoomed);

  await page.focus('[data-testid=dag]');
  await page.keyboard.press('0');
  assert.equal(await transform(), fitted);
  await screenshot(page, 'light-dag');
});

test('export sends an intent; the host builds a well-formed SVG and Mermaid from the same architecture', async () => {
  const { page } = await harness.open({ theme: 'light', mode: 'document' });
  await page.click('[data-testid=export-svg]');
  await page.click('[data-testid=export-mermaid]');
  await page.waitForFunction(() => window.__host.exported.length === 2);
  const { accepted, exported } = await hostRecord(page);
  assert.deepEqual(accepted.filter((m) => m.type === 'export'), [
    { type: 'export', format: 'svg' },
    { type: 'export', format: 'mermaid' },
  ]);
  const parsed = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, clusters: doc.querySelectorAll('[data-cluster]').length };
  }, exported[0]!.text);
  assert.deepEqual(parsed, { error: null, root: 'svg', clusters: 6 });
  assert.match(exported[1]!.text, /^flowchart TB\n/);
});

/** The fraud architecture (four pipelines, an MVP, two hand-offs, both groups) with one change. */
function fraudWith(change: (arch: Architecture) => void): Architecture {
  const arch = fraudArchitecture();
  change(arch);
  return arch;
}

/** Early in an interview: pipelines, but no MVP picked and no model shared yet. */
const noMvpNoHandoff = (a: Architecture) => a.pipelines.forEach((p) => Object.assign(p, { phase: 'Phase 2', modelControlPlane: emptyModelControlPlane() }));

test('the legend names only the kinds the diagram draws', async () => {
  const { page, errors } = await harness.open({ theme: 'light', mode: 'document' });
  const legend = () => page.$$eval('.dag-legend li', (els) => els.map((e) => e.textContent!.trim()));
  // Each architecture below has a different number of clusters from the one before, so the redraw can be awaited.
  const show = async (architecture: Architecture) => {
    const clusters = architecture.pipelines.length + Number(architecture.notAPipeline.length > 0) + Number(architecture.deferred.length > 0);
    await page.evaluate((a) => window.__host.send({ type: 'document', file: 'pipeline_architecture.md', architecture: a }), architecture);
    await page.waitForFunction((n) => document.querySelectorAll('[data-cluster]').length === n, clusters);
  };
  assert.deepEqual(await legend(), ['MVP', 'model hand-off', 'not a pipeline', 'deferred']);

  await show(fraudWith((a) => Object.assign(a, { notAPipeline: [], deferred: [] })));
  assert.deepEqual(await legend(), ['MVP', 'model hand-off']);

  await show(
    fraudWith((a) => {
      noMvpNoHandoff(a);
      a.notAPipeline = [];
    }),
  );
  assert.deepEqual(await legend(), ['deferred']);
  await screenshot(page, 'light-dag-legend');

  await show(
    fraudWith((a) => {
      noMvpNoHandoff(a);
      Object.assign(a, { notAPipeline: [], deferred: [] });
    }),
  );
  assert.equal(await page.locator('.dag-legend').count(), 0, 'no legend when the diagram has none of its kinds');
  assert.deepEqual(errors, []);
});

test("a long pipeline title ends before its badges in the panel's own font", async () => {
  const { page } = await harness.open({ theme: 'dark', mode: 'document' });
  const architecture = fraudWith((a) => Object.assign(a.pipelines[1]!, { name: 'Document Ingestion and Embedding', dynamic: true, deployed: true }));
  await page.evaluate((a) => window.__host.send({ type: 'document', file: 'pipeline_architecture.md', architecture: a }), architecture);
  await page.waitForSelector('[data-mvp="true"] .dag-badge:nth-of-type(3)');
  const drawn = await page.$eval('[data-mvp="true"]', (g) => {
    const title = (g.querySelector('.dag-cluster-label') as SVGTextElement).getBBox();
    const badges = [...g.querySelectorAll('.dag-badge rect')].map((r) => (r as SVGRectElement).getBBox());
    const box = (g.querySelector('.dag-cluster-box') as SVGRectElement).getBBox();
    return { titleRight: title.x + title.width, badgeLefts: badges.map((b) => b.x), lastBadgeRight: Math.max(...badges.map((b) => b.x + b.width)), boxRight: box.x + box.width };
  });
  assert.equal(drawn.badgeLefts.length, 3, 'MVP, HTTP and dynamic');
  // A visible gap, not just no overlap: the title used to end where the MVP badge began.
  assert.ok(drawn.titleRight + 4 <= drawn.badgeLefts[0]!, `title ends at ${drawn.titleRight}, the MVP badge starts at ${drawn.badgeLefts[0]}`);
  assert.ok(drawn.lastBadgeRight < drawn.boxRight, 'the badges stay inside the cluster');
  await screenshot(page, 'dark-dag-long-title');
});
