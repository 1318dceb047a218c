/**
 * The terminal interview driven in-process, line by line, the way a user types: what they see
 * after each kind of answer, including garbage, and what ends up in the state and the document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { interviewCommand } from '../../../src/cli/interview';
import { loadState } from '../../../src/core/interview/state';
import { DESCRIPTIONS } from './interview.helpers';
import { scratch } from './cliHarness';

interface Session {
  code: number;
  out: string;
  err: string;
  dir: string;
}

/** Types `lines` (each followed by Enter) into `zenml-scope interview`, then ends the input. */
async function session(lines: string[], opts: { dir?: string; width?: number; args?: string[] } = {}): Promise<Session> {
  const dir = opts.dir ?? scratch();
  let out = '';
  let err = '';
  const io = { cwd: dir, stdout: (t: string) => (out += t), stderr: (t: string) => (err += t) };
  const input = Readable.from([lines.map((l) => `${l}\n`).join('')]);
  const code = await interviewCommand(opts.args ?? [], io, input, opts.width ?? 0);
  return { code, out, err, dir };
}

const description = (name: string): string[] => [readFileSync(join(DESCRIPTIONS, `${name}.txt`), 'utf8').replace(/\n\s*\n/g, '\n').trim(), ''];
const ENTERS = Array<string>(40).fill('');
const savedAnswers = (dir: string) => {
  const loaded = loadState(readFileSync(join(dir, '.zenml-scope-interview.json'), 'utf8'));
  assert.ok(loaded.ok);
  return loaded.state.answers;
};
const count = (text: string, pattern: RegExp): number => text.match(new RegExp(pattern, 'g'))?.length ?? 0;

test('interview session: pipeline edits take -> arrows, name a missing step, and refuse a step with no description', async () => {
  const s = await session([
    ...description('churn-one-training-pipeline'),
    '', // the board: one clause the reader could not place, left as it is
    '', // orchestrator: the recommendation
    'add score drift - compares feature distributions with last week -> produces a drift report',
    'add foo',
    'del 9',
    'trigger =',
    ...ENTERS,
  ]);
  assert.equal(s.code, 0, s.err);
  assert.match(s.out, /\d\. score_drift — compares feature distributions with last week → produces a drift report\n/);
  assert.match(s.out, /Not understood: say what foo does: foo - what it does -> what it produces\. Nothing changed/);
  assert.match(s.out, /Not understood: there is no step 9 \(steps 1-5\)\./);
  assert.match(s.out, /Not understood: write the new trigger after the =/);
  const md = readFileSync(join(s.dir, 'pipeline_architecture.md'), 'utf8');
  assert.match(md, /score_drift — compares feature distributions with last week → produces a drift report/);
  assert.doesNotMatch(md, /\bfoo\b/);
});

test('interview session: with -o, the review prompt and the next step name that file', async () => {
  const s = await session([...description('churn-one-training-pipeline'), ...ENTERS], { args: ['-o', 'churn_plan.md'] });
  assert.equal(s.code, 0, s.err);
  assert.ok(existsSync(join(s.dir, 'churn_plan.md')));
  assert.match(s.out, /Wrote churn_plan\.md\.\nNext: .*using churn_plan\.md as its specification/);
  assert.doesNotMatch(s.out, /pipeline_architecture\.md/);
});

test('interview session: the review is accepted by Enter only; "no" explains instead of writing the document', async () => {
  const s = await session([...description('churn-one-training-pipeline'), '', '', '', 'no']);
  assert.equal(s.code, 1, 'input ended at the review, unanswered');
  assert.match(s.out, /Press Enter to accept the document, or type :back/);
  assert.ok(!existsSync(join(s.dir, 'pipeline_architecture.md')));
  assert.notEqual(savedAnswers(s.dir).at(-1)!.questionId, 'review');
});

test('interview session: a wrong pick of sources is refused at the prompt, without repeating the whole question', async () => {
  const s = await session([...description('fifty-sources-attribution'), '', '9, abc', '1,1', ':quit']);
  assert.match(s.out, /Please type numbers from 1 to \d+ separated by commas \(e\.g\. 1,3\)/);
  assert.equal(count(s.out, /== Data sources for the first version/), 1);
  const sources = savedAnswers(s.dir).find((a) => a.questionId === 'sources');
  assert.deepEqual(sources?.value.kind === 'multi' && sources.value.options.length, 1, 'the repeated number counts once');
});

test('interview session: the board marks what the user moved against the recommendation and accepts "2 = defer"', async () => {
  const s = await session([...description('card-fraud-realtime'), '1 = defer', 'x=pipeline', '']);
  assert.match(s.out, /1\. [^\n]+ → defer \(you moved it; recommended: pipeline\)/);
  assert.match(s.out, /Not understood: "x=pipeline": write an item number and where it goes, e\.g\. 2=defer\./);
  const board = savedAnswers(s.dir).find((a) => a.questionId === 'classify');
  assert.ok(board?.value.kind === 'classify' && Object.values(board.value.buckets).includes('defer'));
});

/** A bakery's one simple pipeline, and a sentence of work the reader cannot place; '' skips the follow-up it raises. */
const BAKERY = ["We just want one simple pipeline: every Sunday we pull last week's orders from BigQuery and retrain a small demand model for our bakery. Every loaf that leaves the oven gets a freshness label stamped for the shelf.", '', ''];

