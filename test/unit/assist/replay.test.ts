import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as E from '../../../src/core/interview/engine';
import { lint } from '../../../src/core/lint/lint';
import { draftInterview } from '../../../src/core/interview/autopilot';
import { ok } from '../interview/engineHelpers';
import { DESCRIPTION, reply, syntheticAnswer } from './synthetic';

const model = { model: 'synthetic-test-model', reply: reply() };

test('the reply is stored in the answer log: reload and replay read it again, identically, without a model', () => {
  const s = ok(E.answer(E.start(), 'picture', { kind: 'text', text: DESCRIPTION }, { model }));
  assert.deepEqual(s.answers[0]!.model, model);
  const loaded = E.loadState(JSON.parse(E.serialize(s)));
  assert.ok(loaded.ok);
  assert.deepEqual(E.architecture(loaded.state), E.architecture(s));
  assert.equal(E.view(loaded.state).readBy, 'synthetic-test-model');
  const offline = ok(E.answer(E.start(), 'picture', { kind: 'text', text: DESCRIPTION }));
  assert.equal(E.view(offline).readBy, null, 'read offline');
  assert.equal(E.view(E.start()).readBy, undefined, 'nothing read yet');
});

test("the board starts from the model's checked buckets, the pipeline question from its steps", () => {
  const s = ok(E.answer(E.start(), 'picture', { kind: 'text', text: DESCRIPTION }, { model }));
  const training = E.architecture(s).pipelines.find((p) => p.steps.some((st) => st.name === 'train_model'));
  assert.ok(training, 'the model\'s training steps are proposed');
  assert.equal(training.purpose, 'Trains and evaluates the pump failure model on the latest readings.');
  assert.ok(E.architecture(s).notAPipeline.some((n) => /dashboard/i.test(n.name)));
});

test('going back and answering a later question again keeps the reply; re-answering with the offline reader switches', () => {
  let s = ok(E.answer(E.start(), 'picture', { kind: 'text', text: DESCRIPTION }, { model }));
  const q = E.nextQuestion(s)!;
  s = ok(E.answer(s, q.id, E.recommendedAnswer(q)));
  s = ok(E.revisit(s, 'picture'));
  const again = ok(E.answer(s, 'picture', { kind: 'text', text: DESCRIPTION }));
  assert.equal(again.answers[0]!.model, undefined);
  assert.equal(E.view(again).readBy, null);
  const back = ok(E.answer(again, 'picture', { kind: 'text', text: DESCRIPTION }, { model }));
  assert.equal(E.view(back).readBy, 'synthetic-test-model');
});

test('a log written before model replies existed still loads', () => {
  const old = { version: 1, answers: [{ questionId: 'picture', value: { kind: 'text', text: DESCRIPTION } }], revisiting: null };
  const loaded = E.loadState(old);
  assert.ok(loaded.ok);
  assert.equal(E.view(loaded.state).readBy, null);
});

test('a stored reply that no longer parses reads offline, with a notice', () => {
  const s = ok(E.answer(E.start(), 'picture', { kind: 'text', text: DESCRIPTION }, { model: { model: 'm', reply: 'not json' } }));
  assert.equal(E.view(s).readBy, null);
  assert.ok(E.nextQuestion(s)!.notices.some((n) => /Read offline: the language model could not read the description/.test(n.message)));
});

test('the draft with the model is lint-clean by construction, and the corrections are notices', () => {
  const answer = syntheticAnswer();
  answer.proposals.pipelines[0]!.steps = Array.from({ length: 12 }, (_, i) => ({ name: `step_${i + 1}`, does: 'Does work.', produces: 'output' }));
  const r = draftInterview(DESCRIPTION, { model: 'synthetic-test-model', reply: reply(answer) });
  assert.ok(r.ok);
  const errors = lint(r.draft.markdown).filter((d) => d.severity !== 'info');
  assert.deepEqual(errors.map((d) => `${d.rule}: ${d.message}`), []);
  assert.ok(r.draft.notices.some((n) => n.rule === 'language-model:picture' && /12 steps/.test(n.message)));
});

test("the model's open questions fill what the engine leaves, never past three", () => {
  const answer = syntheticAnswer();
  answer.proposals.openQuestions = ['Which plant sensors report in local time rather than UTC?'];
  const r = draftInterview(DESCRIPTION, { model: 'synthetic-test-model', reply: reply(answer) });
  assert.ok(r.ok);
  const questions = r.draft.architecture.openQuestions;
  assert.ok(questions.length <= 3);
  const none = syntheticAnswer();
  none.proposals.openQuestions = [];
  const without = draftInterview(DESCRIPTION, { model: 'synthetic-test-model', reply: reply(none) });
  assert.ok(without.ok);
  const engine = without.draft.architecture.openQuestions;
  assert.deepEqual(questions, [...engine, 'Which plant sensors report in local time rather than UTC?'].slice(0, 3));
});
