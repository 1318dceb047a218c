import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph, layoutGraph, toMermaid, toSvg } from '../../../src/core/dag';
import { edgePath } from '../../../src/core/dag/draw';
import { fraudArchitecture } from './architectures';

/** A tiny well-formedness check: every tag closes in order, attributes are quoted, no raw `<`/`&` in text. */
function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const token = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(body))) {
    const [, closing, name, , selfClosing, text, stray] = m;
    assert.equal(stray, undefined, `stray "<" at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
    if (text !== undefined) {
      assert.doesNotMatch(text, /&(?!(lt|gt|amp|quot|apos);)/, 'unescaped & in text');
      continue;
    }
    if (closing) assert.equal(stack.pop(), name, `</${name}> closes the open element`);
    else if (!selfClosing) stack.push(name!);
  }
  assert.deepEqual(stack, [], 'every element is closed');
}

test('the exported SVG is well-formed, standalone, and themed only through CSS variables with fallbacks', () => {
  const arch = fraudArchitecture();
  const svg = toSvg(layoutGraph(buildGraph(arch)), { title: arch.project });
  assertWellFormedXml(svg);
  assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
  assert.match(svg, /<title>Card Fraud Scoring<\/title>/);
  // No hard-coded colour outside a var() fallback.
  const style = svg.match(/<style>([\s\S]*?)<\/style>/)![1]!;
  for (const colour of style.match(/#[0-9a-f]{6}/gi) ?? []) {
    assert.match(style, new RegExp(`var\\(--vscode-[\\w-]+, ${colour}\\)`), `${colour} is only a fallback`);
  }
  assert.doesNotMatch(svg.replace(/<style>[\s\S]*?<\/style>/, ''), /fill="#|stroke="#/);
  assert.equal(svg.match(/class="dag-cluster /g)?.length, 6);
  assert.equal(svg.match(/class="dag-node /g)?.length, 13 + 3 + 2);
  assert.equal(svg.match(/data-mvp="true"/g)?.length, 1);
  assert.equal(svg.match(/>fraud_model @ production</g)?.length, 2);
});

test('names with markup characters are escaped in the SVG', () => {
  const arch = fraudArchitecture();
  arch.pipelines[0]!.steps[0]!.name = 'load <raw> & "clean"';
  arch.notAPipeline[0]!.name = "Ops' <dashboard>";
  const svg = toSvg(layoutGraph(buildGraph(arch)));
  assertWellFormedXml(svg);
  assert.match(svg, /load &lt;raw&gt; &amp; &quot;clean&quot;/);
  assert.match(svg, /Ops&apos; &lt;dashboard&gt;/);
});

test('edge paths start at the first point and end at the last', () => {
  assert.equal(edgePath([{ x: 0, y: 0 }, { x: 10, y: 20 }]), 'M0,0 L10,20');
  assert.equal(edgePath([{ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 20, y: 40 }]), 'M0,0 Q10,10 15,25 L20,40');
  assert.equal(edgePath([]), '');
});

test('Mermaid output is a flowchart with one subgraph per pipeline and group, and labelled hand-offs', () => {
  const text = toMermaid(fraudArchitecture());
  const lines = text.trimEnd().split('\n');
  assert.equal(lines[0], 'flowchart TB');
  const subgraphs = lines.filter((l) => /^ {2}subgraph /.test(l));
  assert.deepEqual(subgraphs, [
    '  subgraph c1["transaction_features (Phase 2)"]',
    '  subgraph c2["fraud_training (MVP)"]',
    '  subgraph c3["nightly_scoring (Phase 2)"]',
    '  subgraph c4["checkout_scoring_service (Phase 3, HTTP)"]',
    '  subgraph c5["Not a pipeline"]',
    '  subgraph c6["Deferred"]',
  ]);
  assert.equal(lines.filter((l) => l === '  end').length, subgraphs.length);
  assert.ok(lines.includes('    n4["load_feature_snapshot<br/>→ labelled training set"]'));
  assert.ok(lines.includes('  n4 --> n5'));
  assert.deepEqual(lines.filter((l) => l.includes('-.->')), ['  n7 -.->|"fraud_model @ production"| n8', '  n7 -.->|"fraud_model @ production"| n11']);
  assert.deepEqual(lines.slice(-2), ['  classDef mvp stroke-width:3px', '  class c2 mvp']);
  // Every node id used in a link is declared.
  const declared = new Set(lines.flatMap((l) => l.match(/^ {4}(n\d+)\[/)?.[1] ?? []));
  for (const l of lines.filter((x) => x.includes('--'))) for (const id of l.match(/\bn\d+\b/g)!) assert.ok(declared.has(id), id);
});

test('Mermaid labels carry no directive, comment, markdown string or HTML a renderer would interpret', () => {
  const arch = fraudArchitecture();
  arch.pipelines[0]!.name = '%%{init: {"theme": "dark", "securityLevel": "loose"}}%% Training';
  arch.pipelines[0]!.steps[0]!.name = '`**bold**` &lt;img src=x&gt; %% comment';
  const text = toMermaid(arch);
  assert.doesNotMatch(text, /%|`|&|\{|\}/);
  assert.ok(text.includes('#37;#37;#123;init: #123;#quot;theme#quot;: #quot;dark#quot;'));
  assert.ok(text.includes('#96;**bold**#96; #38;lt;img src=x#38;gt; #37;#37; comment'));
});

test('SVG export stays well-formed XML with control characters in names', () => {
  const arch = fraudArchitecture();
  arch.pipelines[0]!.name = 'Train\u0001ing\u001b[31m';
  const svg = toSvg(layoutGraph(buildGraph(arch)), { title: 'x\u0000y' });
  assert.doesNotMatch(svg, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  assert.ok(svg.includes('Train\uFFFDing\uFFFD[31m'));
});

test('Mermaid labels escape quotes, angle brackets, pipes and hashes', () => {
  const arch = fraudArchitecture();
  arch.pipelines[0]!.steps[0]!.name = 'load "raw" <events> | #1';
  arch.pipelines[1]!.modelControlPlane.model = 'fraud|model';
  arch.pipelines[2]!.modelControlPlane.model = 'fraud|model';
  const text = toMermaid(arch);
  assert.ok(text.includes('n1["load #quot;raw#quot; #60;events#62; #124; #35;1<br/>→ raw transactions table"]'));
  assert.ok(text.includes('-.->|"fraud#124;model @ production"|'));
});
