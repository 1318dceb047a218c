/**
 * Text sizes without a DOM: the layout runs in Node (export, tests, bench) as well as
 * in the webview, so widths are estimated per character from a table of advances. The
 * table is DejaVu Sans Bold (what `system-ui` resolves to on Linux, and wider than Segoe
 * UI, SF or Ubuntu), so an estimate errs on the wide side for every weight the DAG draws:
 * a label never spills out of its box or into the badges after it.
 */

/**
 * Advance of each printable ASCII character (space to `~`) in em, measured in Chromium
 * with `canvas.measureText` at `600 100px system-ui` (DejaVu Sans Bold), rounded up, 16 per row.
 */
// prettier-ignore
const ASCII_EM = [
  0.35, 0.46, 0.53, 0.84, 0.7, 1.01, 0.88, 0.31, 0.46, 0.46, 0.53, 0.84, 0.38, 0.42, 0.38, 0.37, //  !"#$%&'()*+,-./
  0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.4, 0.4, 0.84, 0.84, 0.84, 0.59, // 0-9 :;<=>?
  1, 0.78, 0.77, 0.74, 0.84, 0.69, 0.69, 0.83, 0.84, 0.38, 0.38, 0.78, 0.64, 1, 0.84, 0.86, // @ A-O
  0.74, 0.86, 0.78, 0.73, 0.69, 0.82, 0.78, 1.11, 0.78, 0.73, 0.73, 0.46, 0.37, 0.46, 0.84, 0.5, // P-Z [\]^_
  0.5, 0.68, 0.72, 0.6, 0.72, 0.68, 0.44, 0.72, 0.72, 0.35, 0.35, 0.67, 0.35, 1.05, 0.72, 0.69, // ` a-o
  0.72, 0.72, 0.5, 0.6, 0.48, 0.72, 0.66, 0.93, 0.65, 0.66, 0.59, 0.72, 0.37, 0.72, 0.84, // p-z {|}~
];
/**
 * Outside ASCII, a full em: as wide as the ellipsis, dashes and CJK, wider than accented
 * Latin, Greek or Cyrillic letters on average (0.7-0.85 em).
 */
const NON_ASCII_EM = 1;

function charEm(char: string): number {
  const code = char.codePointAt(0)!;
  return code >= 32 && code < 127 ? ASCII_EM[code - 32]! : NON_ASCII_EM;
}

/** Pixel sizes; the second lines (what a step produces, a pipeline's trigger) stay readable when a 12-step DAG is fitted. */
export const FONT = { title: 13, label: 12, detail: 12 } as const;

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return Math.ceil(em * fontSize);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Cut `text` to at most `max` characters, ending in an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const t = squash(text);
  return t.length <= max ? t : `${t.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** Cut `text` so it is at most `maxWidth` wide at `fontSize`, ending in an ellipsis when cut. */
export function truncateToWidth(text: string, fontSize: number, maxWidth: number): string {
  const chars = [...squash(text)];
  if (textWidth(chars.join(''), fontSize) <= maxWidth) return chars.join('');
  let kept = 1;
  while (kept < chars.length && textWidth(`${chars.slice(0, kept + 1).join('')}…`, fontSize) <= maxWidth) kept++;
  return `${chars.slice(0, kept).join('').trimEnd()}…`;
}

/** Longest label/detail shown on a node before it is cut (the full text is in the tooltip). */
export const MAX_LABEL_CHARS = 30;
export const MAX_DETAIL_CHARS = 44;
/** Widest cluster title before it is cut: a longer name would make its pipeline's column needlessly wide. */
export const MAX_TITLE_WIDTH = 280;
