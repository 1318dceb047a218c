import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSources, tooManySources } from '../../../../src/core/lint/rules/smells/too-many-sources';
import { CHURN_TRAINING } from './domains';
import { architectureDoc, expectNone, expectOne, runRule, type PipelineSpec } from './harness';

function churnDoc(pipelines: PipelineSpec[]): string {
  return architectureDoc({ project: 'Subscription Churn', overview: 'Predicts churn for the retention team.', pipelines, dataFlow: 'Training promotes to production; the CRM sync reads production.' });
}

test('an MVP with five data sources is flagged on its Data sources line, with the seed\'s push-back', () => {
  const md = churnDoc([{ ...CHURN_TRAINING, dataSources: 'Postgres orders, the Shopify API, Google Analytics, Zendesk tickets and Mailchimp events' }]);
  const f = expectOne(runRule(tooManySources, md), tooManySources, md, '**Data sources**: Postgres orders');
  assert.match(f.message, /means 5 potential failure points before you've validated the pipeline works for even one/);
});

test('an item that states a count counts that many', () => {
  const md = churnDoc([{ ...CHURN_TRAINING, dataSources: 'BigQuery snapshots and 40 supplier price feeds' }]);
  const f = expectOne(runRule(tooManySources, md), tooManySources, md, '**Data sources**: BigQuery');
  assert.match(f.message, /41 data sources/);
});

test('near miss: three sources (commas inside parentheses do not count), a busy Phase 2 pipeline, a raised threshold', () => {
  const three = { ...CHURN_TRAINING, dataSources: 'Postgres orders, the Shopify API and Zendesk tickets (tickets, CSAT scores, tags)' };
  expectNone(runRule(tooManySources, churnDoc([three])));
  const busyLater = { ...CHURN_TRAINING, name: 'Churn Enrichment', phase: 'Phase 2', dataSources: 'Postgres, Shopify, GA4, Zendesk, Mailchimp' };
  expectNone(runRule(tooManySources, churnDoc([CHURN_TRAINING, busyLater])));
  const five = churnDoc([{ ...CHURN_TRAINING, dataSources: 'Postgres, Shopify, GA4, Zendesk, Mailchimp' }]);
  expectNone(runRule(tooManySources, five, { mvpDataSourcesMax: 5 }));
});

test('splitSources splits on , ; "and" and "plus" outside parentheses', () => {
  assert.deepEqual(splitSources('Postgres (orders, refunds); S3 exports, and the CRM API plus Segment events.'), [
    'Postgres (orders, refunds)',
    'S3 exports',
    'the CRM API',
    'Segment events',
  ]);
  assert.deepEqual(splitSources('None.'), []);
});

test('written as nested bullets, each bullet is one source (commas inside a bullet do not split it)', () => {
  const bullets = (items: string[]) => ['', ...items.map((i) => `  - ${i}`)].join('\n');
  const four = churnDoc([{ ...CHURN_TRAINING, dataSources: bullets(['Postgres orders', 'the Shopify API', 'Google Analytics', 'Zendesk tickets']) }]);
  const f = expectOne(runRule(tooManySources, four), tooManySources, four, '**Data sources**:');
  assert.match(f.message, /lists 4 data sources/);
  const three = bullets(['Postgres orders, refunds and chargebacks', 'the Shopify API', 'Zendesk tickets (tickets, CSAT scores, tags)']);
  expectNone(runRule(tooManySources, churnDoc([{ ...CHURN_TRAINING, dataSources: three }])));
  const counted = churnDoc([{ ...CHURN_TRAINING, dataSources: bullets(['BigQuery snapshots', '40 supplier price feeds']) }]);
  assert.match(expectOne(runRule(tooManySources, counted), tooManySources, counted, '**Data sources**:').message, /41 data sources/);
});
