/** Work that runs when something new arrives says what arrives, in the user's noun; a schedule in the work's own clause is its cadence. On wordings no fixture or case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arrivalNoun, findArrival, findCadences } from '../../../src/core/reading/measures';
import { draftInterview } from '../../../src/core/interview/autopilot';

test('arrival of anything new is on-arrival work, and the noun is what arrives', () => {
  const cases: [string, string | null][] = [
    ['retrain the defect model as new annotated welds arrive', 'annotated weld'],
    ['score the risk in each new loan application', 'loan application'],
    ['whenever a new claim is filed we check it', 'claim'],
    ['as soon as new scans land in the bucket', 'scan'],
    ['as new data arrives', null],
  ];
  for (const [text, noun] of cases) {
    const found = findCadences(text).find((c) => c.value === 'on-arrival');
    assert.ok(found, text);
    assert.equal(arrivalNoun(found.phrase), noun, text);
  }
  assert.ok(!findCadences('we score every new customer within 100 ms').some((c) => c.value === 'on-arrival'), 'no "new" after a preposition: no arrival');
});

test('the trigger names what arrives; a schedule said in the scoring clause schedules the scoring', () => {
  const r = draftInterview('We trained a weld defect classifier on labelled images in S3. We want to retrain it as new annotated welds arrive, and run the production classifier over the photos taken in each new inspection round. Two engineers.');
  assert.ok(r.ok);
  const triggers = r.draft.architecture.pipelines.map((p) => p.trigger);
  assert.ok(triggers.some((t) => /when a new annotated weld arrives/.test(t)), triggers.join(' | '));
  assert.ok(triggers.some((t) => /when a new inspection round arrives/.test(t)), triggers.join(' | '));
  const scheduled = draftInterview('We train a house price model on listings in Postgres and want to score all active listings several times a week. Two engineers.');
  assert.ok(scheduled.ok);
  const scoring = scheduled.draft.architecture.pipelines.find((p) => /Scoring/.test(p.name));
  assert.match(scoring?.trigger ?? '', /^Scheduled daily/, JSON.stringify(scheduled.draft.architecture.pipelines.map((p) => [p.name, p.trigger])));
});

test('a clause that makes a job for each new item is the arrival that starts the work, whatever the job is called', () => {
  const cases: [string, string | null][] = [
    ['We watch the SFTP folder and open a scoring task for every new file.', 'for every new file'],
    ['Whenever a new claim is filed, a review job is queued for it.', 'Whenever a new claim is filed'],
    ['The webhook kicks off a run for each new signup.', 'for each new signup'],
    ['For every new customer we send a welcome email.', null],
    ['We kick off a run every night.', null],
  ];
  for (const [text, phrase] of cases) assert.equal(findArrival(text), phrase, text);
});

test('the arrival said in a clause of its own times the batch work, and the draft asks how many arrive and how fresh results must be', () => {
  const r = draftInterview('We monitor the shared inbox and queue a task for every new supplier email. A sentiment model we trained on past emails scores each one, and the scores go to Salesforce. Two engineers.');
  assert.ok(r.ok);
  const scoring = r.draft.architecture.pipelines.find((p) => /Scoring/.test(p.name));
  assert.match(scoring?.trigger ?? '', /when a new supplier email arrives/, JSON.stringify(r.draft.architecture.pipelines.map((p) => [p.name, p.trigger])));
  assert.ok(r.draft.architecture.openQuestions.some((q) => /^How many new supplier emails arrive\b/.test(q) && q.includes(scoring!.name)), r.draft.architecture.openQuestions.join('\n'));
  const scheduled = draftInterview('We monitor the shared inbox. A sentiment model we trained on past emails scores the new ones every hour, and the scores go to Salesforce. Two engineers.');
  assert.ok(scheduled.ok);
  assert.ok(!scheduled.draft.architecture.openQuestions.some((q) => /arrive in a busy hour/.test(q)), 'a schedule the user gave leaves nothing to ask about arrivals');
});
