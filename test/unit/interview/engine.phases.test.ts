import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as E from '../../../src/core/interview/engine';
import type { Question } from '../../../src/core/interview/questions';
import { mention, ok, reading, runInterview, single, text } from './engineHelpers';

type Of<K extends Question['kind']> = Extract<Question, { kind: K }>;

/** Starts from a hand-built reading, so these tests pin the engine, not the lexicon. */
function fromReading(r: ReturnType<typeof reading>) {
  return ok(E.answer(E.start(), 'picture', text('(described)'), { reading: r }));
}

function until(state: E.InterviewState, id: string, overrides: Record<string, ReturnType<typeof single>> = {}): E.InterviewState {
  for (let q = E.nextQuestion(state); q && q.id !== id; q = E.nextQuestion(state)) state = ok(E.answer(state, q.id, overrides[q.id] ?? E.recommendedAnswer(q)));
  assert.equal(E.nextQuestion(state)?.id, id, `reached ${id}`);
  return state;
}

const api = (latencyMs: number | null) =>
  reading([mention('training', 'training', { cadence: 'weekly' }), mention('scoring-api', 'online-inference', { latencyMs })], { latencyMs });

test('classify: a deployed component with no budget gets the latency question (seed 001: benchmark before ruling ZenML out)', () => {
  const s = until(fromReading(api(null)), 'latency:scoring-api');
  const q = E.nextQuestion(s) as Of<'single'>;
  assert.match(q.why, /materialization disabled/);
  assert.match(q.why, /benchmark/);
  const ms100 = ok(E.answer(s, q.id, single('100')));
  const served = E.architecture(ms100).pipelines.find((p) => p.deployed)!;
  assert.equal(served.latencyBudgetMs, 100);
  const sub10 = ok(E.answer(s, q.id, single('sub-10')));
  const arch = E.architecture(sub10);
  assert.ok(!arch.pipelines.some((p) => p.deployed), 'sub-10 ms leaves pipeline.deploy()');
  const moved = arch.notAPipeline.find((c) => /scoring api/i.test(c.name))!;
  assert.match(moved.alternative, /benchmark/);
  assert.ok(arch.openQuestions.some((o) => /benchmark/.test(o)), 'the benchmark is an open question');
});

test('classify: a second component moved to deployed gets its own latency question, told apart by its title', () => {
  const s = until(fromReading(api(null)), 'classify');
  const moved = ok(E.answer(s, 'classify', { kind: 'classify', buckets: { training: 'deployed', 'scoring-api': 'deployed' } }));
  const { asked } = runFrom(moved);
  const latency = asked.filter((q) => q.id.startsWith('latency:'));
  assert.deepEqual(latency.map((q) => q.id), ['latency:training', 'latency:scoring-api']);
  assert.equal(new Set(latency.map((q) => q.title)).size, 2, `titles: ${latency.map((q) => q.title).join(' | ')}`);
  assert.match(latency[0]!.title, /^Latency budget: training$/i);
  assert.match(latency[1]!.title, /^Latency budget: scoring api$/i);
});

test('classify: a stated budget is not asked again', () => {
  const s = fromReading(api(250));
  const { asked } = runFrom(s);
  assert.ok(!asked.some((q) => q.id.startsWith('latency:')));
});

function runFrom(state: E.InterviewState) {
  const asked: Question[] = [];
  for (let q = E.nextQuestion(state); q; q = E.nextQuestion(state)) {
    asked.push(q);
    state = ok(E.answer(state, q.id, E.recommendedAnswer(q)));
  }
  return { state, asked };
}

test('classify: moving an item on the board changes the architecture', () => {
  const r = reading([mention('training', 'training'), mention('tuning', 'tuning'), mention('dashboard', 'dashboard')]);
  const s = until(fromReading(r), 'classify');
  const board = E.nextQuestion(s) as Of<'classify'>;
  assert.equal(board.components.find((c) => c.id === 'tuning')!.bucket, 'defer');
  const moved = ok(E.answer(s, 'classify', { kind: 'classify', buckets: { dashboard: 'defer' } }));
  const arch = E.architecture(moved);
  assert.ok(arch.deferred.some((d) => d.name === 'dashboard'));
  assert.ok(!arch.notAPipeline.some((c) => c.name === 'dashboard'));
  const unknown = E.answer(s, 'classify', { kind: 'classify', buckets: { nope: 'defer' } });
  assert.ok(!unknown.ok && /no component "nope"/.test(unknown.error));
});

