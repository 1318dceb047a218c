import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nounPhrases, parseText } from '../../../src/core/language';

const clauses = (text: string) => parseText(text).flatMap((s) => s.clauses.map((c) => c.text));

test('sentences and clauses: strong punctuation, subordinators and new predicates cut; noun lists do not', () => {
  assert.deepEqual(clauses('Orders land in Postgres; we retrain every Sunday because demand shifts.'), [
    'Orders land in Postgres',
    'we retrain every Sunday',
    'because demand shifts',
  ]);
  // Coordinated verbs sharing one subject are separate pieces of work.
  assert.deepEqual(clauses('We pull tickets from Zendesk, tag them with a classifier and push the tags to Jira.'), [
    'We pull tickets from Zendesk',
    'tag them with a classifier',
    'and push the tags to Jira',
  ]);
  // A list of nouns stays one clause.
  assert.deepEqual(clauses('Our inputs are sensor readings, maintenance logs and weather data.'), [
    'Our inputs are sensor readings, maintenance logs and weather data',
  ]);
  assert.deepEqual(clauses('Eventually, we want alerts in Slack.'), ['Eventually, we want alerts in Slack']);
});

test('hyphenated words are one token, tagged and lemmatised by their last part', () => {
  const tokens = parseText('A fine-tuned encoder scores the re-ranked results.')[0]!.tokens;
  const tuned = tokens.find((t) => t.lower === 'fine-tuned')!;
  assert.equal(tuned.lemma, 'fine-tune');
  assert.ok(tokens.some((t) => t.lower === 're-ranked'));
  assert.equal(tokens.find((t) => t.lower === 'scores')!.pos, 'VERB');
});

test('negation scope comes from the tagger: the negated verb and its object, not the rest', () => {
  const [s] = parseText("We don't retrain the ranking model, and we serve it from Redis.");
  const byWord = (w: string) => s!.tokens.find((t) => t.lower === w)!;
  assert.equal(byWord('retrain').negated, true);
  assert.equal(byWord('serve').negated, false);
});

test('alternatives and an infinitive share the negation; "and" with a new subject ends it', () => {
  const negated = (text: string, word: string) => parseText(text).flatMap((s) => s.tokens).find((t) => t.lower === word)!.negated;
  assert.equal(negated("We don't label or annotate anything ourselves.", 'annotate'), true);
  assert.equal(negated('They never retrain nor recalibrate the scorer.', 'recalibrate'), true);
  assert.equal(negated("We do not intend to host a model of our own.", 'host'), true);
  assert.equal(negated("The team doesn't plan to deploy it on premises.", 'deploy'), true);
  assert.equal(negated("We don't retrain the model, or we retrain it by hand.", 'by'), false);
  assert.equal(negated("We don't retrain the ranking model, and we serve it from Redis.", 'serve'), false);
  // An arrow separates like a colon: the negation before it is over.
  assert.equal(negated('no signal on most farms -> scoring happens in the cloud after upload', 'scoring'), false);
  assert.equal(negated('No GPU in the plant → inference on the CPU box', 'inference'), false);
  // "+" joins like "and": the phrases on both sides are phrases of their own.
  assert.deepEqual(nounPhrases(parseText('a churn-risk model + a lead-score model').flatMap((t) => t.tokens)).map((p) => p.text), ['churn-risk model', 'lead-score model']);
});

test('a clause always has a predicate: a verb the tagger read as a noun is repaired', () => {
  for (const [text, verb] of [
    ['Photos land in a GCS bucket.', 'land'],
    ['A small transformer extracts the line items.', 'extract'],
    ['Reviewers label them by hand.', 'label'],
  ] as const) {
    const tokens = parseText(text)[0]!.tokens;
    assert.ok(tokens.some((t) => t.pos === 'VERB' && t.lemma === verb), `${text}: ${tokens.map((t) => `${t.text}/${t.pos}`).join(' ')}`);
  }
});

test('noun phrases: modifiers and head, ownership, and participles that are verbs stay out', () => {
  const phrase = (text: string) => nounPhrases(parseText(text)[0]!.tokens).map((p) => `${p.owned ? 'our:' : ''}${p.text}/${p.head.lower}`);
  assert.deepEqual(phrase('Adjusters review flagged claims in our internal portal.'), ['Adjusters/adjusters', 'flagged claims/claims', 'our:internal portal/portal']);
  assert.ok(phrase('We retrained models on labelled outcomes.').includes('labelled outcomes/outcomes'));
  assert.ok(!phrase('We retrained models on labelled outcomes.').some((p) => p.startsWith('retrained')));
});

