/**
 * variant-pipelines: two or more pipelines with the same structure that differ only by a variant
 * (model, region, customer segment, data subset): the same step names modulo one consistent word
 * swap ("train_us_model" / "train_eu_model"), or the same name with a different qualifier.
 */
import { redFlag } from '../../../domain/redFlags';
import type { Rule } from '../../types';
import { findIn, pipelineParts, pipelineViews, quoteName, type PipelineView } from './pipelineText';

const FLAG = redFlag('variant-pipelines');
const MIN_SHARED_STEPS = 2;

function tokens(name: string): string[] {
  return name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** Step names as words, computed once per pipeline (the pairwise comparison below is the hot loop). */
interface Shape {
  steps: string[][];
  /** Pipelines can only be twins when this matches: step count and words per step. */
  key: string;
  name: { base: string; qualifier: string[] } | null;
}

function shapeOf(view: PipelineView): Shape {
  const steps = view.p.steps.map((s) => tokens(s.name));
  return { steps, key: steps.map((t) => t.length).join(','), name: splitName(view.p.name) };
}

/**
 * Same step list, allowing at most one word to be swapped consistently across all steps
 * (`us` → `eu`). Genuinely different pipelines differ in what their steps do, not by one word.
 */
function sameStructure(a: Shape, b: Shape): boolean {
  if (a.steps.length < MIN_SHARED_STEPS || a.key !== b.key) return false;
  let swap: [string, string] | null = null;
  for (let i = 0; i < a.steps.length; i++) {
    const ta = a.steps[i]!;
    const tb = b.steps[i]!;
    for (let k = 0; k < ta.length; k++) {
      if (ta[k] === tb[k]) continue;
      if (!swap) swap = [ta[k]!, tb[k]!];
      else if (swap[0] !== ta[k] || swap[1] !== tb[k]) return false;
    }
  }
  return true;
}

/** "Demand Forecast — EU" / "Demand Forecast (US stores)": the name before its qualifier, and the qualifier. */
function splitName(name: string): { base: string; qualifier: string[] } | null {
  const m = /^(.{3,80}?)\s*(?:[—–:-]\s+|\(|\bfor\s+(?:the\s+)?)(.{1,80})$/.exec(name.trim());
  return m ? { base: m[1]!.toLowerCase().trim(), qualifier: tokens(m[2]!) } : null;
}

/**
 * Same name with a different qualifier, and mostly the same steps once the qualifier words are
 * taken out of the step names ("Features for Training" / "Features for Serving" differ in their steps).
 */
function sameNameDifferentQualifier(a: Shape, b: Shape): boolean {
  const na = a.name;
  const nb = b.name;
  if (!na || !nb || na.base !== nb.base || a.steps.length !== b.steps.length || a.steps.length < MIN_SHARED_STEPS) return false;
  const strip = (words: string[], qualifier: string[]) => words.filter((t) => !qualifier.includes(t)).join('_');
  const same = a.steps.filter((words, i) => strip(words, na.qualifier) === strip(b.steps[i]!, nb.qualifier)).length;
  return same * 2 >= a.steps.length;
}

export const variantPipelines: Rule = {
  slug: 'variant-pipelines',
  category: 'smell',
  defaultSeverity: 'warning',
  docs: {
    checks: 'Several pipelines with the same structure, one per model variant, region, segment or data subset.',
    why: 'Pipelines that share a structure and differ only in config values are a maintenance tax: every fix and every new step has to land in each copy, and the copies drift apart. One parameterized pipeline (the variant is a parameter) does the same work; optimize it for one use case first, then parameterize.',
    example: '### Pipeline 2: Demand Forecast — EU (Phase 2)\n### Pipeline 3: Demand Forecast — US (Phase 2)\n(same steps, `train_eu_model` vs `train_us_model`)',
    fix: 'None: merging pipelines into one parameterized pipeline rewrites the decomposition.',
    source: 'seed 000/001, "One pipeline per use-case variant" and "We need a pipeline for each model variant"',
  },
  check({ doc, report }) {
    const views = pipelineViews(doc);
    const shapes = views.map(shapeOf);
    views.forEach((view, i) => {
      const said = findIn(pipelineParts(doc, view), FLAG.patterns);
      if (said) {
        report({ message: `${quoteName(view.p)} is planned per variant ("${said.match[0]}"). ${FLAG.message} ${FLAG.advice}`, range: said.part.range });
        return;
      }
      const twin = shapes.findIndex((other, j) => j < i && (sameStructure(other, shapes[i]!) || sameNameDifferentQualifier(other, shapes[i]!)));
      if (twin < 0) return;
      report({
        message: `${quoteName(view.p)} has the same structure as ${quoteName(views[twin]!.p)}: a variant, not a new pipeline. ${FLAG.message} ${FLAG.advice}`,
        range: view.pp.headingRange,
      });
    });
  },
};
