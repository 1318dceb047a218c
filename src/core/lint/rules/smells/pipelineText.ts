/**
 * What the smell rules read: each pipeline's model next to its source positions, and its prose
 * cut into located parts (heading, each field's value, each step line), so a rule can report on
 * the most precise line that gave the smell away.
 */
import type { FieldId, ParsedDocument, ParsedPipeline, SourceRange } from '../../../markdown/document';
import type { Pipeline } from '../../../model/architecture';

export interface PipelineView {
  p: Pipeline;
  pp: ParsedPipeline;
}

export interface Part {
  /** `name`, a field id, an extra field key, or `step`. */
  where: string;
  text: string;
  range: SourceRange;
}

export function pipelineViews(doc: ParsedDocument): PipelineView[] {
  return doc.pipelines.flatMap((pp) => {
    const p = doc.architecture.pipelines[pp.index];
    return p ? [{ p, pp }] : [];
  });
}

/** The source text a range covers. */
export function textOf(doc: ParsedDocument, r: SourceRange): string {
  if (r.start.line === r.end.line) return (doc.lines[r.start.line] ?? '').slice(r.start.character, r.end.character);
  const out = [(doc.lines[r.start.line] ?? '').slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) out.push(doc.lines[l] ?? '');
  out.push((doc.lines[r.end.line] ?? '').slice(0, r.end.character));
  return out.join('\n');
}

/** A field's whole line(s) when present, else the pipeline heading: the most precise place to point. */
export function fieldOrHeading(view: PipelineView, field: FieldId): SourceRange {
  return view.pp.fields[field]?.range ?? view.pp.headingRange;
}

const partsCache = new WeakMap<ParsedPipeline, Part[]>();

/** The pipeline's prose in located parts, in document order (cut once; several rules read them). */
export function pipelineParts(doc: ParsedDocument, view: PipelineView, exclude: readonly string[] = []): Part[] {
  let parts = partsCache.get(view.pp);
  if (!parts) {
    parts = [{ where: 'name', text: view.p.name, range: view.pp.headingRange }];
    for (const [id, field] of Object.entries(view.pp.fields)) {
      if (field && id !== 'steps') parts.push({ where: id, text: textOf(doc, field.valueRange), range: field.range });
    }
    for (const [key, field] of Object.entries(view.pp.extraFields)) parts.push({ where: key, text: textOf(doc, field.valueRange), range: field.range });
    for (const step of view.pp.steps) parts.push({ where: 'step', text: textOf(doc, step.range), range: step.range });
    parts.sort((a, b) => a.range.start.line - b.range.start.line);
    partsCache.set(view.pp, parts);
  }
  return exclude.length === 0 ? parts : parts.filter((part) => !exclude.includes(part.where));
}

/** The first part matching any of the patterns, with the match. */
export function findIn(parts: readonly Part[], patterns: readonly RegExp[], accept: (m: RegExpExecArray, part: Part) => boolean = () => true): { part: Part; match: RegExpExecArray } | null {
  for (const part of parts) {
    for (const pattern of patterns) {
      const m = pattern.exec(part.text);
      if (m && accept(m, part)) return { part, match: m };
    }
  }
  return null;
}

export function isMvp(p: Pipeline): boolean {
  return /\bmvp\b/i.test(p.phase);
}

/** A pipeline as messages name it: its name in quotes. */
export function quoteName(p: Pipeline): string {
  return `"${p.name}"`;
}

/**
 * What a step does, judged by its name and the opening words of its description ("trains a
 * classifier"), not by every word in it ("computes the same features as training" does not train).
 */
export function stepDoes(step: Pipeline['steps'][number], pattern: RegExp): boolean {
  const opening = step.description.trim().split(/\s+/).slice(0, 4).join(' ');
  return pattern.test(step.name) || pattern.test(opening);
}

/** Step text as one string: name, description and artifact (what most step checks read). */
export function stepProse(step: Pipeline['steps'][number]): string {
  return `${step.name} ${step.description} ${step.produces}`;
}

/** The position of character `offset` of `textOf(doc, r)` in the document. */
export function positionIn(doc: ParsedDocument, r: SourceRange, offset: number): SourceRange['start'] {
  let line = r.start.line;
  let character = r.start.character;
  for (let i = 0; i < offset; i++) {
    if ((doc.lines[line] ?? '')[character] === undefined) {
      line++;
      character = 0;
    } else character++;
  }
  return { line, character };
}

/** The pipeline's whole block as written (fields, steps, and paragraphs under it), for rules that read prose anywhere in it. */
export interface BlockText {
  text: string;
  /** The document line holding character `offset` of `text`. */
  lineAt(offset: number): number;
}

export function blockText(doc: ParsedDocument, { pp }: PipelineView): BlockText {
  const first = pp.range.start.line;
  const lines = doc.lines.slice(first, pp.range.end.line + 1);
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  return {
    text: lines.join('\n'),
    lineAt(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return first + lo;
    },
  };
}
