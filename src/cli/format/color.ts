/** Terminal colour for the text format: only on a terminal, and never when NO_COLOR is set (no-color.org). */
import type { Severity } from '../../core/lint/types';

export function colorWanted(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return Boolean(isTTY) && !env.NO_COLOR;
}

const SEVERITY_COLOR: Record<Severity, number> = { error: 31, warning: 33, info: 36 };

export function paintSeverity(severity: Severity, color: boolean): string {
  return color ? `\x1b[${SEVERITY_COLOR[severity]}m${severity}\x1b[39m` : severity;
}
