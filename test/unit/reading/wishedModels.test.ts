/**
 * Models a wish list asks for: under a line of wanting, items that open on a predicted output are
 * one model each, with the lifecycle the items give them. A single item, items that are no output,
 * items that doubt they can be done and lists under other headings ask for no model.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wishedModels } from '../../../src/core/reading/wishedModels';
import { readDescription } from '../../../src/core/reading';
import { draftInterview } from '../../../src/core/interview/autopilot';

const wished = (text: string) => wishedModels(text, false).map((m) => [m.name, m.trained, m.use]);

test('items under a line of wanting that open on a predicted output are one model each, named by the output', () => {
  const asks = [
    'What we would like from this:',
    '1. A nightly, per-depot parcel volume forecast for the next 10 days, pushed to the rostering tool by 05:00.',
    '2. Van breakdown risk per vehicle, refreshed weekly from the telematics history.',
  ].join('\n');
  assert.deepEqual(wished(asks), [
    ['parcel volume forecast model', 'here', 'batch'],
    ['van breakdown risk model', 'here', 'batch'],
  ]);
  const needs = ['## We need', '- Hive health scores from the acoustic sensors, learned from the inspections we labelled', '- Swarm warnings, as a text message to the keeper'].join('\n');
  assert.deepEqual(wished(needs), [
    ['hive health scores model', 'here', 'unknown'],
    ['swarm warnings model', 'here', 'unknown'],
  ]);
  const asked = ['Asks', '* Litter size estimate per sow, every Monday', '* Lameness flag from the pen cameras'].join('\n');
  assert.deepEqual(wished(asked), [
    ['litter size estimate model', 'unknown', 'batch'],
    ['lameness flag model', 'unknown', 'unknown'],
  ]);
});

test('goals that order a quantity predicted, behind a code or not, name their models by the quantity; a stretch goal is later work', () => {
  const goals = [
    'Goals',
    '- O1: Predict expected time of completion for every open work order, refreshed hourly.',
    '- O2: Forecast spare part consumption per depot for the next quarter.',
    '- O3 (stretch): Estimate technician overtime per week.',
    '- O4: Flag work orders that will miss their SLA.',
  ].join('\n');
  assert.deepEqual(wished(goals).map(([name]) => name), ['expected completion time model', 'spare part consumption model']);
  // Words that judge the answer ("the right queue", "a realistic date") say nothing of which it is.
  const asks = ['What we want:', '- Predict the correct queue for each new email', '- Estimate a realistic delivery date per order'].join('\n');
  assert.deepEqual(wished(asks).map(([name]) => name), ['queue model', 'delivery date model']);
  const objectives = ['Objectives:', '1. Estimate the resale value of each returned laptop', '2. Predict refurbishment time per unit'].join('\n');
  assert.deepEqual(wished(objectives).map(([name]) => name), ['resale value model', 'refurbishment time model']);
});

test('models numbered in running text are one model each, named by the output after the number', () => {
  const chat = 'so the plan: model 1 = a spoilage risk score per pallet each morning. model 2 = shelf life estimate per batch, from the cold-room sensors';
  assert.deepEqual(wished(chat), [
    ['spoilage risk score model', 'unknown', 'batch'],
    ['shelf life estimate model', 'unknown', 'unknown'],
  ]);
  assert.deepEqual(wished('Model A: churn propensity per account. Model B: a discount uplift estimate per offer, retrained monthly.').map(([n, t]) => [n, t]), [
    ['churn propensity model', 'here'],
    ['discount uplift estimate model', 'here'],
  ]);
});

test('items in emphasis, lettered items and items with paragraphs under them are wish-list items too; an aside in brackets is no word of the name', () => {
  const notion = [
    '## Our wishlist',
    '',
    '**1. Bridge crack detection from drone photos**',
    'The inspection drones fly every bridge twice a year. Trained on our own labelled photos, since nothing off the shelf knows our decks.',
    '',
    '**2. Bearing (expansion joint) wear forecasting**',
    'From the strain gauges, per joint. Weekly is enough.',
    '',
    '## Constraints',
    '- Nothing is closed automatically.',
  ].join('\n');
  assert.deepEqual(wished(notion), [
    ['bridge crack detection model', 'here', 'unknown'],
    ['bearing wear forecasting model', 'here', 'batch'],
  ]);
  const minutes = ['3.1 Proposal', '- Two models, in this order:', '  (a) Weekly footfall forecast per library branch, used for staffing rotas.', '  (b) Late return risk: per loan, the probability it comes back late.', '- Budget to follow.'].join('\n');
  assert.deepEqual(wished(minutes).map(([name]) => name), ['footfall forecast model', 'late return risk model']);
  const readme = ['# berth-cam', '', '## What it should do', '1. **Crane idle detection** from the quay cameras', '2. **Queue length estimate** at the gate, every 15 minutes', '', '## Setup', '- Python 3.11'].join('\n');
  assert.deepEqual(wished(readme).map(([name]) => name), ['crane idle detection model', 'queue length estimate model']);
});

test('an item that takes its model from someone else is taken as given; a bought data feed is no model', () => {
  const asks = ['What we need:', '- Supplier delay risk per order, combining our history with a bought feed from the carrier', '- Damage claim scores from a vendor model we already license', '- Return rate forecast per SKU, weekly'].join('\n');
  assert.deepEqual(wished(asks).map(([name, trained]) => [name, trained]), [
    ['supplier delay risk model', 'unknown'],
    ['damage claim scores model', 'given'],
    ['return rate forecast model', 'unknown'],
  ]);
});

test('a bare base-form word after a noun is the phrase\'s head, the way a title is written: "Stand count per plot"', () => {
  const asks = ['What we want:', '- Tree count per hectare from the spring flights', '- Canopy cover estimate per stand, trained on the field plots'].join('\n');
  assert.deepEqual(wished(asks).map(([name]) => name), ['tree count model', 'canopy cover estimate model']);
});

test('one wished output, items that are no output, doubted items and lists under other headings ask for no models', () => {
  assert.deepEqual(wished(['What we want:', '- A weekly churn risk score per account'].join('\n')), []);
  assert.deepEqual(wished(['What we want:', '- Fewer spreadsheets', '- A dashboard for the regional managers', '- Less manual re-keying'].join('\n')), []);
  // "not sure it is possible" asks the architect a question; one output is left, which is the work itself.
  const doubted = ['We would like:', '1. Berry ripeness score per block', '2. Harvest date — honestly not sure this is possible from phone photos.'].join('\n');
  assert.deepEqual(wished(doubted), []);
  // A list under "Risks" or "Current state" wishes for nothing, and the section ends at its next heading.
  const other = ['Current state', '- Yield forecast per field in Excel', '- Frost warning by phone tree', '', 'We want:', 'Something the agronomists trust.'].join('\n');
  assert.deepEqual(wished(other), []);
});

test('wished models get their lifecycle: a training pipeline, the batch scoring their items ask for, one Model Control Plane name each', () => {
  const text = [
    'Hillside Water — planning note',
    '',
    'Every pumping station logs flow and pressure to our Postgres historian every 15 minutes; we have eight years of it.',
    'Maintenance records live in Maximo.',
    '',
    'What we would like:',
    '1. A per-station demand forecast for the next 48 hours, refreshed nightly and shown to the control room in Grafana.',
    '2. Pump failure risk for each pump, as a weekly list for the maintenance planners.',
    '',
    'We expect both would need retraining as stations are added. Two analysts, no ML platform yet.',
  ].join('\n');
  const r = readDescription(text, null);
  assert.deepEqual(r.models.map((m) => [m.name, m.trained]), [['demand forecast model', 'here'], ['pump failure risk model', 'here']]);
  assert.ok(r.components.some((c) => c.kind === 'training'), r.components.map((c) => c.kind).join(', '));
  assert.ok(r.components.some((c) => c.kind === 'batch-inference' && c.cadence === 'daily'), r.components.map((c) => `${c.kind}:${c.cadence}`).join(', '));
  const d = draftInterview(text);
  assert.ok(d.ok);
  assert.match(d.draft.architecture.overview, /`demand_forecast_model`/);
  assert.match(d.draft.architecture.overview, /`pump_failure_risk_model`/);
});
