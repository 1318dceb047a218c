/**
 * mega-pipeline: one pipeline whose steps span ingestion, training, deployment and monitoring,
 * the monolith the seed sees most often.
 */
import { LIFECYCLE_STAGES, redFlag } from '../../../domain/redFlags';
import type { Rule } from '../../types';
import { pipelineViews, quoteName, stepDoes } from './pipelineText';

const FLAG = redFlag('mega-pipeline');

export const megaPipeline: Rule = {
  slug: 'mega-pipeline',
  category: 'smell',
  defaultSeverity: 'warning',
  docs: {
    checks: 'One pipeline whose steps cover ingestion, training, deployment and monitoring.',
    why: "A pipeline has one trigger and is one failure domain. Cramming the whole lifecycle into it means ingestion that fails at 2 AM blocks tomorrow's training, monitoring can only run when everything else does, and every change reruns the lot: a brittle monolith that is hard to debug and impossible to schedule sensibly.",
    example: '  1. ingest_events …\n  2. train_model …\n  3. deploy_model …\n  4. monitor_drift …',
    fix: 'None: split it into data, training and inference pipelines connected through the Model Control Plane.',
    source: 'seed 000/001, "The mega-pipeline"',
  },
  check({ doc, report }) {
    for (const view of pipelineViews(doc)) {
      const covered = LIFECYCLE_STAGES.map(({ stage, pattern }) => ({ stage, step: view.p.steps.find((s) => stepDoes(s, pattern)) }));
      if (covered.some((c) => !c.step)) continue;
      const where = covered.map((c) => `${c.stage} (\`${c.step!.name}\`)`).join(', ');
      report({ message: `${quoteName(view.p)} spans the whole lifecycle: ${where}. ${FLAG.message} ${FLAG.advice}`, range: view.pp.headingRange });
    }
  },
};
