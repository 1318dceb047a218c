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
