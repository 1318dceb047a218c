/**
 * Data-source names for prose. The reader keeps the user's phrases ("pull card transactions",
 * "Impressions and clicks come in"); the document lists sources as items, and the linter counts
 * those items (split on commas and "and"), so each name must be one clean item.
 */
import type { DataSource, Reading } from '../reading/reading';
import { joinList } from '../words';
import { findTools } from '../reading/tools';

const LEAD = /^(?:(?:we|they|i|you)\s+)?(?:pull(?:s|ed|ing)?|extract\w*|collect\w*|fetch\w*|scrap\w*|sync\w*|import\w*|load\w*|read\w*|grab\w*|export\w*|ingest\w*|consum\w*|receiv\w*|gets?|from|via|through|out of|off|call(?:s|ing)?|the|a|an|our|their|some|all|new|raw)\s+/i;
const TAIL = /\s+(?:come in|comes in|coming in|come from|comes from|arrive|arrives|land|lands|get dumped|are dumped|is dumped|drop|drops|lives? in|sits? in|is stored in|are stored in|(?:is|are|get|gets) (?:exported|synced|copied|pulled|streamed)|would|will)(?:\s+.*)?$/i;
/** Leftovers that name no source: a pronoun, a verb, "everything". */
const VAGUE = /^(?:of\s+)?(?:that|this|it|them|those|everything|all|stuff|data|ingests?|ingestion)$/i;
/** Storage words and formats: worth a line only when nothing more specific was named. */
const GENERIC = /^(?:db|database|warehouse|data warehouse|buckets?|data lake|parquet(?: files)?|csvs?(?: files)?|files|training data|raw data)$/i;

function clean(phrase: string): string {
  let name = phrase.trim().replace(TAIL, '');
  for (let prev = ''; prev !== name; ) [prev, name] = [name, name.replace(LEAD, '')];
  name = name.replace(/\s*[,;]\s*/g, ' ').replace(/\s+(?:and|plus|\+)\s+/gi, ' & ').trim();
  // "zendesk" or "postgresql" as typed: the tool's own spelling.
  const [tool] = findTools(name);
  return tool && tool.phrase.toLowerCase() === name.toLowerCase() ? tool.name : name;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "pull card transactions" → "card transactions"; duplicates and names inside other names dropped. */
export function sourceNames(phrases: readonly string[]): string[] {
  const names = new Map<string, string>();
  for (const phrase of phrases) {
    const name = clean(phrase);
    if (name && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  }
  // "API" next to "vendor API" is the same source named twice.
  const keys = [...names.keys()];
  const kept = [...names.entries()]
    .filter(([key]) => !VAGUE.test(key) && !keys.some((other) => other !== key && new RegExp(`\\b${escape(key)}\\b`).test(other)))
    .map(([, name]) => name);
  const specific = kept.filter((name) => !GENERIC.test(name));
  return specific.length ? specific : kept;
}

/** Labelling tools: where the labels come from, so a source of the data next to what is labelled. */
const LABELLING_TOOLS = new Set(['Label Studio', 'Labelbox', 'CVAT', 'Prodigy']);

/** The labelling tool the user named, as a source, when labelling is part of the work. */
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
 */
export function onlyOutsidePipelines(name: string, description: string, outside: readonly string[]): boolean {
  const re = new RegExp(`\\b${escape(name)}\\b`, 'gi');
  const everywhere = description.match(re)?.length ?? 0;
  const inOutside = outside.reduce((n, text) => n + (text.match(re)?.length ?? 0), 0);
  return everywhere > 0 && inOutside >= everywhere;
}

/**
 * Source names joined for a sentence: a system's own name as it is ("Snowflake"), a common noun
 * with its article ("the external API", "the radiology reports"), as a list item would not need.
 */
export function sourcesInProse(names: readonly string[]): string {
  return joinList(names.map((n) => (/^[a-z]/.test(n) && !/^(?:the|a|an|its|our|their|your)\s/.test(n) ? `the ${n}` : n)));
}
