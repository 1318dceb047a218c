import type { ComponentChildren } from 'preact';

export interface ButtonProps {
  children: ComponentChildren;
  onClick: () => void;
  appearance?: 'primary' | 'secondary' | 'icon';
  disabled?: boolean;
  /** Tooltip; also the accessible name of icon buttons. */
  title?: string;
  class?: string;
  testId?: string;
}

export function Button({ children, onClick, appearance = 'primary', disabled = false, title, class: cls, testId }: ButtonProps) {
  return (
    <vscode-button
      appearance={appearance}
      disabled={disabled}
      title={title}
      aria-label={appearance === 'icon' ? title : undefined}
      class={cls}
      data-testid={testId}
      onClick={() => {
        if (!disabled) onClick();
      }}
    >
      {children}
    </vscode-button>
  );
}
