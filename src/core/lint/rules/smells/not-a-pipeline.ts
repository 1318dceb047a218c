/**
 * not-a-pipeline: a pipeline whose job is something the seed's table says is not a pipeline.
 * The pipeline's job is its name or the first sentence of its purpose; a dashboard or an alert
 * that a batch ML pipeline merely feeds is not its job.
 */
import { matchNotAPipeline, NOT_A_PIPELINE, PER_MESSAGE, type NotAPipelineKind } from '../../../domain/notAPipeline';
import { isDenied } from '../../../language';
import { runsOnce } from '../../../domain/runsOnce';
import type { Rule, RuleContext } from '../../types';
import type { ParsedDocument, SourceRange } from '../../../markdown/document';
import { pipelineParts, pipelineViews, quoteName, stepProse, type PipelineView } from './pipelineText';

/** Kinds a real ML pipeline often mentions in passing ("metrics show in the dashboard", "alerts on drift"). */
const INCIDENTAL_IN_ML: readonly NotAPipelineKind[] = ['dashboard', 'alerting', 'streaming'];
const ML_WORK = /(?:\b|_)(?:train|fine[-_ ]?tun|predict|scor(?:e|es|ing)(?:\b|_)|infer|evaluat|embed|fit(?:\b|_)|forecast|classif)/i;

function firstSentence(text: string): string {
  const end = text.search(/[.!?](?:\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

function doesMlWork(view: PipelineView): boolean {
  return view.p.steps.some((s) => ML_WORK.test(stepProse(s))) || ML_WORK.test(view.p.purpose);
}

const ONE_OFF = NOT_A_PIPELINE.find((e) => e.kind === 'migration')!;
const STREAMING = NOT_A_PIPELINE.find((e) => e.kind === 'streaming')!;

/** Where the pipeline says it consumes a stream message by message (purpose, trigger or a step), not denied. */
function perMessage(doc: ParsedDocument, view: PipelineView): { said: string; range: SourceRange } | null {
  for (const part of pipelineParts(doc, view, ['dataSources', 'keyArtifacts', 'modelControlPlane', 'orchestrator'])) {
    for (const re of PER_MESSAGE) {
      for (const m of part.text.matchAll(re)) if (!isDenied(part.text, m.index, m.index + m[0].length)) return { said: m[0], range: part.range };
    }
  }
  return null;
}

/** A job whose trigger runs it one time: whatever it does, it is the seed's one-off job. */
function reportOneOff({ p, pp }: PipelineView, report: RuleContext['report']): void {
  report({
    message: `${quoteName(p)} is triggered to run once, which makes it a one-off job, not a pipeline: ${ONE_OFF.why}. Use ${ONE_OFF.alternative} instead, and list it under Not-a-Pipeline Components.`,
    range: pp.fields.trigger?.range ?? pp.headingRange,
  });
}

export const notAPipeline: Rule = {
  slug: 'not-a-pipeline',
  category: 'smell',
  defaultSeverity: 'warning',
  docs: {
    checks: 'A pipeline whose job is a dashboard or UI, continuous streaming, an alerting or monitoring service, CI/CD, a one-off migration (or any job its trigger runs once), plain ETL or a sub-10ms serving path.',
    why: 'Pipelines are batch runs that end, with artifacts worth versioning. A dashboard serves people all day, a stream never ends, an alert that waits for the next run arrives late, CI/CD runs on commits rather than data, and a migration runs once: forcing them into a pipeline buys tracking nobody reads and hides the tool built for the job. Per seed 001 a deployed pipeline with a moderate latency budget is fine; only sub-10ms, HFT or video-frame serving leaves ZenML, and only after a benchmark.',
    example: '### Pipeline 3: Fraud Dashboard (Phase 2)\n- **Purpose**: Serves a live dashboard of flagged transactions for the analysts.',
    fix: 'None: move the component to Not-a-Pipeline Components with the alternative the message names.',
    source: 'seed 000/001, "What does NOT belong in a ZenML pipeline" (001 wins on real-time)',
  },
  check({ doc, report }) {
    const views = pipelineViews(doc);
    // ETL that feeds a training pipeline produces versioned ML inputs: the seed's data pipeline, not plain ETL.
    const systemDoesMl = views.some(doesMlWork);
    for (const view of views) {
      const { p, pp } = view;
      const byName = matchNotAPipeline(p.name);
      const byPurpose = byName ? null : matchNotAPipeline(firstSentence(p.purpose));
      const entry = byName ?? byPurpose;
      const stream = entry?.kind === 'streaming' && byName ? null : perMessage(doc, view);
      if (stream) {
        report({
          message: `${quoteName(p)} consumes a stream "${stream.said}", which is not a pipeline: ${STREAMING.why}. Use ${STREAMING.alternative} instead, and list it under Not-a-Pipeline Components.`,
          range: stream.range,
        });
        continue;
      }
      if (!entry) {
        if (runsOnce(p.trigger)) reportOneOff(view, report);
        continue;
      }
      if (byPurpose && INCIDENTAL_IN_ML.includes(entry.kind) && doesMlWork(view)) continue;
      if (entry.kind === 'etl-no-ml' && systemDoesMl) continue;
      // A deployed pipeline with a stated budget is realtime-latency's to judge (seed 001: benchmark first).
      if (entry.kind === 'extreme-latency' && p.deployed && p.latencyBudgetMs !== null) continue;
      report({
        message: `${quoteName(p)} reads as ${entry.label.toLowerCase()}, which is not a pipeline: ${entry.why}. Use ${entry.alternative} instead, and list it under Not-a-Pipeline Components.`,
        range: byName ? pp.headingRange : (pp.fields.purpose?.range ?? pp.headingRange),
      });
    }
  },
};
