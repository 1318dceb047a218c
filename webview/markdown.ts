/**
 * The document preview. markdown-it with raw HTML disabled: the markdown comes from the
 * engine's renderer, but it carries the user's words, so nothing in it may become markup.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function renderMarkdown(text: string): string {
  return md.render(text);
}