test('decompose: the 2 AM question when triggers and teams are unknown; the answer splits or merges', () => {
  const r = reading([mention('ingestion', 'ingestion'), mention('cleaning', 'processing'), mention('training', 'training')]);
  const s = until(fromReading(r), 'split');
  assert.match(E.nextQuestion(s)!.prompt, /fails at 2 AM.*block tomorrow/);
  const apart = E.architecture(ok(E.answer(s, 'split', single('separate'))));
  assert.deepEqual(apart.pipelines.map((p) => p.name).sort(), ['Churn Model Training', 'Data Preparation']);
  const together = E.architecture(ok(E.answer(s, 'split', single('together'))));
  assert.deepEqual(together.pipelines.map((p) => p.name), ['Churn Model Training']);
  assert.ok(together.pipelines[0]!.steps.some((st) => st.name === 'load_and_clean'), 'loading and cleaning become its first steps');
});

test('decompose: different cadences split without asking (one pipeline cannot have two schedules)', () => {
  const r = reading([mention('ingestion', 'ingestion', { cadence: 'hourly' }), mention('training', 'training', { cadence: 'weekly' })]);
  const { asked, state } = runFrom(fromReading(r));
  assert.ok(!asked.some((q) => q.id === 'split'));
  assert.equal(E.architecture(state).pipelines.length, 2);
});

test('decompose: every proposed pipeline has 3-7 steps, each producing something, none that only checks rows', () => {
  const r = reading([mention('ingestion', 'ingestion', { cadence: 'daily' }), mention('training', 'training', { cadence: 'weekly' }), mention('scoring', 'batch-inference'), mention('api', 'online-inference', { latencyMs: 300 })]);
  const { state } = runFrom(fromReading(r));
  for (const p of E.architecture(state).pipelines) {
    assert.ok(p.steps.length >= 3 && p.steps.length <= 7, `${p.name}: ${p.steps.length} steps`);
    for (const s of p.steps) {
      assert.ok(s.produces.length > 0, `${p.name}/${s.name} names its artifact`);
      assert.doesNotMatch(s.description, /^checks? (?:that )?(?:it|the \w+) has rows/i);
    }
  }
});

test('Model Control Plane: one model, training produces and promotes, inference and serving read production', () => {
  const r = reading([mention('training', 'training'), mention('scoring', 'batch-inference'), mention('api', 'online-inference', { latencyMs: 300 })]);
  const s = until(fromReading(r), 'promotion');
  const q = E.nextQuestion(s)!;
  assert.match(q.prompt, /registers every run as a new version of `churn_model`/);
  const manual = E.architecture(ok(E.answer(s, 'promotion', single('manual'))));
  const training = manual.pipelines.find((p) => p.modelControlPlane.producesVersions)!;
  assert.equal(training.modelControlPlane.promotesTo, 'production');
  assert.ok(training.steps.some((st) => st.name === 'compare_with_production'));
  for (const p of manual.pipelines.filter((x) => x !== training)) {
    assert.equal(p.modelControlPlane.consumesStage, 'production');
    assert.equal(p.modelControlPlane.model, training.modelControlPlane.model);
  }
  assert.match(manual.dataFlow, /person promotes/);
  const auto = E.architecture(ok(E.answer(s, 'promotion', single('automatic'))));
  assert.ok(auto.pipelines.find((p) => p.modelControlPlane.producesVersions)!.steps.some((st) => st.name === 'promote_model'));
});

test('dynamic pipelines only for simple fan-out, and only where the orchestrator runs isolated steps (seed 003)', () => {
  const docs = (orchestrator: string) =>
    reading(
      [
        { ...mention('ingestion', 'ingestion'), text: 'we parse each document of thousands of PDFs in the contracts bucket and embed them' },
        mention('training', 'training'),
      ],
      { tools: [orchestrator], categories: { ...reading([]).categories, infrastructure: [orchestrator] } },
    );
  const k8s = E.architecture(runFrom(fromReading(docs('Kubernetes'))).state);
  assert.equal(k8s.pipelines.filter((p) => p.dynamic).length, 1);
  const airflow = E.architecture(runFrom(fromReading(docs('Airflow'))).state);
  assert.equal(airflow.pipelines.filter((p) => p.dynamic).length, 0, 'Airflow does not run dynamic pipelines');
});

