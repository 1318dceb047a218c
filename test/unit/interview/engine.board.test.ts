/**
 * The board's edits beyond moves, on the engine side: clauses the reader could not place are placed
 * or dismissed, components are added and renamed, all kept in the answer log (replay, going back,
 * reload), applied to the scope like the reader's components, bounded, and refused when hostile.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as E from '../../../src/core/interview/engine';
import type { AnswerInput, Question } from '../../../src/core/interview/questions';
import { nameFromText } from '../../../src/core/planning/board';
import { BOARD_LIMITS } from '../../../src/core/planning/proposals';
import { WebviewMessageSchema } from '../../../src/core/protocol';
import { buildGraph } from '../../../src/core/dag/graph';
import { mention, ok, reading, text } from './engineHelpers';

type Board = Extract<Question, { kind: 'classify' }>;

/** A used-car valuation team; two clauses the reader could not place, handed in as its reading. */
const CLAUSES = [
  { text: 'Each valuation also gets a printed condition sheet for the dealer', reason: 'context, no work recognised' },
  { text: 'and the buyers haggle anyway', reason: 'context, no work recognised' },
];
const CARS = reading(
  [mention('training', 'training', { cadence: 'weekly', text: 'we retrain the valuation model weekly' }), mention('dashboard', 'dashboard', { text: 'dealers see prices on a dashboard' })],
  { unplaced: CLAUSES, project: 'Used car valuation' },
);

function atBoard(): { state: E.InterviewState; board: Board } {
  const state = ok(E.answer(E.start(), 'picture', text('(described)'), { reading: CARS }));
  const board = E.nextQuestion(state) as Board;
  assert.equal(board.kind, 'classify');
  return { state, board };
}

const idOf = (board: Board, words: string) => board.unplaced.find((u) => u.text.includes(words))!.id;

function answerBoard(edits: Partial<Omit<Extract<AnswerInput, { kind: 'classify' }>, 'kind'>>) {
  const { state, board } = atBoard();
  const buckets = Object.fromEntries(board.components.map((c) => [c.id, c.bucket]));
  return { board, result: E.answer(state, 'classify', { kind: 'classify', buckets, ...edits }) };
}

/** Finishes the interview on recommendations and returns its architecture. */
function finish(state: E.InterviewState) {
  for (let q = E.nextQuestion(state); q; q = E.nextQuestion(state)) state = ok(E.answer(state, q.id, E.recommendedAnswer(q)));
  return { state, arch: E.architecture(state), markdown: E.render(state) };
}

test('the board shows every unplaced clause with the reader\'s reason and a stable id', () => {
  const { board } = atBoard();
  assert.deepEqual(board.unplaced.map((u) => [u.text, u.reason]), CLAUSES.map((u) => [u.text, u.reason]));
  assert.deepEqual(atBoard().board.unplaced.map((u) => u.id), board.unplaced.map((u) => u.id), 'the same words, the same id');
  assert.equal(new Set(board.unplaced.map((u) => u.id)).size, 2);
  assert.deepEqual(board.board, { names: {}, placed: {}, dismissed: [], added: [], shown: board.unplaced.map((u) => u.id) }, 'no edits yet; the clauses shown');
});

test('a clause placed in a pipeline becomes a pipeline of its own, named from its words, renamed everywhere', () => {
  const { board } = atBoard();
  const sheet = idOf(board, 'condition sheet');
  const named = finish(ok(answerBoard({ placed: { [sheet]: 'pipeline' } }).result));
  assert.ok(named.arch.pipelines.some((p) => p.name === nameFromText(CLAUSES[0]!.text)), named.arch.pipelines.map((p) => p.name).join(', '));
  assert.equal(nameFromText(CLAUSES[0]!.text), 'Each valuation also gets a printed');
  const renamed = finish(ok(answerBoard({ placed: { [sheet]: 'pipeline' }, names: { [sheet]: 'Condition sheets' } }).result));
  const pipeline = renamed.arch.pipelines.find((p) => p.name === 'Condition sheets');
  assert.ok(pipeline && pipeline.steps.length >= 3, 'a pipeline with steps');
  assert.match(renamed.markdown, /Condition sheets/);
  assert.ok(buildGraph(renamed.arch).clusters.some((c) => c.label === 'Condition sheets'), 'the DAG draws it');
});

