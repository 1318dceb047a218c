/**
 * Sound pipelines from a few real-world domains. Each smell test starts from these and changes
 * the one thing that makes (or almost makes) the smell, so a finding can only come from that change.
 */
import type { DocSpec, PipelineSpec } from './harness';

export const FRAUD_TRAINING: PipelineSpec = {
  name: 'Fraud Model Training',
  phase: 'MVP',
  purpose: 'Trains the card-fraud classifier on labelled transactions and checks it beats the production model before promotion.',
  trigger: 'Weekly on Monday at 03:00, plus manual runs after large label backfills.',
  steps: [
    'load_transactions — reads the last 90 days of labelled transactions from the Postgres replica → produces transactions DataFrame',
    'build_features — computes merchant, device and velocity features and drops duplicates → produces feature matrix',
    'train_model — fits a gradient-boosted classifier with class weights → produces XGBoost model',
    'evaluate — measures recall at 1% false-positive rate against the production model → produces evaluation report',
  ],
  dataSources: 'Postgres transactions table, chargeback labels from the disputes team',
  orchestrator: 'Kubernetes (GKE), CPU node pool',
  mcp: '`fraud_model` — produces a new version on every run; promotes passing versions to `staging`.',
};

export const FRAUD_SCORING: PipelineSpec = {
  name: 'Transaction Scoring',
  phase: 'Phase 2',
  purpose: 'Scores each incoming card transaction over HTTP for the payments service.',
  trigger: 'Per request from the payments service.',
  steps: [
    'parse_request — validates the payload against the transaction schema → produces transaction record',
    'featurize — computes the same merchant and velocity features as training → produces feature vector',
    'score — applies the production model and thresholds the probability → produces fraud decision',
  ],
  dataSources: 'The request payload, the merchant lookup table',
  orchestrator: 'Kubernetes (GKE)',
  serving: 'HTTP endpoint via `pipeline.deploy()`; latency budget 150 ms.',
  mcp: '`fraud_model` — reads the `production` version.',
};

export const FRAUD_DATA_FLOW =
  'Fraud Model Training produces `fraud_model` versions and promotes passing ones to `staging`. A fraud analyst promotes the staging version to production after a week of shadow scoring; Transaction Scoring always reads production.';

export function fraudDoc(overrides: Partial<DocSpec> = {}): DocSpec {
  return {
    project: 'Card Fraud Detection',
    overview:
      'Weekly retraining of the card-fraud classifier and real-time scoring of transactions for the payments service.\nTeam: 2 ML engineers maintain these pipelines.',
    pipelines: [FRAUD_TRAINING, FRAUD_SCORING],
    dataFlow: FRAUD_DATA_FLOW,
    notAPipeline: ['- **Fraud analyst dashboard**: not a computation workflow; Grafana over the scored-transactions table.'],
    deferred: ['- **Feature store**: revisit when a second model needs the same features online.'],
    ...overrides,
  };
}

export const RAG_INDEXING: PipelineSpec = {
  name: 'Contract Indexing',
  phase: 'MVP',
  purpose: 'Chunks and embeds newly uploaded supplier contracts so the legal assistant can retrieve clauses.',
  trigger: 'Daily at 01:00.',
  steps: [
    'list_new_contracts — finds PDFs uploaded to the contracts bucket since the last run → produces document list',
    'parse_and_chunk — extracts text with layout-aware parsing and splits it into clause-sized chunks, one mapped step per document → produces chunk lists',
    'embed_chunks — embeds each chunk with the sentence-transformer model → produces embeddings',
    'upsert_index — writes the embeddings to the pgvector table and records counts → produces index manifest',
  ],
  dataSources: 'The contracts GCS bucket',
  orchestrator: 'Kubernetes, GPU node pool for embedding; dynamic pipeline (fans out at runtime) over the new documents, in parallel with isolated steps.',
  mcp: 'Not used.',
};

export const CHURN_TRAINING: PipelineSpec = {
  name: 'Churn Model Training',
  phase: 'MVP',
  purpose: 'Trains the subscription churn model on last quarter\'s accounts and evaluates it on the holdout month.',
  trigger: 'Manual for the MVP.',
  steps: [
    'load_accounts — reads account snapshots and billing events from BigQuery → produces accounts DataFrame',
    'prepare_features — joins usage and billing, encodes plan types and imputes gaps → produces training table',
    'train_model — fits a LightGBM classifier → produces churn model',
    'evaluate — computes AUC and calibration on the holdout month → produces evaluation report',
  ],
  dataSources: 'BigQuery account snapshots, Stripe billing export',
  orchestrator: 'Vertex AI',
  mcp: '`churn_model` — produces a new version on every run; promotes passing versions to `production`.',
};
