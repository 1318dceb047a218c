/** The document speaks to the user: their phrases move from "we" to "you" when it repeats them outside quotes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inYourVoice, takesPlural, titleOf, withArticle } from '../../../src/core/words';
import { draftInterview } from '../../../src/core/interview/autopilot';

test('first person becomes second person, in every form, keeping a capital', () => {
  const cases: [string, string][] = [
    ['the quotes our brokers send today', 'the quotes your brokers send today'],
    ['the rules we wrote ourselves', 'the rules you wrote yourselves'],
    ['the heuristic I maintain', 'the heuristic you maintain'],
    ['Our current scorecard', 'Your current scorecard'],
    ['what my team built', 'what your team built'],
    ['the baseline we\'ve shipped', 'the baseline you\'ve shipped'],
  ];
  for (const [said, written] of cases) assert.equal(inYourVoice(said), written);
  assert.equal(inYourVoice('usage statistics from Ourense'), 'usage statistics from Ourense', 'whole words only');
});

test('a baseline the user named is written in the document\'s voice', () => {
  const r = draftInterview('We train a churn model on the subscription events in BigQuery every month; each new version must beat the rules we wrote ourselves last year before it replaces them. Two engineers.');
  assert.ok(r.ok);
  const text = JSON.stringify(r.draft.architecture);
  assert.match(text, /the rules you wrote yourselves/);
  assert.doesNotMatch(text.replace(/“[^”]*”/g, ''), /\bwe wrote\b/);
});

test('a name takes a plural verb when its head noun is plural or it joins two things', () => {
  for (const name of ['Actions on predictions', 'Alerts for the on-call team', 'Detection and remediation', 'Nightly reports', 'Dashboards'])
    assert.ok(takesPlural(name), name);
  for (const name of ['Stream processing', 'Photo moderation workflow', 'Root cause analysis', 'Access to the warehouse', 'The review status', 'Business logic in SQL views'])
    assert.ok(!takesPlural(name), name);
});

test('a singular common noun phrase takes its article; plurals, determined phrases and product names do not', () => {
  const cases: [string, string][] = [
    ['Transformer-based deep learning model', 'a Transformer-based deep learning model'],
    ['gradient-boosted tree', 'a gradient-boosted tree'],
    ['ensemble of ridge regressions', 'an ensemble of ridge regressions'],
    ['simple moving averages', 'simple moving averages'],
    ['our seasonal baseline', 'our seasonal baseline'],
    ['XGBoost', 'XGBoost'],
    ['GPT-4', 'GPT-4'],
  ];
  for (const [phrase, written] of cases) assert.equal(withArticle(phrase), written);
});

test('an identifier as a title keeps acronyms in capitals', () => {
  assert.equal(titleOf('ml_model'), 'ML Model');
  assert.equal(titleOf('eta_regressor'), 'ETA Regressor');
  assert.equal(titleOf('parcel_delay_model'), 'Parcel Delay Model');
  assert.equal(titleOf('mlops_model'), 'Mlops Model', 'only whole words');
});
