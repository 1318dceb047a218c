/**
 * A template section under a heading in the writer's own words ("How the pipelines connect",
 * "Later", "Questions for the data team"), recognised by the words that carry its meaning, and
 * failing that by what it holds: pipelines with their fields, a hand-off between pipelines through
 * model stages, a list of questions. Only sections the exact vocabulary (template.ts) missed are
 * read this way, and only for a template section the document does not already have: an extra
 * section ("Roles", "Decision Log") never takes a template section's place.
 */
import type { SectionId } from './document';
import type { Block } from './blocks';
import { normalizeLabel } from './template';

/** Heading words, on the normalized heading; more specific kinds first ("not pipelines for later" is not-a-pipeline). */
const HEADING_WORDS: readonly [SectionId, RegExp][] = [
  ['openQuestions', /\b(?:questions?|unknowns?|unresolved|tbd|to be (?:confirmed|decided)|open (?:items|points|issues))\b/],
  ['notAPipeline', /\b(?:not (?:[a-z]+ ){0,2}pipelines?|non pipeline|outside (?:the |of )?(?:pipelines?|zenml)|not in zenml|(?:handled|lives?|runs?) elsewhere|kept out of)\b/],
  ['deferred', /\b(?:later|future|deferred|defer|backlog|parked|postponed|not (?:now|yet)|next phases?|someday|out of scope|nice to haves?|after the mvp|beyond the mvp)\b/],
  [
    'crossPipelineDataFlow',
    /\b(?:flows?|connect(?:s|ed|ion|ions)?|fit together|hand ?offs?|handovers?|wiring|wired|interplay|between (?:the )?pipelines|model control plane|lineage|how (?:the )?pipelines (?:talk|share|interact|work together|depend))\b/,
  ],
  ['pipelineDecomposition', /^(?:the |our )?pipelines?(?: (?:we build|to build|design|units|plan|architecture|list))?$/],
];

export function sectionIdByWords(heading: string): SectionId | null {
  const words = normalizeLabel(heading);
  return HEADING_WORDS.find(([, re]) => re.test(words))?.[0] ?? null;
}

/** Stage and registry words a hand-off between pipelines is written in. */
const HAND_OFF = /\b(?:production|staging|model control plane|promot\w*|model versions?|latest version)\b/i;
const MAKES = /\b(?:produc|creat|register|promot|train|publish|writ)\w*\b/i;
const READS = /\b(?:reads?|loads?|consumes?|uses?|picks? up|pulls?)\b/i;
const QUESTION = /\?\s*(?:\*\*|_)?\s*$/;

/**
 * What a section holds, for a heading no words gave away. `text` is its body as written;
 * `blocks` its top-level blocks.
 */
export function sectionIdByContent(text: string, blocks: readonly Block[]): SectionId | null {
  if (blocks.some((b) => b.type === 'heading' && b.level === 3) && /\b(?:purpose|trigger|steps)\b/i.test(text)) return 'pipelineDecomposition';
  const lines = text.split('\n').filter((l) => /^\s*(?:[-*+]|\d{1,3}[.)])\s+/.test(l));
  if (lines.length > 0 && lines.filter((l) => QUESTION.test(l)).length * 2 > lines.length) return 'openQuestions';
  // A hand-off: one side makes or promotes a model version, the other reads it.
  if (HAND_OFF.test(text) && MAKES.test(text) && READS.test(text)) return 'crossPipelineDataFlow';
  return null;
}
