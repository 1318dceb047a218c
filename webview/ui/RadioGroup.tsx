import type { ComponentChildren } from 'preact';

export interface RadioOption {
  value: string;
  label: ComponentChildren;
}

export interface RadioGroupProps {
  label: ComponentChildren;
  options: readonly RadioOption[];
  value: string | null;
  onChange: (value: string) => void;
  testId?: string;
}

/**
 * A vertical radio group: arrow keys move between options (the toolkit's behaviour).
 * The group itself carries the value: when it sets its radios up it unchecks every radio
 * whose `checked` is only a property (what preact sets), so a pre-selected answer would
 * otherwise show as nothing selected.
 */
export function RadioGroup({ label, options, value, onChange, testId }: RadioGroupProps) {
  return (
    <vscode-radio-group
      orientation="vertical"
      value={value ?? undefined}
      data-testid={testId}
      onChange={(e) => {
        const v = (e.currentTarget as HTMLInputElement).value;
        if (v) onChange(v);
      }}
    >
      <label slot="label">{label}</label>
      {options.map((o) => (
        <vscode-radio key={o.value} value={o.value} checked={o.value === value} data-value={o.value}>
          {o.label}
        </vscode-radio>
      ))}
    </vscode-radio-group>
  );
}
