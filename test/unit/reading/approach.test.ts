/**
 * How the model is made, when the team weighs training one against taking one and has not decided:
 * the options are judged side by side first, nothing is trained or taken as given, and the draft says
 * so. On wordings no fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApproach } from '../../../src/core/reading/approach';
import { readDescription } from '../../../src/core/reading';
import { draftInterview } from '../../../src/core/interview/autopilot';

test('a sentence that weighs making the model against taking one, undecided, opens the approach', () => {
  for (const text of [
    "We haven't decided whether to fine-tune a small BERT on the archive or send each ticket to GPT-4o with the category list.",
    'Not sure yet if we should train our own ranker or just call a hosted LLM.',
    'Options: a vendor add-on, an off-the-shelf model, or a classifier we build ourselves — we have not picked one.',
    'Should we buy the vendor model or train something on our own labels?',
    'We want to compare a fine-tuned model vs a prompted LLM before committing.',
  ]) assert.equal(openApproach(text).length, 1, text);
});

test('a decided approach, a ruled-out one, or an unrelated choice opens nothing', () => {
  for (const text of [
    'We use GPT-4o as-is, no fine-tuning, and we are not sure yet how to show the tags.',
    'We fine-tune a small BERT every month on the reviewed tickets.',
    'Not sure whether the training data covers the winter months.',
    'Undecided whether the results go to the CRM or a dashboard.',
    'We compare the new model against last month\'s on the same week of tickets.',
  ]) assert.deepEqual(openApproach(text), [], text);
});

test('a model named among the options is neither trained here nor taken as given', () => {
  const r = readDescription("Each night we score the new permit applications for missing documents and email the clerks a list. We still can't decide whether to train our own classifier on the 40k past decisions or have Claude read each file.", null);
  assert.ok(r.approachOpen);
  assert.ok(r.models.every((m) => m.trained === 'unknown'), JSON.stringify(r.models));
});

test('with the approach open, the draft judges the options first and neither trains nor claims a working model', () => {
  const text = [
    'Every night the permits office scores new applications for missing documents and emails the clerks a list of the ones to chase.',
    "We still can't decide whether to train our own classifier on the 40k past decisions in Postgres or have Claude read each file.",
    'The clerks record whether each chased application really lacked a document.',
  ].join(' ');
  const d = draftInterview(text);
  assert.ok(d.ok);
  const a = d.draft.architecture;
  const mvp = a.pipelines.find((p) => p.phase === 'MVP')!;
  assert.match(mvp.purpose, /each option you are weighing .*such as Claude/);
  assert.ok(!a.pipelines.some((p) => /^Trains /.test(p.purpose)), a.pipelines.map((p) => p.purpose).join('\n'));
  assert.match(a.overview, /how the model is made is still open/);
  assert.doesNotMatch(a.overview, /taken as given and already works/);
});

test('a section of options, one making a model and one taking one, weighs them until a decision follows', () => {
  const options = ['3. Options', '3a. Fine-tune our own reranker on two years of click logs.', '3b. A hosted LLM (Claude) reranks the top 50, no training.', '3c. Keep BM25 and tune boosts by hand.', ''].join('\n');
  assert.equal(openApproach(`${options}Leaning 3a, but Sam wants numbers on 200 queries first.`).length, 1);
  assert.equal(openApproach(`${options}Decision (May 2): 3b, revisit in Q4.`).length, 0);
  // Options that all make a model, or all take one, weigh nothing of the approach.
  assert.equal(openApproach(['Alternatives considered', '- train a GBM on the loads', '- train a small CNN on the images', ''].join('\n')).length, 0);
});

test('leanings on both sides ("ops leans vendor, we lean build-ish") leave the approach open; one lean with no rival does not', () => {
  assert.equal(openApproach('Finance is leaning towards the vendor\'s score, while engineering leans build-ish.').length, 1);
  assert.equal(openApproach('We lean towards training our own model on the history.').length, 0);
});
