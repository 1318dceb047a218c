/**
 * meta-pipeline: a pipeline whose job is to start other pipelines, said outright ("orchestrator
 * pipeline", "spawns child pipelines") or shown by steps that launch two or more of its siblings.
 */
import { redFlag } from '../../../domain/redFlags';
import type { Rule } from '../../types';
import { pipelineLinks } from './pipelineLinks';
import { findIn, pipelineParts, pipelineViews, quoteName } from './pipelineText';

const FLAG = redFlag('meta-pipeline');

export const metaPipeline: Rule = {
  slug: 'meta-pipeline',
  category: 'smell',
  defaultSeverity: 'warning',
  docs: {
    checks: 'A pipeline that triggers, spawns or orchestrates other pipelines.',
    why: 'ZenML pipelines are self-contained units of work, not orchestration layers. A parent that only starts children has nothing of its own to cache, version or rerun, and a failing child means debugging two runs instead of one. The urge to build one usually means the decomposition is wrong.',
    example: '### Pipeline 1: Platform Orchestrator (MVP)\n- **Purpose**: Orchestrator pipeline that spawns the ingestion, training and scoring pipelines in order.',
    fix: "None: sequence the pipelines with their own schedules or manual triggers, and drop the parent.",
    source: 'seed 000/001, "Architecture smells (pipelines-about-pipelines)"',
  },
  check({ doc, report }) {
    const views = pipelineViews(doc);
    const links = pipelineLinks(doc, views);
    views.forEach((view, i) => {
      const said = findIn(pipelineParts(doc, view, ['trigger']), FLAG.patterns);
      const launched = links.filter((l) => l.from === i && l.launchedByUpstream);
      if (!said && launched.length < 2) return;
      const what = said
        ? `${quoteName(view.p)} is described as a pipeline that orchestrates other pipelines ("${said.match[0]}")`
        : `${quoteName(view.p)} launches ${launched.map((l) => quoteName(views[l.to]!.p)).join(' and ')}`;
      report({ message: `${what}. ${FLAG.message} ${FLAG.advice}`, range: said ? said.part.range : view.pp.headingRange });
    });
  },
};
