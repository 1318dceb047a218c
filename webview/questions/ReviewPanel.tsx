/**
 * The document phase: the rendered pipeline_architecture.md, its lint results, and the
 * write button (disabled, with the reason, in an untrusted workspace).
 */
import type { LintSummary } from '../../src/core/protocol';
import { Badge, Button } from '../ui';

export interface ReviewPanelProps {
  markdown: string;
  /** The host's rendering of `markdown` (markdown-it, raw HTML off). */
  html: string;
  lint: LintSummary;
  canWrite: boolean;
  /** Where Write puts the document (the documentPath setting). */
  documentPath: string;
  busy: boolean;
  onWrite: () => void;
}

function LintResults({ lint }: { lint: LintSummary }) {
  const clean = lint.errors === 0 && lint.warnings === 0;
  return (
    <section class={`lint ${clean ? 'clean' : 'dirty'}`} aria-label="Lint results" data-testid="lint">
      <h3>
        Lint{' '}
        <span class="lint-counts">
          <Badge title="errors">{lint.errors}</Badge> errors · <Badge title="warnings">{lint.warnings}</Badge> warnings ·{' '}
          <Badge title="infos">{lint.infos}</Badge> infos
        </span>
      </h3>
      {lint.items.length === 0 ? (
        <p class="muted">No findings: the document is ready to write.</p>
      ) : (
        <ul class="lint-items">
          {lint.items.map((item, i) => (
            <li key={i} class={`lint-item ${item.severity}`}>
              <span class="lint-severity">{item.severity}</span> <code>{item.rule}</code> line {item.line}: {item.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ReviewPanel({ markdown, html, lint, canWrite, documentPath, busy, onWrite }: ReviewPanelProps) {
  const lines = markdown.trimEnd().split('\n').length;
  return (
    <div class="answer review">
      <LintResults lint={lint} />
      <div class="write-row">
        <Button onClick={onWrite} disabled={busy || !canWrite} testId="write">
          Write {documentPath}
        </Button>
        <span class={`hint${canWrite ? '' : ' error'}`} data-testid="write-hint">
          {canWrite
            ? 'An existing file is never overwritten silently: you will see a diff first.'
            : 'Writing is disabled: this workspace is not trusted. Trust it (Manage Workspace Trust) to write the file.'}
        </span>
      </div>
      <details class="preview" open>
        <summary>
          Preview <span class="muted">({lines} lines)</span>
        </summary>
        {/* The host's markdown-it output with raw HTML disabled: escaped text, no user markup. */}
        <div class="markdown-body" data-testid="preview" dangerouslySetInnerHTML={{ __html: html }} />
      </details>
    </div>
  );
}
