/**
 * One test per description fixture: the lexicon reader and the classification must extract
 * what a careful human reads in it (test/fixtures/descriptions/README.md has the format).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDescriptionFixtures, type ExpectedReading } from '../../fixtures/descriptions/load';
import { followUpQuestion, missingCategories, readDescription } from '../../../src/core/reading';
import { classify } from '../../../src/core/planning/classify';
import { ReadingSchema, type Reading } from '../../../src/core/reading/reading';
import type { ClassifiedComponent } from '../../../src/core/planning/proposals';

const fixtures = loadDescriptionFixtures();

test('there are at least 24 description fixtures', () => {
  assert.ok(fixtures.length >= 24, `only ${fixtures.length} fixtures`);
});

for (const { name, text, expected } of fixtures) {
  test(`fixture ${name}: ${expected.description}`, () => {
    const reading = readDescription(text, null);
    ReadingSchema.parse(reading);
    checkReading(reading, classify(reading), expected);
  });
}

function checkReading(reading: Reading, classified: ClassifiedComponent[], e: ExpectedReading): void {
  const missing = missingCategories(reading);
  for (const c of e.categoriesPresent ?? []) assert.ok(!missing.includes(c as never), `category ${c} should be covered`);
  for (const c of e.categoriesMissing ?? []) assert.ok(missing.includes(c as never), `category ${c} should be missing, got ${JSON.stringify(reading.categories[c as never])}`);
  const followUp = followUpQuestion(reading);
  if (e.followUp !== undefined) assert.equal(followUp !== null, e.followUp, `follow-up: ${followUp}`);
  for (const m of e.followUpMentions ?? []) assert.ok(followUp?.includes(m), `follow-up should ask "${m}": ${followUp}`);
  if (e.engineers !== undefined) assert.equal(reading.team.engineers, e.engineers, 'team.engineers');
  for (const r of e.roles ?? []) assert.ok(reading.team.roles.includes(r), `role ${r} in ${reading.team.roles}`);
  if (e.latencyMs !== undefined) assert.equal(reading.latencyMs, e.latencyMs, 'latencyMs');
  if (e.tools) {
    for (const t of e.tools) assert.ok(reading.tools.includes(t), `tool ${t} in ${reading.tools}`);
    if (e.tools.length === 0) assert.deepEqual(reading.tools, []);
  }
  if (e.sources) {
    assert.deepEqual(reading.sources.map((s) => s.name), e.sources, 'sources');
    assert.deepEqual(reading.categories.dataSources, e.sources, 'categories.dataSources lists the sources');
  }
  for (const [name, detail] of Object.entries(e.sourceDetails ?? {})) {
    const got = reading.sources.find((s) => s.name === name);
    assert.match(got?.detail ?? '', new RegExp(escape(detail), 'i'), `detail of ${name}`);
  }
  if (e.componentCount !== undefined) assert.equal(reading.components.length, e.componentCount, 'component count');
  for (const want of e.components ?? []) {
    const got = reading.components.find((c) => c.kind === want.kind);
    assert.ok(got, `component ${want.kind} in ${reading.components.map((c) => c.kind)}`);
    const cls = classified.find((c) => c.id === got.id)!;
    if (want.bucket) assert.equal(cls.bucket, want.bucket, `${want.kind} bucket (${cls.reason})`);
    if (want.cadence !== undefined) assert.equal(got.cadence, want.cadence, `${want.kind} cadence`);
    if (want.latencyMs !== undefined) assert.equal(got.latencyMs, want.latencyMs, `${want.kind} latency`);
    if (want.alternativeIncludes) assert.match(cls.alternative ?? '', new RegExp(escape(want.alternativeIncludes), 'i'));
    if (want.reasonIncludes) assert.match(cls.reason, new RegExp(escape(want.reasonIncludes), 'i'));
    if (want.textIncludes) assert.match(got.text, new RegExp(escape(want.textIncludes), 'i'), `${want.kind} quote`);
    if (want.fanOut !== undefined) assert.equal(got.fanOut ?? null, want.fanOut, `${want.kind} fan-out`);
  }
  for (const k of e.absentKinds ?? []) assert.ok(!reading.components.some((c) => c.kind === k), `no ${k} component expected`);
  if (e.redFlags) {
    const rules = reading.redFlags.map((f) => f.rule);
    for (const r of e.redFlags) assert.ok(rules.includes(r), `red flag ${r} in ${rules}`);
    if (e.redFlags.length === 0) assert.deepEqual(rules, []);
  }
  if (e.readiness) assert.deepEqual([...reading.readinessSignals].sort(), [...e.readiness].sort(), 'readiness');
  if (e.goal) assert.equal(reading.goal, e.goal, 'goal');
  if (e.project === null) assert.equal(reading.project, null);
  else if (e.project) assert.match(reading.project ?? '', new RegExp(escape(e.project), 'i'));
  if (e.usesZenml !== undefined) assert.equal(reading.usesZenml, e.usesZenml, 'usesZenml');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
