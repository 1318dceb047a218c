/**
 * One lint per document version. The diagnostics publisher and the code action provider both need
 * the findings of the text on screen; VS Code asks for code actions on every cursor move and edit
 * (the light bulb), and on a 10,000-line document each lint is ~0.1 s of a single-threaded extension
 * host, so linting again for each request queued up in front of the diagnostics. Keyed by version
 * and config: an action still never applies an edit computed for another text. No vscode import.
 */
import type { ResolvedConfig } from '../core/lint/config';
import { lint } from '../core/lint/lint';
import type { Diagnostic } from '../core/lint/types';

export interface VersionedText {
  uri: { toString(): string };
  version: number;
  getText(): string;
}

export class LintCache {
  private readonly entries = new Map<string, { version: number; config: ResolvedConfig; findings: Diagnostic[] }>();

  findings(doc: VersionedText, config: ResolvedConfig): Diagnostic[] {
    const key = doc.uri.toString();
    const hit = this.entries.get(key);
    if (hit && hit.version === doc.version && hit.config === config) return hit.findings;
    const findings = lint(doc.getText(), config);
    this.entries.set(key, { version: doc.version, config, findings });
    return findings;
  }

  forget(uri: { toString(): string }): void {
    this.entries.delete(uri.toString());
  }
}
