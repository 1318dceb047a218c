/**
 * Retraining the team set aside ("Not requested: retraining the model this year") leaves the model it has
 * in use as it stands: no training pipeline, the model registered once by hand. On wordings no fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';
import { readDescription } from '../../../src/core/reading';
import { ruledOut } from '../../../src/core/reading/outOfScope';

const SET_ASIDE = [
  'Our own defect classifier ("Seamcheck") was trained on 60k weld photos and scores every weld photo as it arrives from the line cameras; flagged welds go to the QA screen.\n\nNot requested\n- Retraining Seamcheck on the new plant\'s photos. Later, once we have a season of audits.\n- A chatbot for the operators.',
  'We built a churn model two years ago (trained on 3 years of subscriptions) and score all accounts every Monday into Salesforce.\n\nOut of scope for this phase: retraining the model; new data sources.',
  'The grading model the lab trained last year scores each new slide batch nightly into the LIMS.\n\nParking lot\n- fine-tuning it on the second site\'s scanner',
];

test('with retraining set aside, the model in use is scored with as it stands: no training pipeline, and the draft says why', () => {
  for (const text of SET_ASIDE) {
    const r = draftInterview(text);
    assert.ok(r.ok, text);
    const plans = r.draft.architecture.pipelines;
    assert.ok(!plans.some((p) => /Training/.test(p.name)), `${text}\n${plans.map((p) => p.name).join(', ')}`);
    assert.ok(plans.some((p) => /Scoring|Inference/.test(p.name)), text);
    assert.match(r.draft.markdown, /registered once as its first version and promoted to `production` by hand/, text);
    assert.match(r.draft.markdown, /set its retraining aside/, text);
    assert.doesNotMatch(r.draft.markdown, /training joins once/, text);
  }
});

test('training data ruled out is data, not training: the training pipeline stays', () => {
  const text = 'We retrain the churn model monthly on Snowflake tables and score all accounts every Monday.\n\nOut of scope: training data from the old CRM; a dashboard.';
  const r = draftInterview(text);
  assert.ok(r.ok);
  assert.ok(r.draft.architecture.pipelines.some((p) => /Training/.test(p.name)));
});

test('"Not requested" and "not included" are labels that rule out what follows', () => {
  assert.deepEqual(ruledOut('Not requested\n- Voice cloning\n- A mobile app').map((r) => r.said), ['Voice cloning; A mobile app']);
  assert.deepEqual(ruledOut('Not included in this proposal: live scoring at the tills.').map((r) => r.said), ['live scoring at the tills.']);
});

test('a name quoted right after a described model is its name, and a model is never the tool kept for alerts', () => {
  const r = readDescription('Our in-house lesion model ("DermaRank", trained on 40k images) scores each upload. Alerts fire when the DermaRank flag rate drops below 5% for a week.', null);
  assert.ok(r.models.some((m) => m.name === 'DermaRank'), JSON.stringify(r.models));
  const d = draftInterview('Our in-house lesion model ("DermaRank", trained on 40k images) scores each upload nightly. Alerts fire when the DermaRank flag rate drops below 5% for a week.');
  assert.ok(d.ok);
  assert.doesNotMatch(d.draft.markdown, /DermaRank[^.]*, which you already use/);
});
