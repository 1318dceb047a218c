import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHURN, edit, expectNone, expectOne, findings, fixed, lineOf } from './helpers';

const PURPOSE = '- **Purpose**: Trains the churn classifier on the last year of subscriber activity and promotes it only when it beats the production model.';
const ORCHESTRATOR = '- **Orchestrator requirements**: Vertex AI, CPU only\n- **Model Control Plane**: `churn_classifier` — produces';
const OVERVIEW_LAST = 'Team: 2 ML engineers maintain these pipelines.';

/** The base document with one extra sentence after the Overview's team line. */
const withOverviewLine = (line: string): string => edit(CHURN, OVERVIEW_LAST, `${OVERVIEW_LAST}\n${line}`);

// time-estimate

test('time-estimate: "should take 2-3 weeks to build" is an error; the fix removes just that sentence', () => {
  const md = edit(CHURN, PURPOSE, `${PURPOSE} The MVP should take 2-3 weeks to build.`);
  const d = expectOne(md, 'time-estimate', lineOf(md, '**Purpose**'), 'error');
  assert.match(d.message, /velocity, codebase or infrastructure/);
  assert.equal(md.split('\n')[d.range.start.line]!.slice(d.range.start.character, d.range.end.character), '2-3 weeks');
  assert.equal(fixed(md, d), CHURN);
});

test('time-estimate: an estimate in an aside is cut with its parentheses', () => {
  const md = edit(CHURN, 'Trains the churn classifier on', 'Trains (about 3 weeks of work) the churn classifier on');
  assert.equal(fixed(md, expectOne(md, 'time-estimate', lineOf(md, '**Purpose**'), 'error')), CHURN);
});

test('time-estimate: a line that is only an estimate is deleted whole', () => {
  const md = withOverviewLine('Estimated effort: roughly 6 weeks for the MVP and two sprints for Phase 2.');
  assert.equal(fixed(md, expectOne(md, 'time-estimate', lineOf(md, 'Estimated effort'), 'error')), CHURN);
});

test('time-estimate: ETA, "by Q3", sprints and person-days are estimates too', () => {
  for (const line of [
    'ETA for the scoring pipeline is the end of the quarter.',
    'The scoring pipeline ships by Q3.',
    'Scoring lands in sprint 4.',
    'Budget 15 person-days for the CRM export.',
    'Implementation: 4-6 weeks.',
    'The team plans 3 months for Phase 2.',
  ]) {
    const md = withOverviewLine(line);
    const d = expectOne(md, 'time-estimate', lineOf(md, line), 'error');
    assert.equal(fixed(md, d), CHURN, line);
  }
});

test('time-estimate: near miss — cadences, data windows and runtimes are not estimates', () => {
  const lines = [
    'Training runs weekly and scoring daily at 02:00.',
    'Features cover every 7 days of data and the last 30 days of transactions.',
    'A 28-day rolling window feeds the trend features; forecasts look 4 weeks ahead.',
    'The backfill job takes about 2 days on 8 GPUs.',
    'Cancellations older than 6 months are dropped; labels arrive 3 days after the billing cycle.',
    'Labels arrive within 3 days of the billing cycle; promote after 2 weeks of shadow traffic.',
    'Each run must finish within 2 days, as the planners need the numbers by Monday.',
    'The scoring job has to complete in 3 days on the shared cluster.',
  ];
  expectNone(withOverviewLine(lines.join('\n')), 'time-estimate');
  expectNone(CHURN, 'time-estimate');
});

// cost-estimate

test('cost-estimate: "~$400/month on GPUs" is cut as a clause, keeping the rest of the field', () => {
  const md = edit(CHURN, ORCHESTRATOR, ORCHESTRATOR.replace('CPU only', 'one T4 GPU, roughly ~$400/month on GPUs'));
  const d = expectOne(md, 'cost-estimate', lineOf(md, '**Orchestrator requirements**: Vertex AI, one T4'), 'error');
  assert.match(d.message, /pricing calculator/);
  assert.ok(fixed(md, d).includes('- **Orchestrator requirements**: Vertex AI, one T4 GPU\n'));
});

test('cost-estimate: USD amounts, "per month" spend and GPU-hour costs are flagged', () => {
  for (const line of [
    'Vertex AI training will cost about 1,200 USD per month.',
    'It will cost about 300 per month to keep the endpoint warm.',
    'GPU-hour costs will dominate the monthly bill.',
    'Estimated cloud cost stays small at this data volume.',
    'Budget: ~$2k/month.',
  ]) {
    const md = withOverviewLine(line);
    assert.equal(fixed(md, expectOne(md, 'cost-estimate', lineOf(md, line), 'error')), CHURN, line);
  }
});

test('cost-estimate: near miss — cost-sensitive learning, the cost of false negatives and business amounts', () => {
  const lines = [
    'The classifier is cost-sensitive: the cost of false negatives is far higher than a wasted retention offer.',
    'Accounts paying over $50 a month get a personal call.',
    'Churn costs Streamly about $2M a year in lost revenue.',
    'Subscribers who spend over $100 a year get priority.',
  ];
  expectNone(withOverviewLine(lines.join('\n')), 'cost-estimate');
  expectNone(CHURN, 'cost-estimate');
});

// week-roadmap

