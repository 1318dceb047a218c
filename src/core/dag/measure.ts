/**
 * Text sizes without a DOM: the layout runs in Node (export, tests, bench) as well as
 * in the webview, so widths are estimated from character counts at the DAG's font
 * sizes, on the generous side so labels never spill out of their boxes.
 */

/** Average advance of one character as a fraction of the font size (sans-serif, mixed case, `_`). */
const CHAR_EM = 0.62;

export const FONT = { title: 13, label: 12, detail: 11 } as const;

export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * CHAR_EM);
}

/** Cut `text` to at most `max` characters, ending in an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** Longest label/detail shown on a node before it is cut (the full text is in the tooltip). */
export const MAX_LABEL_CHARS = 30;
export const MAX_DETAIL_CHARS = 34;
