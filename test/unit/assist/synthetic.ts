/**
 * SYNTHETIC model reply, written by hand for unit tests of the replay path: NOT real model output
 * and never a recording (recordings in test/recordings/ are real replies, stored with
 * scripts/recordings.mjs). The description is invented for these tests.
 */
import type { ModelAnswer } from '../../../src/core/assist/answer';

export const DESCRIPTION = `We load pump sensor readings from a Postgres table every night and train a gradient boosted model weekly to predict pump failures.
The maintenance planners get a nightly batch of failure scores written back to Postgres.
A Grafana dashboard shows the scores to the plant team. We are 2 ML engineers.`;

const steps = (names: string[]) => names.map((name) => ({ name, does: `Does the ${name.replace(/_/g, ' ')} work.`, produces: `the ${name.replace(/_/g, ' ')} output` }));

export function syntheticAnswer(): ModelAnswer {
  return {
    reading: {
      components: [
        { name: 'Sensor ingestion', kind: 'ingestion', cadence: 'daily', latencyMs: null, owner: null, fanOut: null, quote: 'We load pump sensor readings from a Postgres table every night' },
        { name: 'Failure model training', kind: 'training', cadence: 'weekly', latencyMs: null, owner: null, fanOut: null, quote: 'train a gradient boosted model weekly to predict pump failures' },
        { name: 'Nightly scoring', kind: 'batch-inference', cadence: 'daily', latencyMs: null, owner: null, fanOut: null, quote: 'nightly batch of failure scores written back to Postgres' },
        { name: 'Plant dashboard', kind: 'dashboard', cadence: null, latencyMs: null, owner: null, fanOut: null, quote: 'A Grafana dashboard shows the scores to the plant team' },
      ],
      sources: [{ name: 'Postgres', detail: 'pump sensor readings, nightly', quote: 'pump sensor readings from a Postgres table' }],
      systems: [{ name: 'Postgres', role: 'source', quote: 'from a Postgres table' }, { name: 'Grafana', role: 'tool', quote: 'A Grafana dashboard' }],
      models: [{ name: 'pump failure model', trained: 'here', use: 'batch', quote: 'train a gradient boosted model weekly' }],
      tools: [{ name: 'Grafana', quote: 'Grafana' }],
      team: { engineers: 2, roles: ['ML engineers'], quote: 'We are 2 ML engineers' },
      latency: null,
      readinessSignals: [],
      goal: 'automate-training',
      project: 'Pump Failure Prediction',
      usesZenml: false,
      unplaced: [],
    },
    proposals: {
      components: [
        { component: 'Sensor ingestion', bucket: 'pipeline', reason: 'Nightly data work that versions the readings training reads.', instead: null },
        { component: 'Failure model training', bucket: 'pipeline', reason: 'Repeatable training that produces model versions.', instead: null },
        { component: 'Nightly scoring', bucket: 'pipeline', reason: 'Batch scoring on a schedule reads the production model.', instead: null },
        { component: 'Plant dashboard', bucket: 'not-a-pipeline', reason: 'A UI serves people continuously.', instead: 'Grafana, reading the scores table' },
      ],
      pipelines: [
        {
          name: 'Failure Model Training',
          purpose: 'Trains and evaluates the pump failure model on the latest readings.',
          trigger: 'Manual for the first version, weekly later',
          components: ['Failure model training'],
          steps: steps(['load_readings', 'build_features', 'train_model', 'evaluate_model']),
          artifacts: [{ name: 'failure model', why: 'each version is compared with the one in production' }],
        },
      ],
      dataFlow: ['Training registers each version; the nightly scoring reads the production version.'],
      openQuestions: ['Can the orchestrator reach the Postgres table from its network?'],
    },
  };
}

export const reply = (answer: ModelAnswer = syntheticAnswer()): string => JSON.stringify(answer);
