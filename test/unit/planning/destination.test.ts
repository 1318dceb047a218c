/**
 * Where the predictions land: the system the output is said to go to, with the identifier or product
 * the user put after it, or the system where people check the results. Said, it is not asked again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';

function publish(text: string): { step: string; questions: string[] } {
  const r = draftInterview(text);
  assert.ok(r.ok, r.ok ? '' : r.error);
  const steps = r.draft.architecture.pipelines.flatMap((p) => p.steps);
  return { step: steps.find((s) => s.name === 'publish_predictions')?.description ?? '', questions: r.draft.architecture.openQuestions };
}

test('an output the clause opens on, handed to a table, lands there under the name the user gave it', () => {
  for (const [text, where] of [
    ['Our churn model is retrained monthly on Snowflake data. Results land in a Postgres table (`risk.daily_scores`) that the collectors open each morning.', /the Postgres table `risk\.daily_scores`/],
    ['A LightGBM demand model is retrained weekly from BigQuery sales. The forecasts go into the planning table `ops.forecast_v2` every Sunday night.', /the planning table `ops\.forecast_v2`/],
  ] as const) {
    const { step, questions } = publish(text);
    assert.match(step, where, text);
    assert.ok(!questions.some((q) => /look for them today|read its numbers from today/.test(q)), questions.join(' | '));
  }
});

test('where people confirm or correct the results is where they land, named with the product after it', () => {
  const { step, questions } = publish('We retrain a ticket classifier monthly on two years of labelled tickets from Postgres. It suggests a queue for each new ticket, and an agent confirms or overrides it in our ticketing system (ServiceNow).');
  assert.match(step, /the ticketing system \(ServiceNow\)/);
  assert.ok(!questions.some((q) => /look for them today/.test(q)), questions.join(' | '));
});
