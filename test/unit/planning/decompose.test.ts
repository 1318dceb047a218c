import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decompose, forcedSplit, waitingForSchedule, type DecomposeInput } from '../../../src/core/planning/decompose';
import { classify } from '../../../src/core/planning/classify';
import { overCapacity, assignPhases, modelControlPlanes, recommendMvp } from '../../../src/core/planning/mvp';
import { sourceNames } from '../../../src/core/reading/sourceNames';
import { ORCHESTRATORS } from '../../../src/core/zenml/facts';
import { mention, reading } from '../interview/engineHelpers';

const k8s = ORCHESTRATORS.find((o) => o.id === 'kubernetes')!;
const local = ORCHESTRATORS.find((o) => o.id === 'local')!;

function input(components: ReturnType<typeof mention>[], extra: Partial<DecomposeInput> = {}): DecomposeInput {
  const r = reading(components);
  return { reading: r, components: classify(r), orchestrator: k8s, split: 'separate', model: 'churn_model', automaticPromotion: false, domain: 'tabular', ...extra };
}

test('the standard decomposition: data, training, batch inference and deployed pipelines, in that order', () => {
  const plans = decompose(
    input([mention('ingestion', 'ingestion', { cadence: 'daily' }), mention('training', 'training', { cadence: 'weekly' }), mention('scoring', 'batch-inference'), mention('api', 'online-inference', { latencyMs: 150 })]),
  );
  assert.deepEqual(plans.map((p) => p.kind), ['data', 'training', 'inference', 'deployed']);
  assert.equal(plans[3]!.latencyMs, 150);
  assert.equal(plans[0]!.trigger, 'Scheduled daily on Kubernetes');
});

test('owning teams split data work; the same team and schedule keep it together', () => {
  const split = decompose(input([mention('events', 'ingestion', { owner: 'data engineers' }), mention('crm', 'ingestion', { owner: 'analytics' }), mention('training', 'training')]));
  assert.equal(split.filter((p) => p.kind === 'data').length, 2);
  const together = decompose(input([mention('events', 'ingestion', { owner: 'data engineers' }), mention('cleaning', 'processing', { owner: 'data engineers' }), mention('training', 'training')]));
  assert.equal(together.filter((p) => p.kind === 'data').length, 1);
  assert.match(forcedSplit(input([mention('ingestion', 'ingestion', { cadence: 'hourly' }), mention('training', 'training', { cadence: 'weekly' })]))!, /two schedules/);
  assert.equal(forcedSplit(input([mention('ingestion', 'ingestion'), mention('training', 'training')])), null, 'unknown: the user is asked');
});

test('inference with nothing to produce its model gets a training pipeline (the seed: add training later)', () => {
  const plans = decompose(input([mention('scoring', 'batch-inference')]));
  assert.deepEqual(plans.map((p) => p.kind), ['training', 'inference']);
});

test('no schedule on an orchestrator without one: the cadence waits, listed for the document', () => {
  const plans = decompose(input([mention('training', 'training', { cadence: 'weekly' })], { orchestrator: local }));
  assert.doesNotMatch(plans[0]!.trigger, /scheduled/i);
  assert.deepEqual(waitingForSchedule(plans, local).map((p) => p.id), ['training']);
});

test('MVP and capacity: goal picks the MVP, Phase 2 is what touches it, one engineer keeps three pipelines', () => {
  const plans = decompose(input([mention('ingestion', 'ingestion', { cadence: 'daily' }), mention('training', 'training', { cadence: 'weekly' }), mention('scoring', 'batch-inference'), mention('api', 'online-inference', { latencyMs: 150 }), mention('drift', 'monitoring', { cadence: 'weekly' })]));
  const mvp = recommendMvp(plans, 'deploy-predictions', 'tabular')!;
  assert.equal(plans.find((p) => p.id === mvp.id)!.kind, 'deployed');
  const phases = assignPhases(plans, mvp.id);
  assert.equal(phases.get('training'), 'Phase 2');
  assert.equal(phases.get('data'), 'Phase 3');
  const deferred = overCapacity(plans, phases, 1, 3, 'm');
  assert.equal(plans.length - deferred.length, 3);
  assert.ok(!deferred.some((p) => p.kind === 'training'), 'the producer stays while the MVP reads it');
  const roles = modelControlPlanes(plans.filter((p) => !deferred.includes(p)), 'm');
  assert.ok([...roles.values()].some((r) => r.producesVersions && r.promotesTo === 'production'));
});

test('source names: the user’s phrases become clean list items the linter counts right', () => {
  assert.deepEqual(sourceNames(['pull card transactions', 'from a vendor API', 'Postgres', 'API']), ['card transactions', 'vendor API', 'Postgres']);
  assert.deepEqual(sourceNames(['Impressions and clicks come in', 'consume from Kafka']), ['Impressions & clicks', 'Kafka']);
});

test('source names: no verbs or pronouns as sources, storage words only when nothing specific was named, tools spelled as tools', () => {
  assert.deepEqual(sourceNames(['ingests', 'Postgres']), ['Postgres']);
  assert.deepEqual(sourceNames(['pull all of that', 'pdfs', 'confluence', 'sharepoint']), ['pdfs', 'Confluence', 'SharePoint']);
  assert.deepEqual(sourceNames(['Pull everything', 'Snowflake']), ['Snowflake']);
  assert.deepEqual(sourceNames(['S3', 'buckets', 'Postgres']), ['S3', 'Postgres']);
  assert.deepEqual(sourceNames(['GCS', 'parquet files']), ['GCS']);
  assert.deepEqual(sourceNames(['Transcripts are exported from', 'Zendesk']), ['Transcripts', 'Zendesk']);
  assert.deepEqual(sourceNames(['reviews would come from']), ['reviews']);
  assert.deepEqual(sourceNames(['db']), ['db'], 'a storage word is still better than nothing');
});

