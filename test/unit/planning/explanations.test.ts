/** Explanations the team names are computed beside each batch's predictions and read with a version's errors. On wordings no fixture or case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findExplanations } from '../../../src/core/reading/explanations';
import { draftInterview } from '../../../src/core/interview/autopilot';

test('explanation methods, in the user\'s words; a rejected one or a lookalike word is none', () => {
  const cases: [string, string | null][] = [
    ['Each declined application comes with SHAP values so the analyst can see what drove it.', 'SHAP values'],
    ['Underwriters get reason codes with every score.', 'reason codes'],
    ['Grad-CAM overlays show the radiologist where the model looked.', 'Grad-CAM'],
    ['We render saliency maps for every flagged weld.', 'saliency maps'],
    ['We do not need SHAP or anything like it.', null],
    ['We add lime to the recipe recommendations.', null],
  ];
  for (const [text, said] of cases) assert.equal(findExplanations(text), said, text);
});

test('a draft computes the named explanations per prediction and keeps them with each batch', () => {
  const r = draftInterview('We retrain a loan default model monthly on the application history in Snowflake and score every open application nightly; each score comes with SHAP values for the credit officers. Two engineers.');
  assert.ok(r.ok);
  const a = r.draft.architecture;
  const scoring = a.pipelines.find((p) => p.steps.some((s) => s.name === 'explain_predictions'));
  assert.ok(scoring, a.pipelines.map((p) => p.steps.map((s) => s.name)).join(' | '));
  assert.match(scoring.steps.find((s) => s.name === 'explain_predictions')!.description, /SHAP values for each prediction/);
  assert.ok(scoring.keyArtifacts.some((k) => /^the SHAP values of each batch/.test(k)));
  assert.ok(a.pipelines.some((p) => p.steps.some((s) => s.name === 'evaluate_model' && /SHAP values of the examples it gets wrong/.test(s.description))));
  const none = draftInterview('We retrain a loan default model monthly on the application history in Snowflake and score every open application nightly. Two engineers.');
  assert.ok(none.ok);
  assert.ok(!none.draft.architecture.pipelines.some((p) => p.steps.some((s) => s.name === 'explain_predictions')), 'nothing unnamed is added');
});
