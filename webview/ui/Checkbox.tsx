import type { ComponentChildren } from 'preact';

export interface CheckboxProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  testId?: string;
}

export function Checkbox({ checked, onChange, children, testId }: CheckboxProps) {
  return (
    <vscode-checkbox
      checked={checked}
      data-testid={testId}
      onChange={(e) => {
        const now = (e.currentTarget as HTMLInputElement).checked;
        if (now !== checked) onChange(now);
      }}
    >
      {children}
    </vscode-checkbox>
  );
}
