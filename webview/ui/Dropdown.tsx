import { useLayoutEffect, useRef } from 'preact/hooks';

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
  /** Take the keyboard focus when mounted (e.g. a card that just moved to another column). */
  focusOnMount?: boolean;
  testId?: string;
}

export function Dropdown({ options, value, onChange, label, focusOnMount = false, testId }: DropdownProps) {
  const ref = useRef<HTMLSelectElement>(null);
  // The toolkit's select picks its first option until told otherwise once its options exist.
  useLayoutEffect(() => {
    if (ref.current && ref.current.value !== value) ref.current.value = value;
  }, [value, options]);
  useLayoutEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, []);
  return (
    <vscode-dropdown
      ref={ref}
      aria-label={label}
      title={label}
      data-testid={testId}
      data-value={value}
      onChange={(e) => {
        const v = (e.currentTarget as HTMLSelectElement).value;
        if (v && v !== value) onChange(v);
      }}
    >
      {options.map((o) => (
        <vscode-option key={o.value} value={o.value} data-value={o.value} selected={o.value === value}>
          {o.label}
        </vscode-option>
      ))}
    </vscode-dropdown>
  );
}
