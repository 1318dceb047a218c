import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { renderArchitecture } from '../../../src/core/markdown/render';
import { parseDocumentStrict } from '../../../src/core/markdown/parse';
import { emptyArchitecture, emptyModelControlPlane, type Architecture, type Pipeline } from '../../../src/core/model/architecture';
import { UNLABELLED_PHASE } from '../../../src/core/markdown/template';
import { architecture } from './arbitraries';

function pipeline(overrides: Partial<Pipeline>): Pipeline {
  return {
    name: 'Training',
    phase: 'MVP',
    purpose: '',
    trigger: '',
    steps: [],
    dataSources: [],
    keyArtifacts: [],
    orchestrator: [],
    modelControlPlane: emptyModelControlPlane(),
    deployed: false,
    dynamic: false,
    latencyBudgetMs: null,
    ...overrides,
  };
}

const fraud: Architecture = {
  project: 'Card Fraud Detection',
  overview:
    'Scores card transactions for fraud before authorisation completes. A weekly training pipeline feeds a deployed scoring pipeline.',
  pipelines: [
    pipeline({
      purpose: 'Retrains the fraud classifier on the latest labelled transactions',
      trigger: 'Weekly schedule, Sunday 02:00 UTC',
      steps: [
        { name: 'load_transactions', description: 'reads 90 days of labelled transactions from the warehouse', produces: 'transactions table' },
        { name: 'build_features', description: 'aggregates per-card velocity and merchant features', produces: 'feature matrix' },
        { name: 'train_classifier', description: 'fits a gradient-boosted classifier', produces: 'candidate model' },
        { name: 'evaluate_and_promote', description: 'compares recall at fixed precision with production', produces: 'evaluation report' },
      ],
      dataSources: ['Snowflake transactions and chargeback labels'],
      keyArtifacts: [
        'the candidate model, linked to a new fraud_classifier version',
        'the evaluation report the reviewer reads before promoting, with recall at fixed precision next to production',
      ],
      orchestrator: ['Kubernetes (CPU nodes)'],
      modelControlPlane: { model: 'fraud_classifier', producesVersions: true, promotesTo: 'production', consumesStage: null },
    }),
    pipeline({
      name: 'Transaction Scoring',
      phase: 'Phase 2',
      purpose: 'Scores each authorisation request with the production model',
      trigger: 'Each HTTP request from the payments gateway',
      steps: [
        { name: 'parse_request', description: 'validates the payload and looks up card features', produces: 'feature row' },
        { name: 'score', description: 'applies the production classifier', produces: 'fraud score' },
        { name: 'decide', description: 'maps the score to approve, review or decline', produces: 'decision' },
      ],
      dataSources: ['the request payload from the payments gateway', 'the online card profile cache'],
      keyArtifacts: ['none persisted per request (materialization disabled)'],
      orchestrator: ['Kubernetes deployer'],
      modelControlPlane: { model: 'fraud_classifier', producesVersions: false, promotesTo: null, consumesStage: 'production' },
      deployed: true,
      latencyBudgetMs: 150,
    }),
  ],
  dataFlow:
    'The training pipeline creates a new fraud_classifier version each week and promotes it when it beats production. The scoring pipeline always reads the production version.',
  notAPipeline: [
    { name: 'Fraud analyst dashboard', reason: 'a UI is not a computation workflow', alternative: 'Grafana on the decisions table' },
  ],
  deferred: [{ name: 'Graph features', reason: 'wait until the baseline model is in production' }],
  openQuestions: ['Can the Kubernetes cluster reach the Snowflake private endpoint?'],
  team: { engineers: 2 },
};