test('placed or added outside the pipelines: listed with what to use, or "decide what runs it" when nothing is known', () => {
  const { board } = atBoard();
  const { arch, markdown } = finish(ok(answerBoard({
    placed: { [idOf(board, 'condition sheet')]: 'not-a-pipeline' },
    added: [{ id: 'added-1', text: 'Weekly price report for the dealers', bucket: 'not-a-pipeline' }, { id: 'added-2', text: 'Photo damage detection', bucket: 'defer' }],
  }).result));
  const sheet = arch.notAPipeline.find((n) => n.name === 'Each valuation also gets a printed')!;
  assert.equal(sheet.alternative, 'decide what runs it');
  assert.equal(arch.notAPipeline.find((n) => n.name === 'Weekly price report for the dealers')?.alternative, 'decide what runs it');
  const dashboard = arch.notAPipeline.find((n) => n.name === 'dashboard')!;
  assert.notEqual(dashboard.alternative, 'decide what runs it', 'the reader\'s alternative stays');
  assert.ok(arch.deferred.some((d) => d.name === 'Photo damage detection' && /put this off on the board/.test(d.reason)));
  assert.match(markdown, /Photo damage detection/);
});

test('an added deployed component gets its latency question like any other; an added pipeline its own pipeline', () => {
  const { result } = answerBoard({ added: [{ id: 'added-1', text: 'Instant trade-in quote', bucket: 'deployed' }, { id: 'added-2', text: 'Auction results import', bucket: 'pipeline' }] });
  const s = ok(result);
  assert.equal(E.nextQuestion(s)?.id, 'latency:added-1');
  const { arch } = finish(s);
  assert.ok(arch.pipelines.some((p) => p.deployed), 'a deployed pipeline');
  assert.ok(arch.pipelines.some((p) => p.name === 'Auction results import'));
});

test('a reader\'s component renamed: the new name in the document and the DAG, not the old one', () => {
  const { arch, markdown } = finish(ok(answerBoard({ names: { dashboard: 'Dealer price screen' } }).result));
  assert.ok(arch.notAPipeline.some((n) => n.name === 'Dealer price screen'));
  assert.ok(!arch.notAPipeline.some((n) => n.name === 'dashboard'));
  assert.match(markdown, /Dealer price screen/);
  assert.ok(buildGraph(arch).nodes.some((n) => n.label === 'Dealer price screen'));
});

test('dismissed clauses leave the board and stay dismissed through going back, replay and a reload', () => {
  const { board } = atBoard();
  const haggle = idOf(board, 'haggle');
  const sheet = idOf(board, 'condition sheet');
  const edits = { dismissed: [haggle], placed: { [sheet]: 'defer' as const }, names: { [sheet]: 'Condition sheets' }, added: [{ id: 'added-1', text: 'Auction results import', bucket: 'pipeline' as const }] };
  const done = finish(ok(answerBoard(edits).result)).state;
  const back = ok(E.revisit(done, 'classify'));
  const shown = E.nextQuestion(back) as Board;
  const ids = board.unplaced.map((u) => u.id);
  assert.deepEqual(shown.board, { ...edits, shown: ids }, 'going back shows the board as confirmed');
  assert.deepEqual(E.recommendedAnswer(shown), { kind: 'classify', buckets: Object.fromEntries(shown.components.map((c) => [c.id, c.bucket])), ...edits, shown: ids }, 'confirming it again changes nothing');
  const reloaded = E.loadState(JSON.parse(E.serialize(done)));
  assert.ok(reloaded.ok);
  assert.deepEqual(E.architecture(reloaded.state), E.architecture(done), 'a reload replays to the same architecture');
  assert.ok(E.architecture(done).deferred.some((d) => d.name === 'Condition sheets'));
});

