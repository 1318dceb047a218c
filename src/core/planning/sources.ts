/**
 * The scope's data sources: the labelling tool as a source, the sources no pipeline reads, and
 * sources as list items and in prose (their clean names come from `reading/sourceNames.ts`).
 */
import type { DataSource, Reading } from '../reading/reading';
import { mentionsOf } from '../reading/sourceNames';
import { joinList } from '../words';

/** Labelling tools: where the labels come from, so a source of the data next to what is labelled. */
const LABELLING_TOOLS = new Set(['Label Studio', 'Labelbox', 'CVAT', 'Prodigy']);

/** The labelling tool the user named, as a source, when labelling is part of the work. */
/** A labelling tool holds people's labels for items stored elsewhere: training reads it, scoring new items never does. */
export function isLabellingTool(name: string): boolean {
  return LABELLING_TOOLS.has(name);
}

export function labellingSources(reading: Reading): DataSource[] {
  if (!reading.components.some((c) => c.kind === 'labeling')) return [];
  return reading.tools
    .filter((tool) => LABELLING_TOOLS.has(tool))
    .map((name) => ({ name, detail: 'the labels the annotators draw, exported with the item each belongs to' }));
}

/**
 * A source as a list item: its name, then what comes out of it and how, in parentheses so the
 * linter's source count does not split the detail's commas ("S3 (images, synced hourly)").
 */
export function describeSource(name: string, details: readonly DataSource[]): string {
  const detail = details.find((d) => d.name.toLowerCase() === name.toLowerCase())?.detail;
  return detail ? `${name} (${detail})` : name;
}

/**
 * Whether every mention of a source in the description is inside the words of work that is not
 * a pipeline: the MySQL of "the one-off migration of our old logs from MySQL into BigQuery" is
 * the migration script's, and no pipeline reads it (nor do its workers need access to it).
 * The description's mentions are the reader's count (`Reading.sourceMentions`).
 */
export function onlyOutsidePipelines(name: string, reading: Reading, outside: readonly string[]): boolean {
  const everywhere = reading.sourceMentions[name.toLowerCase()] ?? 0;
  const inOutside = outside.reduce((n, text) => n + mentionsOf(name, text), 0);
  return everywhere > 0 && inOutside >= everywhere;
}

/**
 * Source names joined for a sentence: a system's own name as it is ("Snowflake"), a common noun
 * with its article ("the external API", "the radiology reports"), as a list item would not need.
 */
export function sourcesInProse(names: readonly string[]): string {
  return joinList(names.map((n) => (/^[a-z]/.test(n) && !/^(?:the|a|an|its|our|their|your)\s/.test(n) ? `the ${n}` : n)));
}
