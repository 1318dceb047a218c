/**
 * Table-driven over every description fixture: the whole interview on recommendations (`draft`)
 * produces a document that lints with zero errors and zero warnings, within 150 lines, with
 * 1-3 open questions; and the fixture's arrival pattern and red flags are pushed back on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftInterview } from '../../../src/core/interview/autopilot';
import { lint } from '../../../src/core/lint/lint';
import { loadDescriptionFixtures } from '../../fixtures/descriptions/load';

const fixtures = loadDescriptionFixtures();
const lineCount = (md: string) => md.split('\n').length - 1;

test('there are at least 20 description fixtures to drive the engine', () => {
  assert.ok(fixtures.length >= 20, `${fixtures.length} fixtures`);
});

for (const f of fixtures) {
  test(`draft ${f.name}: lint-clean document, 150 lines at most, 1-3 open questions`, () => {
    const r = draftInterview(f.text);
    assert.ok(r.ok, r.ok ? '' : r.error);
    const { architecture, markdown } = r.draft;
    if (architecture.pipelines.length === 0) {
      // Only a scope with no ML at all may end without a document (the seed: say so directly).
      assert.ok(f.expected.absentKinds?.includes('training'), 'only a no-ML description ends without pipelines');
      return;
    }
    const findings = lint(markdown);
    const serious = findings.filter((d) => d.severity !== 'info').map((d) => `${d.severity} ${d.rule}: ${d.message}`);
    assert.deepEqual(serious, []);
    const infos = findings.filter((d) => d.severity === 'info').map((d) => d.rule);
    // A budget the user never gave stays unstated, and the linter rightly notes it.
    const unstated = architecture.pipelines.some((p) => p.deployed && p.latencyBudgetMs === null);
    const allowed = (rule: string) => rule === 'doc-length' || (unstated && rule === 'realtime-latency');
    assert.ok(infos.every(allowed), `only doc-length (and realtime-latency for an unstated budget) may be info, got ${infos.join(', ')}`);
    assert.ok(lineCount(markdown) <= 150, `${lineCount(markdown)} lines`);
    assert.ok(architecture.openQuestions.length >= 1 && architecture.openQuestions.length <= 3);
    assert.doesNotMatch(markdown, /\bweek \d|\$\d|```|@step|@pipeline|zenml stack register/i);
  });

  const expectedFlags = [...(f.expected.redFlags ?? []), ...(f.expected.arrival ? [f.expected.arrival] : [])];
  if (expectedFlags.length) {
    test(`draft ${f.name}: pushes back on ${expectedFlags.join(', ')}`, () => {
      const r = draftInterview(f.text);
      assert.ok(r.ok);
      const raised = r.draft.notices.map((n) => n.rule);
      for (const rule of expectedFlags) assert.ok(raised.includes(rule), `${rule} not in ${raised.join(', ') || 'nothing'}`);
      assert.equal(new Set(raised).size, raised.length, 'each rule once');
    });
  }
}

test(
  'draft documents reach 80 lines unless the scope is one small pipeline',
  () => {
    const short = fixtures
      .map((f) => ({ name: f.name, r: draftInterview(f.text) }))
      .filter(({ r }) => r.ok && r.draft.architecture.pipelines.length > 1 && lineCount(r.draft.markdown) < 80)
      .map(({ name }) => name);
    assert.deepEqual(short, []);
  },
);
