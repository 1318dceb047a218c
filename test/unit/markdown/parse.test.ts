import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocumentStrict as parse } from '../../../src/core/markdown/parse';
import type { ParsedDocument, SourceRange } from '../../../src/core/markdown/document';

/** The source text a range covers (single-line ranges only, which is all these tests need). */
function textAt(doc: ParsedDocument, range: SourceRange): string {
  assert.equal(range.start.line, range.end.line, 'single-line range');
  return doc.lines[range.start.line].slice(range.start.character, range.end.character);
}

const HAND_WRITTEN = `---
title: Retail demand forecasting
owner: forecasting-team
---
<!-- zenml-scope-disable-next-line doc-length -->
# Pipeline Architecture — Retail Demand Forecasting

## Overview
We forecast weekly demand per store and SKU for 400 stores.
A team of 3 ML engineers maintains the pipelines.
<!-- drafted with the scoping interview -->

## Pipelines

### Pipeline 1 — Feature Build (MVP)
- Purpose: Builds the weekly store/SKU feature table.
- **Trigger:** Weekly, Monday 01:00 UTC
- __Steps__:
  - \`extract_sales\`: pulls last week's POS sales -> produces sales_df
  - **join_calendar** – adds holidays and promotions → \`calendar_features\`
  - build_table - writes the feature table, produces: feature_table
- Data source: Snowflake POS tables
- Key Artifacts — weekly feature table
- Orchestrator: Airflow
- MCP: not used

### Training Pipeline (Phase 2)
- **Purpose**: Trains one LightGBM model across all stores.
- **Schedule**: after the feature build, weekly
- **Steps** (approximate — describe in prose, no code):
1. load_features — reads the feature table → produces training frame
2. train_lgbm — fits the global model → produces model
3. backtest — scores the last 8 weeks → produces backtest report
- **Data sources**: feature table artifact
- **Key artifacts**: model, backtest report
- **Orchestrator requirements**: Airflow
- **Model Control Plane**: demand_lgbm, new version every run, promoted to Production after review

### Pipeline 3: Forecast API
- **Purpose**: answers what-if forecast requests from planners
- **Trigger**: per request from the planning tool
- **Steps**:
  1. parse_scenario — reads the scenario → produces scenario frame
  2. predict — applies the production model → produces forecast
  3. format — shapes the response → produces response
- **Data sources**: request payload
- **Key artifacts**: none persisted
- **Orchestrator requirements**: Kubernetes
- **Model Control Plane**: reads the \`production\` version of \`demand_lgbm\`
- **Serving**: p99 under 800 ms

## Cross-pipeline data flow
The feature build writes the table;
training reads it.

## Not a Pipeline Components
- Planner dashboard: not a computation workflow → use Streamlit
- **Stock-out alerting** — must run continuously; instead, use PagerDuty.
- ERP migration - runs once, use a script instead

## Deferred/Future Work
- **Hierarchical reconciliation** — after the global model is trusted.
- Promotion uplift model

## Open Questions
- Does Airflow have network access to Snowflake?
* Are store closures in the calendar feed?

## Appendix
Anything else.
`;

test('reads the title after front matter and an HTML comment', () => {
  const doc = parse(HAND_WRITTEN);
  assert.equal(doc.architecture.project, 'Retail Demand Forecasting');
  assert.equal(doc.title?.text, 'Pipeline Architecture — Retail Demand Forecasting');
  assert.equal(doc.title?.range.start.line, 5);
});

test('maps section headings with small variations onto the canonical ids', () => {
  const doc = parse(HAND_WRITTEN);
  assert.deepEqual(
    doc.sections.map((s) => [s.heading, s.id]),
    [
      ['Overview', 'overview'],
      ['Pipelines', 'pipelineDecomposition'],
      ['Cross-pipeline data flow', 'crossPipelineDataFlow'],
      ['Not a Pipeline Components', 'notAPipeline'],
      ['Deferred/Future Work', 'deferred'],
      ['Open Questions', 'openQuestions'],
      ['Appendix', null],
    ],
  );
  const overview = doc.sections[0];
  assert.equal(overview.headingRange.start.line, 7);
  assert.deepEqual(overview.range, { start: { line: 7, character: 0 }, end: { line: 11, character: 0 } });
});

