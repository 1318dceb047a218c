/** Realistic architectures for the DAG tests, the bench and the webview tests. */
import { emptyModelControlPlane, type Architecture, type Pipeline, type Step } from '../../../src/core/model/architecture';

function step(name: string, description: string, produces: string): Step {
  return { name, description, produces };
}

function pipeline(p: Partial<Pipeline> & Pick<Pipeline, 'name' | 'phase' | 'trigger' | 'steps'>): Pipeline {
  return {
    purpose: '',
    dataSources: [],
    keyArtifacts: [],
    orchestrator: ['Kubernetes'],
    modelControlPlane: emptyModelControlPlane(),
    deployed: false,
    dynamic: false,
    latencyBudgetMs: null,
    ...p,
  };
}

/** Card-fraud scoring: data, training (MVP), batch scoring and a deployed scoring endpoint. */
export function fraudArchitecture(): Architecture {
  return {
    project: 'Card Fraud Scoring',
    overview: 'Scores card transactions for fraud risk nightly and on request for the checkout service.',
    pipelines: [
      pipeline({
        name: 'transaction_features',
        phase: 'Phase 2',
        trigger: 'Daily at 02:00 after the warehouse export lands',
        steps: [
          step('ingest_transactions', 'Reads the previous day of card transactions from the Postgres replica', 'raw transactions table'),
          step('clean_and_dedupe', 'Drops test merchants and duplicate authorisations, fixes currency codes', 'clean transactions'),
          step('build_features', 'Computes velocity, merchant risk and device features per card', 'feature snapshot'),
        ],
      }),
      pipeline({
        name: 'fraud_training',
        phase: 'MVP',
        trigger: 'Weekly on Monday, or manually after a labelling batch',
        steps: [
          step('load_feature_snapshot', 'Loads the latest feature snapshot and chargeback labels', 'labelled training set'),
          step('split_by_time', 'Holds out the most recent two weeks so evaluation matches production', 'train and holdout sets'),
          step('train_gbm', 'Trains a gradient-boosted classifier with class weights for the rare fraud label', 'fraud classifier'),
          step('evaluate_against_production', 'Compares recall at 1% false-positive rate with the production version', 'evaluation report'),
        ],
        modelControlPlane: { model: 'fraud_model', producesVersions: true, promotesTo: 'production', consumesStage: null },
      }),
      pipeline({
        name: 'nightly_scoring',
        phase: 'Phase 2',
        trigger: 'Nightly at 04:00',
        steps: [
          step('load_pending_transactions', 'Reads transactions not yet scored', 'pending batch'),
          step('score_transactions', 'Scores the batch with fraud_model at production', 'risk scores'),
          step('publish_scores', 'Writes scores to the case-management table', 'published scores'),
        ],
        modelControlPlane: { model: 'fraud_model', producesVersions: false, promotesTo: null, consumesStage: 'production' },
      }),
      pipeline({
        name: 'checkout_scoring_service',
        phase: 'Phase 3',
        trigger: 'HTTP request from the checkout service',
        deployed: true,
        latencyBudgetMs: 80,
        steps: [
          step('parse_request', 'Validates the transaction payload', 'transaction features'),
          step('score_request', 'Scores one transaction with fraud_model at production', 'risk score'),
          step('explain_score', 'Returns the top three contributing features', 'score with reasons'),
        ],
        modelControlPlane: { model: 'fraud_model', producesVersions: false, promotesTo: null, consumesStage: 'production' },
      }),
    ],
    dataFlow: 'fraud_training registers fraud_model versions; the best is promoted to production, which both scoring pipelines read.',
    notAPipeline: [
      { name: 'Kafka transaction stream', reason: 'Continuous streaming is not batch work', alternative: 'Kafka consumers, with periodic pipeline runs on the accumulated batches' },
      { name: 'Fraud analyst dashboard', reason: 'A UI, not a computation', alternative: 'Grafana' },
      { name: 'Score drift alerts', reason: 'Runs continuously', alternative: 'Grafana alerts to PagerDuty' },
    ],
    deferred: [
      { name: 'Hyperparameter tuning', reason: 'Start with fixed parameters; tune once the MVP runs weekly' },
      { name: 'Feature store', reason: 'Feature snapshots as artifacts are enough for the MVP' },
    ],
    openQuestions: ['Can the Kubernetes cluster reach the Postgres replica?'],
    team: { engineers: 3 },
  };
}

