/**
 * A team still finding its approach gets no separate data pipeline: the seed splits by trigger,
 * failure domain and team, and until an approach works none of them is known. On wordings no
 * fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';

const draft = (text: string) => {
  const r = draftInterview(text);
  assert.ok(r.ok, text);
  return r.draft.architecture;
};

test('with no approach or prototype yet, data preparation stays in the training pipeline, and the data flow says why', () => {
  for (const text of [
    'We are not sure yet which technique would work. We have years of insurance claims in Postgres, which need deduplication and currency normalisation, and we would like to predict fraudulent claims.',
    'Still exploring the data: we pull sensor readings from InfluxDB, clean and resample them, and hope to predict compressor failures some day.',
    "We haven't trained anything yet. Parcel scans arrive in S3 and need heavy cleaning; the goal is a model that predicts late deliveries.",
  ]) {
    const a = draft(text);
    assert.ok(!a.pipelines.some((p) => p.steps.some((s) => s.name === 'split_and_version' || s.name === 'ingest_raw_data')), `${text}\n${a.pipelines.map((p) => p.name).join(', ')}`);
    assert.ok(a.pipelines.some((p) => p.steps[0]?.name === 'load_and_clean'), text);
    assert.match(a.dataFlow, /until an approach works in a notebook, which data work it needs is not known/, text);
  }
});

test('a team with a working approach and data work of its own gets its data pipeline', () => {
  const a = draft('Our working LightGBM notebook predicts fraudulent claims from insurance claims in Postgres, which need deduplication and currency normalisation; we want to retrain weekly and score new claims every night.');
  assert.ok(a.pipelines.some((p) => p.steps.some((s) => s.name === 'split_and_version')), a.pipelines.map((p) => p.name).join(', '));
  assert.doesNotMatch(a.dataFlow, /until an approach works/);
});
