/**
 * Where the predictions land: the system the output is said to go to, with the identifier or product
 * the user put after it, or the system where people check the results. Said, it is not asked again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';
import { draftArchitecture as draft } from '../drafts';

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

test('a publish verb with the results left unsaid hands them to the system after it; scoring never reads the labelling tool', () => {
  const text = 'We fly drones over the vineyards every week and have a detector someone trained in a notebook that flags mildew spots on the orthophotos. Agronomists label spots in Label Studio now and then, and we want to retrain + push to the vineyard app without anyone babysitting it. Every new flight should be scored the morning after.';
  const a = draft(text);
  const scoring = a.pipelines.find((p) => /Batch|Scoring|Inference/.test(p.name));
  assert.ok(scoring, a.pipelines.map((p) => p.name).join(', '));
  assert.match(scoring.steps.at(-1)!.description, /the vineyard app/);
  assert.ok(!scoring.dataSources.some((s) => /Label Studio/.test(s)), scoring.dataSources.join(' | '));
  assert.ok(a.openQuestions.some((q) => /Where do the new items .* arrive today/.test(q)), a.openQuestions.join('\n'));
});

test('"everything ends up in X" at the end of the work is where the predictions land', () => {
  const { step, questions } = publish('We score every open order with the delay model each night from Postgres. Everything ends up in BigQuery, and Looker dashboards refresh at 07:00 for the planners.');
  assert.match(step, /BigQuery/);
  assert.ok(!questions.some((q) => /Where do .* look for/.test(q)), questions.join('\n'));
});