test('a live stream kept on the board joins the batch data pipeline: no pipeline runs continuously', () => {
  const plans = decompose(
    input([mention('kafka', 'ingestion', { cadence: 'realtime' }), mention('dumps', 'ingestion', { cadence: 'daily' }), mention('training', 'training', { cadence: 'weekly' })]),
  );
  const data = plans.filter((p) => p.kind === 'data');
  assert.equal(data.length, 1, plans.map((p) => p.name).join(', '));
  assert.deepEqual(data[0]!.componentIds, ['kafka', 'dumps']);
  assert.equal(data[0]!.trigger, 'Scheduled daily on Kubernetes');
});

test('data work said in the same breath as training takes no schedule of its own: one data pipeline', () => {
  const shared = 'we clean that, compute velocity features and train an xgboost model every week';
  const plans = decompose(
    input([
      mention('dumps', 'ingestion', { cadence: 'daily' }),
      mention('processing', 'processing', { cadence: 'weekly', text: shared }),
      mention('training', 'training', { cadence: 'weekly', text: shared }),
    ]),
  );
  assert.deepEqual(plans.filter((p) => p.kind === 'data').map((p) => p.trigger), ['Scheduled daily on Kubernetes']);
  const borrowed = decompose(
    input([
      mention('dumps', 'ingestion', { cadence: 'daily', text: 'nightly dumps from postgres' }),
      mention('processing', 'processing', { cadence: 'weekly', text: 'we clean that, compute velocity features' }),
      mention('training', 'training', { cadence: 'weekly', text: 'train an xgboost model every week' }),
    ]),
  );
  assert.equal(borrowed.filter((p) => p.kind === 'data').length, 1, 'a cadence its own words do not state is training\'s');
  const own = decompose(
    input([
      mention('dumps', 'ingestion', { cadence: 'daily', text: 'nightly dumps from postgres' }),
      mention('features', 'processing', { cadence: 'weekly', text: 'we rebuild the feature tables every week' }),
      mention('training', 'training', { cadence: 'weekly', text: 'train an xgboost model every week' }),
    ]),
  );
  assert.equal(own.filter((p) => p.kind === 'data').length, 2, 'its own cadence still splits');
});

test('a fan-out the reader recognised ("one embedding job per batch") makes that pipeline the one dynamic pipeline', () => {
  const plans = decompose(input([mention('ingestion', 'ingestion', { fanOut: 'batch', cadence: 'daily' }), mention('training', 'training')]));
  assert.deepEqual(plans.filter((p) => p.dynamic).map((p) => p.kind), ['data']);
  const plain = decompose(input([mention('ingestion', 'ingestion', { cadence: 'daily' }), mention('training', 'training')]));
  assert.equal(plain.filter((p) => p.dynamic).length, 0, 'no fan-out, no dynamic pipeline');
});

test('batch scoring maps over the pieces the user split the input into, and only then: many records are one batch', () => {
  const split = decompose(input([mention('training', 'training'), mention('scoring', 'batch-inference', { fanOut: 'clause', text: 'each clause is run through the risk classifier' })]));
  const scoring = split.find((p) => p.kind === 'inference');
  assert.equal(scoring?.dynamic, true);
  assert.match(scoring!.steps.find((s) => s.name === 'predict')!.description, /scores each clause, mapped as one step per clause\b.*gathered back in order/);
  const many = decompose(input([mention('training', 'training'), mention('scoring', 'batch-inference', { text: 'we score each of the million documents every night' })]));
  assert.equal(many.find((p) => p.kind === 'inference')?.dynamic, false, 'a large batch is scored in one go');
  const population = decompose(input([mention('training', 'training'), mention('scoring', 'batch-inference', { fanOut: 'item x store pairs (about 500 million)' })]));
  assert.equal(population.find((p) => p.kind === 'inference')?.dynamic, false, 'a population, not a unit, is not mapped over');
});

test('data that differs only in when each source arrives is one pipeline with the source as a parameter, run on each schedule', () => {
  const plans = decompose(
    input([
      mention('archives', 'ingestion', { cadence: 'monthly', text: 'Lab panel archives arrive monthly from the hospital SFTP' }),
      mention('vitals', 'ingestion', { cadence: 'hourly', text: 'Bedside vitals land hourly and are averaged' }),
      mention('training', 'training', { cadence: 'weekly', text: 'retrain the deterioration model weekly' }),
    ]),
  );
  const data = plans.filter((p) => p.kind === 'data');
  assert.equal(data.length, 1, data.map((p) => p.name).join(', '));
  assert.equal(data[0]!.trigger, 'Scheduled hourly on Kubernetes', 'the most frequent schedule runs it');
  assert.match(data[0]!.purpose, /one pipeline with the source as a parameter, run monthly for the lab panel archives and hourly for the bedside vitals/);
});

test('data at two schedules whose sources the description does not tell apart is still one pipeline, the schedule its parameter: never two copies', () => {
  const plans = decompose(
    input([
      mention('positions', 'ingestion', { cadence: 'hourly', text: 'the feed is rolled up hourly' }),
      mention('normalise', 'processing', { cadence: 'daily', text: 'unit conversion is redone daily' }),
      mention('training', 'training', { cadence: 'weekly', text: 'retrain the delay model weekly' }),
    ]),
  );
  const data = plans.filter((p) => p.kind === 'data');
  assert.equal(data.length, 1, data.map((p) => p.name).join(', '));
  assert.match(data[0]!.purpose, /one pipeline with the schedule as a parameter, run (?:hourly and daily|daily and hourly)/);
});