test('offsets point into the text as written, and empty or symbol-only input gives nothing', () => {
  const text = 'We score  leads nightly.\n\nThen we email sales.';
  for (const s of parseText(text)) for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(parseText(''), []);
  assert.deepEqual(parseText('... !!! ---'), []);
});

const tag = (text: string, word: string) => parseText(text).flatMap((s) => s.tokens).find((t) => t.lower === word)?.pos;

test('a relative pronoun after a noun opens a clause: its first word is the verb when an object or particle follows', () => {
  assert.equal(tag('We want jobs that bring in the supplier feeds.', 'bring'), 'VERB');
  assert.equal(tag('We need a service which pulls out the attachments.', 'pulls'), 'VERB');
  assert.equal(tag('They run a worker that copies the ledgers every night.', 'copies'), 'VERB');
  assert.equal(tag('The forecasts that planners review are stale.', 'planners'), 'NOUN', 'the relative clause\'s subject stays a noun');
});

test('a list of nouns goes on with nouns, whatever the tagger makes of a word in it', () => {
  assert.equal(tag('We have customer accounts, repair notes and audit trails.', 'repair'), 'NOUN');
  assert.equal(tag('Inputs: branch ledgers, deposit statements, call transcripts.', 'deposit'), 'NOUN');
  assert.equal(tag('It reads vehicle logs, toll records and driver shifts.', 'toll'), 'NOUN');
  assert.equal(tag('We load the orders, score customers and write the results.', 'score'), 'VERB', 'verb phrases in a row carry their articles');
});

test('a named subject, a word in -s and an article: the -s word is the verb, and a new clause opens at it', () => {
  for (const [text, verb] of [
    ['The scans are cleaned first, and then Claude extracts the policy numbers.', 'extracts'],
    ['Every morning our ranker scores the open listings.', 'scores'],
    ['Afterwards the classifier flags the risky payouts for the finance team.', 'flags'],
  ] as const) {
    assert.equal(tag(text, verb), 'VERB', text);
  }
  assert.deepEqual(clauses('Our OCR service reads the scans, and then Claude extracts the policy numbers.'), ['Our OCR service reads the scans', 'and then Claude extracts the policy numbers']);
  // A plural noun with no subject of its own before it stays a noun.
  assert.equal(tag('We load the orders the warehouse sends.', 'orders'), 'NOUN');
});

test('a plural after "of" and a noun heads that phrase when nothing follows it as an object', () => {
  const pos = (text: string, word: string) => parseText(text).flatMap((s) => s.tokens).find((t) => t.lower === word)!.pos;
  for (const [text, word] of [
    ['We get hundreds of thousands of photo uploads per day.', 'uploads'],
    ['We handle millions of card swipes a week.', 'swipes'],
    ['The team reviews a sample of support chats each morning.', 'chats'],
    ['Our nurses read dozens of discharge notes.', 'notes'],
  ]) assert.equal(pos(text!, word!), 'NOUN', text);
  // With an object after it, the plural-looking word is the verb.
  assert.equal(pos('A list of users uploads files to S3.', 'uploads'), 'VERB');
});

test('after a verb of starting or stopping, an -ing form is the work done, not a modifier of the noun after it', () => {
  const phrases = (text: string) => nounPhrases(parseText(text)[0]!.tokens).map((p) => p.text);
  assert.deepEqual(phrases('we started calling Azure OpenAI'), ['Azure OpenAI']);
  assert.ok(phrases('they keep using Spark for everything').includes('Spark'));
  assert.ok(!phrases('we stopped sending weekly emails').some((p) => /sending/.test(p)));
  // Elsewhere a participle in front of a noun still describes it.
  assert.ok(phrases('we run streaming pipelines').includes('streaming pipelines'));
});

test('a bare verb form after an article or preposition and a singular noun is the phrase head; a verb with its own object stays a verb', () => {
  const tags = (text: string) => Object.fromEntries(parseText(text)[0]!.tokens.map((t) => [t.lower, t.pos]));
  const alarm = tags('the reconstruction error above a threshold raises an alarm in our maintenance system');
  assert.equal(alarm['error'], 'NOUN');
  assert.equal(alarm['raises'], 'VERB');
  assert.equal(tags('An engineer trained one autoencoder per turbine model type in Azure ML')['type'], 'NOUN');
  assert.equal(tags('The team works on Kubernetes.')['works'], 'VERB');
  assert.equal(tags('The model ran on GPUs.')['ran'], 'VERB');
});

