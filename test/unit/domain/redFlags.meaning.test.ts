/** Red flags by meaning: users never say "variant pipelines" or "microservice steps". Wordings no case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRedFlags } from '../../../src/core/domain/redFlags';

const rules = (text: string) => findRedFlags(text).map((f) => f.rule);

test('a pipeline or model per customer, region, site, unit, hub… is variant-pipelines, whatever the noun', () => {
  for (const text of [
    'Next we want to onboard every hub, each with its own routing pipeline.',
    'We plan one forecasting model per warehouse.',
    'They asked for per-merchant models.',
    'Every franchise gets its own churn model.',
    'a dedicated pipeline for each business unit',
  ]) assert.ok(rules(text).includes('variant-pipelines'), text);
});

test('near miss: per batch, per request, per day is a fan-out or a schedule, not a variant', () => {
  for (const text of ['We run one embedding job per batch.', 'one model call per request', 'a pipeline per day', 'We retrain every week.', 'one pipeline run per uploaded file']) {
    assert.ok(!rules(text).includes('variant-pipelines'), text);
  }
});

test('each stage kept as its own service is microservice-steps', () => {
  for (const text of ['with each stage still running as its own service', 'every step deployed as a separate microservice', 'Each pipeline step should be its own service.']) {
    assert.ok(rules(text).includes('microservice-steps'), text);
  }
});

test('near miss: a metric broken down per scanner model or per site is not a model per variant', () => {
  for (const text of ['sensitivity per finding and per scanner model, logged on the version', 'recall per site model family']) {
    assert.ok(!rules(text).includes('variant-pipelines'), text);
  }
});

test('near miss: a pipeline for our model, or a model for the sales team, names no variant', () => {
  for (const text of ['I just want a simple training pipeline for our pricing model.', 'one model for the whole sales team', 'a dedicated pipeline for evaluation']) {
    assert.ok(!rules(text).includes('variant-pipelines'), text);
  }
});
