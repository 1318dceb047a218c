/**
 * What the parser gives back: the architecture model plus where each part of it
 * stands in the source, so rules can point at the exact line and fixes can edit it.
 *
 * Positions are 0-based (line and character), like VS Code and LSP; the CLI adds 1.
 */
import type { Architecture } from '../model/architecture';

export interface SourcePosition {
  line: number;
  character: number;
}

export interface SourceRange {
  start: SourcePosition;
  end: SourcePosition;
}

/** The canonical H2 sections of the template, in their required order. */
export const SECTION_IDS = [
  'overview',
  'pipelineDecomposition',
  'crossPipelineDataFlow',
  'notAPipeline',
  'deferred',
  'openQuestions',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** The per-pipeline fields of the template, in their order. */
export const FIELD_IDS = [
  'purpose',
  'trigger',
  'steps',
  'dataSources',
  'keyArtifacts',
  'orchestrator',
  'modelControlPlane',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

export interface ParsedSection {
  /** Heading text as written, without the `## `. */
  heading: string;
  /** Which template section it is, or null for a section the template does not know. */
  id: SectionId | null;
  /** The heading line. */
  headingRange: SourceRange;
  /** From the heading line through the last line before the next H2 (or the end). */
  range: SourceRange;
}

export interface ParsedField {
  /** The whole list item line(s) of the field, e.g. `- **Trigger**: daily at 02:00`. */
  range: SourceRange;
  /** Just the value after the colon. */
  valueRange: SourceRange;
}

export interface ParsedStep {
  /** The whole step list item. */
  range: SourceRange;
  /** The step name within it. */
  nameRange: SourceRange;
}

export interface ParsedPipeline {
  /** Index into `architecture.pipelines`. */
  index: number;
  /** The `### Pipeline N: Name (Phase)` heading line. */
  headingRange: SourceRange;
  /** From the heading through the end of the pipeline's block. */
  range: SourceRange;
  /** Whether the heading carries an explicit phase label in parentheses. */
  hasPhaseLabel: boolean;
  fields: Partial<Record<FieldId, ParsedField>>;
  /** Extra fields the renderer writes for some pipelines (e.g. `Serving`). */
  extraFields: Record<string, ParsedField>;
  steps: ParsedStep[];
}

export interface ParsedDocument {
  text: string;
  /** The text split into lines, without line terminators. */
  lines: string[];
  /** The model as well as it could be read; never throws, missing parts are empty. */
  architecture: Architecture;
  /** The first H1, if any. */
  title: { text: string; range: SourceRange } | null;
  sections: ParsedSection[];
  pipelines: ParsedPipeline[];
  /** One entry per item in the Open Questions section, parallel to architecture.openQuestions. */
  openQuestions: SourceRange[];
  /** Fenced or indented code blocks anywhere in the document. */
  codeBlocks: { range: SourceRange; info: string }[];
}
