import { paintSeverity } from './color';
import { oneBased, type RunSummary } from './results';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * `file:line:col severity rule message`, one per line, then a summary line that says how many
 * findings `--fix` would settle.
 */
export function formatText({ results, fixedFiles, color = false }: RunSummary): string {
  const lines: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  for (const { file, diagnostics } of results) {
    for (const d of diagnostics) {
      const { line, column } = oneBased(d);
      count[d.severity]++;
      if (d.fixes.some((f) => f.safe)) fixable++;
      lines.push(`${file}:${line}:${column} ${paintSeverity(d.severity, color)} ${d.rule} ${d.message}`);
    }
  }
  const total = count.error + count.warning + count.info;
  const files = plural(results.length, 'file');
  const fixed = fixedFiles > 0 ? ` ${plural(fixedFiles, 'file')} fixed.` : '';
  const canFix = fixable > 0 ? ` ${fixable} fixable with --fix.` : '';
  lines.push(
    total === 0
      ? `${files} checked: no problems.${fixed}`
      : `${files} checked: ${plural(total, 'problem')} (${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${count.info} info).${fixed}${canFix}`,
  );
  return `${lines.join('\n')}\n`;
}
