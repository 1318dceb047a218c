import type { ComponentChildren } from 'preact';

export interface TextAreaProps {
  value: string;
  onInput: (value: string) => void;
  /** The visible label. */
  children?: ComponentChildren;
  placeholder?: string;
  rows?: number;
  class?: string;
  testId?: string;
}

export function TextArea({ value, onInput, children, placeholder, rows = 4, class: cls, testId }: TextAreaProps) {
  return (
    <vscode-text-area
      value={value}
      placeholder={placeholder}
      rows={rows}
      resize="vertical"
      class={cls}
      data-testid={testId}
      onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
    >
      {children}
    </vscode-text-area>
  );
}
