/** A decision an optimizer makes from the predictions is a step right after them, named by the user's verb and object. On wordings no fixture or case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDecision } from '../../../src/core/reading/decision';
import { draftInterview } from '../../../src/core/interview/autopilot';

test('an optimizer that picks, assigns or allocates from the forecasts; optimising code is no decision', () => {
  const cases: [string, string | null][] = [
    ['After the forecast, a solver assigns the nurses to shifts for the coming week.', 'assign_nurses'],
    ['An integer program allocates the inventory across stores from those forecasts.', 'allocate_inventory'],
    ['Then our optimizer sets the price per route.', 'set_price'],
    ['We optimise our SQL queries a lot.', null],
  ];
  for (const [text, step] of cases) assert.equal(findDecision(text)?.step ?? null, step, text);
});

test('the scoring pipeline decides right after it predicts, quoting the team', () => {
  const r = draftInterview('We retrain the ticket volume forecaster weekly from the support history in BigQuery, and every Sunday we forecast next week\'s volume; a solver then assigns the agents to shifts from that forecast. Two engineers.');
  assert.ok(r.ok);
  const steps = r.draft.architecture.pipelines.flatMap((p) => p.steps);
  const at = steps.findIndex((s) => s.name === 'assign_agents');
  assert.ok(at > 0, steps.map((s) => s.name).join(', '));
  assert.match(steps[at]!.description, /“a solver then assigns the agents to shifts from that forecast”/);
  assert.equal(steps[at - 1]!.name, 'predict');
  assert.match(steps[at + 1]!.description, /^Writes the decisions, with the predictions they came from,/, 'what is published is the decision');
});
