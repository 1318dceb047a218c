import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

export interface ButtonProps {
  children: ComponentChildren;
  onClick: () => void;
  appearance?: 'primary' | 'secondary' | 'icon';
  disabled?: boolean;
  /** Tooltip; also the accessible name of icon buttons. */
  title?: string;
  /** Take the keyboard focus when mounted (the control that opened an inline edit, back after it). */
  focusOnMount?: boolean;
  class?: string;
  testId?: string;
}

export function Button({ children, onClick, appearance = 'primary', disabled = false, title, focusOnMount = false, class: cls, testId }: ButtonProps) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, []);
  return (
    <vscode-button
      ref={ref}
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
