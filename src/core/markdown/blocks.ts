/**
 * The block structure of a markdown document, from markdown-it's token stream.
 *
 * Only the block phase runs: the parser reads inline text from the source lines
 * itself (it needs columns), so markdown-it's inline rules would be wasted work
 * and the one place a long, punctuation-heavy line could cost time.
 */
import MarkdownIt from 'markdown-it';

// CommonMark plus GFM tables: hand-edited documents put fields, steps and components in tables.
const md = new MarkdownIt('commonmark').enable('table');
md.core.ruler.disable(['inline', 'text_join']);

export interface Block {
  /** markdown-it's token type without `_open`: heading, paragraph, bullet_list, list_item, fence, … */
  type: string;
  /** Heading level (1-6), 0 for other blocks. */
  level: number;
  /** First source line (0-based). */
  startLine: number;
  /** Last source line (inclusive), trailing blank lines excluded. */
  endLine: number;
  /** Heading text (markdown-it strips `#`s and setext underlines); '' for other blocks. */
  content: string;
  /** Fence info string. */
  info: string;
  children: Block[];
}

/** Splits on every line terminator VS Code knows (CRLF, LF, CR), dropping the terminators. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Front matter (`---` … `---` on the first lines) is metadata, not markdown; left in, markdown-it
 * would read it as a rule plus a setext heading. It is blanked so line numbers stay true.
 */
function markdownSource(lines: string[]): string {
  const source = lines.slice();
  if (source.length > 0) source[0] = source[0].replace(/^\uFEFF/, '');
  if (source.length > 1 && source[0].trimEnd() === '---') {
    const close = source.findIndex((line, i) => i > 0 && (line.trimEnd() === '---' || line.trimEnd() === '...'));
    if (close > 0) for (let i = 0; i <= close; i++) source[i] = '';
  }
  return source.join('\n');
}

function lastContentLine(lines: string[], start: number, endExclusive: number): number {
  let end = Math.max(start, endExclusive - 1);
  while (end > start && (lines[end] ?? '').trim() === '') end--;
  return end;
}

/** The document's top-level blocks, each with its nested blocks. */
export function readBlocks(lines: string[]): Block[] {
  const tokens = md.parse(markdownSource(lines), {});
  const roots: Block[] = [];
  const stack: Block[] = [];
  const add = (block: Block) => (stack.length ? stack[stack.length - 1].children : roots).push(block);
  for (const token of tokens) {
    if (token.nesting === -1) {
      stack.pop();
      continue;
    }
    if (token.type === 'inline') {
      const parent = stack[stack.length - 1];
      if (parent?.type === 'heading') parent.content = token.content.trim();
      continue;
    }
    const map = token.map ?? [0, 1];
    const block: Block = {
      type: token.type.replace(/_open$/, ''),
      level: token.type === 'heading_open' ? Number(token.tag.slice(1)) : 0,
      startLine: map[0],
      endLine: lastContentLine(lines, map[0], map[1]),
      content: '',
      info: token.info.trim(),
      children: [],
    };
    add(block);
    if (token.nesting === 1) stack.push(block);
  }
  return roots;
}

/** Every block in document order, nested ones included. */
export function* allBlocks(blocks: readonly Block[]): Generator<Block> {
  for (const block of blocks) {
    yield block;
    yield* allBlocks(block.children);
  }
}
