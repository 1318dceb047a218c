import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as E from '../../../src/core/interview/engine';
import { ArchitectureSchema } from '../../../src/core/model/architecture';
import { InterviewViewSchema, QuestionSchema, type Question } from '../../../src/core/interview/questions';
import { mention, ok, reading, runInterview, single, text } from './engineHelpers';

const FRAUD = `We pull card transactions from Postgres every night, clean them and compute features. We train an XGBoost fraud model weekly and evaluate it against the current one. The checkout service needs a real-time fraud score from an API in under 100 ms. We also want a Grafana dashboard. We're a team of 3 ML engineers on Kubernetes with MLflow.`;

test('start: an empty but valid architecture, and the open picture question with the seed invitation', () => {
  const s = E.start();
  assert.doesNotThrow(() => ArchitectureSchema.parse(E.architecture(s)));
  const q = E.nextQuestion(s)!;
  assert.equal(q.id, 'picture');
  assert.equal(q.kind, 'text');
  assert.match(q.prompt, /from raw data all the way to however the model gets used/);
  assert.equal(E.view(s).phase, 'picture');
});

test('every step: the state round-trips through JSON, the architecture validates, every question has a why', () => {
  let state = E.start();
  let steps = 0;
  for (let q = E.nextQuestion(state); q; q = E.nextQuestion(state)) {
    assert.doesNotThrow(() => QuestionSchema.parse(q), `question ${q.id} matches the contract`);
    assert.ok(q.why.length > 40, `${q.id} says why it matters`);
    const value = q.id === 'picture' ? text(FRAUD) : E.recommendedAnswer(q);
    state = ok(E.answer(state, q.id, value));
    const loaded = E.loadState(JSON.parse(E.serialize(state)));
    assert.ok(loaded.ok);
    assert.deepEqual(loaded.state, state);
    assert.deepEqual(E.architecture(loaded.state), E.architecture(state), 'a reloaded state draws the same architecture');
    assert.doesNotThrow(() => ArchitectureSchema.parse(E.architecture(state)));
    assert.doesNotThrow(() => InterviewViewSchema.parse(E.view(state)));
    steps++;
  }
  assert.ok(steps >= 5);
  assert.equal(E.isComplete(state), true);
  assert.match(E.view(state).nextStep!, /Build the .+ pipeline first with the pipeline-authoring workflow/);
});

test('the architecture is live: right after the description it already has pipelines to draw', () => {
  const s = ok(E.answer(E.start(), 'picture', text(FRAUD)));
  const arch = E.architecture(s);
  assert.ok(arch.pipelines.length >= 2);
  assert.ok(arch.pipelines.some((p) => p.deployed), 'the checkout API is a deployed pipeline');
  assert.equal(arch.team.engineers, 3);
});

test('loadState rejects other versions and damaged states with a clear message', () => {
  const old = E.loadState({ version: 0, answers: [] });
  assert.ok(!old.ok && /version 0.*reads version 1/.test(old.error));
  const future = E.loadState(JSON.stringify({ version: 2, answers: [], revisiting: null }));
  assert.ok(!future.ok && /version 2/.test(future.error));
  const none = E.loadState({ answers: [] });
  assert.ok(!none.ok && /no version/.test(none.error));
  assert.ok(!E.loadState('{not json').ok);
  assert.ok(!E.loadState([1, 2]).ok);
  const damaged = E.loadState({ version: 1, answers: [{ questionId: 'picture', value: { kind: 'nope' } }], revisiting: null });
  assert.ok(!damaged.ok && /answers\.0\.value/.test(damaged.error));
});

