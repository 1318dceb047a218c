import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { architecture } from '../../src/core/interview/engine';
import { parseDocument } from '../../src/core/markdown/parse';
import { COMMANDS } from '../../src/host/commands';
import { api, closePanel, exists, FIXTURES, panelTabs, readText, until, workspaceUri, writeText } from './helpers';
import { answerUntilReview, openPanel } from './interviewDriver';

const RAG = readFileSync(join(FIXTURES, 'descriptions', 'rag-docs-dictated.txt'), 'utf8');
const CV_DOC = readFileSync(join(FIXTURES, 'docs', 'good', 'cv-defect-detection.md'), 'utf8');

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Every element closed in order (no DOMParser in the extension host): a broken SVG fails here. */
function assertWellFormedSvg(svg: string): void {
  assert.match(svg, /^(<\?xml[^>]*\?>\s*)?<svg\b[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  const open: string[] = [];
  for (const [, closing, name, , selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*?)(\/?)>/g)) {
    if (selfClosing) continue;
    if (!closing) open.push(name!);
    else assert.equal(open.pop(), name, `</${name}> closes <${open.at(-1) ?? 'nothing'}>`);
  }
  assert.deepEqual(open, [], 'unclosed elements');
}

describe('exporting the DAG', () => {
  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    // Leave a fresh interview and the workspace as it was for the suites that follow.
    await (await api()).deliver({ type: 'reset' });
    await closePanel();
    for (const f of ['pipeline_architecture.svg', 'pipeline_architecture.mmd']) await vscode.workspace.fs.delete(workspaceUri(f)).then(undefined, () => undefined);
  });

  it('writes the interview DAG next to the document as SVG and Mermaid, and says where', async function () {
    this.timeout(60_000);
    await openPanel();
    await answerUntilReview(RAG);
    const zs = await api();
    const pipelines = architecture(zs.interviewState()).pipelines.map((p) => p.name);
    assert.ok(pipelines.length >= 2, `the RAG scope has pipelines: ${pipelines.join(', ')}`);

    const svgUri = workspaceUri('pipeline_architecture.svg');
    await zs.deliver({ type: 'export', format: 'svg' });
    assert.deepEqual(zs.lastNotice(), { level: 'info', text: 'Wrote pipeline_architecture.svg.' });
    const svg = await readText(svgUri);
    assertWellFormedSvg(svg);
    const project = architecture(zs.interviewState()).project;
    assert.ok(svg.includes(`<title>${xmlText(project)}</title>`), `titled with the project ${project}`);
    for (const name of pipelines) assert.ok(svg.includes(`>${xmlText(name)}<`), `the SVG draws ${name}`);

    const mmdUri = workspaceUri('pipeline_architecture.mmd');
    await zs.deliver({ type: 'export', format: 'mermaid' });
    assert.deepEqual(zs.lastNotice(), { level: 'info', text: 'Wrote pipeline_architecture.mmd.' });
    const mermaid = await readText(mmdUri);
    assert.match(mermaid, /^flowchart (TB|TD|LR)\n/);
    const subgraphs = [...mermaid.matchAll(/^\s*subgraph \S+\["([^"]*)"\]/gm)].map((m) => m[1]);
    for (const name of pipelines) assert.ok(subgraphs.some((s) => s!.startsWith(name)), `a subgraph for ${name}: ${subgraphs.join(' | ')}`);

    // The same export again changes nothing and asks nothing (a question would hang this test).
    await zs.deliver({ type: 'export', format: 'mermaid' });
    assert.deepEqual(zs.lastNotice(), { level: 'info', text: 'pipeline_architecture.mmd is already up to date.' });
    assert.equal(await readText(mmdUri), mermaid);
  });

  it('exports the DAG of an open document next to that document', async () => {
    const doc = workspaceUri('exports', 'cv-defect-detection.md');
    await writeText(doc, CV_DOC);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand(COMMANDS.showDag);
    await until('the DAG panel', () => panelTabs().some((t) => t.label === 'DAG: exports/cv-defect-detection.md'));
    const zs = await api();
    await zs.deliver({ type: 'export', format: 'mermaid' });
    const target = workspaceUri('exports', 'cv-defect-detection.mmd');
    assert.ok(await exists(target), 'the Mermaid file lands beside the document');
    assert.deepEqual(zs.lastNotice(), { level: 'info', text: 'Wrote exports/cv-defect-detection.mmd.' });
    const mermaid = await readText(target);
    for (const p of parseDocument(CV_DOC).architecture.pipelines) assert.ok(mermaid.includes(p.name), `${p.name} in the Mermaid text`);
    await vscode.workspace.fs.delete(workspaceUri('exports'), { recursive: true });
  });
});
