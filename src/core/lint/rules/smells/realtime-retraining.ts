/**
 * realtime-retraining: a pipeline that trains, triggered in real time or on every event.
 * A deployed pipeline serving per request is not retraining, and is not checked here.
 */
import { redFlag } from '../../../domain/redFlags';
import type { Rule } from '../../types';
import { fieldOrHeading, pipelineViews, quoteName, stepDoes } from './pipelineText';

const FLAG = redFlag('realtime-retraining');
const TRAINS = /(?:\b|_)(?:train|retrain|fine[-_ ]?tun|fit(?:\b|_))/i;
const PER_EVENT =
  /\b(?:real[- ]?time|continuous(?:ly)?|instant(?:ly)?|as\s+soon\s+as\s+(?:new\s+)?(?:data|events?|labels?)\s+(?:arrives?|lands?|comes?\s+in)|(?:on|for|after)\s+(?:every|each)\s+(?:single\s+)?(?:new\s+)?(?:event|transaction|record|message|click|row|sample|label|request|upload)s?|per\s+(?:event|transaction|record|message|click|request))\b/i;

export const realtimeRetraining: Rule = {
  slug: 'realtime-retraining',
  category: 'smell',
  defaultSeverity: 'warning',
  docs: {
    checks: 'A training pipeline triggered in real time, continuously, or on every new event.',
    why: 'Retraining per event means a training run per event: compute that never rests, no time to evaluate a version before it serves, and a bad batch of data goes straight to production. Almost nobody needs it; scheduled retraining (daily, weekly) covers 95% of use cases, and promotion through the Model Control Plane keeps a human or an evaluation gate in the loop.',
    example: '### Pipeline 2: Fraud Model Training (Phase 2)\n- **Trigger**: Real-time, on every new labelled transaction',
    fix: 'None: the right schedule is the team\'s call.',
    source: 'seed 000/001, "We need real-time retraining"',
  },
  check({ doc, report }) {
    for (const view of pipelineViews(doc)) {
      const { p } = view;
      // A deployed pipeline answers per request; that is serving, not retraining.
      const trains = !p.deployed && (p.steps.some((s) => stepDoes(s, TRAINS)) || TRAINS.test(p.name));
      if (!trains) continue;
      const hit = PER_EVENT.exec(p.trigger) ?? FLAG.patterns.map((re) => re.exec(p.trigger)).find(Boolean);
      if (!hit) continue;
      report({ message: `${quoteName(p)} retrains "${hit[0]}". ${FLAG.message} ${FLAG.advice}`, range: fieldOrHeading(view, 'trigger') });
    }
  },
};
