/**
 * mcp-consistency: a pipeline reads a model (or a stage of it) that no pipeline produces or
 * promotes to. Promotion done by hand counts when the Cross-Pipeline Data Flow says so.
 */
import type { Rule } from '../../types';
import { makesVersions, mcpText, modelsNamed, readFlowRoles, type FlowRoles } from './modelRoles';
import { fieldOrHeading, pipelineViews, quoteName } from './pipelineText';

const same = (a: string | null, b: string | null) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

export const mcpConsistency: Rule = {
  slug: 'mcp-consistency',
  category: 'smell',
  defaultSeverity: 'warning',
  docs: {
    checks: 'A pipeline consumes a model, or a stage of it, that no pipeline produces or promotes to.',
    why: 'The Model Control Plane is how pipelines connect: training produces versions, an evaluation step or a reviewer promotes one, and inference reads the stage. If nothing produces the model, or nothing ever promotes to the stage inference reads, the consumer has nothing to load on its first run, and the gap only shows in production.',
    example: '- **Model Control Plane**: `fraud_model` — reads the `production` version.\n(and no pipeline or reviewer promotes `fraud_model` to `production`)',
    fix: 'None: say which pipeline (or which manual review) promotes the model, in its Model Control Plane field or the Cross-Pipeline Data Flow.',
    source: 'seed 000/001, "How pipelines connect in ZenML"',
  },
  check({ doc, report }) {
    const views = pipelineViews(doc);
    const named = new Map(views.map((v) => [v, modelsNamed(doc, v)]));
    // Read the data flow's prose only when some pipeline reads a stage (the language model loads lazily).
    let flow: FlowRoles | null = null;
    const flowRoles = () => (flow ??= readFlowRoles(doc.architecture.dataFlow));
    for (const view of views) {
      const { model, consumesStage } = view.p.modelControlPlane;
      if (!model || !consumesStage) continue;
      const ownersOfModel = views.filter((v) => named.get(v)!.includes(model.toLowerCase()));
      const producers = ownersOfModel.filter(makesVersions);
      const range = fieldOrHeading(view, 'modelControlPlane');
      if (producers.length === 0 && !flowRoles().made.has(model.toLowerCase())) {
        report({
          message: `${quoteName(view.p)} reads \`${model}\`, but no pipeline produces versions of it: the first run has nothing to load. Name the pipeline that trains \`${model}\` (or correct the model name).`,
          range,
        });
        continue;
      }
      if (consumesStage === 'latest') continue;
      const stage = consumesStage.toLowerCase();
      const promoted =
        ownersOfModel.some((v) => same(v.p.modelControlPlane.promotesTo, consumesStage)) ||
        flowRoles().promotedTo.has(stage) ||
        ownersOfModel.some((v) => v !== view && readFlowRoles(mcpText(doc, v)).promotedTo.has(stage));
      if (promoted) continue;
      report({
        message: `${quoteName(view.p)} reads \`${model}\` at \`${consumesStage}\`, but nothing promotes \`${model}\` to \`${consumesStage}\`: ${producers.length > 0 ? producers.map((v) => quoteName(v.p)).join(' and ') : 'the pipelines in the Cross-Pipeline Data Flow'} only produce${producers.length === 1 ? 's' : ''} versions, so \`${consumesStage}\` stays empty. Say how a version gets there: an evaluation step that promotes it, or a manual review in the Cross-Pipeline Data Flow.`,
        range,
      });
    }
  },
};
