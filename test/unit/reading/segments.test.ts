import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correctTypos, isNegated, MAX_SEGMENT, splitSegments, withinOneEdit } from '../../../src/core/reading/segments';
import { readDescription } from '../../../src/core/reading';

const originals = (text: string) => splitSegments(text).map((s) => s.original);

test('sentences, semicolons and list items become separate segments', () => {
  assert.deepEqual(originals('We pull from Postgres. Then we train; finally we deploy!'), [
    'We pull from Postgres',
    'Then we train',
    'finally we deploy',
  ]);
  assert.deepEqual(originals('Plan:\n- ingest clicks\n* train weekly\n1. batch scoring\n2) dashboard'), [
    'Plan:',
    'ingest clicks',
    'train weekly',
    'batch scoring',
    'dashboard',
  ]);
});

test('a paragraph wrapped over several lines stays one sentence', () => {
  assert.deepEqual(originals('we pull the transactions\nfrom snowflake every night'), ['we pull the transactions from snowflake every night']);
});

test('an unindented line after a list item starts a new block, an indented one continues the item', () => {
  assert.deepEqual(originals('- A/B test new models\nWe are 4 ML engineers'), ['A/B test new models', 'We are 4 ML engineers']);
  assert.deepEqual(originals('- A/B test new models\n  on 5% of traffic'), ['A/B test new models on 5% of traffic']);
});

test('dictation without punctuation is cut at the connectives people speak', () => {
  const segs = originals('we pull data from postgres and then we train a model every week and also monitor it for drift');
  assert.deepEqual(segs, ['we pull data from postgres', 'and then we train a model every week', 'and also monitor it for drift']);
});

test('a run-on clause is capped at a word boundary', () => {
  const segs = originals('word '.repeat(200));
  assert.ok(segs.length > 1);
  for (const s of segs) {
    assert.ok(s.length <= MAX_SEGMENT);
    assert.ok(!s.startsWith(' ') && !s.endsWith('wor'));
  }
});

test('common typos of domain keywords are corrected, real words one edit away are not', () => {
  assert.equal(correctTypos('a tranining pipline to deplyo the modle'), 'a training pipeline to deploy the modle');
  assert.equal(correctTypos('retrian monthly, montioring weekly'), 'retrain monthly, monitoring weekly');
  assert.equal(correctTypos('retaining logs for the trailing 30 days'), 'retaining logs for the trailing 30 days');
  assert.equal(correctTypos('short words like trian stay'), 'short words like trian stay');
  // "Retain" is English, not a typo of "retrain": a contract that must not retain copies asks for no training.
  assert.equal(correctTypos('nor retain copies; images are retained for 30 days; it retains nothing'), 'nor retain copies; images are retained for 30 days; it retains nothing');
});

test('withinOneEdit covers insertion, deletion, substitution and adjacent swap, nothing more', () => {
  assert.ok(withinOneEdit('pipline', 'pipeline'));
  assert.ok(withinOneEdit('pipeeline', 'pipeline'));
  assert.ok(withinOneEdit('pipaline', 'pipeline'));
  assert.ok(withinOneEdit('pipelien', 'pipeline'));
  assert.ok(!withinOneEdit('pplien', 'pipeline'));
  assert.ok(!withinOneEdit('training', 'trained'));
});

test('negation is read within the clause before a phrase', () => {
  const text = "we don't need a dashboard, but alerting matters";
  assert.ok(isNegated(text, text.indexOf('dashboard')));
  assert.ok(!isNegated(text, text.indexOf('alerting')));
  const tried = 'We tried a dashboard before';
  assert.ok(isNegated(tried, tried.indexOf('dashboard')));
});

test('an inflection of a keyword is a word, not a typo of it', () => {
  assert.equal(correctTypos('each document is parsed and every notebook reruns'), 'each document is parsed and every notebook reruns');
  assert.equal(correctTypos('the model monitors drift and deploys nightly'), 'the model monitors drift and deploys nightly');
  assert.equal(correctTypos('a tranining pipline'), 'a training pipeline');
});

test('"Undecided" opens the team\'s questions only as a heading or label; a remark that starts with it asks nothing after it', () => {
  const remark = originals('undecided how overrides feed back in. logging them for sure\nthe suggestions must come back within a second\nscores land in Snowflake nightly');
  assert.ok(remark.every((s) => !s.endsWith('?')), remark.join(' | '));
  for (const heading of ['Undecided:\n- whether to retrain weekly\n- where the scores go', 'Undecided\n- whether to retrain weekly\n- where the scores go', 'Open questions on our side: whether to retrain weekly, and where the scores go.', '4.2 Open questions\nQ1 Do we retrain weekly?\nQ2 What do the scores go to?', '3.1 Open questions for the design review\n- Do we retrain weekly, or monthly?\n- Dashboards per site for the scores, or one?']) {
    assert.ok(originals(heading).filter((s) => /retrain|scores/.test(s)).every((s) => s.endsWith('?')), originals(heading).join(' | '));
  }
});

test('a doubt about a numbered item ("not sure #2 is realistic for us") makes that item undecided work, whose words pick no domain', () => {
  const text = [
    'Two ideas from the conference:',
    '',
    '1. Spoilage. Predict which cold-room pallets will spoil this week from the temperature loggers, so the crew rotates them first.',
    '2. Shelf gaps. Other shops run camera images and video of the shelves through a detector to spot empty facings.',
    '',
    "Honestly not sure number 2 is realistic for us. We have three years of logger data in Postgres.",
  ].join('\n');
  const r = readDescription(text, null);
  assert.ok(!r.domainCues.vision, JSON.stringify(r.domainCues));
  const kept = readDescription(text.replace("Honestly not sure number 2 is realistic for us.", "Both matter to us."), null);
  assert.ok(kept.domainCues.vision, 'without the doubt the item is work like any other');
});
