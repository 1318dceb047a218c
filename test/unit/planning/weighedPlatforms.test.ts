/**
 * A platform someone offered, proposed or prefers is an option, not where the pipelines run: the
 * draft asks, names the options in the question, and lists none of them as what the team runs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDescription } from '../../../src/core/reading';
import { orchestratorChoice } from '../../../src/core/planning/orchestrator';
import { draftInterview } from '../../../src/core/interview/autopilot';

const choice = (text: string) => orchestratorChoice(readDescription(text, null), null);

test('offered, proposed, suggested or weighed platforms are options, and nothing is chosen', () => {
  for (const text of [
    'The infra group offered to set up Vertex AI for us, nothing is decided yet. We retrain a churn model on BigQuery every week.',
    'Our manager suggested SageMaker for the training jobs. We retrain a churn model on Postgres data every month.',
    "We're deciding between Kubeflow and Airflow for the retraining, which reads from Postgres every week.",
    "The platform team's proposal puts the pipelines on a shared AKS cluster. We retrain a churn model on Postgres data monthly.",
  ]) {
    const c = choice(text);
    assert.equal(c.chosen.id, 'undecided', text);
    assert.equal(c.namedByUser, false, text);
    assert.ok(c.weighed.length > 0, text);
  }
  assert.deepEqual(choice("We're deciding between Kubeflow and Airflow for the retraining, which reads from Postgres every week.").weighed, ['Kubeflow', 'Airflow']);
});

test('what the team runs stays theirs beside what it weighs, and a platform it keeps is not an option', () => {
  const beside = choice("We're looking at Kubeflow, but today every job runs in Airflow. The churn model retrains weekly on Redshift.");
  assert.equal(beside.chosen.id, 'airflow');
  assert.deepEqual(beside.weighed, ['Kubeflow']);
  // Ours: a possessive ends the option's noun phrase.
  assert.equal(choice('We run Airflow on our EKS cluster and are evaluating a new ranking model on our Kubernetes nodes.').weighed.length, 0);
  assert.equal(choice("We'd prefer to stay on Airflow; the churn model retrains weekly on Redshift.").chosen.id, 'airflow');
});

test('the draft asks which orchestrator, names the options, and claims none of them as the team\'s', () => {
  const r = draftInterview('IT has offered us a Kubeflow installation on a small Kubernetes cluster, and a colleague prefers Prefect. We retrain a churn model on Postgres data every month and score all customers nightly.');
  assert.ok(r.ok);
  const d = r.draft;
  assert.doesNotMatch(d.markdown, /Kubeflow workers|runs? on Kubeflow|alongside [^.]*Prefect/);
  const question = d.architecture.openQuestions.find((q) => q.startsWith('Which orchestrator'));
  assert.ok(question, d.architecture.openQuestions.join(' | '));
  assert.match(question, /The team is weighing Kubeflow[^.]* and Prefect\. ZenML has no Prefect orchestrator/);
});

test('a team that keeps its one machine runs the pipelines there, on the local orchestrator', () => {
  for (const text of [
    "We're staying on the VM; the tagger retrains monthly on Postgres data and scores new tracks nightly.",
    'Everything will remain on our single server in the office. We retrain the churn model on MySQL data each month.',
  ]) {
    const c = choice(text);
    assert.equal(c.chosen.id, 'local', text);
    assert.equal(c.namedByUser, true, text);
  }
  assert.equal(choice('The model is trained on a VM today, and we want it on Kubernetes.').chosen.id, 'kubernetes');
});

test('a platform another team offers to host the work on is an option, even as theirs', () => {
  const c = choice('Our data sits in Postgres. The central data team has offered to host this in their SageMaker account; we have not decided. We retrain monthly.');
  assert.equal(c.chosen.id, 'undecided');
  assert.deepEqual(c.weighed, ['SageMaker']);
});

test('a platform one person has used, likes, or another group pushes is an option; one the team has used for years is theirs', () => {
  for (const text of [
    "We need a real scheduler for the hourly scoring. I've used Kubeflow before, and our lead likes Airflow. The model reads from Postgres.",
    'Procurement is pushing SageMaker because of the enterprise discount; I know Vertex AI from my last job. We retrain a churn model monthly on Postgres data.',
  ]) {
    const c = choice(text);
    assert.equal(c.chosen.id, 'undecided', text);
    assert.ok(c.weighed.length >= 2, `${text} → ${c.weighed.join(', ')}`);
  }
  assert.equal(choice("We've used Airflow for all our ETL since 2019 and want the churn model retrained there weekly.").chosen.id, 'airflow');
});

test('a platform someone hates is not theirs, and one someone only said they could use is an option', () => {
  const c = choice("For orchestration we have nothing yet. Mia hates Airflow after her last job, and Tom said Prefect or maybe plain cron would do. We retrain a plate QC model monthly from S3.");
  assert.equal(c.chosen.id, 'undecided');
  assert.ok(c.weighed.includes('Prefect'), c.weighed.join(', '));
  assert.equal(choice('Our lead said we run Airflow for every batch job, so the plate QC model should retrain there monthly.').chosen.id, 'airflow');
});
