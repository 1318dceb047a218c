/** Several models trained here, several lifecycles: on wordings no fixture or case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Architecture, Pipeline } from '../../../src/core/model/architecture';
import { renderArchitecture } from '../../../src/core/markdown/render';
import { parseDocumentStrict } from '../../../src/core/markdown/parse';
import { lint } from '../../../src/core/lint/lint';
import { buildGraph } from '../../../src/core/dag';
import { draftArchitecture as draft } from '../drafts';

const training = (a: Architecture) => a.pipelines.filter((p) => p.modelControlPlane.producesVersions);
const named = (a: Architecture, name: string): Pipeline => {
  const p = a.pipelines.find((q) => q.name === name);
  assert.ok(p, `${name} in ${a.pipelines.map((q) => q.name).join(', ')}`);
  return p;
};

/** Lint-clean (info aside), re-parses into the same architecture, and deterministic. */
function wellFormed(text: string, a: Architecture): void {
  const markdown = renderArchitecture(a);
  assert.deepEqual(lint(markdown).filter((d) => d.severity !== 'info').map((d) => d.message), []);
  assert.deepEqual(parseDocumentStrict(markdown).architecture, a);
  assert.equal(renderArchitecture(draft(text)), markdown);
}

const TWO_VERBS =
  'We fine-tune a receipt tagging model to extract the fields from scanned receipts, and we retrain a refund abuse model weekly on chargeback outcomes from Postgres. The refund abuse model scores every order nightly.';

test('two models trained with different verbs: a training pipeline each, named after its model, with its own Model Control Plane name', () => {
  const a = draft(TWO_VERBS);
  assert.deepEqual(training(a).map((p) => [p.name, p.modelControlPlane.model]).sort(), [
    ['Receipt Tagging Model Training', 'receipt_tagging_model'],
    ['Refund Abuse Model Training', 'refund_abuse_model'],
  ]);
  wellFormed(TWO_VERBS, a);
});

test('each model keeps its own schedule, evaluation and promotion; its use reads its own production version', () => {
  const a = draft(TWO_VERBS);
  const abuse = named(a, 'Refund Abuse Model Training');
  const tagging = named(a, 'Receipt Tagging Model Training');
  // The MVP starts manual; its schedule waits in Deferred, and the other model has none of its own.
  const scheduled = a.deferred.find((d) => d.name === 'Scheduled runs')!;
  assert.match(scheduled.reason, /Refund Abuse Model Training weekly/);
  assert.doesNotMatch(scheduled.reason, /Receipt Tagging/);
  assert.match(tagging.trigger, /^Manual/, 'the schedule was said of the other model');
  assert.ok(tagging.steps.some((s) => /evaluate/.test(s.name)) && abuse.steps.some((s) => /evaluate/.test(s.name)));
  // Only the model something reads is promoted: its training prepares the comparison a reviewer promotes from.
  assert.equal(abuse.modelControlPlane.promotesTo, 'production');
  assert.equal(tagging.modelControlPlane.promotesTo, null);
  const scoring = named(a, 'Refund Abuse Model Batch Scoring');
  assert.deepEqual(scoring.modelControlPlane, { model: 'refund_abuse_model', producesVersions: false, promotesTo: null, consumesStage: 'production' });
});

test('the DAG and the Cross-Pipeline Data Flow show each model\'s hand-off', () => {
  const a = draft(TWO_VERBS);
  const handoffs = buildGraph(a).edges.filter((e) => e.kind === 'handoff').map((e) => e.label);
  assert.deepEqual(handoffs, ['refund_abuse_model @ production']);
  assert.match(a.dataFlow, /Refund Abuse Model Training registers every run as a new version of `refund_abuse_model`/);
  assert.match(a.dataFlow, /Receipt Tagging Model Training registers every run as a new version of `receipt_tagging_model`/);
  assert.match(a.dataFlow, /Nothing reads `receipt_tagging_model` yet/);
  assert.match(a.overview, /Model Control Plane models `[a-z_]+` and `[a-z_]+`/);
});