const FRAUD_MARKDOWN = `# Pipeline Architecture: Card Fraud Detection

## Overview

Scores card transactions for fraud before authorisation completes.
A weekly training pipeline feeds a deployed scoring pipeline.

Team: 2 people maintain these pipelines.

## Pipeline Decomposition

### Pipeline 1: Training (MVP)

- **Purpose**: Retrains the fraud classifier on the latest labelled transactions
- **Trigger**: Weekly schedule, Sunday 02:00 UTC
- **Steps** (approximate — describe in prose, no code):
  1. load_transactions — reads 90 days of labelled transactions from the warehouse → produces transactions table
  2. build_features — aggregates per-card velocity and merchant features → produces feature matrix
  3. train_classifier — fits a gradient-boosted classifier → produces candidate model
  4. evaluate_and_promote — compares recall at fixed precision with production → produces evaluation report
- **Data sources**: Snowflake transactions and chargeback labels
- **Key artifacts**:
  - the candidate model, linked to a new fraud_classifier version
  - the evaluation report the reviewer reads before promoting, with recall at fixed precision next to production
- **Orchestrator requirements**: Kubernetes (CPU nodes)
- **Model Control Plane**: \`fraud_classifier\` — produces a new version on every run; promotes passing versions to \`production\`.

### Pipeline 2: Transaction Scoring (Phase 2)

- **Purpose**: Scores each authorisation request with the production model
- **Trigger**: Each HTTP request from the payments gateway
- **Steps** (approximate — describe in prose, no code):
  1. parse_request — validates the payload and looks up card features → produces feature row
  2. score — applies the production classifier → produces fraud score
  3. decide — maps the score to approve, review or decline → produces decision
- **Data sources**:
  - the request payload from the payments gateway
  - the online card profile cache
- **Key artifacts**: none persisted per request (materialization disabled)
- **Orchestrator requirements**: Kubernetes deployer
- **Model Control Plane**: \`fraud_classifier\` — reads the \`production\` version.
- **Serving**: HTTP endpoint via \`pipeline.deploy()\`; latency budget 150 ms.

## Cross-Pipeline Data Flow

The training pipeline creates a new fraud_classifier version each week and promotes it when it beats production.
The scoring pipeline always reads the production version.

## Not-a-Pipeline Components

- **Fraud analyst dashboard** — a UI is not a computation workflow. Use instead: Grafana on the decisions table.

## Deferred / Future Work

- **Graph features** — wait until the baseline model is in production.

## Open Questions

1. Can the Kubernetes cluster reach the Snowflake private endpoint?
`;

test('renders the template shape exactly', () => {
  assert.equal(renderArchitecture(fraud), FRAUD_MARKDOWN);
});

test('the rendered fraud example reads back to the same model', () => {
  assert.deepEqual(parseDocumentStrict(FRAUD_MARKDOWN).architecture, fraud);
});

test('an empty architecture renders every section with None.', () => {
  const markdown = renderArchitecture(emptyArchitecture('Churn'));
  assert.equal(
    markdown,
    [
      '# Pipeline Architecture: Churn',
      '',
      '## Overview', '', 'None.', '',
      '## Pipeline Decomposition', '', 'None.', '',
      '## Cross-Pipeline Data Flow', '', 'None.', '',
      '## Not-a-Pipeline Components', '', 'None.', '',
      '## Deferred / Future Work', '', 'None.', '',
      '## Open Questions', '', 'None.', '',
    ].join('\n'),
  );
});

test('empty fields say "Not decided yet." and a model-less pipeline says the MCP is not used', () => {
  const markdown = renderArchitecture({ ...emptyArchitecture('X'), pipelines: [pipeline({})] });
  assert.match(markdown, /^- \*\*Trigger\*\*: Not decided yet\.$/m);
  assert.match(markdown, /^- \*\*Steps\*\* \(approximate — describe in prose, no code\): Not decided yet\.$/m);
  assert.match(markdown, /^- \*\*Model Control Plane\*\*: Not used\.$/m);
});