test('a changed description: placed clauses it no longer has are dropped, added components and fitting renames are kept', () => {
  const { board } = atBoard();
  const sheet = idOf(board, 'condition sheet');
  const done = finish(ok(answerBoard({ placed: { [sheet]: 'pipeline' }, names: { [sheet]: 'Condition sheets', dashboard: 'Dealer screen' }, added: [{ id: 'added-1', text: 'Auction results import', bucket: 'pipeline' }] }).result)).state;
  const fewer = reading(CARS.components, { unplaced: [CLAUSES[1]!], project: 'Used car valuation' });
  const changed = ok(E.answer(done, 'picture', text('(described again)'), { reading: fewer }));
  const arch = finish(changed).arch;
  assert.ok(!arch.pipelines.some((p) => p.name === 'Condition sheets'), 'the clause is gone, so is its placement');
  assert.ok(arch.pipelines.some((p) => p.name === 'Auction results import'), 'what the user added stays');
  assert.ok(arch.notAPipeline.some((n) => n.name === 'Dealer screen'));
});

test('a changed description with a clause the board never showed stops at the board again, the earlier edits kept', () => {
  const { board } = atBoard();
  const sheet = idOf(board, 'condition sheet');
  const done = finish(ok(answerBoard({ placed: { [sheet]: 'defer' }, shown: board.unplaced.map((u) => u.id) }).result)).state;
  const more = reading(CARS.components, { unplaced: [...CLAUSES, { text: 'Most dealers still fax their orders', reason: 'context, no work recognised' }], project: 'Used car valuation' });
  const changed = ok(E.answer(done, 'picture', text('(described again)'), { reading: more }));
  const again = E.nextQuestion(changed) as Board;
  assert.equal(again.id, 'classify', 'the board, with the new clause');
  assert.equal(again.unplaced.length, 3);
  assert.deepEqual(again.board.placed, { [sheet]: 'defer' }, 'the earlier placement is kept');
  // The same clauses again: nothing new, the board answer stands.
  const same = ok(E.answer(done, 'picture', text('(described the same)'), { reading: CARS }));
  assert.notEqual(E.nextQuestion(same)?.id, 'classify');
});

test('an answer log saved before the board had edits still loads and replays', () => {
  const { state } = atBoard();
  const old = { version: 1, answers: [...state.answers.map((a) => ({ questionId: a.questionId, value: a.value, ...(a.reading ? { reading: a.reading } : {}) })), { questionId: 'classify', value: { kind: 'classify', buckets: { training: 'pipeline', dashboard: 'defer' } } }], revisiting: null };
  const loaded = E.loadState(JSON.stringify(old));
  assert.ok(loaded.ok, loaded.ok ? '' : loaded.error);
  const value = loaded.state.answers[1]!.value;
  assert.deepEqual(value, { kind: 'classify', buckets: { training: 'pipeline', dashboard: 'defer' }, names: {}, placed: {}, dismissed: [], added: [], shown: null });
  assert.ok(E.architecture(loaded.state).deferred.some((d) => d.name === 'dashboard'));
  assert.notEqual(E.nextQuestion(loaded.state)?.id, 'classify', 'the board is answered');
});

