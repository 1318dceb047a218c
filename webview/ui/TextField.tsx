import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

export interface TextFieldProps {
  value: string;
  onInput: (value: string) => void;
  /** The visible label. */
  children?: ComponentChildren;
  placeholder?: string;
  /** The form's problem is about this field: outlined in the theme's error colour, `aria-invalid`. */
  invalid?: boolean;
  maxLength?: number;
  /**
   * Keys typed in the field (Enter to save, Escape to cancel an inline edit). Returning true marks
   * the key handled: its default is prevented, so an Enter that closes the field cannot go on to
   * press the button the focus moves to.
   */
  onKeyDown?: (key: string) => boolean;
  /** The field lost the focus. */
  onBlur?: () => void;
  /** Take the keyboard focus when mounted (an inline edit just opened). */
  focusOnMount?: boolean;
  class?: string;
  testId?: string;
}

export function TextField({ value, onInput, children, placeholder, invalid = false, maxLength, onKeyDown, onBlur, focusOnMount = false, class: cls, testId }: TextFieldProps) {
  const ref = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, []);
  return (
    <vscode-text-field
      ref={ref}
      value={value}
      placeholder={placeholder}
      maxlength={maxLength}
      class={[cls, invalid && 'invalid'].filter(Boolean).join(' ') || undefined}
      aria-invalid={invalid ? 'true' : undefined}
      data-testid={testId}
      onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      onKeyDown={onKeyDown && ((e) => onKeyDown(e.key) && e.preventDefault())}
      onFocusOut={onBlur && (() => onBlur())}
    >
      {children}
    </vscode-text-field>
  );
}
