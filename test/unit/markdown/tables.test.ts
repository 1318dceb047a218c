import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocumentStrict as parse } from '../../../src/core/markdown/parse';
import { cellsOf } from '../../../src/core/markdown/tables';
import type { ParsedDocument, SourceRange } from '../../../src/core/markdown/document';

function textAt(doc: ParsedDocument, range: SourceRange): string {
  return doc.lines[range.start.line].slice(range.start.character, range.end.character);
}

const doc = (body: string) => parse(`# Pipeline Architecture: Parcels\n\n## Pipeline Decomposition\n\n### Pipeline 1: Route Learning (MVP)\n\n${body}\n`);

test('cells split on pipes outside code spans, escaped pipes kept, outer pipes optional', () => {
  assert.deepEqual(cellsOf('| a | `x|y` | b\\|c |').map((c) => c.text), ['a', '`x|y`', 'b\\|c']);
  assert.deepEqual(cellsOf('a | b').map((c) => c.text), ['a', 'b']);
  const [first, second] = cellsOf('|  Trigger  | Nightly |');
  assert.deepEqual([first!.start, first!.end, second!.start], [3, 10, 14]);
});

test('a field table gives the same fields as a list, each value at its own cell', () => {
  const parsed = doc(['| Field | Value |', '|:--|--|', '| Goal | Learns depot routes from scans |', '| Schedule | Every night at 02:00 |', '| Data | Scanner events; depot map |', '| MCP | `route_model`, new version per run |'].join('\n'));
  const p = parsed.architecture.pipelines[0]!;
  assert.equal(p.purpose, 'Learns depot routes from scans');
  assert.equal(p.trigger, 'Every night at 02:00');
  assert.equal(p.modelControlPlane.model, 'route_model');
  assert.equal(textAt(parsed, parsed.pipelines[0]!.fields.trigger!.valueRange), 'Every night at 02:00');
});

test('a step table gives steps (name, what it does, output) wherever it stands, in three header wordings', () => {
  for (const header of ['| # | Step | Description | Output |', '| Name | What it does | Produces |', '| Stage | Step name | Action | Result artifact |']) {
    const columns = header.split('|').length - 2;
    const row = (n: number, name: string, what: string, out: string) => `| ${columns === 4 ? `${n} | ` : ''}\`${name}\` | ${what} | ${out} |`;
    const parsed = doc([header, `|${'---|'.repeat(columns)}`, row(1, 'read_scans', 'Reads yesterday\'s scans', 'scan frame'), row(2, 'fit_routes', 'Fits the route model', 'model')].join('\n'));
    const steps = parsed.architecture.pipelines[0]!.steps;
    assert.deepEqual(steps.map((s) => [s.name, s.description, s.produces]), [
      ['read_scans', "Reads yesterday's scans", 'scan frame'],
      ['fit_routes', 'Fits the route model', 'model'],
    ], header);
    assert.equal(textAt(parsed, parsed.pipelines[0]!.steps[1]!.nameRange), 'fit_routes');
  }
});

test('near miss: a table that is neither fields nor steps gives no field and no step', () => {
  const parsed = doc(['- **Purpose**: Learns routes.', '', '| Region | Depots |', '|---|---|', '| North | 12 |'].join('\n'));
  const p = parsed.architecture.pipelines[0]!;
  assert.equal(p.steps.length, 0);
  assert.deepEqual(Object.keys(parsed.pipelines[0]!.fields), ['purpose']);
});

test('a Not-a-Pipeline table gives components with their reason and alternative', () => {
  const parsed = parse(['# Pipeline Architecture: Parcels', '', '## Not-a-Pipeline Components', '', '| Thing | Why | Instead |', '|---|---|---|', '| Driver app | a user interface | the existing mobile app |'].join('\n'));
  assert.deepEqual(parsed.architecture.notAPipeline, [{ name: 'Driver app', reason: 'a user interface', alternative: 'the existing mobile app' }]);
});

test('a numbered Step column is the order; the name comes from the next name column', () => {
  const parsed = doc(['| Step | Name | What it does | Output |', '|---|---|---|---|', '| 1 | `read_scans` | reads scans | scan frame |', '| 2 | `fit_routes` | fits | model |'].join('\n'));
  assert.deepEqual(parsed.architecture.pipelines[0]!.steps.map((s) => s.name), ['read_scans', 'fit_routes']);
});

test('steps written as one arrow chain, in a list field or a table row, are the steps', () => {
  for (const body of [
    '- **Steps**: `read_scans` → `clean_scans` → `fit_routes` → `backtest`',
    '**Stages:** read_scans -> clean_scans -> fit_routes',
    ['| Field | Value |', '|---|---|', '| Steps | read_scans => clean_scans => fit_routes |'].join('\n'),
  ]) {
    const parsed = doc(body);
    const names = parsed.architecture.pipelines[0]!.steps.map((s) => s.name);
    assert.deepEqual(names.slice(0, 3), ['read_scans', 'clean_scans', 'fit_routes'], body);
    assert.equal(textAt(parsed, parsed.pipelines[0]!.steps[2]!.nameRange), 'fit_routes');
  }
});

test('near miss: one step with its artifact, or a chain of sentences, is not a chain of steps', () => {
  for (const body of ['- **Steps**: load_scans → produces a frame', '- **Steps**: we read every scan from the depots → then we fit a model on the cleaned scans → and we publish it']) {
    assert.equal(doc(body).architecture.pipelines[0]!.steps.length, 0, body);
  }
});