test('reads the overview prose without comments, and the team size from it', () => {
  const { architecture } = parse(HAND_WRITTEN);
  assert.equal(architecture.overview, 'We forecast weekly demand per store and SKU for 400 stores. A team of 3 ML engineers maintains the pipelines.');
  assert.equal(architecture.team.engineers, 3);
});

test('reads pipeline headings in their common shapes', () => {
  const doc = parse(HAND_WRITTEN);
  assert.deepEqual(
    doc.architecture.pipelines.map((p) => [p.name, p.phase]),
    [
      ['Feature Build', 'MVP'],
      ['Training Pipeline', 'Phase 2'],
      ['Forecast API', 'Unlabelled'],
    ],
  );
  assert.deepEqual(doc.pipelines.map((p) => p.hasPhaseLabel), [true, true, false]);
  assert.deepEqual(doc.pipelines.map((p) => p.headingRange.start.line), [14, 26, 38]);
});

test('reads plain, bold and underscored field labels, colon inside or outside, synonyms', () => {
  const [features, training] = parse(HAND_WRITTEN).architecture.pipelines;
  assert.equal(features.purpose, 'Builds the weekly store/SKU feature table.');
  assert.equal(features.trigger, 'Weekly, Monday 01:00 UTC');
  assert.deepEqual(features.dataSources, ['Snowflake POS tables']);
  assert.deepEqual(features.keyArtifacts, ['weekly feature table']);
  assert.deepEqual(features.orchestrator, ['Airflow']);
  assert.equal(features.modelControlPlane.model, null);
  assert.equal(training.trigger, 'after the feature build, weekly');
});

test('reads step names in backticks, bold or plain, with any separator and arrow', () => {
  const [features, training] = parse(HAND_WRITTEN).architecture.pipelines;
  assert.deepEqual(features.steps, [
    { name: 'extract_sales', description: "pulls last week's POS sales", produces: 'sales_df' },
    { name: 'join_calendar', description: 'adds holidays and promotions', produces: 'calendar_features' },
    { name: 'build_table', description: 'writes the feature table', produces: 'feature_table' },
  ]);
  assert.deepEqual(
    training.steps.map((s) => s.name),
    ['load_features', 'train_lgbm', 'backtest'],
    'an ordered list right after the Steps line (not nested) still holds the steps',
  );
  assert.equal(training.steps[2].produces, 'backtest report');
});

test('step and field positions point at the text they name', () => {
  const doc = parse(HAND_WRITTEN);
  const [features, training] = doc.pipelines;
  assert.deepEqual(features.steps.map((s) => textAt(doc, s.nameRange)), ['extract_sales', 'join_calendar', 'build_table']);
  assert.deepEqual(features.steps[0].range, { start: { line: 18, character: 2 }, end: { line: 18, character: 69 } });
  assert.equal(textAt(doc, features.fields.trigger!.valueRange), 'Weekly, Monday 01:00 UTC');
  assert.equal(textAt(doc, features.fields.purpose!.range), '- Purpose: Builds the weekly store/SKU feature table.');
  assert.equal(textAt(doc, features.fields.keyArtifacts!.valueRange), 'weekly feature table');
  assert.deepEqual(features.fields.steps!.range, { start: { line: 17, character: 0 }, end: { line: 20, character: 67 } });
  assert.equal(textAt(doc, training.fields.modelControlPlane!.valueRange), 'demand_lgbm, new version every run, promoted to Production after review');
  assert.deepEqual(Object.keys(features.fields), ['purpose', 'trigger', 'steps', 'dataSources', 'keyArtifacts', 'orchestrator', 'modelControlPlane']);
});

