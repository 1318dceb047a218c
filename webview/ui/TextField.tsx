import type { ComponentChildren } from 'preact';

export interface TextFieldProps {
  value: string;
  onInput: (value: string) => void;
  /** The visible label. */
  children?: ComponentChildren;
  placeholder?: string;
  /** The form's problem is about this field: outlined in the theme's error colour, `aria-invalid`. */
  invalid?: boolean;
  maxLength?: number;
  class?: string;
  testId?: string;
}

export function TextField({ value, onInput, children, placeholder, invalid = false, maxLength, class: cls, testId }: TextFieldProps) {
  return (
    <vscode-text-field
      value={value}
      placeholder={placeholder}
      maxlength={maxLength}
      class={[cls, invalid && 'invalid'].filter(Boolean).join(' ') || undefined}
      aria-invalid={invalid ? 'true' : undefined}
      data-testid={testId}
      onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
    >
      {children}
    </vscode-text-field>
  );
}
