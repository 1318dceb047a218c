import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocumentStrict as parse } from '../../../src/core/markdown/parse';

const PIPELINE = ['### Pipeline 1: Route Learning (MVP)', '- **Purpose**: Learns depot routes.', '- **Trigger**: Nightly.'];

function doc(sections: Record<string, string[]>): string {
  return ['# Pipeline Architecture: Parcels', '', ...Object.entries(sections).flatMap(([h, body]) => [`## ${h}`, '', ...body, ''])].join('\n');
}
const ids = (md: string) => parse(md).sections.map((s) => s.id);

test('sections named in the writer\'s words are recognised by what the heading says', () => {
  for (const [heading, id] of [
    ['How training and scoring fit together', 'crossPipelineDataFlow'],
    ['Hand-offs between pipelines', 'crossPipelineDataFlow'],
    ['Wiring', 'crossPipelineDataFlow'],
    ['Parked for now', 'deferred'],
    ['Backlog', 'deferred'],
    ['Beyond the MVP', 'deferred'],
    ['Handled elsewhere', 'notAPipeline'],
    ['What we are not building as pipelines', 'notAPipeline'],
    ['Unknowns', 'openQuestions'],
    ['Still to be decided', 'openQuestions'],
  ] as const) {
    const md = doc({ Overview: ['Parcels.'], 'Pipeline Decomposition': PIPELINE, [heading]: ['- **Driver app**: a UI, kept as it is.'] });
    assert.equal(ids(md)[2], id, heading);
  }
});

test('sections with headings that say nothing are recognised by what they hold', () => {
  const md = doc({
    Overview: ['Parcels.'],
    'What we will run': PIPELINE,
    'Putting it together': ['Route learning registers `route_model`; the depot lead promotes a version to `production`, and nightly scoring reads it.'],
    'Before we start': ['- Can the scanners export hourly?', '- Who owns the depot map?'],
  });
  assert.deepEqual(ids(md), ['overview', 'pipelineDecomposition', 'crossPipelineDataFlow', 'openQuestions']);
  assert.equal(parse(md).architecture.pipelines[0]!.name, 'Route Learning');
  assert.match(parse(md).architecture.dataFlow, /depot lead promotes/);
});

test('near miss: extra sections never take a template section\'s place', () => {
  const md = doc({
    Overview: ['Parcels.'],
    'Pipeline Decomposition': PIPELINE,
    'Cross-Pipeline Data Flow': ['Training registers `route_model`; scoring reads `production`.'],
    'Decision log': ['- We merged the regional pipelines; training and scoring read `production`.'],
    Roles: ['- Depot lead: promotes versions to production.'],
    'Open Questions': ['None.'],
    'FAQ for drivers': ['- Where is my parcel?', '- Why is it late?'],
  });
  assert.deepEqual(ids(md), ['overview', 'pipelineDecomposition', 'crossPipelineDataFlow', null, null, 'openQuestions', null]);
});
