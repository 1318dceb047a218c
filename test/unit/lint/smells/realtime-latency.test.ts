import assert from 'node:assert/strict';
import { test } from 'node:test';
import { realtimeLatency } from '../../../../src/core/lint/rules/smells/realtime-latency';
import { FRAUD_SCORING, FRAUD_TRAINING, fraudDoc } from './domains';
import { architectureDoc, expectNone, expectOne, runRule } from './harness';

function withServing(serving: string): string {
  return architectureDoc(fraudDoc({ pipelines: [FRAUD_TRAINING, { ...FRAUD_SCORING, serving }] }));
}

test('a deployed pipeline with no latency budget gets an info on its Serving line', () => {
  const md = withServing('HTTP endpoint via `pipeline.deploy()`; latency budget not yet stated.');
  const f = expectOne(runRule(realtimeLatency, md), realtimeLatency, md, '**Serving**: HTTP endpoint', 'info');
  assert.equal(f.fixes.length, 0);
});

test('a 5 ms budget through pipeline.deploy() is a warning: benchmark with materialization disabled first', () => {
  const md = withServing('HTTP endpoint via `pipeline.deploy()`; latency budget 5 ms.');
  const f = expectOne(runRule(realtimeLatency, md), realtimeLatency, md, '**Serving**: HTTP endpoint', 'warning');
  assert.match(f.message, /materialization disabled/);
  assert.match(f.message, /TorchServe, Triton/);
});

test('near miss: 150 ms and 200 ms budgets are what deployed pipelines are for; batch pipelines need no budget', () => {
  expectNone(runRule(realtimeLatency, architectureDoc(fraudDoc())));
  expectNone(runRule(realtimeLatency, withServing('HTTP endpoint via `pipeline.deploy()`; p95 under 200 ms.')));
  expectNone(runRule(realtimeLatency, architectureDoc(fraudDoc({ pipelines: [FRAUD_TRAINING] }))));
});
