export interface DropdownOption {
  value: string;
  label: string;
}

export interface DropdownProps {
  options: readonly DropdownOption[];
  value: string;
  onChange: (value: string) => void;
  /** Accessible name: the dropdown has no visible label of its own. */
  label: string;
  testId?: string;
}

export function Dropdown({ options, value, onChange, label, testId }: DropdownProps) {
  return (
    <vscode-dropdown
      aria-label={label}
      title={label}
      data-testid={testId}
      onChange={(e) => {
        const v = (e.currentTarget as HTMLSelectElement).value;
        if (v && v !== value) onChange(v);
      }}
    >
      {options.map((o) => (
        <vscode-option key={o.value} value={o.value} selected={o.value === value}>
          {o.label}
        </vscode-option>
      ))}
    </vscode-dropdown>
  );
}
