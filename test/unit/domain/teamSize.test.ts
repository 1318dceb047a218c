import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTeam } from '../../../src/core/domain/teamSize';
import { findRedFlags } from '../../../src/core/domain/redFlags';
import { readTeamSize } from '../../../src/core/markdown/heuristics';
import { readDescription } from '../../../src/core/reading';

const size = (t: string) => readTeam(t).engineers;

const STATED: [string, number | null][] = [
  ['two ML engineers', 2],
  ['a data engineer helps part-time', 1],
  ['two ML engineers and a data engineer', 3],
  ['we are 3 data scientists plus one MLOps engineer', 4],
  ['just me', 1],
  ["I'm the only data scientist here", 1],
  ['me and another engineer', 2],
  ['Me + 2 other MLEs', 3],
  ['a small team of five', 5],
  ['There are two of us (one ML engineer, one data engineer)', 2],
  ['a couple of data scientists', 2],
  ['Two CV engineers + one person from IT', 2],
  ['3 quants + 2 engineers', 5],
  ['three senior ML engineers', 3],
];

test('team size from roles, number words and solo phrases', () => {
  for (const [text, want] of STATED) assert.equal(size(text), want, text);
});

test('people who only consume results, and counts of other things, are not the team', () => {
  assert.equal(size('the analysts look at the dashboard'), null);
  assert.equal(size('only two pipelines for now'), null);
  assert.equal(size('we have no ML engineers'), null);
  assert.equal(size('a team of 2 could not maintain 8 pipelines'), 2);
});

test('roles are named even without a count', () => {
  const team = readTeam('the data engineers own ingestion and a data scientist trains the model');
  assert.deepEqual(team.roles.sort(), ['data engineer', 'data scientist']);
  assert.equal(team.engineers, 1, 'only "a data scientist" is counted');
});

test('the evidence is the phrase the number comes from, at its offset', () => {
  const text = 'We do churn. Two ML engineers and a data engineer maintain it.';
  assert.deepEqual(readTeam(text).evidence, { text: 'Two ML engineers', index: 13 });
  assert.deepEqual(readTeam("honestly it's just me").evidence, { text: 'just me', index: 14 });
  assert.equal(readTeam('we train a forecasting model').evidence, null);
});

test('the interview, the team-capacity red flag and the document parser read the same team', () => {
  for (const [text, want] of STATED) {
    assert.equal(readDescription(text, null).team.engineers, want, `interview: ${text}`);
    assert.equal(readTeamSize(text), want, `document: ${text}`);
    const pipelines = (want ?? 1) * 3 + 1;
    const flag = findRedFlags(`${text}. The plan has ${pipelines} pipelines.`).find((f) => f.rule === 'team-capacity');
    assert.ok(flag, `red flag: ${text}`);
    assert.match(flag.message, new RegExp(`^${pipelines} pipelines for ${want} engineers?\\b`), `red flag: ${text}`);
  }
});

test('the renderer\'s team sentence parses exactly, in its current and its earlier wording', () => {
  assert.equal(readTeamSize('Team: 2 people maintain these pipelines.'), 2);
  assert.equal(readTeamSize('Team: 1 person maintains these pipelines.'), 1);
  assert.equal(readTeamSize('Team: 4 ML engineers maintain these pipelines.'), 4);
  // The shared reader (the interview, the red flag) reads the sentence on its own too.
  assert.equal(size('Team: 2 people maintain these pipelines.'), 2);
  assert.equal(size('Team: 1 person maintains these pipelines.'), 1);
});

test('the people said to maintain the pipelines are the team, whoever else helps', () => {
  assert.equal(size('Three ML engineers maintain the pipelines, working with two quality engineers who label images.'), 3);
  assert.equal(size('two data scientists will own the pipelines; a platform engineer set up the cluster'), 2);
});

test('every role in the sentence that says who maintains the pipelines counts', () => {
  assert.equal(size('FreshCart runs 420 stores. Two data scientists and one ML engineer maintain the pipelines.'), 3);
});

test('someone lent by another function is not on the team that builds the pipelines', () => {
  assert.equal(size("Two CV engineers + one person from the plant's IT."), 2);
  assert.equal(size('two data scientists and an engineer from our IT department'), 2);
  assert.equal(size('three ML engineers and one person in operations'), 3);
  assert.equal(size('Two ML engineers and one data engineer.'), 3, 'a plain role still counts');
});

test('a singular role in a hypothetical is anyone in that role, not a member of the team', () => {
  assert.equal(readTeam('Static rules miss it, and an analyst reading dashboards at 3 a.m. would never notice one odd meter.').engineers, null);
  assert.equal(readTeam("A data scientist couldn't label that many images by hand.").engineers, null);
  assert.equal(readTeam('We have a data scientist and an ML engineer.').engineers, 2);
  assert.equal(readTeam('A data scientist retrains the model every month.').engineers, 1);
});