test('team size: singular and plural sentences that claim no role; alone in the Overview when there is no prose', () => {
  const one = renderArchitecture({ ...emptyArchitecture('X'), team: { engineers: 1 } });
  assert.match(one, /## Overview\n\nTeam: 1 person maintains these pipelines\.\n\n## Pipeline/);
  const five = renderArchitecture({ ...emptyArchitecture('X'), overview: 'Forecasts demand.', team: { engineers: 5 } });
  assert.match(five, /Forecasts demand\.\n\nTeam: 5 people maintain these pipelines\./);
});

test('a deployed pipeline gets a Serving line, with or without a stated budget', () => {
  const stated = renderArchitecture({ ...emptyArchitecture('X'), pipelines: [pipeline({ deployed: true, latencyBudgetMs: 2000 })] });
  assert.match(stated, /^- \*\*Serving\*\*: HTTP endpoint via `pipeline\.deploy\(\)`; latency budget 2 s\.$/m, 'whole seconds as people say them');
  const exact = renderArchitecture({ ...emptyArchitecture('X'), pipelines: [pipeline({ deployed: true, latencyBudgetMs: 250 })] });
  assert.match(exact, /latency budget 250 ms\.$/m);
  const unstated = renderArchitecture({ ...emptyArchitecture('X'), pipelines: [pipeline({ deployed: true })] });
  assert.match(unstated, /latency budget not yet stated\.$/m);
  assert.doesNotMatch(renderArchitecture({ ...emptyArchitecture('X'), pipelines: [pipeline({})] }), /Serving/);
});

test('a dynamic pipeline is marked in its orchestrator requirements', () => {
  const withOrchestrator = renderArchitecture({ ...emptyArchitecture('X'), pipelines: [pipeline({ dynamic: true, orchestrator: ['Kubernetes'] })] });
  assert.match(withOrchestrator, /^- \*\*Orchestrator requirements\*\*: Kubernetes; dynamic pipeline \(fans out at runtime\)$/m);
  const alone = renderArchitecture({ ...emptyArchitecture('X'), pipelines: [pipeline({ dynamic: true })] });
  assert.match(alone, /^- \*\*Orchestrator requirements\*\*: Dynamic pipeline \(fans out at runtime\)$/m);
});

test('several orchestrator requirements render as nested bullets, the dynamic marker on the first, and read back', () => {
  const p = pipeline({ dynamic: true, orchestrator: ['Kubernetes', 'a GPU for embed_chunks'] });
  const markdown = renderArchitecture({ ...emptyArchitecture('X'), pipelines: [p] });
  assert.match(markdown, /^- \*\*Orchestrator requirements\*\*:\n  - Kubernetes; dynamic pipeline \(fans out at runtime\)\n  - a GPU for embed_chunks$/m);
  const back = parseDocumentStrict(markdown).architecture.pipelines[0]!;
  assert.deepEqual([back.orchestrator, back.dynamic], [['Kubernetes', 'a GPU for embed_chunks'], true]);
});

test('a pipeline without a phase label gets a heading without parentheses', () => {
  const markdown = renderArchitecture({ ...emptyArchitecture('X'), pipelines: [pipeline({ name: 'Ingestion', phase: UNLABELLED_PHASE })] });
  assert.match(markdown, /^### Pipeline 1: Ingestion$/m);
});

test('steps leave out the parts they do not have', () => {
  const markdown = renderArchitecture({
    ...emptyArchitecture('X'),
    pipelines: [pipeline({ steps: [{ name: 'a', description: '', produces: 'b' }, { name: 'c', description: 'd', produces: '' }, { name: 'e', description: '', produces: '' }] })],
  });
  assert.match(markdown, /^ {2}1\. a → produces b\n {2}2\. c — d\n {2}3\. e$/m);
});

test('not-a-pipeline items leave out an empty reason or alternative', () => {
  const markdown = renderArchitecture({
    ...emptyArchitecture('X'),
    notAPipeline: [
      { name: 'Alerts', reason: '', alternative: 'PagerDuty' },
      { name: 'Backfill', reason: 'runs once', alternative: '' },
    ],
  });
  assert.match(markdown, /^- \*\*Alerts\*\* — Use instead: PagerDuty\.\n- \*\*Backfill\*\* — runs once\.$/m);
});

test('output is deterministic, prose only and ends with exactly one newline', () => {
  fc.assert(
    fc.property(architecture, (m) => {
      const markdown = renderArchitecture(m);
      assert.equal(renderArchitecture(structuredClone(m)), markdown);
      assert.ok(markdown.endsWith('\n') && !markdown.endsWith('\n\n'));
      assert.doesNotMatch(markdown, /```|~~~|@step|@pipeline|^---$/m);
      assert.deepEqual(parseDocumentStrict(markdown).codeBlocks, []);
    }),
    { numRuns: 200 },
  );
});