test('the MVP stays one pipeline: the training of the model something reads', () => {
  const a = draft(TWO_VERBS);
  assert.deepEqual(a.pipelines.filter((p) => p.phase === 'MVP').map((p) => p.name), ['Refund Abuse Model Training']);
  // Nothing reads a model before the pipeline that trains it.
  assert.equal(named(a, 'Refund Abuse Model Batch Scoring').phase, 'Phase 2');
});

test('a model served per request: its serving pipeline reads that model, not the other', () => {
  const text =
    'Our growth team retrains a session length model daily on the app events in BigQuery and trains a push timing classifier weekly on the same events; the push timing classifier answers each notification request within 120 ms.';
  const a = draft(text);
  assert.deepEqual(training(a).map((p) => p.modelControlPlane.model).sort(), ['push_timing_classifier', 'session_length_model']);
  const serving = a.pipelines.find((p) => p.deployed)!;
  assert.equal(serving.modelControlPlane.model, 'push_timing_classifier');
  assert.ok(serving.orchestrator.some((r) => r.includes('`production` version of `push_timing_classifier`')), serving.orchestrator.join('\n'));
  assert.match(named(a, 'Session Length Model Training').trigger, /daily/);
  assert.equal(named(a, 'Push Timing Classifier Training').phase, 'MVP');
  wellFormed(text, a);
});

test('a model taken as given gets no training pipeline, and one trained model keeps the one-model plan', () => {
  const a = draft('We retrain a late delivery model weekly on courier scans in S3, and we use the vendor address model as is to clean the addresses.');
  assert.deepEqual(training(a).map((p) => p.modelControlPlane.model), ['late_delivery_model']);
  assert.ok(!a.pipelines.some((p) => p.modelControlPlane.model === 'vendor_address_model'));
  assert.doesNotMatch(a.dataFlow, /vendor_address_model/);
});

test('a product the team prompts is not a model of its own', () => {
  const a = draft('We retrain a late delivery model weekly on courier scans exported to S3 and prompt Mistral-7B as is to draft apology emails for the support agents.');
  assert.deepEqual(training(a).map((p) => p.modelControlPlane.model), ['late_delivery_model']);
});

test('product names are how a model is built, not models of their own', () => {
  const a = draft('We compare XGBoost and LightGBM for our late delivery model, retrained weekly on courier scans in S3, and score open shipments nightly.');
  assert.deepEqual(training(a).map((p) => p.modelControlPlane.model), ['late_delivery_model']);
});

test('three models: models whose training has the same steps share one pipeline with the model as a parameter', () => {
  const text =
    'We train a basket size model weekly, a stockout model daily and a staffing model monthly on the store data in BigQuery. The stockout model scores every store nightly, and the staffing model answers each planner request within 200 ms.';
  const a = draft(text);
  const producers = training(a);
  assert.equal(producers.length, 2);
  const shared = producers.find((p) => /parameter/.test(p.purpose))!;
  assert.match(shared.purpose, /`stockout_model` and `staffing_model`/);
  assert.equal(named(a, 'Basket Size Model Training').modelControlPlane.model, 'basket_size_model');
  assert.equal(a.pipelines.find((p) => p.deployed)!.modelControlPlane.model, 'staffing_model');
  assert.match(a.dataFlow, /new version of `stockout_model` or `staffing_model`, whichever the run trains/);
  wellFormed(text, a);
});

test('four models: one training pipeline with the model as a parameter, never four copies', () => {
  const text = 'Each month we retrain a churn model, an upsell model, a credit limit model and a lifetime value model on account data in Snowflake, and score every account nightly.';
  const a = draft(text);
  const producers = training(a);
  assert.equal(producers.length, 1);
  assert.match(producers[0]!.purpose, /one pipeline with the model as a parameter: each run trains one of `churn_model`, `upsell_model`, `credit_limit_model` and `lifetime_value_model`/);
  assert.ok(a.pipelines.length <= 3, a.pipelines.map((p) => p.name).join(', '));
  wellFormed(text, a);
});
