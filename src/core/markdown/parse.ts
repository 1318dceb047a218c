/**
 * `pipeline_architecture.md` → the architecture model, with the source range of
 * every section, pipeline, field, step and open question.
 *
 * markdown-it gives the block structure and line maps; this file maps blocks onto
 * the template. It reads the renderer's canonical form exactly (round trip) and the
 * usual hand-written variants tolerantly (see docs/notes/markdown.md). It never
 * throws: missing parts come back empty.
 */
import { emptyArchitecture, type Pipeline, type Step } from '../model/architecture';
import type { FieldId, ParsedDocument, ParsedField, ParsedPipeline, ParsedSection, ParsedStep, SectionId, SourceRange } from './document';
import { allBlocks, readBlocks, splitLines, type Block } from './blocks';
import { columnOf, labelledLineEntries, listEntries, paragraphEntry, type Entry } from './entries';
import { labelledEntries, readTable, stepEntries } from './tables';
import { sectionIdByContent, sectionIdByWords } from './sectionKind';
import { fieldIdByContent } from './fieldKind';
import { chainSteps, splitLabel, splitNamed, splitStep, stripHtmlComments, stripTrailingPeriod, unwrap } from './inline';
import { CANONICAL_TEAM, readLatencyMs, readModelControlPlane, readsAsDeployed, readsAsDynamic, readTeamSize } from './heuristics';
import {
  DYNAMIC_MARKER,
  UNDECIDED,
  UNLABELLED_PHASE,
  extraFieldKeyOf,
  fieldIdOf,
  isListField,
  type ListFieldId,
  normalizeLabel,
  sectionIdOf,
} from './template';

export function parseDocument(text: string): ParsedDocument {
  const source = typeof text === 'string' ? text : '';
  try {
    return parseDocumentStrict(source);
  } catch {
    // A parser bug must not take the linter or the editor down; the fuzz tests call the strict form.
    return { ...emptyDocument(source), lines: splitLines(source) };
  }
}

function emptyDocument(text: string): ParsedDocument {
  return { text, lines: [], architecture: emptyArchitecture(), title: null, sections: [], pipelines: [], openQuestions: [], codeBlocks: [] };
}

/** parseDocument without the safety net, so tests see any internal error. */
export function parseDocumentStrict(text: string): ParsedDocument {
  const lines = splitLines(text);
  const roots = readBlocks(lines);
  const doc = emptyDocument(text);
  doc.lines = lines;
  const reader = new Reader(lines);

  const h1 = roots.find((b) => b.type === 'heading' && b.level === 1);
  if (h1) {
    doc.title = { text: h1.content, range: reader.lineRange(h1.startLine, h1.endLine) };
    const project = unwrap(stripHtmlComments(h1.content).replace(/^pipeline architecture\s*(?:[:—–-]\s*|$)/i, ''));
    if (project) doc.architecture.project = project;
  }

  const bodies = new Map<SectionId, Block[]>();
  const found = [...reader.sections(roots)];
  for (const { section, body } of found) if (section.id && !bodies.has(section.id)) bodies.set(section.id, body);
  // Headings in the writer's words: by what they say, then by what they hold, for template sections still missing.
  for (const { section, body } of found) {
    if (section.id) continue;
    const bodyText = lines.slice(section.headingRange.end.line + 1, section.range.end.line + 1).join('\n');
    const id = [sectionIdByWords(stripHtmlComments(section.heading)), sectionIdByContent(bodyText, body)].find((c) => c && !bodies.has(c)) ?? null;
    if (!id) continue;
    section.id = id;
    bodies.set(id, body);
  }
  doc.sections.push(...found.map((f) => f.section));

  const arch = doc.architecture;
  const overview = reader.prose(bodies.get('overview') ?? []);
  const teamChunk = overview.find((chunk) => CANONICAL_TEAM.test(chunk));
  arch.overview = overview.filter((chunk) => chunk !== teamChunk).join('\n\n');
  arch.team.engineers = readTeamSize(teamChunk ?? arch.overview);
  arch.dataFlow = reader.prose(bodies.get('crossPipelineDataFlow') ?? []).join('\n\n');

  for (const entry of reader.items(bodies.get('notAPipeline') ?? [])) {
    const named = splitNamed(entry.text);
    if (named.name) arch.notAPipeline.push({ name: named.name, ...splitAlternative(named.rest) });
  }
  for (const entry of reader.items(bodies.get('deferred') ?? [])) {
    const named = splitNamed(entry.text);
    if (named.name) arch.deferred.push({ name: named.name, reason: stripTrailingPeriod(named.rest) });
  }
  for (const entry of reader.items(bodies.get('openQuestions') ?? [])) {
    arch.openQuestions.push(entry.text);
    doc.openQuestions.push(entry.range);
  }

  for (const { heading, body, end } of reader.pipelineBlocks(roots, bodies.get('pipelineDecomposition'))) {
    const { pipeline, parsed } = reader.pipeline(heading, body, end, arch.pipelines.length);
    arch.pipelines.push(pipeline);
    doc.pipelines.push(parsed);
  }

  for (const block of allBlocks(roots)) {
    if (block.type === 'fence' || block.type === 'code_block') {
      doc.codeBlocks.push({ range: reader.lineRange(block.startLine, block.endLine), info: block.info });
    }
  }
  return doc;
}