test('a time after a noun is when, not part of its name; after a clause-taking preposition an -ing form is a verb', () => {
  const phrases = (text: string) => nounPhrases(parseText(text)[0]!.tokens).map((p) => p.text);
  assert.ok(phrases('a colleague trained it in Azure ML last year').includes('Azure ML'));
  assert.ok(phrases('we moved the jobs to Databricks this quarter').includes('Databricks'));
  assert.ok(phrases('they compare the scores before swapping models').every((p) => !/swapping/.test(p)));
  assert.ok(phrases('we ship it without breaking dashboards').every((p) => !/breaking/.test(p)));
  assert.ok(phrases('we use last year\'s claims').some((p) => /claims/.test(p)), 'a time that opens the phrase stays in it');
});

test('two modifiers sharing one head stay one phrase: "a wheat and barley yield model", "R & D"-style names with "&"', () => {
  const phrases = (text: string) => nounPhrases(parseText(text)[0]!.tokens).map((p) => p.text);
  assert.ok(phrases('We keep a wheat and barley yield model in a notebook.').includes('wheat and barley yield model'));
  assert.ok(phrases('They run a Fruit & Veg demand forecast each week.').includes('Fruit & Veg demand forecast'));
  // Two things, each with its own article, or a bare pair with no shared head, stay two.
  assert.deepEqual(phrases('We have a model and a dashboard.'), ['model', 'dashboard']);
  assert.ok(!phrases('We keep a dog and cat.').some((p) => / and /.test(p)));
});

test('notes that drop the subject open on the verb; a product name inside a phrase after a preposition leaves its plural the head', () => {
  assert.equal(tag('Pulled skills from Workday profiles, past job titles and course completions.', 'pulled'), 'VERB');
  assert.equal(tag('Pulled skills from Workday profiles, past job titles and course completions.', 'profiles'), 'NOUN');
  assert.equal(tag('Copied the invoices into Snowflake tables (raw, untyped), then scored them.', 'tables'), 'NOUN');
  assert.equal(tag('We read orders from Shopify exports every night.', 'exports'), 'NOUN');
  // The participle that opens a noun phrase running into its verb describes it.
  assert.equal(tag('Flagged claims go to a handler.', 'go'), 'VERB');
});

test('verbs whose base form ends in -ed ("need", "feed", "proceed") keep it as their root; participles still lose theirs', () => {
  const lemma = (text: string, word: string) => parseText(text).flatMap((s) => s.tokens).find((t) => t.lower === word)?.lemma;
  assert.equal(lemma('We need a churn score every week.', 'need'), 'need');
  assert.equal(lemma('The scores feed the pricing model.', 'feed'), 'feed');
  assert.equal(lemma('Then we proceed with the next batch.', 'proceed'), 'proceed');
  assert.equal(lemma('The claims were rejected twice.', 'rejected'), 'reject');
});

test('a compound adjective written without its hyphen stays in the noun phrase; a participle that is the verb does not', () => {
  const phrases = (text: string) => nounPhrases(parseText(text)[0]!.tokens).map((p) => p.text);
  assert.deepEqual(phrases('A gradient boosted regressor beat the baseline.'), ['gradient boosted regressor', 'baseline']);
  assert.deepEqual(phrases('We swapped the rule based filter for a GPU accelerated classifier.'), ['rule based filter', 'GPU accelerated classifier']);
  assert.ok(phrases('The ranker trained yesterday is worse.').includes('ranker'), 'a participle after a noun before a time is a reduced relative');
});

test('a person tagged by the tagger is marked on the token; a title or a word in capitals is not', () => {
  const person = (text: string) => parseText(text).flatMap((s) => s.tokens).filter((t) => t.person).map((t) => t.text);
  assert.deepEqual(person('Marguerite Okafor checks the flagged invoices every Friday.'), ['Marguerite', 'Okafor']);
  assert.deepEqual(person('We retrain the SGT every Monday.'), []);
});

test('a version tag after a noun leaves the noun the head of its phrase', () => {
  const heads = (text: string) => nounPhrases(parseText(text)[0]!.tokens).map((p) => `${p.text}/${p.head.lower}`);
  assert.deepEqual(heads('The wallhack detector v3 runs on every match.').slice(0, 1), ['wallhack detector v3/detector']);
  assert.deepEqual(heads('Our routing model 2.1 is live.').slice(0, 1), ['routing model/model']);
});
