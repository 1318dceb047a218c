import { test } from 'node:test';
import { realtimeRetraining } from '../../../../src/core/lint/rules/smells/realtime-retraining';
import { FRAUD_SCORING, FRAUD_TRAINING, fraudDoc } from './domains';
import { architectureDoc, expectNone, expectOne, runRule } from './harness';

test('training triggered on every new labelled transaction is flagged on the Trigger line', () => {
  const md = architectureDoc(fraudDoc({ pipelines: [{ ...FRAUD_TRAINING, trigger: 'Real-time, on every new labelled transaction.' }, FRAUD_SCORING] }));
  expectOne(runRule(realtimeRetraining, md), realtimeRetraining, md, '**Trigger**: Real-time, on every new labelled transaction.');
});

test('"retrain as soon as new data arrives" is the same smell', () => {
  const md = architectureDoc(fraudDoc({ pipelines: [{ ...FRAUD_TRAINING, trigger: 'As soon as new data arrives in the labels table.' }] }));
  expectOne(runRule(realtimeRetraining, md), realtimeRetraining, md, '**Trigger**: As soon as new data arrives');
});

test('near miss: weekly training next to a deployed pipeline that serves per request', () => {
  expectNone(runRule(realtimeRetraining, architectureDoc(fraudDoc())));
});

const trainingTriggered = (trigger: string) => architectureDoc(fraudDoc({ pipelines: [{ ...FRAUD_TRAINING, trigger }, FRAUD_SCORING] }));

test('retraining on every arriving batch, in the writer\'s words', () => {
  for (const trigger of [
    'Whenever a fresh chargeback file is uploaded to the bucket.',
    'Once every incoming settlement partition is written (about every 15 minutes).',
    'Event-driven: one run for each new micro-batch from the card switch.',
    'Kept current in near real time from the authorisation feed.',
  ]) {
    const md = trainingTriggered(trigger);
    expectOne(runRule(realtimeRetraining, md), realtimeRetraining, md, `**Trigger**: ${trigger}`);
  }
});

test('near miss: one named arrival, a cadence, or real time denied', () => {
  for (const trigger of [
    'When the monthly chargeback file lands, plus manual runs.',
    "Weekly, never in real time: a day's delay in the labels is fine.",
    'Every Monday at 03:00, on the week\'s labelled transactions.',
  ]) expectNone(runRule(realtimeRetraining, trainingTriggered(trigger)));
});