test('answer validation: not current, wrong kind, bad option, empty description, malformed value', () => {
  const s0 = E.start();
  const notCurrent = E.answer(s0, 'mvp', { kind: 'mvp', pipeline: 'x' });
  assert.ok(!notCurrent.ok && /not the current question: answer "picture"/.test(notCurrent.error));
  const wrongKind = E.answer(s0, 'picture', single('x'));
  assert.ok(!wrongKind.ok && /takes a text answer, not single/.test(wrongKind.error));
  const empty = E.answer(s0, 'picture', text('   \n '));
  assert.ok(!empty.ok && /nothing to read/.test(empty.error));
  const malformed = E.answer(s0, 'picture', { kind: 'text' } as never);
  assert.ok(!malformed.ok && /malformed/.test(malformed.error));

  const { state } = runInterview(FRAUD, {}, 'promotion');
  const q = E.nextQuestion(state)!;
  assert.equal(q.id, 'promotion');
  const bad = E.answer(state, 'promotion', single('whenever'));
  assert.ok(!bad.ok && /"whenever" is not an option/.test(bad.error));
  const badMvpState = runInterview(FRAUD, {}, 'mvp').state;
  const badMvp = E.answer(badMvpState, 'mvp', { kind: 'mvp', pipeline: 'Nonexistent' });
  assert.ok(!badMvp.ok && /not one of the proposed pipelines/.test(badMvp.error));
});

test('question kinds: text, single, classify, pipeline, mvp and review all appear, each answerable', () => {
  const { asked } = runInterview(FRAUD);
  const kinds = new Set(asked.map((q) => q.kind));
  for (const k of ['text', 'single', 'classify', 'pipeline', 'mvp', 'review'] as const) assert.ok(kinds.has(k), `asks a ${k} question`);
  const board = asked.find((q): q is Extract<Question, { kind: 'classify' }> => q.kind === 'classify')!;
  const dashboard = board.components.find((c) => /dashboard/i.test(c.name))!;
  assert.equal(dashboard.bucket, 'not-a-pipeline');
  assert.match(dashboard.alternative!, /Grafana|Streamlit/);
  assert.ok(board.components.every((c) => c.reason.length > 0), 'each item carries the reason');
});

test('simple case stays short: one training pipeline takes a handful of questions', () => {
  const { asked, state } = runInterview('I just want a simple training pipeline for our churn model. We have a notebook that works, data is a CSV export from Postgres.');
  assert.ok(asked.length <= 5, `asked ${asked.length}: ${asked.map((q) => q.id).join(', ')}`);
  assert.equal(E.architecture(state).pipelines.length, 1);
  assert.ok(!asked.some((q) => q.kind === 'mvp'), 'one pipeline is the MVP without asking');
});

test('thin answer: one follow-up naming what is missing, then the user may go on with an empty answer', () => {
  const s = ok(E.answer(E.start(), 'picture', text('yeah, just some data processing and training')));
  const follow = E.nextQuestion(s)!;
  assert.equal(follow.id, 'picture-followup');
  assert.match(follow.prompt, /Where does your data come from/);
  const on = ok(E.answer(s, 'picture-followup', text('')));
  const next = E.nextQuestion(on)!;
  assert.notEqual(next.id, 'picture-followup', 'pushed back once, not twice');
  assert.notEqual(next.phase, 'picture');
});

test('a follow-up answer adds to the reading instead of replacing it', () => {
  const s = ok(E.answer(E.start(), 'picture', text('we want to train a model')));
  const after = ok(E.answer(s, 'picture-followup', text('Data comes from Snowflake daily. Predictions go to a nightly batch job that writes scores back to Snowflake. Two ML engineers.')));
  const arch = E.architecture(after);
  assert.equal(arch.team.engineers, 2);
  assert.ok(arch.pipelines.some((p) => p.modelControlPlane.producesVersions), 'training from the first answer is kept');
});

test('readiness: a gentle redirect the user can accept (interview pauses) or override', () => {
  const desc = "We're still exploring the data in a notebook and don't have a working prototype yet. Eventually we want to train a classifier on support tickets from Zendesk and score new tickets daily.";
  let base = ok(E.answer(E.start(), 'picture', text(desc)));
  if (E.nextQuestion(base)!.id === 'picture-followup') base = ok(E.answer(base, 'picture-followup', text('')));
  const r = E.nextQuestion(base)!;
  assert.equal(r.id, 'readiness');
  assert.equal(r.kind, 'single');
  assert.match(r.prompt, /Finish your experiment in a notebook/);
  const paused = ok(E.answer(base, 'readiness', single('prototype')));
  assert.equal(E.nextQuestion(paused), null);
  assert.match(E.view(paused).nextStep!, /notebook/);
  const onward = ok(E.answer(paused, 'readiness', single('continue')));
  assert.ok(E.nextQuestion(onward), 'overriding the redirect continues the interview');
});