test('list fields: inline prose stays one item, nested bullets are one item each, with the range over the sub-list', () => {
  const md = [
    '# Pipeline Architecture: Churn',
    '',
    '## Pipeline Decomposition',
    '',
    '### Pipeline 1: Training (MVP)',
    '',
    '- **Data sources**: BigQuery account snapshots, Stripe billing export and Zendesk tickets',
    '- **Key artifacts**:',
    '  - the churn model — linked to a new version',
    '  - the evaluation report <!-- reviewed weekly --> — what the reviewer reads',
    '- **Orchestrator requirements**: Vertex AI',
    '',
  ].join('\n');
  const doc = parse(md);
  const [training] = doc.architecture.pipelines;
  assert.deepEqual(training.dataSources, ['BigQuery account snapshots, Stripe billing export and Zendesk tickets']);
  assert.deepEqual(training.keyArtifacts, ['the churn model — linked to a new version', 'the evaluation report — what the reviewer reads']);
  const field = doc.pipelines[0].fields.keyArtifacts!;
  const lastLine = md.split('\n')[9]!.length;
  assert.deepEqual(field.range, { start: { line: 7, character: 0 }, end: { line: 9, character: lastLine } });
  assert.deepEqual(field.valueRange, { start: { line: 8, character: 4 }, end: { line: 9, character: lastLine } });
  assert.deepEqual(training.orchestrator, ['Vertex AI'], 'the sub-list does not swallow the next field');
});

test('reads Model Control Plane roles from free prose', () => {
  const [, training, api] = parse(HAND_WRITTEN).architecture.pipelines;
  assert.deepEqual(training.modelControlPlane, { model: 'demand_lgbm', producesVersions: true, promotesTo: 'production', consumesStage: null });
  assert.deepEqual(api.modelControlPlane, { model: 'demand_lgbm', producesVersions: false, promotesTo: null, consumesStage: 'production' });
});

test('a pipeline triggered per request with a Serving field is deployed with its p99 budget', () => {
  const doc = parse(HAND_WRITTEN);
  const [features, training, api] = doc.architecture.pipelines;
  assert.equal(api.deployed, true);
  assert.equal(api.latencyBudgetMs, 800);
  assert.equal(textAt(doc, doc.pipelines[2].extraFields.serving!.valueRange), 'p99 under 800 ms');
  assert.deepEqual([features.deployed, training.deployed], [false, false]);
  assert.deepEqual([features.latencyBudgetMs, training.latencyBudgetMs], [null, null]);
});

test('reads the data flow, not-a-pipeline alternatives, deferred items and questions', () => {
  const doc = parse(HAND_WRITTEN);
  const { architecture } = doc;
  assert.equal(architecture.dataFlow, 'The feature build writes the table; training reads it.');
  assert.deepEqual(architecture.notAPipeline, [
    { name: 'Planner dashboard', reason: 'not a computation workflow', alternative: 'Streamlit' },
    { name: 'Stock-out alerting', reason: 'must run continuously', alternative: 'PagerDuty' },
    { name: 'ERP migration', reason: 'runs once', alternative: 'a script' },
  ]);
  assert.deepEqual(architecture.deferred, [
    { name: 'Hierarchical reconciliation', reason: 'after the global model is trusted' },
    { name: 'Promotion uplift model', reason: '' },
  ]);
  assert.deepEqual(architecture.openQuestions, ['Does Airflow have network access to Snowflake?', 'Are store closures in the calendar feed?']);
  assert.deepEqual(doc.openQuestions.map((r) => r.start.line), [65, 66]);
  assert.equal(textAt(doc, doc.openQuestions[1]), '* Are store closures in the calendar feed?');
});

test('CRLF line endings give the same model and the same positions', () => {
  const lf = parse(HAND_WRITTEN);
  const crlf = parse(HAND_WRITTEN.replace(/\n/g, '\r\n'));
  assert.deepEqual(crlf.architecture, lf.architecture);
  assert.deepEqual(crlf.pipelines, lf.pipelines);
  assert.deepEqual(crlf.sections, lf.sections);
  assert.deepEqual(crlf.lines, lf.lines);
});

test('fields written as bare lines of a paragraph are still fields', () => {
  const doc = parse(`# Pipeline Architecture: Churn

## Pipeline Decomposition

### Pipeline 1: Churn Training (MVP)
This pipeline is the first thing to build.
Purpose: predicts which accounts churn next month
Trigger: monthly,
on the first Monday
Steps:
1. load_accounts — reads CRM accounts → produces accounts table
2. train — fits the model → produces model
3. evaluate — checks lift → produces lift report

Orchestrator: Vertex AI
`);
  const [p] = doc.architecture.pipelines;
  assert.equal(p.purpose, 'predicts which accounts churn next month');
  assert.equal(p.trigger, 'monthly, on the first Monday');
  assert.deepEqual(p.orchestrator, ['Vertex AI']);
  assert.deepEqual(p.steps.map((s) => s.name), ['load_accounts', 'train', 'evaluate']);
  assert.deepEqual(doc.pipelines[0].fields.trigger!.range, { start: { line: 7, character: 0 }, end: { line: 8, character: 19 } });
});

