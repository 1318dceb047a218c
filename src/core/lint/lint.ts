/**
 * The engine: parse once, run every enabled rule, drop suppressed findings, sort.
 * It never throws: a rule that throws contributes nothing instead of hiding every other finding.
 */
import type { ParsedDocument } from '../markdown/document';
import { parseDocument } from '../markdown/parse';
import { DEFAULT_CONFIG, type ResolvedConfig } from './config';
import { RULES } from './registry';
import { applySuppressions, readSuppressions } from './suppress';
import { codeBlockLines, comparePositions } from './text';
import type { Diagnostic, Rule, Severity } from './types';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const BY_RANK: readonly Severity[] = ['info', 'warning', 'error'];

/**
 * A finding's severity. A rule may report one finding milder or harsher than its default
 * (`doc-length`: too long is a warning, too short only info); configuring the rule shifts
 * every finding by the same step, so the finding keeps its place relative to the rule.
 */
function severityOf(rule: Rule, configured: Severity | undefined, reported: Severity | undefined): Severity {
  if (!configured) return reported ?? rule.defaultSeverity;
  if (!reported) return configured;
  const shifted = RANK[configured] + RANK[reported] - RANK[rule.defaultSeverity];
  return BY_RANK[Math.max(0, Math.min(2, shifted))]!;
}

function runRule(rule: Rule, doc: ParsedDocument, config: ResolvedConfig): Diagnostic[] {
  const setting = config.rules[rule.slug];
  if (setting === 'off') return [];
  const found: Diagnostic[] = [];
  try {
    rule.check({
      doc,
      config,
      report: (r) =>
        found.push({ rule: rule.slug, severity: severityOf(rule, setting, r.severity), message: r.message, range: r.range, fixes: r.fixes ?? [] }),
    });
  } catch {
    return [];
  }
  return found;
}

/** Lints a parsed document; `rules` is every registered rule unless a caller narrows it. */
export function lintDocument(doc: ParsedDocument, config: ResolvedConfig = DEFAULT_CONFIG, rules: readonly Rule[] = RULES): Diagnostic[] {
  const all = rules.flatMap((rule) => runRule(rule, doc, config));
  const kept = applySuppressions(all, readSuppressions(doc.lines, codeBlockLines(doc)));
  return kept.sort((a, b) => comparePositions(a.range.start, b.range.start) || a.rule.localeCompare(b.rule));
}

export function lint(text: string, config: ResolvedConfig = DEFAULT_CONFIG): Diagnostic[] {
  let doc: ParsedDocument;
  try {
    doc = parseDocument(text);
  } catch {
    // The parser promises never to throw; if it ever does, report nothing rather than crash the host.
    return [];
  }
  return lintDocument(doc, config);
}
