import assert from 'node:assert/strict';
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { colorWanted } from '../../../src/cli/format/color';
import { formatText } from '../../../src/cli/format/text';
import { lint } from '../../../src/core/lint/lint';
import { fixture, run, scratch } from './cliHarness';

const GOOD = fixture('good/card-fraud-detection.md');
const BAD = fixture('bad/support-llm-finetuning.md');

test('text: one file:line:col severity rule message line per finding, then a summary; exit 1 on errors', async () => {
  const dir = scratch({ 'plan.md': BAD });
  const r = await run(dir, 'lint', 'plan.md');
  assert.equal(r.code, 1);
  assert.equal(r.stderr, '');
  const lines = r.stdout.trimEnd().split('\n');
  const expected = lint(BAD).map((d) => `plan.md:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.rule} ${d.message}`);
  assert.deepEqual(lines.slice(0, -1), expected);
  const fixable = lint(BAD).filter((d) => d.fixes.some((f) => f.safe)).length;
  assert.ok(fixable > 0 && fixable < 9);
  assert.equal(lines.at(-1), `1 file checked: 9 problems (7 errors, 1 warning, 1 info). ${fixable} fixable with --fix.`);
  assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colour when stdout is not a terminal');
});

test('text: severities are coloured only on a terminal without NO_COLOR', () => {
  assert.equal(colorWanted(true, {}), true);
  assert.equal(colorWanted(true, { NO_COLOR: '1' }), false);
  assert.equal(colorWanted(true, { NO_COLOR: '' }), true, 'an empty NO_COLOR does not count (no-color.org)');
  assert.equal(colorWanted(false, {}), false);
  assert.equal(colorWanted(undefined, {}), false);
  const results = [{ file: 'plan.md', diagnostics: lint(BAD) }];
  const coloured = formatText({ results, fixedFiles: 0, color: true }).split('\n');
  assert.match(coloured[0]!, /^plan\.md:1:1 \x1b\[36minfo\x1b\[39m doc-length /);
  assert.ok(coloured.some((l) => l.includes(' \x1b[31merror\x1b[39m time-estimate ')));
  assert.equal(formatText({ results, fixedFiles: 0, color: true }).replace(/\x1b\[\d+m/g, ''), formatText({ results, fixedFiles: 0 }));
});

test('sarif: artifact URIs survive spaces and "#" in file names; absolute paths become file:// URLs', async () => {
  const dir = scratch({ 'plan #2.md': BAD });
  const relative = JSON.parse((await run(dir, 'lint', '--format', 'sarif', 'plan #2.md')).stdout);
  assert.equal(relative.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'plan%20%232.md');
  const outside = JSON.parse((await run(scratch(), 'lint', '--format', 'sarif', join(dir, 'plan #2.md'))).stdout);
  const uri: string = outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
  assert.equal(uri, pathToFileURL(join(dir, 'plan #2.md')).href);
  assert.ok(uri.startsWith('file:///') && uri.endsWith('/plan%20%232.md'), uri);
});

test('a clean file exits 0, and warnings alone do not fail the run', async () => {
  const dir = scratch({ 'good.md': GOOD, 'warn.md': GOOD.replace('(MVP)', '') });
  assert.equal((await run(dir, 'lint', 'good.md')).code, 0);
  const r = await run(dir, 'lint', 'warn.md');
  assert.equal(r.code, 0);
  assert.match(r.stdout, /warn\.md:\d+:1 warning mvp-marker /);
});

test('json: files with diagnostics, 1-based positions, exclusive end column', async () => {
  const dir = scratch({ 'a.md': BAD, 'b.md': GOOD });
  const r = await run(dir, 'lint', '--format', 'json', 'a.md', 'b.md');
  const out = JSON.parse(r.stdout) as { files: { file: string; diagnostics: Record<string, unknown>[] }[] };
  assert.deepEqual(out.files.map((f) => f.file), ['a.md', 'b.md']);
  assert.deepEqual(out.files[1]!.diagnostics, []);
  const estimate = out.files[0]!.diagnostics.find((d) => d.rule === 'time-estimate')!;
  const line = BAD.split('\n').findIndex((l) => l.includes('10 weeks'));
  const column = BAD.split('\n')[line]!.indexOf('10 weeks') + 1;
  assert.deepEqual(Object.keys(estimate), ['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
  assert.equal(estimate.line, line + 1);
  assert.equal(estimate.column, column);
  assert.equal(estimate.endColumn, column + '10 weeks'.length);
});

test('sarif: 2.1.0 with every rule described and results located by relative path', async () => {
  const dir = scratch({ 'docs.md': BAD });
  const r = await run(dir, 'lint', '--format=sarif', 'docs.md');
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  const runOut = sarif.runs[0];
  assert.equal(runOut.tool.driver.name, 'zenml-scope');
  const ids = runOut.tool.driver.rules.map((x: { id: string }) => x.id);
  assert.ok(ids.includes('time-estimate') && ids.includes('not-a-pipeline'));
  const timeRule = runOut.tool.driver.rules.find((x: { id: string }) => x.id === 'time-estimate');
  assert.equal(timeRule.helpUri, undefined, 'no made-up address');
  assert.equal(runOut.tool.driver.informationUri, undefined);
  assert.match(timeRule.help.markdown, /^<a id="rule-time-estimate"><\/a>\n#### `time-estimate` \(error\)/);
  assert.ok(timeRule.shortDescription.text.length > 20);
  const levels = new Set(runOut.results.map((x: { level: string }) => x.level));
  assert.deepEqual([...levels].sort(), ['error', 'note', 'warning']);
  const result = runOut.results.find((x: { ruleId: string }) => x.ruleId === 'time-estimate');
  assert.equal(ids[result.ruleIndex], 'time-estimate');
  const loc = result.locations[0].physicalLocation;
  assert.equal(loc.artifactLocation.uri, 'docs.md');
  assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1 && loc.region.endColumn > loc.region.startColumn);
});

test('globs expand to markdown files only, sorted, each once', async () => {
  const dir = scratch({ 'a.md': GOOD, 'b.markdown': GOOD, 'c.txt': 'not markdown', 'd.mdx': GOOD });
  const r = await run(dir, 'lint', '--format', 'json', '*', 'a.md');
  assert.deepEqual(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file), ['a.md', 'b.markdown', 'd.mdx']);
});

test('--fix rewrites the file atomically with every safe fix; a second run finds nothing fixable', async () => {
  const dir = scratch({ 'plan.md': BAD });
  const first = await run(dir, 'lint', '--fix', 'plan.md');
  assert.match(first.stdout, /1 file fixed\./);
  const fixedText = readFileSync(join(dir, 'plan.md'), 'utf8');
  assert.notEqual(fixedText, BAD);
  assert.ok(fixedText.includes('- MVP: dataset curation pipeline'));
  assert.deepEqual(readdirSync(dir), ['plan.md'], 'no temporary file left behind');
  // What remains needs a human: the code block (its removal is offered, not safe).
  assert.deepEqual(lint(fixedText).filter((d) => d.severity === 'error').map((d) => d.rule), ['code-in-doc']);
  const second = await run(dir, 'lint', '--fix', 'plan.md');
  assert.doesNotMatch(second.stdout, /fixed/);
  assert.equal(readFileSync(join(dir, 'plan.md'), 'utf8'), fixedText);
});

test('--fix through a symlink rewrites its target and leaves the link a link', async () => {
  const dir = scratch({ 'real.md': BAD });
  symlinkSync('real.md', join(dir, 'plan.md'));
  assert.equal((await run(dir, 'lint', '--fix', 'plan.md')).code, 1);
  assert.ok(lstatSync(join(dir, 'plan.md')).isSymbolicLink());
  assert.notEqual(readFileSync(join(dir, 'real.md'), 'utf8'), BAD);
  assert.deepEqual(readdirSync(dir).sort(), ['plan.md', 'real.md']);
});

test('--fix edits in place like sed -i: it keeps the file mode, so a read-only file is fixed and stays read-only', async () => {
  const dir = scratch({ 'a.md': BAD, 'b.md': BAD });
  chmodSync(join(dir, 'a.md'), 0o664);
  await run(dir, 'lint', '--fix', 'a.md');
  assert.equal(statSync(join(dir, 'a.md')).mode & 0o777, 0o664);
  chmodSync(join(dir, 'b.md'), 0o444);
  await run(dir, 'lint', '--fix', 'b.md');
  assert.notEqual(readFileSync(join(dir, 'b.md'), 'utf8'), BAD, 'the fix the user asked for is applied');
  assert.equal(statSync(join(dir, 'b.md')).mode & 0o777, 0o444, 'and the file stays read-only');
});

test('config: .zenml-scope.json in the working directory, or --config; rule off changes the exit code', async () => {
  const onlyEstimate = BAD.replace(/```python[\s\S]*?```\n/, '').replace(/^- Week \d:.*$/gm, '').replace(/`zenml orchestrator register[^`]*`/, 'the team script').replace(/GPU-hour costs[^.]*\./, '');
  const dir = scratch({ 'plan.md': onlyEstimate, 'strict.json': '{"rules":{"mvp-marker":"error"}}' });
  assert.equal((await run(dir, 'lint', 'plan.md')).code, 1);
  writeFileSync(join(dir, '.zenml-scope.json'), '{"rules":{"time-estimate":"off"}}');
  const relaxed = await run(dir, 'lint', 'plan.md');
  assert.doesNotMatch(relaxed.stdout, /time-estimate/);
  assert.equal(relaxed.code, 0, relaxed.stdout);
  const viaFlag = await run(dir, 'lint', '--config', 'strict.json', 'plan.md');
  assert.match(viaFlag.stdout, /time-estimate/);
});

test('usage and I/O problems: one line on stderr, exit 2, nothing linted', async () => {
  const dir = scratch({
    'good.md': GOOD,
    'empty.md': '  \n\n',
    'binary.md': Buffer.from([0x23, 0x20, 0x00, 0x01]),
    'notes.txt': GOOD,
    'latin1.md': Buffer.from([0x23, 0x20, 0xe9, 0x0a]),
    'big.md': '# x\n' + 'a'.repeat(5 * 1024 * 1024),
    'bad.json': '{"thresholds":{"stepsMax":"many"}}',
  });
  const cases: [string[], RegExp][] = [
    [['lint', 'missing.md'], /missing\.md: no such file/],
    [['lint', 'empty.md'], /empty\.md: empty file/],
    [['lint', 'binary.md'], /binary\.md: binary file/],
    [['lint', 'notes.txt'], /notes\.txt: not a markdown file/],
    [['lint', 'latin1.md'], /latin1\.md: not valid UTF-8/],
    [['lint', 'big.md'], /big\.md: larger than 5 MB/],
    [['lint', 'docs/**/*.md'], /no markdown files match 'docs\/\*\*\/\*\.md'/],
    [['lint', '.'], /\.: is a directory/],
    [['lint', '--config', 'bad.json', 'good.md'], /bad\.json: thresholds\.stepsMax/],
    [['lint', '--config', 'nope.json', 'good.md'], /config nope\.json: no such file/],
    [['lint', '--format', 'xml', 'good.md'], /unknown format 'xml'/],
    [['lint', '--frobnicate', 'good.md'], /Unknown option '--frobnicate'/],
    [['lint'], /no files given/],
    [['lint', 'good.md', 'missing.md'], /missing\.md: no such file/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [[], /no command given/],
  ];
  for (const [argv, message] of cases) {
    const r = await run(dir, ...argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.equal(r.stdout, '', `${argv.join(' ')} printed to stdout`);
    assert.match(r.stderr.split('\n')[0]!, message, argv.join(' '));
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  }
  assert.ok(existsSync(join(dir, 'good.md')));
});

test('--help and --version print to stdout and exit 0', async () => {
  const dir = scratch();
  const help = await run(dir, '--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /lint\s+check pipeline_architecture\.md files/);
  const lintHelp = await run(dir, 'lint', '--help');
  assert.match(lintHelp.stdout, /--format\s+text \(default\)/);
  const version = await run(dir, '--version');
  assert.equal(version.stdout, `${JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')).version}\n`);
});