test('step artifacts in parentheses or after "outputs:"', () => {
  const steps = parse(`## Pipeline Decomposition
### Pipeline 1: P (MVP)
- Steps:
  - train: fits the model (produces model)
  - evaluate: scores the holdout, outputs: metrics report
  - export — writes the adapter
`).architecture.pipelines[0].steps;
  assert.deepEqual(steps, [
    { name: 'train', description: 'fits the model', produces: 'model' },
    { name: 'evaluate', description: 'scores the holdout', produces: 'metrics report' },
    { name: 'export', description: 'writes the adapter', produces: '' },
  ]);
});

test('heading shapes: em dash number, trailing dash phase, bold name', () => {
  const doc = parse(`## Pipeline Decomposition
### Pipeline 2 — Batch Inference (Phase 2)
### Scoring — MVP
### Pipeline 1: **Training** (MVP)
### Pipeline 4
`);
  assert.deepEqual(
    doc.architecture.pipelines.map((p) => [p.name, p.phase]),
    [
      ['Batch Inference', 'Phase 2'],
      ['Scoring', 'MVP'],
      ['Training', 'MVP'],
      ['Pipeline 4', 'Unlabelled'],
    ],
  );
});

test('pipelines are still read when the Pipeline Decomposition section is missing', () => {
  const doc = parse('# Pipeline Architecture: X\n\n### Training pipeline (MVP)\n- Trigger: manual\n\n### Notes\n- Trigger: ignored\n');
  assert.deepEqual(doc.architecture.pipelines.map((p) => [p.name, p.trigger]), [['Training pipeline', 'manual']]);
});

test('latency budgets in the ways people state them', () => {
  const budget = (serving: string) =>
    parse(`## Pipeline Decomposition\n### Pipeline 1: Scoring (MVP)\n- **Trigger**: each request\n- **Serving**: ${serving}\n`).architecture.pipelines[0]
      .latencyBudgetMs;
  assert.equal(budget('p99 under 50 ms'), 50);
  assert.equal(budget('deployed with pipeline.deploy(), latency 200ms'), 200);
  assert.equal(budget('answers within 2 seconds'), 2000);
  assert.equal(budget('budget: 1.5 s at p95'), 1500);
  assert.equal(budget('latency budget not yet stated'), null);
  assert.equal(budget('HTTP endpoint'), null);
});

test('hand-written orchestrator bullets are one requirement each; a dynamic marker on any of them is read and stripped', () => {
  const md = '## Pipeline Decomposition\n### Pipeline 1: Indexing (MVP)\n- **Orchestrator requirements**:\n  - Vertex AI, CPU nodes\n  - network access to SharePoint; dynamic pipeline (fans out at runtime)\n- **Model Control Plane**: Not used.\n';
  const [p] = parse(md).architecture.pipelines;
  assert.deepEqual(p.orchestrator, ['Vertex AI, CPU nodes', 'network access to SharePoint']);
  assert.equal(p.dynamic, true);
});

test('deployment is read from the trigger or orchestrator, not from a mention in another pipeline\'s purpose', () => {
  const pipelines = parse(`## Pipeline Decomposition
### Pipeline 1: Training (MVP)
- **Purpose**: trains the model the deployed pipeline serves
- **Trigger**: weekly
### Pipeline 2: Scoring (Phase 2)
- **Trigger**: on every HTTP request
- **Orchestrator requirements**: Kubernetes, p95 below 300 ms
### Pipeline 3: RAG answers (Phase 3)
- **Orchestrator requirements**: deployed with pipeline.deploy() on Kubernetes
`).architecture.pipelines;
  assert.deepEqual(pipelines.map((p) => [p.deployed, p.latencyBudgetMs]), [[false, null], [true, 300], [true, null]]);
});

