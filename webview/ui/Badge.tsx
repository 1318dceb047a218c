import type { ComponentChildren } from 'preact';

export function Badge({ children, title }: { children: ComponentChildren; title?: string }) {
  return <vscode-badge title={title}>{children}</vscode-badge>;
}
