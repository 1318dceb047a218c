import type { ComponentChildren } from 'preact';

export interface TextFieldProps {
  value: string;
  onInput: (value: string) => void;
  /** The visible label. */
  children?: ComponentChildren;
  placeholder?: string;
  class?: string;
  testId?: string;
}

export function TextField({ value, onInput, children, placeholder, class: cls, testId }: TextFieldProps) {
  return (
    <vscode-text-field
      value={value}
      placeholder={placeholder}
      class={cls}
      data-testid={testId}
      onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
    >
      {children}
    </vscode-text-field>
  );
}
