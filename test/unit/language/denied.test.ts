import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDenied } from '../../../src/core/language';

const denied = (sentence: string, word: string) => {
  const at = sentence.indexOf(word);
  assert.ok(at >= 0, word);
  return isDenied(sentence, at, at + word.length);
};

test('a thing denied by its sentence: negation scope, negated predicate, excluding words, rejection', () => {
  for (const [sentence, word] of [
    ['Our runs cannot rely on retry_all here.', 'retry_all'],
    ['The shared GPU pool is not available to this team.', 'shared GPU pool'],
    ["The nightly export isn't\n  reliable enough.", 'nightly export'],
    ['Spot instances are unsupported for this workload.', 'Spot instances'],
    ['Without a feature store, features are written as artifacts.', 'a feature store'],
    ['Instead of a message queue, files land in a bucket.', 'a message queue'],
    ['We weighed a graph database and ruled it out.', 'a graph database'],
    ['A second region was considered and rejected.', 'A second region'],
  ] as const) assert.equal(denied(sentence, word), true, sentence);
});

test('near miss: a negation about something else in the sentence does not deny the thing', () => {
  for (const [sentence, word] of [
    ['We use retry_all, so one bad file does not stop the batch.', 'retry_all'],
    ['The shared GPU pool keeps training short; nobody waits.', 'shared GPU pool'],
    ['Spot instances are cheap. They are not reliable.', 'Spot instances'],
  ] as const) assert.equal(denied(sentence, word), false, sentence);
});

test('a wary stance turns a tool down as a negation does: "nervous about Kubernetes", "not keen on Airflow"', () => {
  const denied = (text: string, word: string) => isDenied(text, text.indexOf(word), text.indexOf(word) + word.length);
  assert.equal(denied("IT will approve a small stack, but they're nervous about Kubernetes.", 'Kubernetes'), true);
  assert.equal(denied('The platform group is not keen on Airflow for this.', 'Airflow'), true);
  assert.equal(denied('We are excited about Kubernetes.', 'Kubernetes'), false);
});

test('a tool tried once and not kept, given up on or moved off is not theirs; one tried and in use now is', () => {
  assert.equal(denied('We trialled Kubeflow back in 2022, but nobody could keep it running.', 'Kubeflow'), true);
  assert.equal(denied('The data team tried Prefect last year and went back to cron.', 'Prefect'), true);
  assert.equal(denied('We gave up on Metaflow after the migration.', 'Metaflow'), true);
  assert.equal(denied('Our jobs moved off Luigi in the spring.', 'Luigi'), true);
  assert.equal(denied('We used to run Oozie for the nightly loads.', 'Oozie'), true);
  assert.equal(denied('We tried Dagster and now every job runs there.', 'Dagster'), false);
});
