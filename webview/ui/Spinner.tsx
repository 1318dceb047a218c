export function Spinner({ label }: { label: string }) {
  return <vscode-progress-ring aria-label={label} />;
}
