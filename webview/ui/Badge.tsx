import type { ComponentChildren } from 'preact';

/**
 * A count badge in the theme's badge colours. Not the toolkit's <vscode-badge>: its
 * template binds a `style` attribute, which the panel's CSP (no 'unsafe-inline') blocks.
 */
export function Badge({ children, title }: { children: ComponentChildren; title?: string }) {
  return (
    <span class="badge" title={title}>
      {children}
    </span>
  );
}
