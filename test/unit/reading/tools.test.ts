import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTools, saysUsesZenml } from '../../../src/core/reading/tools';
import { readDescription } from '../../../src/core/reading';
import { orchestratorChoice } from '../../../src/core/planning/orchestrator';

const names = (t: string) => findTools(t).map((x) => x.name);

test('tools are normalised to one name each', () => {
  assert.deepEqual(names('data in postgresql, we run k8s and track with wandb'), ['Postgres', 'Kubernetes', 'Weights & Biases']);
  assert.deepEqual(names('BigQuery exports, Vertex AI pipelines, ml flow'), ['BigQuery', 'Vertex AI', 'MLflow']);
  assert.deepEqual(names('Sagemaker endpoint'), ['SageMaker']);
});

test('tool names inside other words are not tools', () => {
  assert.deepEqual(names('chest x-ray classification'), []);
  assert.deepEqual(names('a ray of hope'), ['Ray'], 'the word itself still is');
});

test('each tool tells which category it covers', () => {
  const [snowflake, airflow] = findTools('Snowflake and Airflow');
  assert.equal(snowflake!.category, 'dataSources');
  assert.equal(airflow!.category, 'infrastructure');
});

test('already running ZenML versus thinking about it', () => {
  assert.ok(saysUsesZenml('We already run ZenML on Vertex'));
  assert.ok(saysUsesZenml('our ZenML server is on GKE'));
  assert.ok(!saysUsesZenml("we're considering ZenML"));
  assert.ok(!saysUsesZenml('we want to use ZenML pipelines for everything'));
  assert.ok(!saysUsesZenml("we're not using ZenML yet"));
  assert.ok(!saysUsesZenml('we use Airflow'));
});

test('a tool named only where it is denied is not one the team has', () => {
  assert.deepEqual(names('GCP shop, Dataproc already paid for. No Kubernetes know-how on the team.'), ['Dataproc']);
  assert.deepEqual(names('We cannot use SageMaker for this; the data sits in Snowflake.'), ['Snowflake']);
  assert.deepEqual(names('We run without Airflow today, and Prefect is what we would pick.'), ['Prefect']);
  // One mention that is not denied keeps it.
  assert.deepEqual(names('Not on Kubernetes yet for training, but the API runs on Kubernetes.'), ['Kubernetes']);
  // A negative subject denies its predicate: "nobody can maintain X", "none of us has used X".
  assert.deepEqual(names('Nobody on staff can maintain Kubernetes or anything like it, and the data is in BigQuery.'), ['BigQuery']);
  assert.deepEqual(names('None of us has run Airflow; the exports land in S3.'), ['S3']);
  assert.deepEqual(names('Nothing runs on Dagster yet. We use Prefect.'), ['Prefect']);
});

test('Azure Synapse is a store the data is read from', () => {
  assert.deepEqual(readDescription('Claims data lives in Azure Synapse, refreshed nightly from the core system.', null).sources.map((s) => s.name), ['Synapse']);
});

test('a platform named only in questions is an option asked about; one the team owns or names elsewhere is theirs', () => {
  const asked = (text: string) => readDescription(text, null).options;
  assert.deepEqual(asked('The model is trained weekly. Where should it serve from, SageMaker or Vertex?'), ['SageMaker', 'Vertex AI']);
  assert.deepEqual(asked('Do we even need Kubernetes for a job that runs once a night?'), ['Kubernetes']);
  assert.deepEqual(asked('Can our Airflow trigger the retraining?'), [], 'a possessive makes it theirs, even in a question');
  assert.deepEqual(asked('We run Airflow for the ETL. Could Airflow also run training?'), [], 'named outside a question too');
});

test('an orchestrator named only in questions is weighed, not where the pipelines run', () => {
  const choice = orchestratorChoice(readDescription('We retrain a churn model weekly from BigQuery. Kubeflow? Vertex pipelines? No idea yet.', null), null);
  assert.equal(choice.chosen.id, 'undecided');
  assert.deepEqual([...choice.weighed].sort(), ['Kubeflow', 'Vertex AI']);
});

test('a tool that is also a first name is a person when a surname follows', () => {
  assert.deepEqual(names('Sponsor: Deputy Director Ray Okafor. We train on Snowflake data.'), ['Snowflake']);
  assert.deepEqual(names('We serve the ranker with Ray Serve on our cluster.'), ['Ray']);
  assert.deepEqual(names('Training runs on a Ray cluster.'), ['Ray']);
});

