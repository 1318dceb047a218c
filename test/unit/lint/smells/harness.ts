/**
 * Runs one smell rule on a real markdown document (through the real parser) and composes
 * realistic architecture documents from pipeline blocks, so each test shows only what matters.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../../../../src/core/lint/config';
import type { Fix, Rule, Severity } from '../../../../src/core/lint/types';
import type { SourceRange } from '../../../../src/core/markdown/document';
import { parseDocument } from '../../../../src/core/markdown/parse';

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: SourceRange;
  /** 0-based, like the range. */
  line: number;
  fixes: Fix[];
}

export function runRule(rule: Rule, markdown: string, thresholds: Partial<ResolvedConfig['thresholds']> = {}): Finding[] {
  const doc = parseDocument(markdown);
  const config: ResolvedConfig = { rules: {}, thresholds: { ...DEFAULT_CONFIG.thresholds, ...thresholds } };
  const found: Finding[] = [];
  rule.check({
    doc,
    config,
    report: (r) =>
      found.push({ rule: rule.slug, severity: r.severity ?? rule.defaultSeverity, message: r.message, range: r.range, line: r.range.start.line, fixes: r.fixes ?? [] }),
  });
  return found;
}

/** The 0-based line of the first line containing `needle` (fails the test when absent). */
export function lineOf(markdown: string, needle: string, from = 0): number {
  const lines = markdown.split('\n');
  const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
  assert.ok(i >= 0, `fixture has no line containing ${JSON.stringify(needle)}`);
  return i;
}

/** Exactly one finding, on the line containing `needle`, with the rule's slug and this severity. */
export function expectOne(found: Finding[], rule: Rule, markdown: string, needle: string, severity: Severity = rule.defaultSeverity): Finding {
  assert.equal(found.length, 1, `expected one ${rule.slug} finding, got ${found.length}: ${found.map((f) => f.message).join(' | ')}`);
  const [f] = found as [Finding];
  assert.equal(f.rule, rule.slug);
  assert.equal(f.severity, severity);
  assert.equal(f.line, lineOf(markdown, needle), `reported on line ${f.line + 1}: ${markdown.split('\n')[f.line]}`);
  return f;
}

export function expectNone(found: Finding[]): void {
  assert.deepEqual(
    found.map((f) => `${f.line + 1}: ${f.message}`),
    [],
  );
}

export interface PipelineSpec {
  name: string;
  phase: string;
  purpose: string;
  trigger: string;
  steps: string[];
  dataSources: string;
  keyArtifacts?: string;
  orchestrator: string;
  serving?: string;
  mcp: string;
}

export function pipeline(n: number, spec: PipelineSpec): string {
  return [
    `### Pipeline ${n}: ${spec.name} (${spec.phase})`,
    `- **Purpose**: ${spec.purpose}`,
    `- **Trigger**: ${spec.trigger}`,
    '- **Steps** (approximate — describe in prose, no code):',
    ...spec.steps.map((s, i) => `  ${i + 1}. ${s}`),
    `- **Data sources**: ${spec.dataSources}`,
    `- **Key artifacts**: ${spec.keyArtifacts ?? 'The outputs of each step, versioned and compared run over run.'}`,
    `- **Orchestrator requirements**: ${spec.orchestrator}`,
    ...(spec.serving ? [`- **Serving**: ${spec.serving}`] : []),
    `- **Model Control Plane**: ${spec.mcp}`,
    '',
  ].join('\n');
}

export interface DocSpec {
  project: string;
  overview: string;
  pipelines: PipelineSpec[];
  dataFlow: string;
  notAPipeline?: string[];
  deferred?: string[];
  openQuestions?: string[];
}

export function architectureDoc(spec: DocSpec): string {
  return [
    `# Pipeline Architecture: ${spec.project}`,
    '',
    '## Overview',
    spec.overview,
    '',
    '## Pipeline Decomposition',
    '',
    ...spec.pipelines.map((p, i) => pipeline(i + 1, p)),
    '## Cross-Pipeline Data Flow',
    spec.dataFlow,
    '',
    '## Not-a-Pipeline Components',
    ...(spec.notAPipeline ?? ['None.']),
    '',
    '## Deferred / Future Work',
    ...(spec.deferred ?? ['None.']),
    '',
    '## Open Questions',
    ...(spec.openQuestions ?? ['- Does the production Postgres replica allow reads from the cluster?']),
    '',
  ].join('\n');
}
