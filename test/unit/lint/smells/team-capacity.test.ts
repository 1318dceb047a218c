import assert from 'node:assert/strict';
import { test } from 'node:test';
import { teamCapacity } from '../../../../src/core/lint/rules/smells/team-capacity';
import { teamSentence } from '../../../../src/core/markdown/template';
import { FRAUD_SCORING, FRAUD_TRAINING, fraudDoc } from './domains';
import { architectureDoc, expectNone, expectOne, runRule, type PipelineSpec } from './harness';

const INGESTION: PipelineSpec = {
  ...FRAUD_TRAINING,
  name: 'Transaction Ingestion',
  phase: 'Phase 2',
  purpose: 'Lands and cleans yesterday\'s card transactions.',
  steps: ['load_export — reads the nightly export → produces raw transactions', 'clean — fixes currencies and deduplicates → produces clean transactions', 'store — writes the partition → produces lake partition'],
  mcp: 'Not used.',
};
const BATCH: PipelineSpec = { ...FRAUD_SCORING, name: 'Nightly Rescoring', purpose: 'Rescores yesterday\'s transactions with the production model for the chargeback team.', trigger: 'Daily at 05:00.', serving: undefined };
const FOUR = [FRAUD_TRAINING, FRAUD_SCORING, INGESTION, BATCH];

test('four pipelines for one engineer is flagged on the line stating the team', () => {
  const md = architectureDoc(fraudDoc({ pipelines: FOUR, overview: 'Fraud scoring for the payments service.\nTeam: 1 ML engineer maintains these pipelines.' }));
  const f = expectOne(runRule(teamCapacity, md), teamCapacity, md, 'Team: 1 ML engineer');
  assert.match(f.message, /4 pipelines for 1 engineer/);
});

test('the renderer\'s team sentence ("Team: 1 person maintains …") is read and flagged like the old wording', () => {
  const md = architectureDoc(fraudDoc({ pipelines: FOUR, overview: `Fraud scoring for the payments service.\n${teamSentence(1)}` }));
  const f = expectOne(runRule(teamCapacity, md), teamCapacity, md, 'Team: 1 person maintains');
  assert.match(f.message, /4 pipelines for 1 engineer/);
  const two = architectureDoc(fraudDoc({ pipelines: FOUR, overview: `Fraud scoring.\n${teamSentence(2)}` }));
  expectOne(runRule(teamCapacity, two, { pipelinesPerEngineer: 1 }), teamCapacity, two, 'Team: 2 people maintain');
});

test('the threshold comes from the config (pipelinesPerEngineer)', () => {
  const md = architectureDoc(fraudDoc({ pipelines: FOUR.slice(0, 3) }));
  expectNone(runRule(teamCapacity, md));
  expectOne(runRule(teamCapacity, md, { pipelinesPerEngineer: 1 }), teamCapacity, md, 'Team: 2 ML engineers');
});

test('near miss: two engineers with four pipelines, and a document that states no team', () => {
  expectNone(runRule(teamCapacity, architectureDoc(fraudDoc({ pipelines: FOUR }))));
  expectNone(runRule(teamCapacity, architectureDoc(fraudDoc({ pipelines: [...FOUR, ...FOUR], overview: 'Fraud scoring for the payments service.' }))));
});