test('dynamic pipelines from prose, and not from a negation', () => {
  const dynamic = (orchestrator: string) =>
    parse(`## Pipeline Decomposition\n### Pipeline 1: Embedding (MVP)\n- **Orchestrator requirements**: ${orchestrator}\n`).architecture.pipelines[0].dynamic;
  assert.equal(dynamic('Kubernetes; dynamic pipeline fanning out one step per document'), true);
  assert.equal(dynamic('Kubernetes, dynamic=True with isolated steps'), true);
  assert.equal(dynamic('Kubernetes; dynamic pipeline (fans out at runtime)'), true);
  assert.equal(dynamic('Kubernetes; a static DAG, not dynamic'), false);
  assert.equal(dynamic('Kubernetes'), false);
});

test('Model Control Plane phrasings', () => {
  const mcp = (value: string) =>
    parse(`## Pipeline Decomposition\n### Pipeline 1: P (MVP)\n- **Model Control Plane**: ${value}\n`).architecture.pipelines[0].modelControlPlane;
  assert.deepEqual(mcp('N/A'), { model: null, producesVersions: false, promotesTo: null, consumesStage: null });
  assert.deepEqual(mcp('—'), { model: null, producesVersions: false, promotesTo: null, consumesStage: null });
  assert.equal(mcp('`no_show_model` — reads the `production` version').model, 'no_show_model');
  assert.deepEqual(mcp('None — this pipeline only prepares data'), { model: null, producesVersions: false, promotesTo: null, consumesStage: null });
  assert.deepEqual(mcp('`recsys-ranker`: registers a new version each run; promotes to `staging` for review'), {
    model: 'recsys-ranker', producesVersions: true, promotesTo: 'staging', consumesStage: null,
  });
  assert.deepEqual(mcp('Loads the production model `doc_embedder`'), {
    model: 'doc_embedder', producesVersions: false, promotesTo: null, consumesStage: 'production',
  });
  assert.deepEqual(mcp('`fraud_model` — promotes passing versions to `latest`'), {
    model: 'fraud_model', producesVersions: false, promotesTo: 'latest', consumesStage: null,
  });
});

test('team sizes in the ways people state them', () => {
  const team = (overview: string) => parse(`# Pipeline Architecture: X\n## Overview\n${overview}\n`).architecture.team.engineers;
  assert.equal(team('Built by a team of 4 ML engineers.'), 4);
  assert.equal(team('Two data scientists and one ML engineer maintain it.'), 3);
  assert.equal(team('Team: 1 person maintains these pipelines.'), 1);
  assert.equal(team('Team: 6 people maintain these pipelines.'), 6);
  // The sentence earlier versions rendered, still in hand-edited documents.
  assert.equal(team('Team: 1 ML engineer maintains these pipelines.'), 1);
  assert.equal(team('Team: 3 ML engineers maintain these pipelines.'), 3);
  assert.equal(team('We score transactions nightly.'), null);
});

test('code blocks anywhere are reported with their info string', () => {
  const doc = parse('# T\n\n```python\n@step\ndef f(): ...\n```\n\n- item\n\n      indented code\n\n- list\n  ~~~yaml\n  a: 1\n  ~~~\n');
  assert.deepEqual(doc.codeBlocks, [
    { range: { start: { line: 2, character: 0 }, end: { line: 5, character: 3 } }, info: 'python' },
    { range: { start: { line: 9, character: 0 }, end: { line: 9, character: 19 } }, info: '' },
    { range: { start: { line: 12, character: 0 }, end: { line: 14, character: 5 } }, info: 'yaml' },
  ]);
});

test('"None." and empty sections give empty parts', () => {
  const { architecture } = parse(`# Pipeline Architecture: X
## Overview
None.
## Not-a-Pipeline Components
- None
## Deferred / Future Work
N/A
## Open Questions
None.
`);
  assert.deepEqual(
    [architecture.overview, architecture.notAPipeline, architecture.deferred, architecture.openQuestions],
    ['', [], [], []],
  );
});

test('first of a duplicated field or section wins', () => {
  const { architecture } = parse(`## Overview\nFirst.\n## Overview\nSecond.\n## Pipeline Decomposition\n### Pipeline 1: P (MVP)\n- Trigger: weekly\n- Trigger: daily\n`);
  assert.equal(architecture.overview, 'First.');
  assert.equal(architecture.pipelines[0].trigger, 'weekly');
});
