/** Work that runs when something new arrives says what arrives, in the user's noun; a schedule in the work's own clause is its cadence. On wordings no fixture or case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arrivalNoun, findCadences } from '../../../src/core/reading/measures';
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