test('bounds: too many added cards, a name too long, blank or on two lines, too many renames are refused with a message', () => {
  const { board } = atBoard();
  const many = Array.from({ length: BOARD_LIMITS.added + 1 }, (_, i) => ({ id: `added-${i + 1}`, text: `Component ${i + 1}`, bucket: 'defer' as const }));
  const refused = (edits: Parameters<typeof answerBoard>[0]) => {
    const r = answerBoard(edits).result;
    assert.ok(!r.ok, `refused: ${JSON.stringify(edits).slice(0, 80)}`);
    return r.error;
  };
  assert.match(refused({ added: many }), /malformed at added/);
  assert.match(refused({ names: { dashboard: 'x'.repeat(BOARD_LIMITS.name + 1) } }), /malformed at names/);
  assert.match(refused({ names: { dashboard: '   ' } }), /one line of text, not blank/);
  assert.match(refused({ names: { dashboard: 'Dealer\nscreen' } }), /one line of text/);
  assert.match(refused({ added: [{ id: 'added-1', text: 'x'.repeat(BOARD_LIMITS.text + 1), bucket: 'pipeline' }] }), /malformed at added/);
  const names = Object.fromEntries(Array.from({ length: BOARD_LIMITS.names + 1 }, (_, i) => [`card-${i}`, 'A name']));
  assert.match(refused({ names }), /At most 100 entries/);
  assert.ok(answerBoard({ added: many.slice(0, BOARD_LIMITS.added), names: { [idOf(board, 'haggle')]: 'x'.repeat(BOARD_LIMITS.name) } }).result.ok, 'at the bounds is fine');
});

test('hostile board answers are refused, never half-applied: unknown clauses, placed and dismissed at once, ids reused or forged', () => {
  const { state, board } = atBoard();
  const sheet = idOf(board, 'condition sheet');
  const cases: [Parameters<typeof answerBoard>[0], RegExp][] = [
    [{ placed: { 'clause-00000000': 'pipeline' } }, /no unplaced clause "clause-00000000"/],
    [{ dismissed: ['training'] }, /no unplaced clause "training"/],
    [{ shown: ['clause-ffffffff'] }, /no unplaced clause "clause-ffffffff"/],
    [{ placed: { [sheet]: 'pipeline' }, dismissed: [sheet] }, /both placed and dismissed/],
    [{ added: [{ id: 'added-1', text: 'A', bucket: 'defer' }, { id: 'added-1', text: 'B', bucket: 'defer' }] }, /Two cards have the id "added-1"/],
    [{ added: [{ id: 'training', text: 'A', bucket: 'defer' }] }, /malformed at added/],
    [{ added: [{ id: '__proto__', text: 'A', bucket: 'defer' }] }, /malformed at added/],
    [{ names: { nowhere: 'A name' } }, /no card "nowhere" to rename/],
    [{ placed: { [sheet]: 'everywhere' as 'pipeline' } }, /malformed at placed/],
  ];
  for (const [edits, message] of cases) {
    const r = answerBoard(edits).result;
    assert.ok(!r.ok && message.test(r.error), `${JSON.stringify(edits)} → ${r.ok ? 'accepted' : r.error}`);
  }
  // A prototype-shaped key is only a key: nothing is renamed, nothing polluted.
  const proto = E.answer(state, 'classify', JSON.parse(`{"kind":"classify","buckets":{"training":"pipeline","dashboard":"not-a-pipeline"},"names":{"__proto__":"Evil"}}`));
  assert.ok(proto.ok);
  assert.equal(({} as Record<string, unknown>).Evil, undefined);
  // The host drops a message whose board is out of bounds before it reaches the engine.
  const message = { type: 'answer', questionId: 'classify', value: { kind: 'classify', buckets: {}, added: Array.from({ length: 31 }, (_, i) => ({ id: `added-${i + 1}`, text: 'x', bucket: 'defer' })) } };
  assert.equal(WebviewMessageSchema.safeParse(message).success, false);
});

test('a card is named from its words until the user names it: short words whole, a long clause by its first words', () => {
  assert.equal(nameFromText('and confirm it'), 'Confirm it');
  assert.equal(nameFromText('Weekly price report for the shop managers'), 'Weekly price report for the shop managers');
  assert.equal(nameFromText('Each graded phone gets a battery health certificate printed for the buyer'), 'Each graded phone gets a battery');
  assert.equal(nameFromText('   '), 'Component');
});
