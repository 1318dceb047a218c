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

test('models asked for whose predictions are used, that nobody has and nobody supplies, are trained here; the draft trains each and claims no existing model', () => {
  const text = [
    '#orchard-ops — exported',
    '',
    'Ines  8:10 AM',
    'recap: the packhouse wants to stop guessing. model A = bruise risk per bin at intake. model B = a shelf-life estimate per pallet, bc buyers keep rejecting late loads',
    '',
    'Ola  8:20 AM',
    'and the scores get pushed to the grading screens every morning before the first shift',
    '',
    'Ines  8:25 AM',
    'intake scans sit in our Postgres, about 3 seasons of it',
  ].join('\n');
  const r = readDescription(text, null);
  assert.deepEqual(r.models.map((m) => [m.name, m.trained]), [['bruise risk model', 'here'], ['shelf-life estimate model', 'here']]);
  const d = draftInterview(text);
  assert.ok(d.ok);
  const doc = JSON.stringify(d.draft.architecture);
  assert.match(doc, /`bruise_risk_model`/);
  assert.doesNotMatch(doc, /the existing model is registered/, 'a new model has no earlier version to register');
  assert.doesNotMatch(d.draft.architecture.overview, /does not place yet[^.]*estimate model/, 'a wished model placed under its identifier is placed');

  // A model someone supplies, or training ruled out, leaves the asks' training open.
  const supplied = text.replace('sit in our Postgres, about 3 seasons of it', 'sit in our Postgres; the grading vendor gives us a hosted model we call');
  assert.ok(!readDescription(supplied, null).models.some((m) => m.trained === 'here' && /bruise/.test(m.name)), 'a hosted model named');
  const ruledOut = text.replace('about 3 seasons of it', "we are not training anything ourselves this season");
  assert.ok(!readDescription(ruledOut, null).models.some((m) => m.trained === 'here'), 'training ruled out');
  // Asks nobody puts to use are not yet work to train.
  const unused = text.replace('and the scores get pushed to the grading screens every morning before the first shift', 'no idea yet what we would do with them');
  assert.ok(!readDescription(unused, null).models.some((m) => m.trained === 'here'), 'no predictions used');
});

test('several wished models under a task the team named take the task as the title, not the list of models', () => {
  const text = [
    'We want to plan the spoilage detection work for the cold stores before the audit.',
    'model 1 = door-left-open probability per store per hour. model 2 = a compressor fault score per unit from the BMS.',
    'We retrain from the technician reports each quarter and push the flags to the facilities app nightly.',
  ].join('\n');
  const d = draftInterview(text);
  assert.ok(d.ok);
  assert.match(d.draft.architecture.project, /^Spoilage detection/i);
});

test('an output noun followed by what it is of names the model by both ("estimate of excess fuel burn"), and a numbered section heading opens the list', () => {
  const goals = ['1. Context', 'We run 20 dredgers.', '', '2. Goals', '- G1: Per-dredger estimate of excess fuel burn from worn pumps, updated daily.', '- G2: Recommendation of pump overhaul timing for the fleet engineers.', '- G3: Weekly forecast of silt volume per channel.', '', '3. Data', '- Engine logs in S3.'].join('\n');
  assert.deepEqual(wished(goals).map(([name, , use]) => [name, use]), [
    ['excess fuel burn estimate model', 'batch'],
    ['pump overhaul recommendation model', 'unknown'],
    ['silt volume forecast model', 'batch'],
  ]);
});

test('a task that is one of the wished models\' own names titles nothing: the models do', () => {
  const text = [
    'We want to improve volume forecasting for the creamery.',
    'What we would like:',
    '1. A per-farm milk volume forecast for the next 10 days, refreshed nightly.',
    '2. Somatic cell risk per herd, as a weekly list for the field officers.',
    'Collections sit in our SQL Server; we retrain monthly.',
  ].join('\n');
  const d = draftInterview(text);
  assert.ok(d.ok);
  assert.doesNotMatch(d.draft.architecture.project, /^Volume forecasting$/i);
  assert.match(d.draft.architecture.project, /milk volume forecast/i);
});

test('under "Scope", an item the team puts off or buys asks for no model of theirs, and a bullet indented under an item says more of it', () => {
  const scope = [
    'Scope (in priority order)',
    '1. Fare evasion risk per gate from the turnstile logs',
    '   - Needs an answer while the passenger is at the gate: p95 < 80ms per request.',
    '2. Vandalism detection from the station cameras. Can ship post-launch.',
    '3. Lost-property matching scores — we are NOT training this. Buy. Evaluating two vendors.',
    '4. Crowding forecast per platform, every 15 minutes',
  ].join('\n');
  assert.deepEqual(wishedModels(scope, true).map((m) => [m.name, m.trained, m.use]), [
    ['fare evasion risk model', 'here', 'request'],
    ['crowding forecast model', 'here', 'batch'],
  ]);
  const bought = ['Scope for v1:', '- Parcel damage scores from the claims photos, trained weekly', '- Address quality scores: no training, we buy the vendor model'].join('\n');
  assert.deepEqual(wishedModels(bought, false).map((m) => [m.name, m.trained]), [
    ['parcel damage scores model', 'here'],
    ['address quality scores model', 'given'],
  ]);
});

test('a slash joins alternatives into one word of the wished model\'s name', () => {
  const asks = ['What we want:', '- Aimbot / triggerbot detection from match telemetry', '- Smurf account scores per player'].join('\n');
  assert.deepEqual(wished(asks).map(([name]) => name), ['aimbot/triggerbot detection model', 'smurf account scores model']);
});

test('goals of a phase are a wish list too, and an item that maps an input to a label or an output asks for a model named by it', () => {
  const goals = ['Stage 2 goals', '1. Spoilage risk per pallet, refreshed each night.', '2. Driver notes → standardised delay reason.', '3. Pallet photos -> damage class, checked by a person.', '4. A weekly review meeting with the depots.'].join('\n');
  assert.deepEqual(wished(goals).map(([name]) => name), ['spoilage risk model', 'delay reason model', 'damage class model']);
  assert.deepEqual(wished(['MVP objectives:', '- Return probability per order', '- Supplier mail -> folder'].join('\n')).map(([name]) => name), [], 'one output and a mapping to no label or output ask for no second model');
});

test('the numbered aims of a proposal each ask for the model or the output they name', () => {
  const aims = ['Aim 1: Hull fouling classifier. We will label 3,000 dive videos.', '', 'Aim 2: Fuel-penalty nowcast. Updated hourly from the engine logs.', '', 'Aim 3: Evaluation with the fleet team.'].join('\n');
  assert.deepEqual(wished(aims).map(([name]) => name), ['hull fouling model', 'fuel-penalty nowcast model']);
});