test('orchestrator: named once → not asked; unknown → asked, and schedules only where it can run them', () => {
  const named = runFrom(fromReading(reading([mention('training', 'training', { cadence: 'weekly' }), mention('scoring', 'batch-inference', { cadence: 'daily' })])));
  assert.ok(!named.asked.some((q) => q.id === 'orchestrator'));
  const bare = reading([mention('training', 'training', { cadence: 'weekly' }), mention('scoring', 'batch-inference', { cadence: 'daily' })], {
    tools: [],
    categories: { ...reading([]).categories, infrastructure: [] },
  });
  const s = until(fromReading(bare), 'orchestrator');
  const local = E.architecture(runFrom(ok(E.answer(s, 'orchestrator', single('local')))).state);
  assert.ok(local.pipelines.every((p) => !/scheduled/i.test(p.trigger)), 'no schedule on an orchestrator without one');
  assert.ok(local.deferred.some((d) => d.name === 'Scheduled runs' && /no scheduler/.test(d.reason)));
  const k8s = E.architecture(runFrom(ok(E.answer(s, 'orchestrator', single('kubernetes')))).state);
  assert.ok(k8s.pipelines.some((p) => /^Scheduled daily/.test(p.trigger)), 'Kubernetes runs the nightly scoring on its schedule');
});

test('MVP: pre-selected from the goal (seed table), the rest become later phases; choosing another re-labels', () => {
  const r = reading([mention('ingestion', 'ingestion', { cadence: 'daily' }), mention('training', 'training', { cadence: 'weekly' }), mention('scoring', 'batch-inference')], {
    goal: 'data-quality',
  });
  const s = until(fromReading(r), 'mvp');
  const q = E.nextQuestion(s) as Of<'mvp'>;
  assert.equal(q.recommended, 'Data Preparation');
  assert.match(q.prompt, /most value if it were running in production tomorrow/);
  const chosen = E.architecture(ok(E.answer(s, 'mvp', { kind: 'mvp', pipeline: 'Churn Model Batch Scoring' })));
  assert.equal(chosen.pipelines[0]!.name, 'Churn Model Batch Scoring');
  assert.equal(chosen.pipelines[0]!.phase, 'MVP');
  assert.equal(chosen.pipelines.filter((p) => p.phase === 'MVP').length, 1);
  assert.ok(chosen.pipelines.slice(1).every((p) => /^Phase [23]$/.test(p.phase)));
});

test('document phase: review shows the rendered document; accepting it completes with the next step', () => {
  const s = until(fromReading(reading([mention('training', 'training')])), 'review');
  const q = E.nextQuestion(s) as Of<'review'>;
  assert.equal(q.markdown, E.render(s));
  assert.equal(E.view(s).phase, 'document');
  const done = ok(E.answer(s, 'review', { kind: 'review', accept: true }));
  assert.equal(E.nextQuestion(done), null);
  assert.match(E.view(done).nextStep!, /Build the Churn Model Training pipeline first/);
});

test('document phase: the next step names the document the caller writes, pipeline_architecture.md by default', () => {
  const s = until(fromReading(reading([mention('training', 'training')])), 'review');
  const done = ok(E.answer(s, 'review', { kind: 'review', accept: true }));
  assert.match(E.view(done).nextStep!, /using pipeline_architecture\.md as its specification/);
  const elsewhere = E.view(done, { documentPath: 'docs/fraud_architecture.md' }).nextStep!;
  assert.match(elsewhere, /using docs\/fraud_architecture\.md as its specification/);
  assert.doesNotMatch(elsewhere, /pipeline_architecture\.md/);
});

test('nothing is a pipeline (ETL with no ML): no document to write, the interview says what to use instead', () => {
  const { state, asked } = runInterview('Every night copy tables from Postgres into BigQuery and refresh the Looker dashboard. No ML involved, no models. Just me.');
  assert.ok(!asked.some((q) => q.kind === 'review'));
  assert.equal(E.architecture(state).pipelines.length, 0);
  assert.match(E.view(state).nextStep!, /Nothing you described needs a ZenML pipeline.*(Airflow|dbt)/);
  assert.match(E.view(state, { documentPath: 'reporting.md' }).nextStep!, /there is no reporting\.md to write/);
});
