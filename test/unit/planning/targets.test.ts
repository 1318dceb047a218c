/** Several quantities one kind of model predicts: one training pipeline with the target as a parameter. On wordings no fixture or case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTargets } from '../../../src/core/reading/targets';
import { draftInterview } from '../../../src/core/interview/autopilot';

test('a list after a verb of forecasting is the targets, each named without what qualifies it', () => {
  assert.deepEqual(findTargets('For every flight we predict three things: delay minutes, cancellation risk and gate changes.'), ['delay minutes', 'cancellation risk', 'gate changes']);
  assert.deepEqual(findTargets('We estimate, per warehouse, the numbers planning needs: inbound volume over the next week, picking hours (per shift), and overtime cost.'), ['inbound volume', 'picking hours', 'overtime cost']);
  assert.deepEqual(findTargets('We forecast demand: it drives everything.'), [], 'one quantity is no list');
  assert.deepEqual(findTargets('Inputs: weather, holidays and promotions feed the model.'), [], 'a list of inputs is not what is predicted');
});

test('the training pipeline takes the target as a parameter instead of a copy per target', () => {
  const r = draftInterview('We retrain our flight models weekly on the operations history in BigQuery. For every flight we predict three things: delay minutes, cancellation risk and gate changes. Two engineers.');
  assert.ok(r.ok);
  const training = r.draft.architecture.pipelines.filter((p) => p.modelControlPlane.producesVersions);
  assert.equal(training.length, 1, r.draft.architecture.pipelines.map((p) => p.name).join(', '));
  assert.match(training[0]!.purpose, /one pipeline with the target as a parameter, run once per target \(delay minutes, cancellation risk and gate changes\)/);
});
