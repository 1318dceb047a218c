/** Answers over documents come from an index: with the documents' source named, the index build is planned even when no sentence names it. On wordings no fixture or case uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';

test('a question-answering assistant over documents in a named store gets the pipeline that indexes them, first', () => {
  const r = draftInterview('Our engineers want an assistant that answers questions about our maintenance manuals, with citations. The manuals sit in Confluence, a few thousand pages, and get edited weekly. Answers should appear in Slack within five seconds. Three of us, all on AWS.');
  assert.ok(r.ok);
  const a = r.draft.architecture;
  const mvp = a.pipelines.find((p) => p.phase === 'MVP')!;
  assert.ok(mvp.steps.some((s) => s.name === 'build_index'), a.pipelines.map((p) => `${p.name}: ${p.steps.map((s) => s.name).join(',')}`).join(' | '));
  const service = a.pipelines.find((p) => p.deployed);
  assert.equal(service?.latencyBudgetMs, 5000, 'the answering service keeps its budget');
  assert.equal(service?.phase, 'Phase 2', 'it reads the index versions the MVP builds, so it comes next');
});

test('in document Q&A something always builds the index, named in the description or not, and never folded into the evaluation', () => {
  for (const text of [
    'We want an assistant that answers HR policy questions from our SharePoint handbook. We prototyped it with Claude and a FAISS index built in a notebook. The handbook changes weekly, and we would like to compare prompt versions on 200 questions HR answered by hand.',
    'Our agents ask a chatbot about the internal KB in Notion; answers must cite the pages. We want to evaluate retrieval before every change.',
  ]) {
    const r = draftInterview(text);
    assert.ok(r.ok);
    const names = r.draft.architecture.pipelines.map((p) => p.name);
    assert.ok(names.includes('Document Indexing'), `${text}\n→ ${names.join(', ')}`);
    assert.ok(r.draft.architecture.pipelines.find((p) => p.name === 'Document Indexing')!.steps.some((s) => s.name === 'build_index'));
  }
});
