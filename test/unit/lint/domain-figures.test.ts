/**
 * time-estimate and cost-estimate where the system's own output is a time or money: its figures
 * are the domain, not an estimate of the project. Each system is the churn base document with its
 * subject changed; the lines are wordings no lint case uses.
 */
import { test } from 'node:test';
import { CHURN, edit, expectNone, expectOne, lineOf } from './helpers';

const OVERVIEW_LAST = 'Team: 2 ML engineers maintain these pipelines.';
const subject = (title: string, overview: string, lines: readonly string[]) =>
  edit(edit(CHURN, 'Subscription Churn Prediction', title), OVERVIEW_LAST, `${OVERVIEW_LAST}\n${overview}\n${lines.join('\n')}`);

test('a system whose output is a duration: its durations, ETAs and windows are not time estimates', () => {
  const systems = [
    ['Ambulance Arrival Prediction', 'We also predict the arrival time of each ambulance at the hospital.', ['Most crews take 20 to 40 minutes; rural ones can take 2 hours, and transfers take up to 3 days.', 'The ETA shown to the ward is refreshed by each scoring run.']],
    ['Repair Duration Forecasting', 'The model forecasts how long each warranty repair will take.', ['Simple repairs are done within 2 days, complex ones within 3 weeks.', 'A repair that should take 5 days but takes 12 is an outlier.']],
    ['Hospital Length of Stay', 'We estimate the length of stay for each admitted patient.', ['Patients typically leave within 4 days; long stays run to several weeks.', 'An ETA for discharge is shown to the bed managers.']],
  ] as const;
  for (const [title, overview, lines] of systems) expectNone(subject(title, overview, lines), 'time-estimate');
});

test('near miss: in such a system an estimate of the work is still an estimate', () => {
  for (const line of ['The MVP should take 6 weeks to build.', 'The team plans to have the scoring pipeline live within 3 weeks.', 'Implementation effort: about 2 sprints.']) {
    const md = subject('Repair Duration Forecasting', 'The model forecasts how long each warranty repair will take.', [line]);
    expectOne(md, 'time-estimate', lineOf(md, line), 'error');
  }
  // Without a time output, ETA stays a delivery date of the work.
  const md = edit(CHURN, OVERVIEW_LAST, `${OVERVIEW_LAST}\nETA for the scoring pipeline is the end of the quarter.`);
  expectOne(md, 'time-estimate', lineOf(md, 'ETA for'), 'error');
});

test('a system whose output is a price: its prices, fares and pricing estimates are not cost estimates', () => {
  const systems = [
    ['Ride Fare Quotes', 'We also quote a fare for every ride request.', ['Fares run from $8 to $60 per trip, and surge fares cost riders up to $120 a ride.', 'Pricing estimates are written to the rider app table.']],
    ['Car Insurance Premiums', 'The model suggests a premium for each renewal.', ['Premiums average £600 a year; young drivers pay over £2,000 per year.', 'The pricing team budgets a £50 discount per month for loyal customers.']],
    ['Hotel Room Rates', 'We set the nightly room rate for every hotel on the platform.', ['Room rates sit between €90 and €300 per night; a room costing €400 a night is premium.', 'Price forecasts go to the revenue managers.']],
    // A cost named by what it is the cost of is an output like a price: "fuel cost estimates", "haulage cost forecasts".
    ['Lane Fuel Cost Estimate Models', 'We estimate the fuel cost of every quoted lane.', ['Fuel cost estimates are written to the quoting form table.', 'Most lanes run $300 to $900 per trip.', 'A failed training run leaves Fuel Cost Estimate Serving on the last good version.']],
    ['Haulage Cost Forecasting', 'The model forecasts haulage cost per pallet for each customer.', ['Haulage cost forecasts reach the account managers every Monday.']],
  ] as const;
  for (const [title, overview, lines] of systems) expectNone(subject(title, overview, lines), 'cost-estimate');
});

test('near miss: in a pricing system the cost of running it is still a cost estimate', () => {
  for (const line of ['Training on two GPUs should cost about $900 a month.', 'Estimated cloud cost: $3,000 per month.', 'The AWS bill for scoring will be around $400 per month.']) {
    const md = subject('Ride Fare Quotes', 'We also quote a fare for every ride request.', [line]);
    expectOne(md, 'cost-estimate', lineOf(md, line), 'error');
  }
  // Where the output is a cost of something, the cost of running the system is still an estimate.
  const md = subject('Lane Fuel Cost Estimate Models', 'We estimate the fuel cost of every quoted lane.', ['Scoring on the cluster will cost about $700 per month.']);
  expectOne(md, 'cost-estimate', lineOf(md, 'Scoring on the cluster'), 'error');
});

test('a domain\'s cost estimation named as work is no cost estimate of the system, whatever the system outputs', () => {
  for (const line of ['Out of scope: repair cost estimation, home claims.', 'Later, a freight cost forecasting model of its own.']) expectNone(edit(CHURN, OVERVIEW_LAST, `${OVERVIEW_LAST}\n${line}`), 'cost-estimate');
  // The system's own cost still counts.
  const md = edit(CHURN, OVERVIEW_LAST, `${OVERVIEW_LAST}\nThe cloud cost estimate is one GPU node.`);
  expectOne(md, 'cost-estimate', lineOf(md, 'The cloud cost estimate'), 'error');
});