test('a platform that is there but unused is an option, not where the pipelines run', () => {
  const c = orchestratorChoice(readDescription("There's a SageMaker domain a consultancy set up in 2021; nobody has touched it since. We want to classify each permit application nightly from Postgres.", null), null);
  assert.equal(c.chosen.id, 'undecided');
  assert.deepEqual(c.weighed, ['SageMaker']);
  assert.equal(orchestratorChoice(readDescription('Our SageMaker pipelines retrain the model weekly; the old Kubeflow cluster is unused.', null), null).chosen.id, 'sagemaker');
  // There in the organisation, but the team has not used it.
  for (const text of [
    'Databricks exists in the company but our team has not used it; we score claims nightly from Postgres in notebooks.',
    "The org has Vertex AI Pipelines, though we haven't actually tried them. We retrain the churn model monthly from BigQuery.",
  ]) {
    const choice = orchestratorChoice(readDescription(text, null), null);
    assert.equal(choice.chosen.id, 'undecided', text);
    assert.equal(choice.weighed.length, 1, text);
  }
});

test('platforms listed under an "Options" heading, or set side by side with "vs", are options', () => {
  const text = 'Context\nA cron job on one VM retrains the churn model weekly from Redshift.\n\nOptions\nA. Keep cron and add alerts.\nB. Prefect Cloud, which another team likes.\nC. SageMaker Pipelines, already in the account.\n\nDecision\nNot made. We want a view on B vs C.';
  const c = orchestratorChoice(readDescription(text, null), null);
  assert.equal(c.chosen.id, 'undecided');
  assert.deepEqual([...c.weighed].sort(), ['Prefect', 'SageMaker']);
});

test('platforms lettered inline as options, or named where a choice is still to be made, are options', () => {
  const c = orchestratorChoice(readDescription('A cron job on one VM scores every claim hourly. [Ana] Decide where this runs long-term: (a) Prefect on the same VM, (b) the shared Databricks workspace the finance team uses, (c) stay on cron.', null), null);
  assert.equal(c.chosen.id, 'undecided');
  assert.deepEqual([...c.weighed].sort(), ['Databricks', 'Prefect']);
});

test('a platform nobody is using, one only under contract, one leaned towards, and one under "Open questions" are options', () => {
  const c = orchestratorChoice(readDescription("We do have a Vertex AI project from a pilot that nobody's using, and finance has a Databricks contract. I'd lean Vertex AI, but I'm not attached. We want to retrain the dropout model each term.", null), null);
  assert.equal(c.chosen.id, 'undecided');
  assert.deepEqual([...c.weighed].sort(), ['Databricks', 'Vertex AI']);
  const open = orchestratorChoice(readDescription('We score new scans daily with our model.\n\n4. Open questions\n- GPU inference: a SageMaker batch transform, or our own Batch job?\n\n5. Out of scope\nEverything else.', null), null);
  assert.equal(open.chosen.id, 'undecided');
});

test('a tool someone knows from another workplace is an option, not a platform the team runs', () => {
  const r = readDescription('Our data sits in Snowflake. Ines used Vertex AI at her previous company and liked it. We retrain a churn model monthly.', null);
  assert.ok(r.options.includes('Vertex AI'), JSON.stringify(r.options));
  assert.notEqual(orchestratorChoice(r, null).recommended, 'vertex');
  assert.ok(!readDescription('We train on Vertex AI at our Munich office every week.', null).options.includes('Vertex AI'));
});

test('Kubeflow Pipelines named beside the Kubernetes cluster they run on is where the pipelines live', () => {
  const said = [
    'Start from the team template for Kubeflow Pipelines; GPUs come from our GKE node pool. We tag each clip nightly.',
    'We have an EKS cluster and a Kubeflow install the platform group maintains. The churn model retrains monthly.',
    'Our k8s cluster hosts everything, and the ML platform folks gave us a Kubeflow namespace. We score every invoice daily.',
  ];
  for (const text of said) assert.notEqual(orchestratorChoice(readDescription(text, null), null).recommended, 'kubernetes', text);
  // Kubernetes alone stays Kubernetes.
  assert.equal(orchestratorChoice(readDescription('Everything runs on our GKE cluster. We score every invoice daily.', null), null).recommended, 'kubernetes');
});

test('platforms named under "Open stuff", "TBD" or "Decisions needed" are options still to decide', () => {
  const notes = [
    'We rank support articles for each agent weekly.\n\nOpen stuff\n- Hosting. The analytics group has a Databricks workspace, but our data sits in another account.\n- Labels.',
    'Nightly scoring of every loan from Postgres.\n\nTBD:\n- SageMaker (infra team likes it) or the Kubernetes cluster we share with web?',
    'We retrain the demand model monthly.\n\nDecisions needed\n- whether Vertex AI or Airflow on the old VM runs this\n- who owns the labels',
  ];
  for (const text of notes) assert.equal(orchestratorChoice(readDescription(text, null), null).namedByUser, false, text);
  // A platform the team says it runs, outside such a list, stays theirs.
  assert.equal(orchestratorChoice(readDescription('Our Airflow runs every job we have. We retrain the demand model monthly.\n\nOpen stuff\n- labels', null), null).recommended, 'airflow');
});
