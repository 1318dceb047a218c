/**
 * A workflow scheduler ZenML has no orchestrator for, which the team runs today, is named as
 * theirs: the draft says the pipelines need an orchestrator beside it or that it keeps its jobs,
 * instead of claiming nothing runs there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDescription } from '../../../src/core/reading';
import { orchestratorChoice } from '../../../src/core/planning/orchestrator';
import { draftInterview } from '../../../src/core/interview/autopilot';

const theirs = (text: string) => orchestratorChoice(readDescription(text, null), null).theirs;

test('a ZenML orchestrator named beside it wins: Dagster on Kubernetes runs on the Kubernetes orchestrator', () => {
  assert.equal(theirs('Everything is orchestrated today by a self-hosted Dagster instance on EKS. We want a churn model trained on Snowflake.'), null);
});

test('a scheduler kept, deployed, or running the team\'s flows and assets is where they run their pipelines', () => {
  assert.equal(theirs('Our nightly scoring is a set of Prefect flows on a single VM. We retrain the churn model on Postgres data monthly.'), 'Prefect');
  assert.equal(theirs('Everything is orchestrated today by a self-hosted Dagster instance on two EC2 boxes. We want a churn model trained on Snowflake.'), 'Dagster');
  assert.equal(theirs('We retrain a demand model on BigQuery every week and would prefer to stick with Flyte if at all possible.'), 'Flyte');
  assert.equal(theirs('The feature tables are Dagster assets refreshed every hour, and a LightGBM model is retrained on them weekly.'), 'Dagster');
  // Said to be up and running: "we do have Prefect running for the ingestion".
  assert.equal(theirs('We already have Prefect running for the meter ingestion, and I would like to keep using that. The outage model is retrained weekly.'), 'Prefect');
  assert.equal(theirs('Our team has Dagster already running on a VM for the nightly loads; the churn model gets retrained monthly.'), 'Dagster');
});

test('a scheduler the clause says runs work, whose ever the jobs are, is theirs, named as its subject or not', () => {
  assert.equal(theirs('Upstream, Prefect runs the Fivetran jobs every hour. We want a churn model retrained on Snowflake weekly.'), 'Prefect');
  assert.equal(theirs('Our warehouse models are dbt, and Argo Workflows handles all the export jobs. We forecast returns weekly.'), 'Argo Workflows');
  assert.equal(theirs('Someone suggested Dagster for the export jobs. We forecast returns weekly from Postgres.'), null);
  // An HPC batch scheduler runs a lab's jobs just the same.
  assert.equal(theirs('Model fitting happens on the faculty HPC cluster (Slurm scheduler, 8 A100 nodes); we retrain the soil model each term.'), 'Slurm');
});

test('a scheduler only weighed or wished for is not theirs, and other systems kept are not schedulers', () => {
  assert.equal(theirs('We are considering Prefect for the nightly jobs; today a cron script retrains the churn model on Postgres.'), null);
  assert.equal(theirs('We want to keep Postgres as the source and retrain the churn model weekly.'), null);
  assert.equal(theirs('We retrain the churn model on Postgres weekly by hand.'), null);
  // Where things are kept is no scheduler: "everything we do lives in Google Sheets".
  assert.equal(theirs('We forecast pantry visits weekly. Everything we do lives in Google Sheets and should stay there.'), null);
  assert.equal(theirs('Forecasts go out weekly; all of it is kept in our Airtable base.'), null);
  assert.equal(theirs('We forecast pantry visits weekly, and everything runs in Conductor, our in-house scheduler.'), 'Conductor');
});

test('the draft names their scheduler once, as where the pipelines run today', () => {
  const r = draftInterview('Our churn model retrains from Snowflake tables in Prefect flows running on one VM, and a nightly flow scores every customer into the CRM. Two engineers.');
  assert.ok(r.ok);
  const overview = r.draft.architecture.overview;
  assert.match(overview, /Prefect, where the team runs its pipelines today, has no ZenML orchestrator/);
  assert.doesNotMatch(overview, /alongside Prefect/, 'the scheduler is theirs, said once');
});

test('of two orchestrators named, the one the team runs on top of the other is where the work lives', () => {
  const recommended = (text: string) => orchestratorChoice(readDescription(text, null), null).recommended;
  assert.equal(recommended('Our ETL runs in Airflow on a shared EKS cluster. We want a demand model trained on Redshift every week.'), 'airflow');
  assert.equal(recommended('The platform team operates Kubeflow on GKE; we retrain a ranking model on BigQuery nightly.'), 'kubeflow');
  // The one they keep, before the one that only serves.
  assert.equal(recommended('We would rather keep Databricks for the batch jobs; the scoring API is served from EKS.'), 'databricks');
  assert.equal(recommended('Inference runs on AKS behind the gateway. Training happens in Azure ML notebooks today.'), 'azureml');
  // Said to be running, with what it runs on in an aside.
  assert.equal(recommended('We already have Airflow running (v2.9, on the shared k8s cluster the platform team gave us) and it does the SAP extracts.'), 'airflow');
  assert.equal(recommended('Kubeflow is already running on our GKE cluster; we retrain the churn model on BigQuery data monthly.'), 'kubeflow');
  // Named side by side, neither on the other: either is only a recommendation, and the interview asks.
  const sideBySide = orchestratorChoice(readDescription('We run SageMaker and Databricks and retrain a churn model monthly on S3 data.', null), null);
  assert.equal(sideBySide.namedByUser, false);
  assert.ok(['sagemaker', 'databricks'].includes(sideBySide.recommended));
  // Licences are what the team may use: both are options, and nothing is claimed.
  const licensed = orchestratorChoice(readDescription('We have SageMaker and Databricks licences and retrain a churn model monthly on S3 data.', null), null);
  assert.equal(licensed.chosen.id, 'undecided');
  assert.deepEqual([...licensed.weighed].sort(), ['Databricks', 'SageMaker']);
});

test('running everything with a scheduler makes it theirs, and the cloud hint follows the data, not every cloud named', () => {
  assert.equal(theirs('Right now I run everything with Dagster on my workstation: pull the assays, run the model, write the CSV.'), 'Dagster');
  const near = (text: string) => orchestratorChoice(readDescription(text, null), null).nearData?.id ?? null;
  assert.equal(near('Corporate has Azure, but anything operational runs on site. The assays sit in the lab LIMS and we retrain monthly.'), null);
  assert.equal(near('Our order history is in BigQuery and we retrain the demand model weekly.'), 'vertex');
});