/** `**Label**:` or `**Label:**` (or underscores): how people write a field, never a step's name. */
const BOLD_LABEL = /^(?:\*\*|__)[^*_`]{1,60}?(?::(?:\*\*|__)|(?:\*\*|__):)/;

/** Markers between a not-a-pipeline component's reason and its alternative, canonical first. */
const ALTERNATIVE_MARKERS = [/\buse instead:\s*/i, /\binstead,? use\s*/i, /\buse instead\b\s*/i, /\balternative:\s*/i, /\s(?:→|->|=>)\s*(?:use\s+)?/i];

function splitAlternative(rest: string): { reason: string; alternative: string } {
  for (const marker of ALTERNATIVE_MARKERS) {
    const match = marker.exec(rest);
    if (match) {
      return {
        reason: stripTrailingPeriod(rest.slice(0, match.index)).replace(/[;,—–-]$/, '').trim(),
        alternative: stripTrailingPeriod(rest.slice(match.index + match[0].length)),
      };
    }
  }
  const useInstead = /\buse ([^.;]{1,160}?) instead\b/i.exec(rest);
  if (useInstead) {
    return { reason: stripTrailingPeriod(rest.slice(0, useInstead.index)).replace(/[;,—–-]$/, '').trim(), alternative: useInstead[1].trim() };
  }
  return { reason: stripTrailingPeriod(rest), alternative: '' };
}

/** The orchestrator requirements without the dynamic marker, which may end any item (the renderer puts it on the first). */
function stripDynamicMarker(items: readonly string[]): { items: string[]; marked: boolean } {
  let marked = false;
  const kept = items
    .map((item) => {
      if (!item.toLowerCase().endsWith(DYNAMIC_MARKER)) return item;
      marked = true;
      return item.slice(0, -DYNAMIC_MARKER.length).replace(/;\s*$/, '').trim();
    })
    .filter(Boolean);
  return { items: kept, marked };
}

/** Whether a section body says "nothing here" (`None.`, `N/A`, `-`). */
function isNone(text: string): boolean {
  return ['', 'none', 'n a', 'nothing', 'none yet', 'nothing yet'].includes(normalizeLabel(text));
}

/** The `(Phase)` label at the end of a pipeline heading, or a trailing `— MVP`. */
export function splitHeading(heading: string, index: number): { name: string; phase: string | null } {
  let base = stripHtmlComments(heading).trim();
  let phase: string | null = null;
  if (base.endsWith(')')) {
    const open = base.lastIndexOf('(');
    if (open >= 0) {
      phase = base.slice(open + 1, -1).trim() || null;
      base = base.slice(0, open).trim();
    }
  } else {
    const end = base.slice(-24);
    const tail = /\s[—–:-]\s*(MVP|Phase\s*\d{1,2}|Later|Future)$/i.exec(end);
    if (tail) {
      phase = tail[1];
      base = base.slice(0, base.length - end.length + tail.index).trim();
    }
  }
  const name = unwrap(base.replace(/^pipeline\s*#?\d{1,3}\s*(?:[:—–.-]\s*|$)/i, '').trim()) || unwrap(base) || `Pipeline ${index + 1}`;
  return { name, phase };
}

class Reader {
  constructor(private readonly lines: string[]) {}

  lineRange(start: number, end: number): SourceRange {
    return { start: { line: start, character: 0 }, end: { line: end, character: (this.lines[end] ?? '').length } };
  }

  /** H2 sections with their top-level body blocks; an H1 also ends a section. */
  *sections(roots: Block[]): Generator<{ section: ParsedSection; body: Block[] }> {
    for (let i = 0; i < roots.length; i++) {
      const heading = roots[i];
      if (heading.type !== 'heading' || heading.level !== 2) continue;
      let next = i + 1;
      while (next < roots.length && !(roots[next].type === 'heading' && roots[next].level <= 2)) next++;
      const lastLine = next < roots.length ? roots[next].startLine - 1 : this.lines.length - 1;
      const section: ParsedSection = {
        heading: heading.content,
        id: sectionIdOf(stripHtmlComments(heading.content)),
        headingRange: this.lineRange(heading.startLine, heading.endLine),
        range: this.lineRange(heading.startLine, Math.max(heading.endLine, lastLine)),
      };
      yield { section, body: roots.slice(i + 1, next) };
    }
  }

  /** Prose of a section: paragraphs re-joined into single lines, other blocks kept as written. */
  prose(body: Block[]): string[] {
    const chunks: string[] = [];
    for (const block of body) {
      if (block.type === 'html_block') continue;
      const raw = this.lines.slice(block.startLine, block.endLine + 1);
      const chunk =
        block.type === 'paragraph'
          ? stripHtmlComments(raw.map((line) => line.trim()).join(' '))
          : raw.map((line) => line.trimEnd()).join('\n').trim();
      if (!isNone(chunk)) chunks.push(chunk);
    }
    return chunks;
  }

  /** List items (and stray paragraphs) of a section, one entry each; "None." is no item. */
  items(body: Block[]): Entry[] {
    return body
      .flatMap((block) =>
        block.type === 'bullet_list' || block.type === 'ordered_list'
          ? listEntries(this.lines, block)
          : block.type === 'paragraph'
            ? [paragraphEntry(this.lines, block)]
            : block.type === 'table'
              ? this.tableItems(block)
              : [],
      )
      .map((entry) => ({ ...entry, text: stripHtmlComments(entry.text) }))
      .filter((entry) => !isNone(entry.text));
  }

  /** A section's table rows as items: `name: reason → alternative` (the Not-a-Pipeline table's columns). */
  private tableItems(block: Block): Entry[] {
    const table = readTable(this.lines, block);
    return table ? labelledEntries(this.lines, table, [': ', ' → ', '; ']) : [];
  }

  /**
   * Pipeline headings: the H3s of Pipeline Decomposition. A document without that section
   * still gets its pipelines read, from any H3 that names a pipeline.
   */
  *pipelineBlocks(roots: Block[], decomposition: Block[] | undefined): Generator<{ heading: Block; body: Block[]; end: number }> {
    const scope = decomposition ?? roots;
    for (let i = 0; i < scope.length; i++) {
      const heading = scope[i];
      if (heading.type !== 'heading' || heading.level !== 3) continue;
      if (!decomposition && !/\bpipeline\b/i.test(heading.content)) continue;
      let next = i + 1;
      while (next < scope.length && !(scope[next].type === 'heading' && scope[next].level <= 3)) next++;
      const body = scope.slice(i + 1, next);
      const end = body.reduce((last, b) => Math.max(last, b.endLine), heading.endLine);
      yield { heading, body, end };
    }
  }

  pipeline(heading: Block, body: Block[], end: number, index: number): { pipeline: Pipeline; parsed: ParsedPipeline } {
    const { name, phase } = splitHeading(heading.content, index);
    const parsed: ParsedPipeline = {
      index,
      headingRange: this.lineRange(heading.startLine, heading.endLine),
      range: this.lineRange(heading.startLine, end),
      hasPhaseLabel: phase !== null,
      fields: {},
      extraFields: {},
      steps: [],
    };
    const values: Partial<Record<FieldId, string>> = {};
    // The list fields keep their items: the inline value and each nested bullet is one item.
    const items: Partial<Record<ListFieldId, string[]>> = {};
    const extraValues: Record<string, string> = {};
    const steps: Step[] = [];
    const addStep = (entry: Entry) => {
      const text = stripHtmlComments(entry.text);
      if (!text) return;
      const step = splitStep(text);
      const stepName = unwrap(step.name);
      if (!stepName) return;
      steps.push({ name: stepName, description: step.description, produces: step.produces });
      const line = entry.textStart.line;
      const nameOffset = step.nameStart + (step.name.length - step.name.trimStart().length);
      parsed.steps.push({
        range: entry.range,
        nameRange: { start: { line, character: columnOf(entry, nameOffset) }, end: { line, character: columnOf(entry, step.nameEnd) } },
      } satisfies ParsedStep);
    };

    let lastField: FieldId | null = null;
    for (const entry of this.pipelineEntries(body)) {
      if (entry.step) {
        addStep(entry);
        continue;
      }
      const labelled = splitLabel(entry.text);
      // After the steps, a bold "**Label**:" whose value reads as a missing field is that field, not a step.
      const id: FieldId | null = labelled
        ? (fieldIdOf(labelled.label) ??
          (lastField === 'steps' && BOLD_LABEL.test(entry.text) ? fieldIdByContent(entry.text.slice(labelled.valueOffset), (f) => parsed.fields[f] !== undefined) : null))
        : null;
      const extraKey = labelled && !id ? extraFieldKeyOf(labelled.label) : null;
      if (labelled && (id || (extraKey && (lastField !== 'steps' || extraKey === 'serving')))) {
        const children = id === 'steps' ? [] : entry.children;
        const field = this.field(entry, labelled.valueOffset, children);
        const parts = [entry.text.slice(labelled.valueOffset), ...children.map((c) => c.text)].map((t) => stripHtmlComments(t).trim()).filter(Boolean);
        const value = parts.join('; ');
        if (id && !parsed.fields[id]) {
          parsed.fields[id] = field;
          values[id] = value === UNDECIDED ? '' : value;
          if (isListField(id)) items[id] = parts.filter((part) => part !== UNDECIDED);
          if (id === 'steps') entry.children.forEach(addStep);
        } else if (extraKey && !parsed.extraFields[extraKey]) {
          parsed.extraFields[extraKey] = field;
          extraValues[extraKey] = value;
        }
        if (id) lastField = id;
      } else if (lastField === 'steps') {
        addStep(entry);
      }
    }

    // Fields under labels in the writer's words, recognised by what they hold.
    for (const key of Object.keys(parsed.extraFields)) {
      if (key === 'serving') continue;
      const id = fieldIdByContent(extraValues[key] ?? '', (f) => parsed.fields[f] !== undefined);
      if (!id) continue;
      parsed.fields[id] = parsed.extraFields[key];
      values[id] = extraValues[key] ?? '';
      if (isListField(id)) items[id] = [values[id]!];
      delete parsed.extraFields[key];
      delete extraValues[key];
    }

    // A Steps value written as one arrow chain, with no list under it, is the steps themselves.
    const stepsField = parsed.fields.steps;
    if (steps.length === 0 && stepsField && stepsField.valueRange.start.line === stepsField.valueRange.end.line) {
      const { line, character } = stepsField.valueRange.start;
      for (const link of chainSteps((this.lines[line] ?? '').slice(character, stepsField.valueRange.end.character))) {
        steps.push({ name: link.name, description: '', produces: '' });
        parsed.steps.push({ range: stepsField.range, nameRange: { start: { line, character: character + link.start }, end: { line, character: character + link.end } } });
      }
    }

    const { items: orchestratorItems, marked } = stripDynamicMarker(items.orchestrator ?? []);
    const orchestrator = orchestratorItems.join('; ');
    const purpose = values.purpose ?? '';
    const serving = extraValues.serving;
    const deployed =
      serving !== undefined || readsAsDeployed([heading.content, values.trigger ?? '', orchestrator].join('\n')) || purpose.includes('pipeline.deploy');
    const pipeline: Pipeline = {
      name,
      phase: phase ?? UNLABELLED_PHASE,
      purpose,
      trigger: values.trigger ?? '',
      steps,
      dataSources: items.dataSources ?? [],
      keyArtifacts: items.keyArtifacts ?? [],
      orchestrator: orchestratorItems,
      modelControlPlane: readModelControlPlane(values.modelControlPlane ?? ''),
      deployed,
      dynamic: marked || readsAsDynamic([heading.content, orchestrator, purpose, ...steps.map((s) => s.description)].join('\n\n')),
      latencyBudgetMs: deployed ? readLatencyMs([serving ?? '', values.trigger ?? '', orchestrator, purpose].join('\n')) : null,
    };
    return { pipeline, parsed };
  }

  /**
   * The entries of a pipeline block: list items, labelled lines of bullet-less paragraphs, and
   * table rows (a step table's rows are steps wherever it stands; any other table's rows are fields).
   */
  private pipelineEntries(body: Block[]): (Entry & { step?: true })[] {
    const startsEntry = (line: string) => {
      const labelled = splitLabel(line);
      return labelled !== null && (fieldIdOf(labelled.label) !== null || extraFieldKeyOf(labelled.label) === 'serving');
    };
    return body.flatMap((block) =>
      block.type === 'bullet_list' || block.type === 'ordered_list'
        ? listEntries(this.lines, block)
        : block.type === 'paragraph'
          ? labelledLineEntries(this.lines, block, startsEntry)
          : block.type === 'table'
            ? this.tableEntries(block)
            : [],
    );
  }

  private tableEntries(block: Block): (Entry & { step?: true })[] {
    const table = readTable(this.lines, block);
    if (!table) return [];
    const steps = stepEntries(this.lines, table);
    return steps.length > 0 ? steps.map((entry) => ({ ...entry, step: true as const })) : labelledEntries(this.lines, table, [': ', '; ']);
  }

  /** The value runs from after the label through the last nested bullet that continues it. */
  private field(entry: Entry, valueOffset: number, children: readonly Entry[]): ParsedField {
    const line = entry.textStart.line;
    const empty = valueOffset >= entry.text.length;
    const first = children[0];
    const last = children[children.length - 1];
    const start = empty && first ? first.textStart : { line, character: columnOf(entry, valueOffset) };
    const end = last ? last.textEnd : empty ? start : entry.textEnd;
    return { range: entry.range, valueRange: { start, end } };
  }
}
