/**
 * The architecture model → `pipeline_architecture.md` in the template's exact shape
 * (seed 000, Phase 5). Deterministic, prose only (no code fences, no YAML), one
 * trailing newline. `parseDocument` reads this output back to the same model; the
 * conventions it relies on are in template.ts and docs/notes/markdown.md.
 */
import type { Architecture, ModelControlPlane, NotAPipeline, Pipeline, Step } from '../model/architecture';
import {
  DYNAMIC_MARKER,
  FIELD_LABELS,
  MCP_NOT_USED,
  MCP_PHRASES,
  NONE,
  SECTION_HEADINGS,
  SERVING_LABEL,
  STEPS_NOTE,
  TITLE_PREFIX,
  UNDECIDED,
  UNLABELLED_PHASE,
  servingValue,
  type ListFieldId,
  teamSentence,
} from './template';
import type { FieldId } from './document';

/**
 * Prose with one sentence per line (a sentence ends at `. `, `? ` or `! ` before a capital):
 * lines stay short and diffs stay small, and markdown joins the lines back into one paragraph.
 * A chunk that already spans several lines (a list someone wrote) is kept as written.
 */
function proseLines(text: string): string[] {
  return text
    .split('\n\n')
    .filter((chunk) => chunk.trim() !== '')
    .flatMap((chunk, i) => [...(i > 0 ? [''] : []), ...(chunk.includes('\n') ? [chunk] : [chunk.replace(/([.!?]) (?=[A-Z])/g, '$1\n')])]);
}

function field(id: FieldId, value: string, note = ''): string {
  const label = `**${FIELD_LABELS[id]}**${note ? ` ${note}` : ''}:`;
  return value ? `- ${label} ${value}` : `- ${label}`;
}

/** One item inline; two or more as a nested list under the label, one item per line. */
function listField(id: ListFieldId, items: readonly string[]): string[] {
  if (items.length <= 1) return [field(id, items[0] ?? UNDECIDED)];
  return [field(id, ''), ...items.map((item) => `  - ${item}`)];
}

function stepLine(step: Step, index: number): string {
  const description = step.description ? ` — ${step.description}` : '';
  const produces = step.produces ? ` → produces ${step.produces}` : '';
  return `  ${index + 1}. ${step.name}${description}${produces}`;
}

/** The requirements, the first carrying the dynamic marker when the pipeline fans out at runtime. */
function orchestratorItems(pipeline: Pipeline): string[] {
  if (!pipeline.dynamic) return pipeline.orchestrator;
  const [first, ...rest] = pipeline.orchestrator;
  if (!first) return [DYNAMIC_MARKER[0]!.toUpperCase() + DYNAMIC_MARKER.slice(1)];
  return [`${first}; ${DYNAMIC_MARKER}`, ...rest];
}

function modelControlPlaneValue(mcp: ModelControlPlane): string {
  if (mcp.model === null) return MCP_NOT_USED;
  const roles = [
    mcp.producesVersions ? MCP_PHRASES.producesVersions : null,
    mcp.promotesTo ? MCP_PHRASES.promotesTo(mcp.promotesTo) : null,
    mcp.consumesStage ? MCP_PHRASES.consumesStage(mcp.consumesStage) : null,
  ].filter((role): role is string => role !== null);
  return roles.length ? `\`${mcp.model}\` — ${roles.join('; ')}.` : `\`${mcp.model}\``;
}

function pipelineLines(pipeline: Pipeline, index: number): string[] {
  const phase = pipeline.phase === UNLABELLED_PHASE ? '' : ` (${pipeline.phase})`;
  return [
    `### Pipeline ${index + 1}: ${pipeline.name}${phase}`,
    '',
    field('purpose', pipeline.purpose || UNDECIDED),
    field('trigger', pipeline.trigger || UNDECIDED),
    field('steps', pipeline.steps.length ? '' : UNDECIDED, STEPS_NOTE),
    ...pipeline.steps.map(stepLine),
    ...listField('dataSources', pipeline.dataSources),
    ...listField('keyArtifacts', pipeline.keyArtifacts),
    ...listField('orchestrator', orchestratorItems(pipeline)),
    field('modelControlPlane', modelControlPlaneValue(pipeline.modelControlPlane)),
    ...(pipeline.deployed ? [`- **${SERVING_LABEL}**: ${servingValue(pipeline.latencyBudgetMs)}`] : []),
  ];
}

/** `- **Name** — reason. Use instead: alternative.`, leaving out the parts that are empty. */
function namedItem(name: string, reason: string, alternative = ''): string {
  const because = reason ? ` — ${reason}.` : '';
  const instead = alternative ? `${because ? '' : ' —'} Use instead: ${alternative}.` : '';
  return `- **${name}**${because}${instead}`;
}

function orNone(lines: string[]): string[] {
  return lines.length ? lines : [NONE];
}

export function renderArchitecture(arch: Architecture): string {
  const sections: [string, string[]][] = [
    [
      SECTION_HEADINGS.overview,
      orNone([
        ...proseLines(arch.overview),
        ...(arch.team.engineers !== null ? [...(arch.overview ? [''] : []), teamSentence(arch.team.engineers)] : []),
      ]),
    ],
    [SECTION_HEADINGS.pipelineDecomposition, orNone(arch.pipelines.flatMap((p, i) => [...(i > 0 ? [''] : []), ...pipelineLines(p, i)]))],
    [SECTION_HEADINGS.crossPipelineDataFlow, orNone(proseLines(arch.dataFlow))],
    [SECTION_HEADINGS.notAPipeline, orNone(arch.notAPipeline.map((c: NotAPipeline) => namedItem(c.name, c.reason, c.alternative)))],
    [SECTION_HEADINGS.deferred, orNone(arch.deferred.map((d) => namedItem(d.name, d.reason)))],
    [SECTION_HEADINGS.openQuestions, orNone(arch.openQuestions.map((q, i) => `${i + 1}. ${q}`))],
  ];
  const lines = [`# ${TITLE_PREFIX} ${arch.project}`].concat(sections.flatMap(([heading, body]) => ['', `## ${heading}`, '', ...body]));
  return `${lines.join('\n')}\n`;
}
