/**
 * Where the results go, said outright: an output line (its arrow leads to the last place) or a
 * deadline by which they must be somewhere. The batch work writes there, and the draft does not ask again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findResultsTo } from '../../../src/core/reading/resultsTo';
import { draftInterview } from '../../../src/core/interview/autopilot';

test('an output line names where the results end up: the last hop of its arrows, or the place they are moved to', () => {
  assert.equal(findResultsTo('- Output: parquet of risk flags -> triage queue in Zendesk (IT needs a sprint)'), 'the triage queue in Zendesk');
  assert.equal(findResultsTo('**Results:** scores pushed into our fleet dashboard every hour'), 'the fleet dashboard');
  assert.equal(findResultsTo('Deliverable — a weekly sheet for the buyers'), 'a weekly sheet for the buyers');
  // A relative clause says which one it is: the one the clerks clear.
  assert.equal(findResultsTo('Output: flagged invoices in a queue that the AP clerks clear each morning. They approve each.'), 'the queue that the AP clerks clear each morning');
  // An output line that says what comes out, not where, names no place; nor does a line of results achieved.
  assert.equal(findResultsTo('Output: a probability between 0 and 1 per parcel'), null);
  assert.equal(findResultsTo('Results: promising, 0.78 AUC on the pilot'), null);
});

test('a deadline by which the results must be somewhere names the place', () => {
  assert.equal(findResultsTo('Tomorrow\'s quantities have to be in the kitchen planning tool by 5am, when prep starts.'), 'the kitchen planning tool');
  assert.equal(findResultsTo('The ranked list should land in our dispatch app no later than 06:30.'), 'the dispatch app');
  assert.equal(findResultsTo('The app must be fast by any measure.'), null);
});

test('the batch scoring writes to the place the team named, and the draft does not ask where people look', () => {
  const r = draftInterview('We retrain a LightGBM model weekly on Snowflake order history and score every store nightly.\nOutput: forecast table → the replenishment worklist in Relex (ops reads it at 6am)\nTwo engineers, Airflow already runs our jobs.');
  assert.ok(r.ok);
  assert.match(r.draft.markdown, /to the replenishment worklist in Relex/);
  assert.doesNotMatch(r.draft.markdown, /Where do the people who act on the predictions look/);
});
