/**
 * The document preview as HTML, rendered by the host (markdown-it is in the host bundle for the
 * parser anyway; the webview bundle stays small). Raw HTML is off: the markdown comes from the
 * engine's renderer but carries the user's words, so nothing in it may become markup. No vscode
 * import: the webview tests' fake host uses it too.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function previewHtml(markdown: string): string {
  return md.render(markdown);
}