/**
 * A large scope for the bench and stress tests: `pipelines` pipelines with `steps` steps
 * in total (spread evenly), every other one reading the previous one's model.
 */
export function largeArchitecture(pipelines = 10, steps = 70): Architecture {
  const base = fraudArchitecture();
  const perPipeline = Math.floor(steps / pipelines);
  return {
    ...base,
    project: 'Retail Demand Platform',
    pipelines: Array.from({ length: pipelines }, (_, i) => {
      const count = perPipeline + (i < steps % pipelines ? 1 : 0);
      const producer = i % 2 === 0;
      return pipeline({
        name: `region_${i + 1}_${producer ? 'forecast_training' : 'forecast_inference'}`,
        phase: i === 0 ? 'MVP' : `Phase ${2 + Math.floor(i / 4)}`,
        trigger: producer ? 'Weekly' : 'Daily',
        steps: Array.from({ length: count }, (_, s) =>
          step(`step_${s + 1}_${producer ? 'train' : 'predict'}`, `Stage ${s + 1} of the region ${i + 1} workflow`, `artifact ${s + 1}`),
        ),
        modelControlPlane: producer
          ? { model: `demand_model_${i + 1}`, producesVersions: true, promotesTo: 'production', consumesStage: null }
          : { model: `demand_model_${i}`, producesVersions: false, promotesTo: null, consumesStage: 'production' },
      });
    }),
  };
}

/**
 * A data pipeline handing its dataset to a 12-step training pipeline (the MVP), whose promoted
 * model a batch scoring pipeline reads: both kinds of hand-off, and a pipeline long enough that
 * only a real Fit shows all of it.
 */
export function dataAndTraining(): Architecture {
  const training = [
    'load_dataset_version', 'validate_schema', 'split_by_time', 'encode_categoricals', 'scale_numerics', 'select_features',
    'train_candidate', 'calibrate_scores', 'evaluate_candidate', 'score_production_model', 'compare_with_production', 'register_version',
  ];
  return {
    project: 'Demand Forecasting',
    overview: 'Forecasts weekly demand per store from the ERP export.',
    pipelines: [
      pipeline({
        name: 'Data Preparation',
        phase: 'Phase 2',
        trigger: 'Nightly after the ERP export lands',
        dataSources: ['the ERP export in S3'],
        steps: [
          step('ingest_raw_data', 'Reads the night\'s ERP export', 'a raw dataset'),
          step('clean_data', 'Drops malformed rows and fixes types', 'a cleaned dataset'),
          step('split_and_version', 'Splits by time and versions the result', 'versioned train and evaluation sets'),
        ],
      }),
      pipeline({
        name: 'Model Training',
        phase: 'MVP',
        trigger: 'Weekly, or by hand',
        dataSources: ['the versioned dataset from Data Preparation'],
        steps: training.map((name, i) => step(name, `Stage ${i + 1} of training`, i === training.length - 1 ? 'a registered model version' : `output ${i + 1}`)),
        modelControlPlane: { model: 'demand_model', producesVersions: true, promotesTo: 'production', consumesStage: null },
      }),
      pipeline({
        name: 'Batch Scoring',
        phase: 'Phase 2',
        trigger: 'Daily at 05:00',
        dataSources: ['the store calendar'],
        steps: [step('load_inputs', 'Reads the day\'s inputs', 'an input snapshot'), step('predict', 'Scores every store', 'forecasts'), step('publish', 'Writes forecasts to the warehouse', 'a forecast table')],
        modelControlPlane: { model: 'demand_model', producesVersions: false, promotesTo: null, consumesStage: 'production' },
      }),
    ],
    dataFlow: 'Data Preparation versions the dataset Model Training reads; Batch Scoring reads the production model.',
    notAPipeline: [],
    deferred: [],
    openQuestions: [],
    team: { engineers: 2 },
  };
}
