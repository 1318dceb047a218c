/** Post-processing the team does to the model's output is a step after the model, in their words; none is invented. On wordings no fixture or case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';
import { readDescription } from '../../../src/core/reading';

function stepsOf(text: string): { name: string; description: string }[] {
  const r = draftInterview(text);
  assert.ok(r.ok, 'the draft runs');
  return r.draft.architecture.pipelines.flatMap((p) => p.steps);
}

test('post-processing said of the output follows the model, quoted with the clauses that continue it', () => {
  const cases: [string, RegExp][] = [
    ['We run a pretrained YOLO detector over the nightly uploads from S3; a post-processing step drops boxes under 20 pixels and merges overlapping ones, and the results go to Postgres.', /drops boxes under 20 pixels and merges overlapping ones/],
    ['GPT-4o summarises each support ticket from Zendesk every night, then we post-process the summaries to strip customer names before they are written to BigQuery.', /post-process the summaries to strip customer names/],
    ['We train a churn model weekly on the events in Snowflake and score all accounts nightly; post-processing caps the scores per region, and the capped scores go to Salesforce.', /post-processing caps the scores per region/],
  ];
  for (const [text, said] of cases) {
    const steps = stepsOf(text);
    const at = steps.findIndex((s) => s.name === 'postprocess_outputs');
    assert.ok(at > 0, `${text}: ${steps.map((s) => s.name)}`);
    assert.match(steps[at]!.description, said);
    assert.ok(/predict|score|extract/.test(steps[at - 1]!.name), `after the model: ${steps.map((s) => s.name)}`);
  }
});

test('without post-processing in the description there is no such step, and the reading has none', () => {
  const text = 'We train a churn model weekly on the events in Snowflake and score all accounts nightly into Salesforce.';
  assert.equal(readDescription(text, null).afterModel, null);
  assert.ok(!stepsOf(text).some((s) => s.name === 'postprocess_outputs'));
});
