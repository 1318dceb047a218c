/**
 * Scopes whose shape the standard data → training → inference template gets wrong unless the
 * engine knows better: document Q&A (the index is the model), a live stream next to batch dumps,
 * and work the user already has running (the seed: respect existing work).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';
import type { Architecture } from '../../../src/core/model/architecture';
import { loadDescriptionFixtures } from '../../fixtures/descriptions/load';

function drafted(text: string) {
  const r = draftInterview(text);
  assert.ok(r.ok, 'the draft runs');
  return r.draft;
}
const draft = (text: string): Architecture => drafted(text).architecture;
const fixture = (name: string) => loadDescriptionFixtures().find((f) => f.name === name)!.text;

const RAG = ['rag-docs-dictated', 'rag-contracts-existing-notebook'];

for (const name of RAG) {
  test(`document Q&A (${name}): the indexing pipeline is the MVP, for a reason about the index`, () => {
    const d = drafted(fixture(name));
    const mvp = d.asked.find((q) => q.id === 'mvp');
    assert.ok(mvp?.kind === 'mvp', 'three pipelines: the MVP is asked');
    assert.equal(mvp.recommended, 'Document Indexing');
    assert.match(mvp.reason, /everything reads the index/);
    assert.doesNotMatch(mvp.reason, /automate model training|predictions in use/);
    for (const p of mvp.pipelines) assert.doesNotMatch(p.summary, /\btrains?\b|clean, versioned dataset/i, p.name);
    const [first] = d.architecture.pipelines;
    assert.equal(first!.name, 'Document Indexing');
    assert.equal(first!.phase, 'MVP');
    assert.match(d.architecture.overview, /Document Indexing comes first because everything else reads the index it builds/);
  });

  test(`document Q&A (${name}): every purpose says that pipeline's own job, none is training text`, () => {
    const a = draft(fixture(name));
    const purpose = (n: string) => a.pipelines.find((p) => p.name === n)!.purpose;
    assert.match(purpose('Document Indexing'), /parses, chunks and embeds/);
    assert.match(purpose('Retrieval Evaluation'), /fixed question set/);
    assert.match(purpose('Question Answering Service'), /retrieves passages from the `production` index version/);
  });

  test(`document Q&A (${name}): indexing produces versions, evaluation scores \`latest\` and promotes, the service reads \`production\``, () => {
    const a = draft(fixture(name));
    const role = (n: string) => a.pipelines.find((p) => p.name === n)!.modelControlPlane;
    assert.deepEqual(role('Document Indexing'), { model: 'document_qa', producesVersions: true, promotesTo: null, consumesStage: null });
    assert.deepEqual(role('Retrieval Evaluation'), { model: 'document_qa', producesVersions: false, promotesTo: 'production', consumesStage: 'latest' });
    assert.equal(role('Question Answering Service').consumesStage, 'production');
    const evaluation = a.pipelines.find((p) => p.name === 'Retrieval Evaluation')!;
    assert.ok(!evaluation.steps.some((s) => /chunk size/i.test(s.description)), 'chunking is decided where the index is built');
    assert.doesNotMatch(a.dataFlow, /features with the same code as training|failed or rejected training run/);
    assert.match(a.dataFlow, /cannot be found until a newer version is reviewed and promoted/);
  });
}

test('a live stream next to nightly dumps is one data pipeline on the batch cadence, and the stream stays outside', () => {
  const a = draft(
    'fraud model for our card business. we get card transactions from kafka in real time and also nightly dumps from postgres with customer and merchant data. we clean that, compute velocity features and train an xgboost model every week, then a person checks the metrics. 2 ML engineers, we run on GCP.',
  );
  const data = a.pipelines.filter((p) => p.steps.some((s) => s.name === 'ingest_raw_data'));
  assert.equal(data.length, 1, a.pipelines.map((p) => p.name).join(', '));
  assert.doesNotMatch(data[0]!.name, /continuously|\(/);
  assert.match(data[0]!.trigger, /daily/, 'the nightly dumps set the cadence; the weekly one is training\'s');
  const stream = a.notAPipeline.find((n) => /Kafka/.test(n.alternative));
  assert.ok(stream, 'the stream is named as not a pipeline');
  assert.match(stream.alternative, new RegExp(`${data[0]!.name} is that periodic run`));
});

test('existing work: the notebook\'s model is taken over by train_model, the overview names it, the MVP must match it', () => {
  const a = draft(fixture('claims-fraud-score-budget'));
  const train = a.pipelines.flatMap((p) => p.steps).find((s) => s.name === 'train_model')!;
  assert.match(train.description, /moving the LightGBM code and settings of the existing notebook into the step unchanged/);
  assert.match(a.overview, /It starts from what already works today, the LightGBM model your notebook trains/);
  assert.match(a.overview, /whose metrics match what the notebook reports today/);
  assert.doesNotMatch(a.overview, /alongside a notebook/);
  assert.ok(a.notAPipeline.some((n) => n.name === 'Experiments in the existing notebook'));
});

test('existing work: an indexing notebook is taken over by the indexing steps; a notebook still in EDA is not existing work', () => {
  const rag = draft(fixture('rag-contracts-existing-notebook'));
  const chunk = rag.pipelines.flatMap((p) => p.steps).find((s) => s.name === 'parse_and_chunk')!;
  assert.match(chunk.description, /code and settings of the existing notebook/);
  assert.match(rag.overview, /the parsing, chunking and embedding your notebook does by hand/);
  const eda = draft(fixture('medical-imaging-eda'));
  assert.doesNotMatch(eda.overview, /already works/);
  assert.ok(!eda.pipelines.flatMap((p) => p.steps).some((s) => /existing notebook/.test(s.description)));
});

test('an on-device model: the rollout to the devices is named as not a pipeline, with what does it instead', () => {
  const a = draft(fixture('defect-detection-cv'));
  const rollout = a.notAPipeline.find((n) => n.name === 'Rolling the device build out to the devices');
  assert.ok(rollout, a.notAPipeline.map((n) => n.name).join(', '));
  assert.match(rollout.alternative, /device management/);
  assert.ok(!draft(fixture('claims-fraud-score-budget')).notAPipeline.some((n) => /device/.test(n.name)), 'only when the model runs on devices');
});

test('existing work: a nightly scoring job the user runs is taken over by the batch scoring pipeline, which says so', () => {
  const a = draft(fixture('automate-everything-drift'));
  const inference = a.pipelines.find((p) => p.name === 'Claims Triage Model Batch Scoring')!;
  const predict = inference.steps.find((s) => s.name === 'predict')!;
  assert.match(predict.description, /code of the existing scoring job moved into the step; only where the model comes from changes/);
  assert.match(inference.steps.find((s) => s.name === 'publish_predictions')!.description, /the place the existing scoring job writes its scores to today/);
  assert.match(a.overview, /Claims Triage Model Batch Scoring takes over the scoring job you run today/);
  assert.match(a.dataFlow, /Until Claims Triage Model Batch Scoring runs, the existing scoring job keeps writing the scores/);
  assert.ok(!a.notAPipeline.some((n) => /Experiments in the existing/.test(n.name)), 'a scoring job is retired, not kept for experiments');
  // A notebook that scores a test set is still training work, not a scoring job.
  const notebook = draft('Churn model for our telco. We have a notebook that trains XGBoost on the Snowflake customer table and scores the test set. Two ML engineers.');
  assert.ok(!notebook.pipelines.flatMap((p) => p.steps).some((s) => /existing scoring job/.test(s.description)));
});

test('MLflow, when the user names it, keeps experiment tracking while the Model Control Plane keeps versions and stages, said once', () => {
  const said = /MLflow keeps the experiment tracking, and the Model Control Plane keeps the model versions and their stages/g;
  const a = draft(fixture('automate-everything-drift'));
  assert.equal(`${a.overview}\n${a.dataFlow}`.match(said)?.length, 1);
  const without = draft(fixture('claims-fraud-score-budget'));
  assert.doesNotMatch(`${without.overview}\n${without.dataFlow}`, /MLflow/);
});

test('the Overview names what the pipelines run next to by its proper name, once, and nothing it already said', () => {
  const runsOn = (text: string) => /The pipelines? runs? on [^.]*\./.exec(draft(text).overview)?.[0];
  assert.match(draft(fixture('ticket-routing-typos')).overview, /which one runs them, alongside MLflow, is the first open question\./, '"experiment tracking" and "mlflow" are one tool');
  assert.equal(runsOn('We train an xgboost churn model weekly on SageMaker from our AWS data lake in S3 and score customers nightly. Two engineers.'), 'The pipelines run on SageMaker, which the team already operates.', 'SageMaker already says AWS');
  assert.equal(
    runsOn('We already use ZenML on Vertex AI. Sales come from BigQuery, we retrain a demand model weekly with a GPU. Three engineers.'),
    'The pipeline runs on Vertex AI, which the team already operates.',
    'ZenML is what the document plans, a GPU names no infrastructure, and one pipeline is one',
  );
  assert.match(draft(fixture('llm-finetune-support')).overview, /, alongside the OpenAI API and Hugging Face, is the first open question\./, 'GPT-4 is a model: the infrastructure is the OpenAI API');
});

test('a source only the work outside the pipelines reads is not a pipeline source: the migration\'s MySQL', () => {
  const a = draft(fixture('recsys-kitchen-sink'));
  const text = JSON.stringify(a);
  assert.ok(a.notAPipeline.some((n) => /migration/i.test(n.name)));
  assert.doesNotMatch(text, /MySQL/, 'no pipeline reads it, no worker needs access to it');
  assert.match(a.overview, /BigQuery/);
  const named = draft('Our events live in MySQL and we retrain a ranking model weekly from them on Vertex AI. We also need a one-off migration of old logs from MySQL into BigQuery. Two engineers.');
  assert.match(JSON.stringify(named.pipelines), /MySQL/, 'named for the training as well: kept');
  const stream = draft(fixture('fraud-kafka-onprem-mobile'));
  assert.ok(stream.pipelines.some((p) => p.dataSources.some((s) => /^Kafka\b/.test(s))), 'a stream is not a pipeline, but the periodic run that replaces it reads its data');
});

test('a source\'s detail says how its data arrives, never the schedule of other work in the clause', () => {
  const a = draft('We train an xgboost churn model weekly on SageMaker from our AWS data lake in S3 and score customers nightly. Two engineers.');
  assert.ok(a.pipelines.every((p) => p.dataSources.every((s) => s === 'S3' || !/^S3/.test(s))), JSON.stringify(a.pipelines.map((p) => p.dataSources)));
  const loaded = draft(fixture('microservice-steps'));
  assert.ok(loaded.pipelines.some((p) => p.dataSources.includes('BigQuery (article metadata and reading events, loaded daily)')));
});

test('a stream the team already runs is kept by name, and the periodic run that replaces it is still named', () => {
  const a = draft('Click events stream through our Kinesis pipeline in real time. We also load nightly exports of the orders from Postgres, clean them and retrain a LightGBM conversion model every week. Two engineers.');
  const stream = a.notAPipeline.find((n) => /Kinesis/.test(n.alternative));
  assert.ok(stream, a.notAPipeline.map((n) => n.alternative).join(' | '));
  assert.match(stream.alternative, /which you already use/);
  assert.match(stream.alternative, /is that periodic run, reading what the stream accumulated/);
});
