/**
 * mcp-stage: a Model Control Plane stage that does not exist, or promotion to `latest`, which is
 * virtual (always the newest version). Stages come from the facts table (MODEL_STAGES).
 */
import type { ParsedDocument, SourceRange } from '../../../markdown/document';
import { MODEL_STAGES, PROMOTABLE_STAGES, type ModelStage } from '../../../zenml/facts';
import type { Fix, Rule } from '../../types';
import { pipelineViews, positionIn, quoteName, textOf, type PipelineView } from './pipelineText';

/** Common spellings of real stages: the fix is only safe where the intent is unambiguous. */
const ALIASES: Record<string, { stage: ModelStage; safe: boolean }> = {
  prod: { stage: 'production', safe: true },
  prd: { stage: 'production', safe: true },
  stg: { stage: 'staging', safe: true },
  stage: { stage: 'staging', safe: true },
  archive: { stage: 'archived', safe: true },
  live: { stage: 'production', safe: false },
  release: { stage: 'production', safe: false },
  champion: { stage: 'production', safe: false },
  dev: { stage: 'staging', safe: false },
  qa: { stage: 'staging', safe: false },
  test: { stage: 'staging', safe: false },
};

const KNOWN: readonly string[] = MODEL_STAGES;

/** Stage words the parser may have missed because they are not backticked ("promotes to prod"). */
const ROLE_IN_PROSE: readonly { role: 'promotes' | 'reads'; re: RegExp }[] = [
  { role: 'promotes', re: /\bpromot\w*\s+(?:[\w`-]+\s+){0,4}?to\s+(?:the\s+)?`?([A-Za-z_]{2,40})`?/gi },
  { role: 'reads', re: /\b(?:reads?|loads?|consumes?|uses?|serves?)\s+(?:the\s+)?`?([A-Za-z_]{2,40})`?\s+(?:version|stage|model)\b/gi },
];

interface StageUse {
  role: 'promotes' | 'reads';
  stage: string;
  range: SourceRange;
}

/** Every stage the field names, with the exact range of the word (for the fix). */
function stageUses(doc: ParsedDocument, view: PipelineView): StageUse[] {
  const field = view.pp.fields.modelControlPlane;
  if (!field) return [];
  const text = textOf(doc, field.valueRange);
  const uses: StageUse[] = [];
  for (const { role, re } of ROLE_IN_PROSE) {
    for (const m of text.matchAll(re)) {
      const word = m[1]!;
      const stage = word.toLowerCase();
      const declared = role === 'promotes' ? view.p.modelControlPlane.promotesTo : view.p.modelControlPlane.consumesStage;
      // Trust a plain word only when the parser read the same stage or it is a known alias; prose like "promotes to the registry" is not a stage.
      if (stage !== declared && !(stage in ALIASES) && !KNOWN.includes(stage)) continue;
      const offset = m.index + m[0].lastIndexOf(word);
      uses.push({ role, stage, range: { start: positionIn(doc, field.valueRange, offset), end: positionIn(doc, field.valueRange, offset + word.length) } });
    }
  }
  return uses;
}

/**
 * Where the field names a stage the parser read but no verb pattern matched ("`promote` moves
 * winners to `prod`"): every backticked mention of it, so the documented fix still applies.
 */
function mentions(doc: ParsedDocument, view: PipelineView, stage: string): SourceRange[] {
  const field = view.pp.fields.modelControlPlane;
  if (!field) return [];
  const text = textOf(doc, field.valueRange);
  return [...text.matchAll(/`([A-Za-z_]{2,40})`/g)]
    .filter((m) => m[1]!.toLowerCase() === stage)
    .map((m) => ({ start: positionIn(doc, field.valueRange, m.index + 1), end: positionIn(doc, field.valueRange, m.index + 1 + stage.length) }));
}

function replaceFix(ranges: readonly SourceRange[], stage: string, safe: boolean): Fix {
  return { title: `Use the \`${stage}\` stage`, edits: ranges.map((range) => ({ range, newText: stage })), safe };
}

const fixAt = (ranges: readonly SourceRange[], alias: { stage: ModelStage; safe: boolean }): Fix[] =>
  ranges.length > 0 ? [replaceFix(ranges, alias.stage, alias.safe)] : [];

export const mcpStage: Rule = {
  slug: 'mcp-stage',
  category: 'smell',
  defaultSeverity: 'error',
  docs: {
    checks: `A Model Control Plane stage outside ${MODEL_STAGES.join(', ')}, or promotion to \`latest\`.`,
    why: 'Stages are a fixed set, so a pipeline that promotes to `prod` or reads `champion` points at a stage that never fills, and the consumer finds nothing. `latest` is virtual: it always means the newest version, so promoting to it does nothing. Promote to `staging` or `production` and read that.',
    example: '- **Model Control Plane**: `churn_model` — produces a new version on every run; promotes passing versions to `latest`.',
    fix: 'Replaces a common alias with the real stage (`prod` → `production`, `stg` → `staging`, safe); for `latest` and unclear names it offers `production`/`staging` as an unsafe suggestion.',
    source: 'seed 000/001, "How pipelines connect in ZenML" (ModelStages.PRODUCTION); docs.zenml.io/concepts/models',
  },
  check({ doc, report }) {
    for (const view of pipelineViews(doc)) {
      const { promotesTo, consumesStage, model } = view.p.modelControlPlane;
      const uses = stageUses(doc, view);
      const declared: { role: 'promotes' | 'reads'; stage: string }[] = [];
      if (promotesTo) declared.push({ role: 'promotes', stage: promotesTo });
      if (consumesStage) declared.push({ role: 'reads', stage: consumesStage });
      for (const use of uses) if (!declared.some((d) => d.role === use.role && d.stage === use.stage)) declared.push(use);
      const fieldRange = view.pp.fields.modelControlPlane?.range ?? view.pp.headingRange;
      const name = model ? `\`${model}\`` : 'the model';
      for (const { role, stage } of declared) {
        const use = uses.find((u) => u.role === role && u.stage === stage);
        if (role === 'promotes' && stage === 'latest') {
          report({
            message: `${quoteName(view.p)} promotes ${name} to \`latest\`, which is virtual: it always points at the newest version, so the promotion does nothing and whatever trained last serves. Promote to \`staging\` or \`production\` and have consumers read that stage.`,
            range: use?.range ?? fieldRange,
            fixes: use ? [replaceFix([use.range], 'production', false)] : [],
          });
          continue;
        }
        if (KNOWN.includes(stage) && (role === 'reads' || PROMOTABLE_STAGES.includes(stage as ModelStage))) continue;
        const alias = ALIASES[stage];
        const verb = role === 'promotes' ? 'promotes to' : 'reads';
        const known = role === 'promotes' ? PROMOTABLE_STAGES : MODEL_STAGES;
        report({
          message: `${quoteName(view.p)} ${verb} \`${stage}\`, which is not a Model Control Plane stage${role === 'promotes' && KNOWN.includes(stage) ? ' anything can be promoted to' : ''}: it never fills, so ${role === 'promotes' ? 'no consumer sees the promotion' : 'the pipeline finds no model to load'}. Use one of ${known.map((s) => `\`${s}\``).join(', ')}${alias ? ` (probably \`${alias.stage}\`)` : ''}.`,
          range: use?.range ?? fieldRange,
          fixes: alias ? fixAt(use ? [use.range] : mentions(doc, view, stage), alias) : [],
        });
      }
    }
  },
};
