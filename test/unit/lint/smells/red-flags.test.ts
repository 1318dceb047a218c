/**
 * findRedFlags on what users really write (rambling, lowercase, typos around the key phrase),
 * one flag at a time, plus the near misses the interview must not push back on.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RED_FLAGS, findRedFlags, parseCount, redFlag, type RedFlagSlug } from '../../../../src/core/domain/redFlags';

const RAISES: Record<RedFlagSlug, string[]> = {
  'meta-pipeline': [
    'ideally there is an orchestrator pipeline that spawns child pipelines for ingestion, training and scoring',
    'I was thinking of a meta-pipeline that runs everything else in the right order',
    'then one pipeline that triggers the other pipelines once the data lands',
  ],
  'pipeline-chain': [
    'so pipeline A triggers B which triggers C, and C pushes the model to the API',
    'the ingestion job kicks off the feature pipeline, which then kicks off training',
    'right now its basically a chain of four pipelines glued together with webhooks',
    'Pipeline A triggers pipeline B triggers pipeline C, all on webhooks.',
    'ingestion kicks off features, which kicks off training',
    'when the ingestion pipeline finishes it starts the feature pipeline which then starts training',
  ],
  'dynamic-overuse': [
    'all of our pipelines should be dynamic so we can change them at runtime',
    'we want nested dynamic branching per customer and per product',
    'a dynamic pipeline that spawns steps which themselves create more dynamic branches',
  ],
  'team-capacity': [
    "We're a team of 2 ML engineers and the plan has 8 pipelines in it.",
    "honestly it's just me, and I've sketched six pipelines so far",
  ],
  'feature-store-mvp': ['we need a feature store before we can train anything', 'step one is to set up a Feast feature store for the churn features'],
  'realtime-retraining': [
    'We need real-time retraining whenever fraud patterns shift.',
    'the model should retrain on every new transaction so it never goes stale',
    'basically online learning on the click stream',
  ],
  'variant-pipelines': [
    'we need a pipeline for each model variant (xgboost, lightgbm, the small bert)',
    'there will be one pipeline per region, EU US and APAC',
    'each customer gets its own training pipeline because their data differs',
  ],
  'too-many-sources': ['We need to handle 50 different data sources from day one.', 'it pulls from dozens of data sources across the company'],
  'microservice-steps': ['Each step should be its own microservice so teams can deploy independently.', 'we would package the steps as separate microservices on k8s'],
  'duplicate-tracking': [
    'we log metrics as artifact and metadata so they show up everywhere',
    'the eval step returns the metrics dict and also calls log_metadata with them',
  ],
  'tiny-step': [
    'each transformation gets its own step so we can see every column change',
    'I like a separate step to check that the dataframe has rows before training',
    'the current DAG has 23 steps and it takes forever',
  ],
  'mega-pipeline': [
    'I want one pipeline that does data ingestion, feature engineering, training, evaluation, deployment, monitoring, and retraining.',
    'put everything in one pipeline, it is easier to reason about',
  ],
  'automate-everything': [
    'We want to automate everything from day one, no clicking around.',
    'the goal is for it to be fully automated end to end from the first release',
    'Ideally all of this would be automated, so nobody has to start anything by hand.',
    'The whole workflow has to be completely automated before launch.',
  ],
};

for (const [slug, sentences] of Object.entries(RAISES) as [RedFlagSlug, string[]][]) {
  test(`${slug}: raised by what users say`, () => {
    for (const sentence of sentences) {
      const found = findRedFlags(sentence).find((f) => f.rule === slug);
      assert.ok(found, `${slug} not raised by: ${sentence}`);
      assert.ok(sentence.includes(found.evidence.split(' … ')[0]!), `evidence "${found.evidence}" is not the user's words`);
      assert.ok(found.message.length > 80, 'the push-back explains the cost');
    }
  });
}

test('every red flag has a slug-stable entry with a cost and advice, and a way to be raised', () => {
  assert.deepEqual(
    RED_FLAGS.map((f) => f.slug).sort(),
    Object.keys(RAISES).sort(),
  );
  for (const flag of RED_FLAGS) {
    assert.equal(redFlag(flag.slug), flag);
    assert.ok(flag.advice.length > 30 && flag.message.length > 60, flag.slug);
    assert.ok(flag.patterns.length > 0 || flag.detect, flag.slug);
  }
});

test('near misses: negations, sound plans and the seed\'s own recommendations raise nothing', () => {
  const sound = [
    "We don't need a feature store yet; features can live as artifacts.",
    'No real-time retraining, weekly is plenty for us.',
    'Retraining runs weekly; scoring is real-time through the deployed pipeline at about 150 ms.',
    'We have 3 data sources: Postgres, the Stripe export and Zendesk.',
    'Team of 3 engineers, planning 4 pipelines over the year.',
    'The training pipeline is triggered when the data pipeline finishes.',
    'One dynamic pipeline fans out over the uploaded PDFs, the rest are static.',
    'The evaluate step logs the metrics as metadata and returns the plots as an artifact.',
    'One parameterized training pipeline with the region as a parameter.',
    'Manual triggers for now, we will automate scheduling later.',
    'The load step also checks the file is not empty.',
    'The inference step calls the existing pricing microservice.',
    'A new file triggers ingestion, and later a drift alert triggers retraining.',
    'The schedule starts ingestion at 2 AM, which takes about an hour.',
    'After the data pipeline finishes, the training pipeline runs.',
    'Only the weekly report should be automated; everything else stays manual for now.',
  ];
  for (const sentence of sound) assert.deepEqual(findRedFlags(sentence), [], sentence);
});

test('a rambling description raises each flag once, in the order the user said them', () => {
  const text = [
    'ok so basically we do fraud for card payments. data comes from like 12 different data sources (core banking, the card processor, device fingerprints...)',
    'and we want real time retraining because fraudsters adapt fast.',
    'Also we need a pipeline for each model variant, and I want to automate everything from day one.',
    'real-time retraining is really the key thing for us.',
  ].join(' ');
  assert.deepEqual(
    findRedFlags(text).map((f) => f.rule),
    ['too-many-sources', 'realtime-retraining', 'variant-pipelines', 'automate-everything'],
  );
});

test('the numbers in the push-back are the user\'s own', () => {
  const [sources] = findRedFlags('we have 50 data sources and counting');
  assert.match(sources!.message, /^Adding 50 data sources to the first version means 50 potential failure points/);
  assert.match(findRedFlags('twelve data sources, all critical')[0]!.message, /^Adding 12 data sources/);
  assert.match(findRedFlags('dozens of data sources')[0]!.message, /^Adding that many data sources/);
  const [team] = findRedFlags('we are two engineers and want 9 pipelines');
  assert.match(team!.message, /^9 pipelines for 2 engineers is 4.5 per engineer/);
  assert.deepEqual(findRedFlags('we are two engineers and want 9 pipelines', { pipelinesPerEngineer: 5 }), []);
});

test('parseCount reads the counts people write', () => {
  assert.equal(parseCount('twelve'), 12);
  assert.equal(parseCount('a dozen'), 12);
  assert.equal(parseCount('many'), null);
});

test('patterns stay linear on hostile input (half a megabyte each, well under a second)', () => {
  const hostile = [
    ' '.repeat(500_000),
    'a'.repeat(500_000),
    'pipeline A triggers B which '.repeat(20_000),
    'triggers pipeline a triggers '.repeat(20_000),
    'kicks off a b c, which '.repeat(20_000),
    'when the a b finishes it starts x y which '.repeat(12_000),
    'when a b c d '.repeat(40_000),
    'starts the a b '.repeat(40_000),
    'dynamic spawns dynamic '.repeat(25_000),
    'team of 2 engineers, 9 pipelines, '.repeat(15_000),
    'return metrics and also '.repeat(20_000),
    'automate the whole '.repeat(30_000),
  ];
  for (const text of hostile) {
    const started = performance.now();
    findRedFlags(text);
    const ms = performance.now() - started;
    assert.ok(ms < 1000, `${ms.toFixed(0)} ms on ${JSON.stringify(text.slice(0, 30))}…`);
  }
});
