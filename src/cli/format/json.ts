import { oneBased, type RunSummary } from './results';

/** `{"files":[{"file","diagnostics":[{rule,severity,message,line,column,endLine,endColumn}]}]}`, 1-based. */
export function formatJson({ results }: RunSummary): string {
  const files = results.map(({ file, diagnostics }) => ({
    file,
    diagnostics: diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, ...oneBased(d) })),
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
