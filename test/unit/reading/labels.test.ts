/**
 * Where a judging model's labels come from, and the open question the document asks about them
 * (the question an expert asks first of a detection or classification plan). On wordings no
 * fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findLabels, judgesItems } from '../../../src/core/reading/labels';
import { draftInterview } from '../../../src/core/interview/autopilot';

test('a sentence that says where labels come from, or that the team holds labelled data, is kept', () => {
  for (const text of [
    'Each claim our adjusters reject becomes a label in the claims table.',
    'The transcripts are annotated by two linguists on contract.',
    'Ground truth comes from the lab results, which arrive a week later.',
    'We have 40,000 labelled weld images from past audits.',
    'Chargebacks are our labels: the bank tells us about them after 30 to 60 days.',
    'The returns the warehouse inspects by hand give us the labels.',
    'A contractor trained the first model on about 3,000 field-verified labels.',
    'Last spring an intern collected 900 confirmed labels from the site visits.',
  ]) assert.ok(findLabels(text).said, text);
});

test('the reply to a short question about labels says where they come from, in whatever words it uses', () => {
  const cases: [string, string][] = [
    ['Dana 10:02\nlabels?\n\nRui 10:05\nthe closed disputes in Zendesk, about 9k of them. the rest are unresolved.', 'the closed disputes in Zendesk, about 9k of them'],
    ['Q: Do you have labelled data?\nA: Only the 300 audits the QA team did last spring.', 'Only the 300 audits the QA team did last spring'],
    ['Sara: ground truth?\nKen: the inspectors\' final verdicts in the QMS, about 2,000 of them.', "the inspectors' final verdicts in the QMS, about 2,000 of them"],
    ['What about annotations? Every returned parcel is scanned and tagged at the depot.', 'Every returned parcel is scanned and tagged at the depot'],
  ];
  for (const [text, said] of cases) assert.equal(findLabels(text).said, said, text);
});

test('labels said to be the reader\'s ("that\'s your labels"), or pointed back at, are the sentence that says what they are', () => {
  const cases: [string, string][] = [
    ['Dispatchers close every call with an outcome code. That\'s your labels, more or less.', 'Dispatchers close every call with an outcome code'],
    ['Every refund an agent approves is logged with a reason. Those are the labels we have.', 'Every refund an agent approves is logged with a reason'],
    ['The biopsy results are your ground truth.', 'The biopsy results are your ground truth'],
  ];
  for (const [text, said] of cases) assert.equal(findLabels(text).said, said, text);
});

test('a reply that has no labels, or a question answered by another question, says no source', () => {
  for (const text of [
    'Any labels?\n\nMarco: not really, we never kept them.',
    'What about ground truth? None yet, honestly.',
    'Do you have labels? We don\'t have any.',
    'Labels? Where would they even come from?',
    'The model needs labels? That is news to me.',
  ]) assert.equal(findLabels(text).said, null, text);
});

test('labels named only as missing or wished for are no source', () => {
  for (const text of [
    'We have no labels yet for the new product lines.',
    'We lack labelled examples of the rare defects.',
    'Nobody knows yet what a good answer looks like.',
  ]) assert.equal(findLabels(text).said, null, text);
});

test('people reporting or flagging items are a signal, quoted in their words', () => {
  const cases: [string, RegExp][] = [
    ['Until now our buyers flag counterfeit listings and support removes them.', /^our buyers flag counterfeit listings/],
    ['Most fake reviews reach us because customers report them in the app.', /^customers report them/],
    ['We rely on complaints from riders to find unsafe drivers.', /^complaints from riders$/],
    ['Moderators mark abusive comments as hidden.', /^Moderators mark abusive comments/],
  ];
  for (const [text, expected] of cases) assert.match(findLabels(text).reported ?? '', expected, text);
  assert.equal(findLabels('The model flags risky invoices for review.').reported, null, 'the model flagging is its output, not people reporting');
});

test('a judgment is read from the work\'s clauses and names, not from any mention elsewhere', () => {
  assert.ok(judgesItems([{ kind: 'training', text: 'we train a classifier on the tickets' }], []));
  assert.ok(judgesItems([{ kind: 'batch-inference', text: 'score every claim for fraud each night' }], []));
  assert.ok(judgesItems([], ['Defect detection for the paint shop']));
  assert.ok(judgesItems([{ kind: 'monitoring', text: 'a supervised model that watches the payments' }], []));
  assert.ok(!judgesItems([{ kind: 'training', text: 'we retrain the demand model weekly' }], ['Demand forecasting']));
  assert.ok(!judgesItems([{ kind: 'processing', text: 'detect silence and split the audio' }], []), 'a data step detecting something is no judgment of items');
});

function questions(text: string): string[] {
  const r = draftInterview(text);
  assert.ok(r.ok);
  return r.draft.architecture.openQuestions;
}

test('the document asks where a judging model\'s labels come from only when the description leaves it open', () => {
  const unsaid = questions('We train a gradient-boosted model on Snowflake to detect fraudulent insurance claims, retrained monthly on Vertex AI, and score every new claim nightly into the claims table. Three engineers.');
  assert.ok(unsaid.some((q) => /^Where do the labels .* come from \(people's decisions, user reports, outcomes recorded later\)/.test(q)), unsaid.join('\n'));

  const reported = questions('Shoppers flag suspicious sellers in the app. We want to train a classifier on Snowflake that detects fraudulent sellers every week on Vertex AI and score all sellers nightly into the risk table. Two engineers.');
  assert.ok(reported.some((q) => /^Are the reports \(“Shoppers flag suspicious sellers[^”]*”\) the labels .* who confirms a report/.test(q)), reported.join('\n'));

  const said = questions('Our inspectors label every weld photo as sound or cracked in Label Studio. We retrain a vision model weekly on Vertex AI on the labelled photos from GCS and score each new batch of photos into BigQuery. Two CV engineers.');
  assert.ok(said.some((q) => /^How many new labels arrive between two runs of .*\?/.test(q)), said.join('\n'));
  assert.ok(!said.some((q) => /^Where do the labels/.test(q)), 'what the description answered is not asked');

  const forecast = questions('We retrain a demand forecasting model weekly on Vertex AI from the sales history in BigQuery and write next week\'s forecasts to a table. Two engineers.');
  assert.ok(!forecast.some((q) => /labels/.test(q)), 'a forecast learns from history, not from labels');
});

test('events people confirmed are what a judging model is scored against, said as labels', () => {
  for (const text of ['We check the false-alarm rate against last month\'s confirmed faults.', 'Precision is measured on the verified fraud cases from the disputes team.']) {
    assert.ok(findLabels(text).said, text);
  }
  assert.equal(findLabels('We confirmed that the model is slow.').said, null, 'confirming a fact is no label');
});

test('judgments people record per item, and people correcting the model, are where labels come from', () => {
  for (const text of ['We would fine-tune it on the 15k QA scorecards we already have.', 'We want to retrain when the reviewers correct its predictions in the tool.', 'Editors correct the model\'s tags every day.']) {
    assert.ok(findLabels(text).said, text);
  }
  assert.equal(findLabels('We correct the data types before loading.').said, null, 'correcting data is not correcting the model');
});

test('the final or confirmed decisions people made on past items are labels', () => {
  for (const text of ["We have 40,000 historical reports with the processors' final classification.", 'Every past claim carries the adjusters\' final decision.']) {
    assert.ok(findLabels(text).said, text);
  }
});

test('what a model learns from that people decided, their corrections kept to learn from, and people who label are where labels come from', () => {
  for (const text of [
    'The classifier should retrain every fortnight from the reviewers\' verdicts in the queue.',
    'We want it to learn from the moderators\' overrides, not from user reports.',
    'When the analysts fix a wrong match, those corrections should feed back into training data.',
    'The pathologists annotate a few slides each week in CVAT.',
  ]) assert.ok(findLabels(text).said, text);
  assert.equal(findLabels('We train on the sensor history from the last two winters.').said, null);
  assert.equal(findLabels('The planners decide which routes run.').said, null);
});

test('a full stop inside a number or a name ends no sentence: the label sentence is whole', () => {
  assert.match(findLabels('We trained it on 12.500 images we annotated ourselves last summer.').said ?? '', /^We trained it on 12\.500 images/);
});
