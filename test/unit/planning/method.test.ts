/** The training step names the model as the team does: its architecture and the libraries it is trained with. On wordings no fixture or case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';

function trainStep(text: string): string {
  const r = draftInterview(text);
  assert.ok(r.ok, 'the draft runs');
  const steps = r.draft.architecture.pipelines.flatMap((p) => p.steps);
  const train = steps.find((s) => /^(?:train|fine_tune)/.test(s.name));
  assert.ok(train, `${text}: ${steps.map((s) => s.name)}`);
  return train.description;
}

test('an architecture the team trains is named in the training step', () => {
  const cases: [string, RegExp][] = [
    ['We retrain our N-BEATS model every week on the sales history in Snowflake and write the forecasts to a table the planners read. Two engineers.', /the team's N-BEATS/],
    ['Our defect detector is a YOLOv8 network we trained on labelled images of welds from the factory cameras; we want to retrain it monthly and score every new batch of images nightly.', /the team's YOLOv8/],
  ];
  for (const [text, named] of cases) assert.match(trainStep(text), named, text);
});

test('libraries the team trains with are named; two candidate architectures leave it unsaid', () => {
  assert.match(trainStep('We train a churn model with XGBoost or CatBoost on the subscription events in BigQuery every Sunday and score all accounts nightly.'), /with XGBoost or CatBoost/);
  const two = trainStep('We fine-tune Mistral 7B on outputs from Claude to classify support tickets, then score every new ticket in a nightly batch.');
  assert.doesNotMatch(two, /the team's/, 'which of the two is trained is not for the draft to guess');
});
