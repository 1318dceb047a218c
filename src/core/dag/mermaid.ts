/**
 * Architecture → Mermaid `flowchart` text (for READMEs, PR descriptions, wikis): the
 * same graph the webview draws, one subgraph per pipeline, model hand-offs as dotted
 * labelled links, dataset hand-offs as thick ones, the MVP pipeline styled apart.
 */
import type { Architecture } from '../model/architecture';
import { buildGraph, type Cluster } from './graph';

/**
 * Mermaid labels are double-quoted; every character a renderer could read as syntax is written
 * as an entity code: quotes and pipes that end a label, `%%{init: …}%%` directives and `%%`
 * comments (read before parsing, anywhere in the text), backticks (markdown strings), `&` and
 * angle brackets (HTML in labels), braces, and `#` (which starts entity codes itself).
 */
const ENTITY = /[#"<>|%&`{}\\]/g;

function escape(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ENTITY, (c) => (c === '"' ? '#quot;' : `#${c.charCodeAt(0)};`));
}

/** A quoted label; several parts become lines (Mermaid's `<br/>`). */
function label(...parts: string[]): string {
  return `"${parts.map(escape).join('<br/>')}"`;
}

function clusterTitle(c: Cluster): string {
  return c.kind === 'pipeline' ? `${c.label} (${[c.phase, c.deployed && 'HTTP', c.dynamic && 'dynamic'].filter(Boolean).join(', ')})` : c.label;
}

export function toMermaid(arch: Architecture): string {
  const graph = buildGraph(arch);
  // Short generated ids: graph ids hold names with spaces and punctuation Mermaid rejects.
  const ids = new Map<string, string>();
  graph.clusters.forEach((c, i) => ids.set(c.id, `c${i + 1}`));
  graph.nodes.forEach((n, i) => ids.set(n.id, `n${i + 1}`));

  const lines = ['flowchart TB'];
  if (graph.omitted) lines.push(`  %% ${graph.omitted.replace(/[%{}\r\n]/g, '')}`);
  for (const c of graph.clusters) {
    lines.push(`  subgraph ${ids.get(c.id)}[${label(clusterTitle(c))}]`, '    direction TB');
    for (const n of graph.nodes.filter((node) => node.cluster === c.id)) {
      const text = n.detail ? label(n.label, `${n.kind === 'step' ? '→ ' : ''}${n.detail}`) : label(n.label);
      lines.push(`    ${ids.get(n.id)}[${text}]`);
    }
    lines.push('  end');
  }
  for (const e of graph.edges) {
    const [from, to] = [ids.get(e.from), ids.get(e.to)];
    const link = { flow: '-->', handoff: '-.->', dataset: '==>' }[e.kind];
    lines.push(e.label ? `  ${from} ${link}|${label(e.label)}| ${to}` : `  ${from} ${link} ${to}`);
  }
  const mvp = graph.clusters.filter((c) => c.mvp).map((c) => ids.get(c.id));
  if (mvp.length > 0) {
    lines.push('  classDef mvp stroke-width:3px', `  class ${mvp.join(',')} mvp`);
  }
  return `${lines.join('\n')}\n`;
}
