import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheduleUnsupported } from '../../../../src/core/lint/rules/smells/schedule-unsupported';
import { CHURN_TRAINING } from './domains';
import { architectureDoc, expectNone, expectOne, runRule } from './harness';

function churn(trigger: string, orchestrator: string): string {
  return architectureDoc({
    project: 'Subscription Churn',
    overview: 'Predicts churn for the retention team.',
    pipelines: [{ ...CHURN_TRAINING, trigger, orchestrator }],
    dataFlow: 'Training promotes to production; the CRM sync reads production.',
  });
}

test('a nightly schedule on SkyPilot is flagged on the Trigger line', () => {
  const md = churn('Nightly at 02:00.', 'SkyPilot on spot GPUs');
  const f = expectOne(runRule(scheduleUnsupported, md), scheduleUnsupported, md, '**Trigger**: Nightly at 02:00.');
  assert.match(f.message, /SkyPilot cannot run schedules/);
});

test('"every 6 hours" on the local orchestrator, and a cron on Tekton, are flagged', () => {
  for (const [trigger, orchestrator] of [['Every 6 hours.', 'Local orchestrator on the shared VM'], ['Cron, Mondays 04:00.', 'Tekton on the OpenShift cluster']] as const) {
    const md = churn(trigger, orchestrator);
    expectOne(runRule(scheduleUnsupported, md), scheduleUnsupported, md, `**Trigger**: ${trigger}`);
  }
});

test('near miss: a schedule on Kubernetes, a manual MVP trigger with the schedule for later, local dev with Vertex AI in production', () => {
  expectNone(runRule(scheduleUnsupported, churn('Daily at 02:00.', 'Kubernetes (EKS)')));
  expectNone(runRule(scheduleUnsupported, churn('Manual for the MVP; daily in Phase 2.', 'Local Docker')));
  expectNone(runRule(scheduleUnsupported, churn('Daily at 02:00.', 'Local orchestrator for development, Vertex AI in production')));
});
