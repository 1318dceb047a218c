import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTeam } from '../../../src/core/interview/understanding/team';

const size = (t: string) => findTeam(t).engineers;

test('team size from roles, number words and solo phrases', () => {
  const cases: [string, number | null][] = [
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
    ['Two CV engineers + one person from IT', 3],
    ['3 quants + 2 engineers', 5],
  ];
  for (const [text, want] of cases) assert.equal(size(text), want, text);
});

test('people who only consume results, and counts of other things, are not the team', () => {
  assert.equal(size('the analysts look at the dashboard'), null);
  assert.equal(size('only two pipelines for now'), null);
  assert.equal(size('we have no ML engineers'), null);
  assert.equal(size('a team of 2 could not maintain 8 pipelines'), 2);
});

test('roles are named even without a count', () => {
  const team = findTeam('the data engineers own ingestion and a data scientist trains the model');
  assert.deepEqual(team.roles.sort(), ['data engineer', 'data scientist']);
  assert.equal(team.engineers, 1, 'only "a data scientist" is counted');
});
