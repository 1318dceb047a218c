/** Outputs people review outside ZenML are handed to them by a step, so no run waits for a person. On wordings no fixture or case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';

const steps = (text: string) => {
  const r = draftInterview(text);
  assert.ok(r.ok);
  return r.draft.architecture.pipelines.flatMap((p) => p.steps);
};

test('the scoring batch sends what needs a person to the reviewers, in the team\'s words, before it publishes', () => {
  for (const text of [
    'We retrain a claims fraud model monthly on the claims history in Redshift and score every new claim nightly; the suspicious ones go to an investigator before anything is paid. Three engineers.',
    'We train a listing risk classifier weekly on labelled listings from Postgres and score all new listings with it every night; moderators check each flagged listing before it is removed. Two engineers.',
  ]) {
    const all = steps(text);
    const at = all.findIndex((s) => s.name === 'route_to_review');
    assert.ok(at > 0, `${text}: ${all.map((s) => s.name)}`);
    assert.equal(all[at + 1]?.name, 'publish_predictions');
  }
});

test('without people reviewing outputs there is no review step', () => {
  assert.ok(!steps('We retrain a churn model weekly on the events in Snowflake and score all accounts nightly into Salesforce.').some((s) => s.name === 'route_to_review'));
});