test('a speaker introducing themself inside a "we" is one of a team of unknown size; one listing the team is counted', () => {
  assert.equal(readTeam("I'm an analyst on the pricing team at a retailer. We reprice every night and our analysts review the outliers.").engineers, null);
  assert.equal(readTeam("I'm a data scientist, and there's one data engineer who owns the warehouse. We retrain monthly.").engineers, 2);
  assert.equal(readTeam("I'm a data scientist and I work alone on this model.").engineers, 1);
});

test('a company headcount beside the engineers, a thousand users and another function\'s staff are not the team', () => {
  assert.equal(size("We're Quillon, 25 people, 4 engineers including me. Three people on the support team check the flagged ones."), 4);
  assert.equal(size('The tool serves ~2,300 engineers in the company. The platform team is 2 engineers.'), 2);
  assert.equal(size('Headcount: 40 people, of whom two data scientists and a data engineer do ML.'), 3);
  // Roles said in different sentences still add up.
  assert.equal(size('We have two data scientists. There is also one ML engineer.'), 3);
});

test('a team the work is done by or handed to is not the team that builds the pipelines', () => {
  assert.equal(size('Claims are read by hand by a team of 14 assessors. On our side there are two ML engineers.'), 2);
  assert.equal(size('Flagged listings go to a team of 30 moderators in Manila; we are one data scientist and one developer.'), 2);
  assert.equal(size('We are a team of four and retrain the model monthly.'), 4);
});

test('people counted for a vendor, an agency or an outsourced team are not the team', () => {
  assert.equal(size('Reviewers (outsourced, ~45 people in two shifts) label the queue. Two of us build the models.'), 2);
  assert.equal(size('An agency team of 30 annotators draws the boxes; we are three ML engineers.'), 3);
});

test('people counted by the work they do by hand today are whom the system helps, not the team', () => {
  assert.equal(size('Right now 3 people spend their whole day assigning parcels to drivers. Our team is two data scientists.'), 2);
  assert.equal(size('Four people in the back office key these forms in manually; we have one ML engineer.'), 1);
  assert.equal(size('Six folks spent most of last quarter tagging photos. We are two data scientists.'), 2);
  assert.equal(size('Two people sort the returns by hand all day. I am the only developer.'), 1);
  assert.equal(size('We have 3 people who maintain the pipelines.'), 3, 'people counted by what they build still count');
});

test('people counted beside the one person who works alone are the company, not the team', () => {
  assert.equal(size("I'm the only platform engineer here (~220 people), and I won't run Kubernetes."), 1);
  assert.equal(size('I am the only data scientist in a company of 90 people.'), 1);
  assert.equal(size('We are 12 people. I am the only engineer.'), 12, 'a whole team said in its own sentence still counts');
});

test('people counted by the upkeep of something other than the pipelines are not the team', () => {
  assert.equal(size('No Kubernetes on the store servers: one person maintains them. We are two data scientists.'), 2);
  assert.equal(size('One person runs the warehouse scanners, and that is it.'), null);
  assert.equal(size('Two people maintain the pipelines.'), 2);
  assert.equal(size('Two people maintain the models and the dashboards.'), 2);
});

test('people counted in a sentence that is not about the team are some other group', () => {
  assert.equal(size('Target pilot with Finance and HR (about 400 people) in November. Our team is two developers.'), 2);
  assert.equal(size('The depots employ 80 people on nights.'), null);
  assert.equal(size('Our team is 4 people.'), 4);
});

test('people said to use the results are not the team, even when the next paragraph speaks as "we"', () => {
  assert.equal(size('- Team: 2 data scientists, 1 data engineer. Customer Success (30 people) are the end users.\n\n## Questions\n- How do we retrain?'), 3);
  assert.equal(size('Our team is two ML engineers. The 25 people in dispatch read the forecasts each shift.'), 2);
  assert.equal(size('Two data scientists; the branch managers (40 people) act on the scores, and we retrain monthly.'), 2);
});

test('"DS" counted beside other roles is a data scientist, and "… and me" counts the writer', () => {
  assert.equal(size('Team: 2 MLE, 1 DS and me.'), 4);
  assert.equal(size('Two data scientists plus me.'), 3);
  assert.equal(size('Please send the notes to Ana and me.'), null);
});

test('people asked for (an additional engineer, a hire, a headcount line) are not the team yet', () => {
  assert.equal(readTeam('Extending it requires one additional data engineer. We score every player nightly.').engineers, null);
  assert.equal(readTeam('We are 3 ML engineers. We want to hire two more engineers next year.').engineers, 3);
  assert.equal(readTeam('Headcount: 1.0 WTE ML engineer (Band 7). The request funds one data engineer for the pilot.').engineers, null);
  assert.equal(readTeam('Two data scientists and one new ML engineer run the pipelines.').engineers, 3);
});