test('week-roadmap: "Week N:" lines are rewritten to phase labels in plan order', () => {
  const roadmap = '- Week 1: set up the stack and the training pipeline\n- **Week 2**: weekly scoring\n- Weeks 3-4: uplift modelling';
  const md = edit(CHURN, '- **Hyperparameter tuning**', `${roadmap}\n- **Hyperparameter tuning**`);
  const found = findings(md, 'week-roadmap');
  assert.deepEqual(
    found.map((d) => [d.range.start.line, d.severity]),
    [
      [lineOf(md, 'Week 1'), 'error'],
      [lineOf(md, 'Week 2'), 'error'],
      [lineOf(md, 'Weeks 3-4'), 'error'],
    ],
  );
  const after = found.reduce((text, d) => fixed(text, d), md);
  assert.ok(after.includes('- MVP: set up the stack and the training pipeline\n- **Phase 2**: weekly scoring\n- Phase 3: uplift modelling'), after);
  expectNone(after, 'week-roadmap');
  expectNone(after, 'time-estimate');
});

test('week-roadmap: sprint headings count as a calendar', () => {
  const md = edit(CHURN, '## Open Questions', '### Sprint 1 — Training\n\nBuild the training pipeline.\n\n## Open Questions');
  assert.ok(fixed(md, expectOne(md, 'week-roadmap', lineOf(md, '### Sprint 1'), 'error')).includes('### MVP — Training'));
});

test('week-roadmap: near miss — phase labels and weeks as data are fine', () => {
  const md = withOverviewLine('Phase 2: weekly scoring.\nWeek 52 sales are excluded from the holdout.');
  expectNone(md, 'week-roadmap');
});

// code-in-doc

test('code-in-doc: a fenced Python block is an error; removing it is offered, not applied by --fix', () => {
  const block = '```python\n@step\ndef load_activity() -> pd.DataFrame:\n    ...\n```\n';
  const md = edit(CHURN, '## Cross-Pipeline Data Flow\n', `## Cross-Pipeline Data Flow\n\n${block}`);
  const d = expectOne(md, 'code-in-doc', lineOf(md, '```python'), 'error');
  assert.equal(d.range.end.line, lineOf(md, '    ...') + 1);
  assert.equal(d.fixes[0]!.safe, false);
  assert.equal(fixed(md, d), edit(CHURN, '## Cross-Pipeline Data Flow\n', '## Cross-Pipeline Data Flow\n\n'));
});

test('code-in-doc: bare decorators, imports and YAML runs are flagged once per run', () => {
  const md = edit(
    CHURN,
    '## Deferred / Future Work',
    'import pandas as pd\n\n@pipeline(enable_cache=False)\n\nsettings:\n  docker:\n    requirements: requirements.txt\n\n## Deferred / Future Work',
  );
  const found = findings(md, 'code-in-doc');
  assert.deepEqual(
    found.map((d) => [d.range.start.line, d.range.end.line]),
    [
      [lineOf(md, 'import pandas'), lineOf(md, 'import pandas')],
      [lineOf(md, '@pipeline('), lineOf(md, '@pipeline(')],
      [lineOf(md, 'settings:'), lineOf(md, 'requirements:')],
    ],
  );
});

test('code-in-doc: near miss — inline mentions, Mermaid diagrams and prose labels are fine', () => {
  const md = withOverviewLine(
    'Scoring could later be served with `pipeline.deploy()`; each `@step` stays small.\nNote: scores are written weekly.\n\n```mermaid\nflowchart LR\n  training --> scoring\n```',
  );
  expectNone(md, 'code-in-doc');
  expectNone(CHURN, 'code-in-doc');
});

// stack-setup

test('stack-setup: registering stacks and orchestrators is removed from the field, which keeps its label', () => {
  const md = edit(CHURN, '- **Orchestrator requirements**: Vertex AI, CPU only\n- **Model Control Plane**: `churn_classifier` — reads', '- **Orchestrator requirements**: Run `zenml stack register prod -o vertex -a gcs` first.\n- **Model Control Plane**: `churn_classifier` — reads');
  const d = expectOne(md, 'stack-setup', lineOf(md, 'zenml stack register'), 'error');
  assert.ok(fixed(md, d).includes('- **Orchestrator requirements**:\n- **Model Control Plane**: `churn_classifier` — reads'));
});

test('stack-setup: secrets, Docker settings, pip installs and "configure … by running" are setup instructions', () => {
  for (const line of [
    'Create the BigQuery credentials with `zenml secret create bq_creds --json=@key.json`.',
    'Configure the orchestrator by running the Vertex setup script.',
    'Add pandas and xgboost to the Docker settings of each step.',
    'Install everything with `pip install "zenml[server]"`.',
  ]) {
    const md = withOverviewLine(line);
    assert.equal(fixed(md, expectOne(md, 'stack-setup', lineOf(md, line), 'error')), CHURN, line);
  }
});

test('stack-setup: near miss — naming the orchestrator and what it must provide is the field\'s job', () => {
  const md = edit(CHURN, 'Vertex AI, CPU only\n- **Model Control Plane**: `churn_classifier` — produces', 'Vertex AI on the team\'s existing ZenML stack, containers built by ZenML, secrets in the existing vault\n- **Model Control Plane**: `churn_classifier` — produces');
  expectNone(md, 'stack-setup');
  expectNone(withOverviewLine('The data team owns the Dockerfile of the ingestion service.'), 'stack-setup');
  expectNone(CHURN, 'stack-setup');
});

// all of them

test('forbidden text inside HTML comments or code blocks is not reported by the text rules', () => {
  const md = withOverviewLine('<!-- TODO: ask whether 2-3 weeks to build is realistic; ~$400/month on GPUs -->');
  for (const rule of ['time-estimate', 'cost-estimate']) expectNone(md, rule);
});
