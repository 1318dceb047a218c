/** Who uses the model's output, in the user's words, and what the draft does with it. On wordings no fixture or case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findConsumers } from '../../../src/core/reading/consumers';
import { readDescription } from '../../../src/core/reading';
import { draftInterview } from '../../../src/core/interview/autopilot';

test('people or a part of the business that use the output, before the verb or after "by"', () => {
  const cases: [string, { who: string; what: string }][] = [
    ['We want the weekly churn scores our account managers act on every Monday.', { who: 'account managers', what: 'weekly churn scores' }],
    ['The predictions are used by the collections team every week.', { who: 'collections team', what: 'predictions' }],
    ['Risk scores that underwriters review before approving a loan.', { who: 'underwriters', what: 'risk scores' }],
    ['It produces recommendations which store managers look at daily.', { who: 'store managers', what: 'recommendations' }],
    ['and produce the staffing forecasts that scheduling and finance plan with.', { who: 'scheduling and finance', what: 'staffing forecasts' }],
  ];
  for (const [text, expected] of cases) assert.deepEqual(findConsumers(text), expected, text);
});

test('a system, the team itself or a pronoun is not who uses the output', () => {
  for (const text of ['The scores that the CRM reads are a day old.', 'These are the forecasts we use ourselves.', 'The results are read by our data warehouse loader.', 'The flags it checks are stale.']) {
    assert.equal(findConsumers(text), null, text);
  }
});

test('the draft asks where the named people look, and keeps their work outside the pipelines', () => {
  const r = draftInterview('We retrain a demand model every week on the sales history in BigQuery and produce the daily forecasts that the store managers and buyers work from. Two engineers.');
  assert.ok(r.ok);
  const a = r.draft.architecture;
  assert.ok(a.openQuestions.some((q) => /^Where do store managers and buyers look for the daily forecasts today/.test(q)), a.openQuestions.join('\n'));
  assert.ok(a.notAPipeline.some((n) => n.name === 'Store managers and buyers'), JSON.stringify(a.notAPipeline));
});

test('the data flow hands the output to the people named, outside ZenML, with the verb agreeing', () => {
  const flow = (text: string) => {
    const r = draftInterview(text);
    assert.ok(r.ok, text);
    return r.draft.architecture.dataFlow;
  };
  assert.match(flow('We retrain a demand model every week on the sales history in BigQuery and produce the daily forecasts that the store managers and buyers work from. Two engineers.'), /Store managers and buyers work from the daily forecasts .* publishes, outside ZenML: no pipeline waits on what they decide\./);
  assert.match(flow('We retrain a lapse model monthly on policy records in Postgres and score every active policy each Monday; the lapse scores are used by the retention desk. Two engineers.'), /The retention desk works from the lapse scores .* publishes, outside ZenML: no pipeline waits on what it decides\./);
});

test('people then the verb then the output is who uses it too; the team itself or a system is not', () => {
  assert.deepEqual(findConsumers('and the store managers use those numbers to place their orders on Thursday mornings'), { who: 'store managers', what: 'numbers' });
  assert.deepEqual(findConsumers('Underwriters review the risk scores before approving a loan.'), { who: 'underwriters', what: 'risk scores' });
  assert.equal(findConsumers('We use the predictions ourselves.'), null);
  assert.equal(findConsumers('The CRM reads the scores every night.'), null);
});

test('anyone at all, or numbers of another kind, are not who uses the output', () => {
  assert.equal(findConsumers('Masking happens upstream, but people say account numbers out loud in odd ways.'), null);
  assert.equal(findConsumers('Everyone reads invoice numbers off the scans.'), null);
  assert.deepEqual(findConsumers('The shift supervisors use those numbers to plan the week.'), { who: 'shift supervisors', what: 'numbers' });
});

test('a form\'s answer to who uses the output names them, and the product they use it in is where the results go', () => {
  const r = readDescription('4. What do you want?\nFlag risky permit applications.\n\n5. Who uses the results, and where?\nPermit clerks and building inspectors, in Accela (our permitting system).\n\n6. Data\nTen years of applications in Postgres.', null);
  assert.deepEqual(r.consumers, { who: 'Permit clerks and building inspectors', what: 'output' });
  assert.ok(r.categories.deployment?.includes('Accela'), JSON.stringify(r.categories.deployment));
  assert.equal(readDescription('Who uses the output?\nNot sure yet.', null).consumers, null);
});