test('revisit shows the earlier question with its answer; changing it recomputes what follows', () => {
  const { state } = runInterview(FRAUD);
  assert.ok(E.isComplete(state));
  const back = ok(E.revisit(state, 'picture'));
  const q = E.nextQuestion(back)!;
  assert.equal(q.id, 'picture');
  assert.equal((q as Extract<Question, { kind: 'text' }>).value, FRAUD);
  assert.deepEqual(E.architecture(back), E.architecture(state), 'going back alone changes nothing');

  const same = ok(E.answer(back, 'picture', text(FRAUD)));
  assert.deepEqual(same.answers, state.answers, 'the same answer keeps every later answer');

  const smaller = ok(E.answer(back, 'picture', text('We train a churn model on a CSV export weekly. One ML engineer, notebook works.')));
  assert.ok(!E.isComplete(smaller), 'the review is asked again after a change');
  assert.ok(!smaller.answers.some((a) => a.questionId === 'pipeline:deployed'), 'answers that no longer fit are dropped');
  assert.ok(!E.architecture(smaller).pipelines.some((p) => p.deployed));
  const revisitUnknown = E.revisit(state, 'nope');
  assert.ok(!revisitUnknown.ok && /not been answered/.test(revisitUnknown.error));
});

test('an edited pipeline proposal survives a later change upstream when the pipeline still exists', () => {
  const { state } = runInterview(FRAUD, {
    'pipeline:training': (q) => {
      const p = (q as Extract<Question, { kind: 'pipeline' }>).proposal;
      return { kind: 'pipeline', proposal: { ...p, name: 'Fraud Model Training' } };
    },
  });
  assert.ok(E.architecture(state).pipelines.some((p) => p.name === 'Fraud Model Training'));
  const changed = ok(E.answer(state, 'promotion', single('automatic')));
  const training = E.architecture(changed).pipelines.find((p) => p.name === 'Fraud Model Training');
  assert.ok(training, 'the edit is kept after changing the promotion answer');
});

test('a reading handed in with a text answer (the language-model seam) is used and persisted', () => {
  const r = reading([mention('ingestion', 'ingestion', { cadence: 'daily' }), mention('training', 'training', { cadence: 'weekly' }), mention('scoring', 'batch-inference')], {
    team: { engineers: 2, roles: [] },
  });
  const s = ok(E.answer(E.start(), 'picture', text('(dictated, transcribed badly)'), { reading: r }));
  const arch = E.architecture(s);
  assert.deepEqual(arch.pipelines.map((p) => p.name).sort(), ['Churn Model Batch Scoring', 'Churn Model Training', 'Data Preparation']);
  const reloaded = E.loadState(E.serialize(s));
  assert.ok(reloaded.ok);
  assert.deepEqual(E.architecture(reloaded.state), arch, 'the refined reading survives a reload');
  const bad = E.answer(E.start(), 'picture', text('x'), { reading: { components: 'nope' } as never });
  assert.ok(!bad.ok && /reading handed in is not valid/.test(bad.error));
  const notText = E.answer(s, E.nextQuestion(s)!.id, single('x'), { reading: r });
  assert.ok(!notText.ok && /only accompany a free-text answer/.test(notText.error));
});

test('render goes through the renderer: the template headings, the MVP first', () => {
  const { state } = runInterview(FRAUD);
  const md = E.render(state);
  assert.match(md, /^# Pipeline Architecture: /);
  for (const h of ['Overview', 'Pipeline Decomposition', 'Cross-Pipeline Data Flow', 'Not-a-Pipeline Components', 'Deferred / Future Work', 'Open Questions']) {
    assert.match(md, new RegExp(`^## ${h.replace('/', '\\/')}$`, 'm'));
  }
  assert.match(md, /^### Pipeline 1: .+ \(MVP\)$/m);
});
