/**
 * A standalone SVG file of the DAG, for export: the drawing plus the shared stylesheet,
 * so it follows the editor's theme variables and falls back to light colours elsewhere.
 */
import { drawLayout, type SvgElement } from './draw';
import type { Layout } from './layout';
import { DAG_CSS } from './style';

export interface SvgOptions {
  /** Shown as the document's `<title>` (e.g. the project name). */
  title?: string;
}

/** Markup characters as entities; characters XML cannot hold at all (control codes) as U+FFFD. */
function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function serialize(node: SvgElement | string): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  return node.children.length === 0 ? `<${node.tag}${attrs}/>` : `<${node.tag}${attrs}>${node.children.map(serialize).join('')}</${node.tag}>`;
}

export function toSvg(layout: Layout, options: SvgOptions = {}): string {
  const width = Math.max(1, Math.ceil(layout.width));
  const height = Math.max(1, Math.ceil(layout.height));
  const title = options.title ? `<title>${escapeXml(options.title)}</title>` : '';
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" class="dag-export">`,
    title,
    `<style>${escapeXml(DAG_CSS)}</style>`,
    `<rect class="dag-bg" x="0" y="0" width="${width}" height="${height}"/>`,
    serialize(drawLayout(layout)),
    `</svg>`,
    '',
  ].join('\n');
}
