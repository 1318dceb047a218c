/**
 * The smell rules as users meet them: through lint(), with config and suppression comments.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../../../src/core/lint/config';
import { lint } from '../../../../src/core/lint/lint';
import { RULE_SLUGS } from '../../../../src/core/lint/registry';
import { SMELL_RULES } from '../../../../src/core/lint/rules/smells';
import { FRAUD_SCORING, FRAUD_TRAINING, fraudDoc } from './domains';
import { architectureDoc } from './harness';

const SMELLY = architectureDoc(
  fraudDoc({
    overview: 'Fraud scoring for the payments service.\nTeam: 1 ML engineer maintains these pipelines.',
    pipelines: [
      { ...FRAUD_TRAINING, trigger: 'Real-time, on every new labelled transaction.', dataSources: 'Postgres, Kafka archive, device fingerprints, chargebacks, merchant registry' },
      { ...FRAUD_SCORING, serving: 'HTTP endpoint via `pipeline.deploy()`; latency budget 4 ms.' },
      { ...FRAUD_TRAINING, name: 'Fraud Model Training — EU', phase: 'Phase 2' },
      { ...FRAUD_TRAINING, name: 'Fraud Model Training — US', phase: 'Phase 3' },
    ],
  }),
);

test('every smell rule is registered, with a unique slug and complete docs', () => {
  for (const rule of SMELL_RULES) {
    assert.ok(RULE_SLUGS.includes(rule.slug), rule.slug);
    assert.equal(rule.category, 'smell');
    for (const [key, value] of Object.entries(rule.docs)) assert.ok(value.length > 10, `${rule.slug}.docs.${key}`);
  }
  assert.equal(new Set(SMELL_RULES.map((r) => r.slug)).size, SMELL_RULES.length);
});

test('lint() reports the smells of a realistic over-scoped document', () => {
  const rules = new Set(lint(SMELLY).map((d) => d.rule));
  for (const slug of ['realtime-retraining', 'too-many-sources', 'realtime-latency', 'variant-pipelines', 'team-capacity']) assert.ok(rules.has(slug), slug);
});

test('config turns a smell off, and a suppression comment silences one line', () => {
  const off = lint(SMELLY, { ...DEFAULT_CONFIG, rules: { 'realtime-retraining': 'off' } });
  assert.ok(!off.some((d) => d.rule === 'realtime-retraining'));
  const trigger = '- **Trigger**: Real-time, on every new labelled transaction.';
  const suppressed = SMELLY.replace(trigger, `<!-- zenml-scope-disable-next-line realtime-retraining -->\n${trigger}`);
  const found = lint(suppressed);
  assert.ok(!found.some((d) => d.rule === 'realtime-retraining'));
  assert.ok(found.some((d) => d.rule === 'too-many-sources'));
});
