/** A release pipeline for serving that stays outside ZenML, on wordings no fixture or case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Architecture } from '../../../src/core/model/architecture';
import { renderArchitecture } from '../../../src/core/markdown/render';
import { parseDocumentStrict } from '../../../src/core/markdown/parse';
import { lint } from '../../../src/core/lint/lint';
import { findRelease } from '../../../src/core/reading/release';
import { draftArchitecture as draft } from '../drafts';

const release = (a: Architecture) => a.pipelines.find((p) => /Release$/.test(p.name));

test('a wish to get new versions into production is read; a release mentioned in passing is not', () => {
  assert.ok(findRelease('We want each new churn model to be rolled out to the scoring service without hand work.'));
  assert.ok(findRelease('We need to organise how new ranker versions reach production.'));
  assert.ok(findRelease('The release of every retrained classifier should be automated.'));
  assert.equal(findRelease('The model grew bigger with every release.'), null);
  assert.equal(findRelease('We want to release the new app next month.'), null);
});

test('serving the team runs, and a wish to release to it: a release pipeline on promotion that reads production', () => {
  const text = 'We retrain a price model weekly on the listing history in Postgres. It is served per request by KServe on our cluster. We want to organise how new model versions reach production.';
  const a = draft(text);
  const r = release(a);
  assert.ok(r, a.pipelines.map((p) => p.name).join(', '));
  assert.match(r.trigger, /promoted to `production`/);
  assert.equal(r.modelControlPlane.consumesStage, 'production');
  assert.ok(r.steps.some((s) => /KServe/.test(s.description)), 'the steps name the serving system');
  assert.ok(r.steps.length >= 3 && r.steps.length <= 7);
  const markdown = renderArchitecture(a);
  assert.deepEqual(lint(markdown).filter((d) => d.severity !== 'info').map((d) => d.message), []);
  assert.deepEqual(parseDocumentStrict(markdown).architecture, a);
  assert.equal(renderArchitecture(draft(text)), markdown);
});

test('no release pipeline without the wish, or when a deployed pipeline serves', () => {
  assert.equal(release(draft('We retrain a price model weekly on the listing history in Postgres. It is served per request by KServe on our cluster.')), undefined);
  assert.equal(release(draft('We retrain a price model weekly on the listing history in Postgres and serve prices to the shop in under 200 ms. We want to organise how new model versions reach production.')), undefined);
});

test('several models released to the same serving: one release pipeline with the model as a parameter', () => {
  const text =
    'We train two classifiers, one for counterfeit goods and one for prohibited items, on the flagged listings in BigQuery. Both are served per request by our Seldon deployment, and we want each new version of either to reach production without hand work.';
  const a = draft(text);
  const releases = a.pipelines.filter((p) => /Release$/.test(p.name));
  assert.equal(releases.length, 1, a.pipelines.map((p) => p.name).join(', '));
  const [r] = releases as [Architecture['pipelines'][number]];
  assert.match(r.purpose, /one pipeline with the model as a parameter/);
  assert.match(r.steps[0]!.description, /the model the run is for \(`\w+` or `\w+`\)/);
  assert.equal(r.modelControlPlane.consumesStage, 'production');
  // The release reads every model's `production` version: each training prepares the comparison its reviewer promotes from.
  for (const training of a.pipelines.filter((p) => p.modelControlPlane.producesVersions)) {
    assert.ok(training.steps.some((s) => s.name === 'compare_with_production'), `${training.name}: ${training.steps.map((s) => s.name)}`);
  }
  const markdown = renderArchitecture(a);
  assert.deepEqual(lint(markdown).filter((d) => d.severity !== 'info').map((d) => d.message), []);
  assert.deepEqual(parseDocumentStrict(markdown).architecture, a);
});
