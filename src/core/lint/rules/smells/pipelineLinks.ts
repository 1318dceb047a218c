/**
 * Which pipeline starts which: read from a pipeline's Trigger ("on completion of the Data
 * Ingestion pipeline") and from a pipeline's own steps or purpose ("triggers the training
 * pipeline"). Shared by `pipeline-chain` (A → B → C) and `meta-pipeline` (one that starts several).
 *
 * Promotion is deliberately not a link: "updated when a new version is promoted" goes through the
 * Model Control Plane, which is exactly how the seed wants pipelines to connect.
 */
import type { ParsedDocument, SourceRange } from '../../../markdown/document';
import { fieldOrHeading, pipelineParts, textOf, type PipelineView } from './pipelineText';

export interface Link {
  /** Index into the views array. */
  from: number;
  to: number;
  /** Where the link is written: the downstream Trigger field, or the upstream step/purpose. */
  range: SourceRange;
  /** Written in the upstream pipeline ("triggers the X pipeline") rather than the downstream trigger. */
  launchedByUpstream: boolean;
}

const STOP_WORDS = new Set(['the', 'a', 'an', 'pipeline', 'pipelines', 'of', 'and', 'its', 'run', 'runs', 'new']);

function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && !STOP_WORDS.has(w));
}

/** The pipeline number a heading carries ("### Pipeline 2: …"). */
function headingNumber(doc: ParsedDocument, view: PipelineView): number | null {
  const m = /\bpipeline\s+(\d{1,3})\b/i.exec(doc.lines[view.pp.headingRange.start.line] ?? '');
  return m ? Number(m[1]) : null;
}

/**
 * The pipeline a phrase refers to: "Pipeline 2", the full name, or (for an explicit
 * "… pipeline" reference) the name sharing the most words. Null when unsure.
 */
export function resolvePipeline(doc: ParsedDocument, views: readonly PipelineView[], phrase: string, self: number): number | null {
  const number = /\bpipeline\s+#?(\d{1,3})\b/i.exec(phrase);
  if (number) {
    const i = views.findIndex((v) => headingNumber(doc, v) === Number(number[1]));
    return i >= 0 && i !== self ? i : null;
  }
  const said = words(phrase).join(' ');
  let best: number | null = null;
  let bestLength = 0;
  views.forEach((v, i) => {
    const name = words(v.p.name).join(' ');
    if (i !== self && name && ` ${said} `.includes(` ${name} `) && name.length > bestLength) [best, bestLength] = [i, name.length];
  });
  if (best !== null || !/\bpipeline\b/i.test(phrase)) return best;
  const saidWords = new Set(words(phrase));
  let bestOverlap = 0;
  let tie = false;
  views.forEach((v, i) => {
    if (i === self) return;
    const overlap = words(v.p.name).filter((w) => saidWords.has(w)).length;
    if (overlap > bestOverlap) [best, bestOverlap, tie] = [i, overlap, false];
    else if (overlap === bestOverlap && overlap > 0) tie = true;
  });
  return tie ? null : best;
}

/** What a finished run is said to do, in the ways people say it ("completes", "is done", "has landed its output"). */
const FINISHES = String.raw`(?:completes|finishes|succeeds|ends|is\s+(?:done|finished|complete|through)|has\s+(?:run|finished|completed|succeeded|ended)|(?:has\s+)?(?:publishes|published|writes|written|lands|landed)\s+its\s+(?:output|outputs|results|artifacts?))`;

/**
 * Trigger phrasings that name an upstream pipeline whose completion starts this one: "on completion
 * of X", "after X finishes", "once X is done", "as soon as X has run", "following X", "chained after
 * X", "X's completion", "kicked off by X". Each captures the phrase naming X; resolvePipeline decides
 * whether it is one of the document's pipelines, so "after the 05:00 weather update" links nothing.
 */
const UPSTREAM_IN_TRIGGER: readonly RegExp[] = [
  /\b(?:on|upon|after|following)\s+(?:the\s+)?(?:successful\s+)?(?:completion|success|finish|end)\s+of\s+([^.;,()]{1,80})/gi,
  new RegExp(String.raw`\b(?:after|when|once|as\s+soon\s+as|whenever)\s+([^.;,()]{1,80}?)\s+${FINISHES}\b`, 'gi'),
  /\b(?:triggered|started|kicked\s+off|launched|fired|set\s+off)\s+by\s+([^.;,()]{1,80})/gi,
  /\b(?:following|downstream\s+of|chained\s+(?:to|after|behind)|waits?\s+for|depends?\s+on)\s+([^.;,()]{1,80})/gi,
  /\b([^.;,()]{1,80}?)(?:'s|’s)\s+(?:successful\s+)?(?:completion|success|finish)\b/gi,
  // "after X" only with an explicit pipeline reference: "after the Feature Build pipeline", "after Pipeline 1".
  /\bafter\s+((?:the\s+)?[^.;,()]{1,60}?\bpipeline\b(?:\s+\d{1,3})?|pipeline\s+\d{1,3})/gi,
];

/** Upstream prose that launches another pipeline by name. */
const LAUNCHES =
  /\b(?:triggers?|launch(?:es)?|kicks?\s+off|starts?|invokes?|calls?|spawns?|runs?)\s+(?:the\s+|each\s+|all\s+)?([^.;,()]{1,60}?\bpipeline(?:\s+\d{1,3})?)\b/gi;

const VIA_PROMOTION = /\bpromot|\bstage\b|\bversion\b/i;

export function pipelineLinks(doc: ParsedDocument, views: readonly PipelineView[]): Link[] {
  const links: Link[] = [];
  const add = (link: Link) => {
    if (!links.some((l) => l.from === link.from && l.to === link.to)) links.push(link);
  };
  views.forEach((view, to) => {
    const trigger = view.pp.fields.trigger ? textOf(doc, view.pp.fields.trigger.valueRange) : view.p.trigger;
    for (const pattern of UPSTREAM_IN_TRIGGER) {
      for (const m of trigger.matchAll(pattern)) {
        if (VIA_PROMOTION.test(m[1]!)) continue;
        const from = resolvePipeline(doc, views, m[1]!, to);
        if (from !== null) add({ from, to, range: fieldOrHeading(view, 'trigger'), launchedByUpstream: false });
      }
    }
  });
  views.forEach((view, from) => {
    for (const part of pipelineParts(doc, view, ['name', 'trigger', 'dataSources', 'modelControlPlane'])) {
      for (const m of part.text.matchAll(LAUNCHES)) {
        const to = resolvePipeline(doc, views, m[1]!, from);
        if (to !== null) add({ from, to, range: part.range, launchedByUpstream: true });
      }
    }
  });
  return links;
}