test('interview session: a clause the reader could not place is listed under the board, placed there and kept in the document', async () => {
  const s = await session([...BAKERY, '3=n', '', ':quit']);
  assert.equal(s.code, 0, s.err);
  assert.match(s.out, /Not placed by the reader \(left out of the document unless you place them\):\n {2}3\. "Every loaf that leaves the oven gets a freshness label stamped for the shelf" \(context, no work recognised\)/);
  assert.match(s.out, /"3=dismiss" drops a clause/);
  assert.match(s.out, /3\. "Every loaf[^"]*" → not-a-pipeline \(you placed it\)/);
  const board = savedAnswers(s.dir).find((a) => a.questionId === 'classify')!.value;
  assert.ok(board.kind === 'classify' && Object.values(board.placed).includes('not-a-pipeline'), 'the answer log keeps the placement');
  assert.equal((await session(ENTERS, { dir: s.dir })).code, 0, 'resumed and finished');
  assert.match(readFileSync(join(s.dir, 'pipeline_architecture.md'), 'utf8'), /Every loaf that leaves the oven/);
});

test('interview session: a dismissed clause stays dismissed in the answer log and out of the document; a card cannot be dismissed', async () => {
  const s = await session([...BAKERY, '1=dismiss', '3=dismiss', '', ':quit']);
  assert.equal(s.code, 0, s.err);
  assert.match(s.out, /Not understood: "1=dismiss": only a clause the reader could not place can be dismissed; move item 1 to a bucket instead\./);
  assert.match(s.out, /3\. "Every loaf[^"]*" → dismissed/);
  const board = savedAnswers(s.dir).find((a) => a.questionId === 'classify')!.value;
  assert.ok(board.kind === 'classify' && board.dismissed.length === 1 && Object.keys(board.placed).length === 0);
  assert.equal((await session(ENTERS, { dir: s.dir })).code, 0, 'resumed and finished');
  assert.doesNotMatch(readFileSync(join(s.dir, 'pipeline_architecture.md'), 'utf8'), /freshness label/i);
});

test('interview session: the MVP question says which pipeline is recommended and why', async () => {
  const s = await session([...description('card-fraud-realtime'), ...ENTERS]);
  assert.match(s.out, /== Your MVP · MVP\n[^]*?Recommended: [A-Z][^\n.]+\. [A-Z][^\n]+\n {2}1\./);
});

test('interview session: going back to the description shows it, and Enter keeps it', async () => {
  const s = await session([...description('churn-one-training-pipeline'), ':back', '1', '', ':quit']);
  assert.equal(s.code, 0);
  assert.match(s.out, /Your answer was:\n {2}\| I just want a simple training pipeline/);
  assert.doesNotMatch(s.out, /Not accepted/);
  assert.match(s.out, /Stopped; your answers are saved in \.zenml-scope-interview\.json\. Run zenml-scope interview again to resume\./);
  assert.match((savedAnswers(s.dir)[0]!.value as { text: string }).text, /^I just want a simple training pipeline/);
});

test('interview session: unknown :commands are named, and :back with nothing answered stays on the question', async () => {
  const s = await session([':back', ':help', ...description('churn-one-training-pipeline'), ':quit']);
  assert.match(s.out, /Nothing to go back to yet\./);
  assert.match(s.out, /Unknown command :help\. Commands: :back \(change an earlier answer\), :quit/);
  assert.equal(count(s.out, /== The full picture/), 1, 'the question is not printed again');
  assert.doesNotMatch(JSON.stringify(savedAnswers(s.dir)[0]!.value), /:help|:back/);
});

test('interview session: a follow-up asking several things is a list, and text wraps at word boundaries', async () => {
  const s = await session([...description('foggy-scope-mlops'), ':quit'], { width: 72 });
  assert.match(s.out, /\n {2}- Where does your data come from/);
  const lines = s.out.split('\n');
  assert.ok(lines.every((l) => l.length <= 72 || !l.trim().includes(' ')), lines.find((l) => l.length > 72));
  assert.ok(lines.some((l) => l.length > 60), 'lines use the width');
});

test('interview session: declining to overwrite says how to write the document elsewhere', async () => {
  const dir = scratch({ 'pipeline_architecture.md': '# mine\n' });
  const s = await session([...description('churn-one-training-pipeline'), '', '', '', '', 'n'], { dir });
  assert.equal(s.code, 0);
  assert.match(s.out, /Left pipeline_architecture\.md as it was\. Your interview stays saved in \.zenml-scope-interview\.json: run zenml-scope interview -o <another file>/);
  assert.equal(readFileSync(join(dir, 'pipeline_architecture.md'), 'utf8'), '# mine\n');
});

test('interview session: an edited pipeline the engine refuses stays edited, so the user fixes it instead of starting over', async () => {
  const s = await session([
    ...description('churn-one-training-pipeline'),
    '', // the board
    '', // orchestrator
    '2=train_model - fits a gradient boosting model on the customer table -> the trained model',
    '', // refused: two steps are now called train_model
    '3=evaluate_on_holdout - scores the holdout month and logs the metrics -> an evaluation report',
    ...ENTERS,
  ]);
  assert.equal(s.code, 0, s.err);
  assert.match(s.out, /Not accepted: [^\n]*train_model/);
  const md = readFileSync(join(s.dir, 'pipeline_architecture.md'), 'utf8');
  assert.match(md, /train_model — fits a gradient boosting model on the customer table → produces the trained model/);
  assert.match(md, /evaluate_on_holdout — scores the holdout month/);
});

test('interview session: a state or output path that cannot be written is refused before the first question', async () => {
  const dir = scratch();
  await assert.rejects(session([], { dir, args: ['--state', '.'] }), /^Error: \.: is a directory; name the file to write$/);
  await assert.rejects(session([], { dir, args: ['-o', 'docs/pipeline_architecture.md'] }), /the directory docs does not exist/);
});
