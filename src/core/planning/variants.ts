/**
 * A pipeline per customer, region or charter, as the user asked for it, becomes one pipeline with
 * that variant as a parameter (the seed's answer to variant pipelines). The pipeline whose
 * components the user's words came from says so; words no pipeline holds change nothing. Several
 * targets one kind of model predicts are the same answer for training: the target is the parameter.
 */
import { variantOf } from '../domain/redFlags';
import type { Reading } from '../reading/reading';
import type { PlannedPipeline } from './decompose';
import { joinList } from '../words';

export function withVariantParameters(plans: PlannedPipeline[], reading: Reading): PlannedPipeline[] {
  return withTargetParameter(withVariants(plans, reading), reading);
}

/**
 * Several targets one kind of model predicts ("demand, return rate, return time…"): the training
 * pipeline takes the target as a parameter, since the runs differ only in what they learn to predict.
 */
function withTargetParameter(plans: PlannedPipeline[], reading: Reading): PlannedPipeline[] {
  if (!reading.targets.length) return plans;
  return plans.map((p) =>
    p.kind === 'training' && !p.evaluation
      ? { ...p, purpose: `${p.purpose}; one pipeline with the target as a parameter, run once per target (${joinList(reading.targets)}), instead of a copy for each` }
      : p,
  );
}

function withVariants(plans: PlannedPipeline[], reading: Reading): PlannedPipeline[] {
  const variants = reading.redFlags.flatMap((f) => {
    const variant = f.rule === 'variant-pipelines' ? variantOf(f.evidence) : null;
    return variant ? [{ variant, evidence: f.evidence.toLowerCase() }] : [];
  });
  if (!variants.length) return plans;
  const texts = new Map(reading.components.map((c) => [c.id, c.text.toLowerCase()]));
  return plans.map((p) => {
    const said = variants.find(({ evidence }) => p.componentIds.some((id) => texts.get(id)?.includes(evidence)));
    return said ? { ...p, purpose: `${p.purpose}; one pipeline with the ${said.variant} as a parameter, run once per ${said.variant}, instead of a copy for each` } : p;
  });
}
