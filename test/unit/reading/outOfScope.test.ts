/**
 * What the team rules out, as a labelled line or list, is listed under Deferred in its words and
 * never planned. On wordings no fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruledOut } from '../../../src/core/reading/outOfScope';
import { readDescription } from '../../../src/core/reading';
import { draftInterview } from '../../../src/core/interview/autopilot';

test('a label that rules work out, with its items on the line or listed under it', () => {
  const said = (text: string) => ruledOut(text).map((r) => r.said);
  assert.deepEqual(said('Context first.\nOut of scope for now: returns forecasting, store staffing.\nThanks'), ['returns forecasting, store staffing.']);
  assert.deepEqual(said('Non-goals:\n- translating user reviews\n- a mobile app\n\nTeam: two of us.'), ['translating user reviews; a mobile app']);
  assert.deepEqual(said('- Explicitly out of scope — the pricing engine (owned by finance)'), ['the pricing engine (owned by finance)']);
  // Scope said in a sentence is not a label.
  assert.deepEqual(said('We think churn is out of scope for this quarter, but not sure.'), []);
});

test('work the team ruled out is deferred by name and planned nowhere', () => {
  const text = 'We retrain a demand forecaster weekly on BigQuery sales and write forecasts to a table planners read every morning.\nNot in scope: the markdown pricing model (another team owns it), supplier scoring.';
  const reading = readDescription(text, null);
  assert.ok(!reading.models.some((m) => /pricing/i.test(m.name)), 'the ruled-out model is no model of the plan');
  const r = draftInterview(text);
  assert.ok(r.ok);
  const arch = r.draft.architecture;
  const deferred = arch.deferred.find((d) => d.name.startsWith('Out of scope'));
  assert.ok(deferred, arch.deferred.map((d) => d.name).join(', '));
  assert.match(deferred.name, /markdown pricing model, supplier scoring/);
  assert.ok(!arch.pipelines.some((p) => /pricing|supplier/i.test(p.name)));
});

test('an "Out of scope:" label rules out its own sentence, not what the line goes on to say', () => {
  const r = readDescription('We score every claim nightly with our severity model.\nOut of scope for now: fraud rings, subrogation. Things we genuinely do not know: whether to retrain weekly or monthly.', null);
  const card = r.components.find((c) => c.id === 'out-of-scope');
  assert.equal(card?.name, 'Out of scope: fraud rings, subrogation');
  assert.doesNotMatch(card?.text ?? '', /retrain/);
});

test('work the team says it does not know whether to do is deferred as undecided, not planned', () => {
  const r = draftInterview('We tag each incoming complaint with a hosted model today and write the tags to Zendesk. What we honestly don\'t know: whether to keep prompting it or fine-tune a smaller model of our own. Two engineers.');
  assert.ok(r.ok);
  const steps = r.draft.architecture.pipelines.flatMap((p) => p.steps.map((s) => s.name));
  assert.ok(!steps.includes('train_model') && !steps.includes('fine_tune'), steps.join(' '));
});
