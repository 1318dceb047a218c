/**
 * Documents by their kind (PDFs, contracts, manuals) say nothing of the task: the words for asking
 * them questions or for taking values out of them decide between document Q&A and extraction. With
 * it: a model used "to pull out" values, a department reviewing, values written "into" a store. On
 * wordings no fixture or case uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';
import { readDescription } from '../../../src/core/reading';
import { detectDomain } from '../../../src/core/planning/steps';
import { parseText } from '../../../src/core/language/parse';

const domainOf = (text: string) => {
  const r = readDescription(text, null);
  return detectDomain(r.components.map((c) => c.text).join(' '), r.domainCues, false);
};

test('values taken out of PDFs or contracts into a store is extraction, however many document words are said', () => {
  for (const text of [
    'About 900 lease contracts arrive as scanned PDFs each month; we run OCR and a model pulls out the rent, term and break dates into our property database.',
    'Our suppliers email PDFs of their price lists; we extract the SKUs and unit prices into the ERP table every night with Textract and a small model.',
  ]) assert.equal(domainOf(text), 'extraction', text);
  for (const text of [
    'Staff ask questions about our 4,000 contracts and manuals; a retrieval system answers with citations to the PDFs.',
    'We want a chat assistant that answers questions from the handbooks and wiki pages, with RAG over a vector store.',
  ]) assert.equal(domainOf(text), 'documents', text);
});

test('a model taken as given and used "to pull out" values is batch work with that model; a department that reviews is people', () => {
  const r = readDescription('We use Claude to pull out policy numbers and claim amounts from each email attachment. Compliance reviews anything flagged as unclear.', null);
  assert.ok(r.components.some((c) => c.kind === 'batch-inference'), r.components.map((c) => c.kind).join(', '));
  assert.ok(r.components.some((c) => c.kind === 'human-review'), r.components.map((c) => `${c.kind}: ${c.text}`).join(' | '));
  const tokens = parseText('Legal reviews every renewal the model is unsure about.').flatMap((s) => s.tokens);
  assert.equal(tokens[0]!.pos, 'NOUN', 'an adjective alone is no subject');
});

test('values pulled out "into" a store go there: it is where the batch writes, not a source', () => {
  const r = draftInterview('Around 2,000 delivery notes arrive as PDFs in an S3 bucket every week; we use GPT-4o to pull out the consignee, weight and signature date into our shipments database. Ops reviews anything the model is unsure about.');
  assert.ok(r.ok);
  const a = r.draft.architecture;
  assert.ok(!a.pipelines.some((p) => p.dataSources.some((s) => /shipments database/.test(s))), a.pipelines.map((p) => p.dataSources.join('; ')).join(' | '));
  assert.match(a.pipelines.flatMap((p) => p.steps.map((s) => s.description)).join('\n'), /to the shipments database\b/);
  assert.doesNotMatch(a.project, /\bfor (?:OCR|GPT)/);
});

test('how varied the inputs are breaks the measures down by that kind; onboarding by configuration makes it part of the version', () => {
  const r = draftInterview('Claims arrive as scanned forms from 14 countries in dozens of layouts; we use GPT-4o to pull out the policy number, amount and date into our claims database. Adding a new country should only need config. Adjusters review anything uncertain.');
  assert.ok(r.ok);
  const a = r.draft.architecture;
  const steps = a.pipelines.flatMap((p) => p.steps.map((s) => s.description)).join('\n');
  assert.match(steps, /broken down by country \(“14 countries”\), since an average hides the country a change makes worse/);
  assert.match(a.dataFlow, /A new country is a configuration change, as you want: the countrys? are part of each `\w+` version's configuration|A new country is a configuration change, as you want/);
});

test('a bot answering from help articles through a vector store is document Q&A, and a stated lack of evaluation is wanted evaluation', () => {
  for (const text of [
    'Our assistant answers about 300 customer questions a day from 900 help center articles, with embeddings in Qdrant and GPT-4o writing the answers; it sometimes cites pages that were removed.',
    'We index the support articles in Weaviate every week by hand and a chatbot answers agents with them, citing the source articles.',
  ]) assert.equal(domainOf(text), 'documents', text);
  for (const text of [
    'We have no way to tell whether a prompt change makes answers better or worse.',
    'Right now we cannot tell if a new model version is better or worse than the old one.',
  ]) assert.ok(readDescription(text, null).components.some((c) => c.kind === 'evaluation'), text);
  assert.ok(!readDescription('We do not evaluate the answers at all and do not plan to.', null).components.some((c) => c.kind === 'evaluation'), 'a plain negation still denies');
});
