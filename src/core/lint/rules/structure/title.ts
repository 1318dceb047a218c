import { TITLE_PREFIX } from '../../../markdown/template';
import { insertLines } from '../../text';
import type { Rule } from '../../types';
import { frontMatterLines } from '../forbidden/lines';

const PLACEHOLDER_NAME = '[Project Name]';
/** "Pipeline Architecture" with any of the separators people use, anywhere in the heading. */
const PREFIX_WORDS = /\s*[:—–-]?\s*pipeline architecture\s*[:—–-]?\s*/i;

export const title: Rule = {
  slug: 'title',
  category: 'structure',
  defaultSeverity: 'warning',
  docs: {
    checks: 'The document opens with an H1 of the form `# Pipeline Architecture: <project name>`.',
    why:
      'The document is the contract between scoping and implementation; its title says which system it scopes, and the fixed prefix lets people, ' +
      'CI and the pipeline-authoring step recognise an architecture spec at a glance.',
    example: '# Fraud Detection\n\n## Overview',
    fix: 'Inserts `# Pipeline Architecture: [Project Name]` when there is no H1, or rewrites the H1 to `# Pipeline Architecture: <its text>`.',
    source: 'Seed 000/001, Phase 5 "Document structure".',
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.title) {
      const at = frontMatterLines(doc.lines);
      // Front matter alone ("---\n---") leaves no line after it: the finding sits on its last line, the title goes below.
      const line = Math.min(at, doc.lines.length - 1);
      ctx.report({
        message: `No title: start the document with "# ${TITLE_PREFIX} <project name>" so readers and tools know which system this architecture scopes.`,
        range: { start: { line, character: 0 }, end: { line, character: (doc.lines[line] ?? '').length } },
        fixes: [{ title: 'Insert the title', safe: true, edits: [insertLines(doc.lines, at, [`# ${TITLE_PREFIX} ${PLACEHOLDER_NAME}`, ''])] }],
      });
      return;
    }
    // Comments on the title line (suppression directives) are kept as they are.
    const comments = doc.title.text.match(/<!--[\s\S]*?-->/g) ?? [];
    // A heading is one line of text: a setext title's line breaks and U+2028/U+2029 (line breaks
    // to a regex) are read and written as spaces, or the rewrite would break the heading or be
    // "fixed" again forever.
    const text = doc.title.text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ').trim();
    const name = /^pipeline architecture\s*[:—–-]\s*(\S.*)$/i.exec(text)?.[1];
    if (name && text.startsWith(TITLE_PREFIX)) return;
    const project = text.replace(PREFIX_WORDS, ' ').trim() || PLACEHOLDER_NAME;
    const wanted = `# ${TITLE_PREFIX} ${project}`;
    ctx.report({
      message: name
        ? `Write the title as "${TITLE_PREFIX} <name>" (with the colon), the template's form that readers and tools look for.`
        : `The title should read "${TITLE_PREFIX} <project name>" so it is recognisable as this system's architecture spec.`,
      range: doc.title.range,
      fixes: [
        {
          title: `Rewrite the title as "${wanted.slice(2)}"`,
          safe: true,
          edits: [{ range: doc.title.range, newText: [wanted, ...comments].join(' ') }],
        },
      ],
    });
  },
};
