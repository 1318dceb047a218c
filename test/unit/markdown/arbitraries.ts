/**
 * fast-check generators of realistic-ish architectures for the round-trip tests.
 *
 * They produce exactly the models the renderer promises to read back (see "Round-trip
 * restrictions" in docs/notes/markdown.md): words, not markdown; single spaces; no final
 * period on list-item reasons; lowercase stage names; a latency budget only when deployed;
 * no phrase the parser's heuristics read as deployment, dynamic fan-out or a team size.
 */
import fc from 'fast-check';
import type { Architecture, ModelControlPlane, Pipeline, Step } from '../../../src/core/model/architecture';
import { UNLABELLED_PHASE } from '../../../src/core/markdown/template';

const WORDS = [
  'customer', 'transactions', 'weekly', 'features', 'warehouse', 'cleaned', 'snapshot', 'gradient', 'boosted',
  'trees', 'ranking', 'embeddings', 'documents', 'chunks', 'forecast', 'store', 'sales', 'images', 'defects',
  'labels', 'checkpoint', 'tokenizer', 'batch', 'nightly', 'table', 'parquet', 'bucket', 'metrics', 'report',
  'holdout', 'evaluation', 'candidate', 'retail', 'catalog', 'session', 'clicks', 'churn', 'accounts', 'invoices',
  'fraud', 'scores', 'vectors', 'index', 'prompts', 'adapter', 'Postgres', 'BigQuery', 'Snowflake', 'S3',
  'Kubernetes', 'Vertex', 'GPU', 'cluster', 'nodes', 'queue', 'the', 'a', 'of', 'for', 'with', 'from', 'into',
  'and', '90', '2', 'daily', 'manual', 'per', 'region', 'model', 'stage', 'run',
];
const word = fc.constantFrom(...WORDS);
const capital = (w: string) => w[0].toUpperCase() + w.slice(1);

/** 1..n words joined by single spaces. */
const phrase = (max = 8) => fc.array(word, { minLength: 1, maxLength: max }).map((ws) => ws.join(' '));
const optionalPhrase = (max = 8) => fc.oneof(fc.constant(''), phrase(max));
/** A list field: none, one (rendered inline) or several (rendered as nested bullets). */
const items = fc.array(phrase(), { maxLength: 4 });
const title = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.map(capital).join(' '));
const lowercaseWord = fc.constantFrom(...WORDS.filter((w) => /^[a-z]+$/.test(w)));
/** Starts with a capitalised word, as prose does (a line starting `90.` would be a list). */
const sentence = fc
  .tuple(lowercaseWord, optionalPhrase(9), fc.constantFrom('.', '?', '!'))
  .map(([first, rest, end]) => capital(first) + (rest ? ` ${rest}` : '') + end);
/** Paragraphs of sentences, separated by one blank line. */
const prose = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')), { minLength: 0, maxLength: 2 })
  .map((paragraphs) => paragraphs.join('\n\n'));

const identifier = fc.array(lowercaseWord, { minLength: 1, maxLength: 3 }).map((ws) => ws.join('_'));
const stage = fc.constantFrom('staging', 'production', 'archived', 'latest', 'champion');

const step: fc.Arbitrary<Step> = fc.record({ name: identifier, description: optionalPhrase(), produces: optionalPhrase(4) });

const modelControlPlane: fc.Arbitrary<ModelControlPlane> = fc.oneof(
  fc.constant({ model: null, producesVersions: false, promotesTo: null, consumesStage: null }),
  fc.record({
    model: identifier.map((id) => `${id}_model`),
    producesVersions: fc.boolean(),
    promotesTo: fc.option(stage, { nil: null }),
    consumesStage: fc.option(stage, { nil: null }),
  }),
);

const pipeline: fc.Arbitrary<Pipeline> = fc
  .record({
    name: title,
    phase: fc.constantFrom('MVP', 'Phase 2', 'Phase 3', 'Later', UNLABELLED_PHASE),
    purpose: optionalPhrase(12),
    trigger: optionalPhrase(),
    steps: fc.array(step, { maxLength: 8 }),
    dataSources: items,
    keyArtifacts: items,
    orchestrator: items,
    modelControlPlane,
    deployed: fc.boolean(),
    dynamic: fc.boolean(),
    latencyBudgetMs: fc.option(fc.oneof(fc.integer({ min: 1, max: 60_000 }), fc.constantFrom(0.5, 2.5, 12.25)), { nil: null }),
  })
  .map((p) => (p.deployed ? p : { ...p, latencyBudgetMs: null }));

export const architecture: fc.Arbitrary<Architecture> = fc.record({
  project: title,
  overview: prose,
  pipelines: fc.array(pipeline, { maxLength: 5 }),
  dataFlow: prose,
  notAPipeline: fc.array(fc.record({ name: title, reason: optionalPhrase(), alternative: optionalPhrase(5) }), { maxLength: 4 }),
  deferred: fc.array(fc.record({ name: title, reason: optionalPhrase() }), { maxLength: 4 }),
  openQuestions: fc.array(sentence, { maxLength: 4 }),
  team: fc.record({ engineers: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }) }),
});
