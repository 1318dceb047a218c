import { deleteLines, range } from '../../text';
import type { Fix, Rule, RuleContext } from '../../types';
import { codeRuns } from './lines';

/** Diagrams are pictures of the flow, not implementation. */
const DIAGRAM_FENCES = new Set(['mermaid']);

const MESSAGE =
  'Implementation code does not belong in the architecture document: it is a scoping spec that says what each step does and produces, in prose. ' +
  'Code, decorators and YAML are the implementation phase\'s job, and here they go stale and pull the review towards details.';

function removeLinesFix(ctx: RuleContext, first: number, last: number, what: string): Fix {
  // Not safe: the author may want to turn the code into a prose description first.
  return { title: `Remove the ${what} (describe it in prose instead)`, safe: false, edits: [deleteLines(ctx.doc.lines, first, last)] };
}

export const codeInDoc: Rule = {
  slug: 'code-in-doc',
  category: 'forbidden',
  defaultSeverity: 'error',
  docs: {
    checks:
      'Implementation code in the document: code fences (Mermaid diagrams excepted), indented code, `@step`/`@pipeline` decorators, ' +
      '`def …(`, `import …`, and YAML configuration. Inline mentions in prose, such as `pipeline.deploy()`, are fine.',
    why:
      'The architecture document is the contract between scoping and implementation: it describes each step in prose (what it does, what it takes, ' +
      'what it produces). Code and YAML belong to the implementation phase; in a scoping document they go stale, bloat it past the 150 lines that keep it ' +
      'reviewable, and shift the discussion from "is this the right decomposition?" to code review.',
    example: '```python\n@step\ndef load_transactions() -> pd.DataFrame:\n    ...\n```',
    fix: 'Offers to remove the code (not applied by `--fix`: rewrite it as a prose step description first if it says something the document needs).',
    source: 'Seed 000/001, "Things to NEVER include": implementation code or YAML; "Keep it concise": describe steps in prose, not code.',
  },
  check(ctx) {
    for (const block of ctx.doc.codeBlocks) {
      if (DIAGRAM_FENCES.has(block.info.trim().toLowerCase())) continue;
      const last = block.range.end.line;
      ctx.report({
        message: MESSAGE,
        range: range(block.range.start.line, 0, (ctx.doc.lines[last] ?? '').length, last),
        fixes: [removeLinesFix(ctx, block.range.start.line, last, 'code block')],
      });
    }
    for (const run of codeRuns(ctx.doc)) {
      ctx.report({
        message: MESSAGE,
        range: range(run.first, 0, (ctx.doc.lines[run.last] ?? '').length, run.last),
        fixes: [removeLinesFix(ctx, run.first, run.last, run.python ? 'code' : 'YAML')],
      });
    }
  },
};
