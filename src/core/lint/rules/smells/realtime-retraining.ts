/**
 * realtime-retraining: a pipeline that trains, triggered in real time or on every event.
 * A deployed pipeline serving per request is not retraining, and is not checked here.
 */
import { redFlag } from '../../../domain/redFlags';
import { isDenied } from '../../../language';
import type { Rule } from '../../types';
import { fieldOrHeading, pipelineViews, quoteName, stepDoes } from './pipelineText';

const FLAG = redFlag('realtime-retraining');
const TRAINS = /(?:\b|_)(?:train|retrain|fine[-_ ]?tun|fit(?:\b|_))/i;
/** What arrives: an event, a record, or a batch of them (a file, a partition, a reading). */
const ARRIVAL = String.raw`(?:event|transaction|record|message|click|row|sample|label|request|upload|batch|micro-?batch|file|partition|chunk|drop|delivery|export|reading|arrival)s?`;
/** What arriving is called. */
const ARRIVES = String.raw`(?:arrives?|lands?|comes?\s+in|appears?|is\s+(?:written|uploaded|received|ingested|published|available))`;
/**
 * A trigger that fires per arrival rather than on a cadence: "in real time", "continuously", "on
 * every new batch", "as soon as each new file lands", "whenever a new partition is written". One
 * named arrival ("when the nightly export lands") is an ordinary event trigger, not this: it takes
 * each/every/any, or whenever/every time.
 */
const PER_EVENT: readonly RegExp[] = [
  /\b(?:in\s+(?:near[- ])?real[- ]?time|real[- ]?time|continuous(?:ly)?|instant(?:ly)?|streaming)\b/gi,
  new RegExp(String.raw`\bas\s+soon\s+as\s+(?:new\s+)?(?:data|events?|labels?)\s+${ARRIVES}\b`, 'gi'),
  new RegExp(String.raw`\b(?:as\s+soon\s+as|when|once|after)\s+(?:each|every|any)\s+(?:new\s+|incoming\s+)?(?:[a-z0-9-]+\s+){0,2}?${ARRIVAL}\s+${ARRIVES}\b`, 'gi'),
  new RegExp(String.raw`\b(?:whenever|every\s+time|each\s+time)\s+(?:a\s+|an\s+|new\s+|any\s+)*(?:[a-z0-9-]+\s+){0,2}?(?:${ARRIVAL}|data)\s+${ARRIVES}\b`, 'gi'),
  new RegExp(String.raw`\b(?:on|for|after|with)\s+(?:every|each)\s+(?:single\s+|new\s+|incoming\s+|arriving\s+)*(?:[a-z0-9-]+\s+)?${ARRIVAL}\b`, 'gi'),
  /\bper\s+(?:event|transaction|record|message|click|request|batch|file)\b/gi,
  ...FLAG.patterns.map((re) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)),
];

/** The first per-arrival phrase of a trigger that the trigger does not deny ("not in real time: weekly"). */
function perArrival(trigger: string): string | null {
  for (const re of PER_EVENT) for (const m of trigger.matchAll(re)) if (!isDenied(trigger, m.index, m.index + m[0].length)) return m[0];
  return null;
}

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
      const hit = perArrival(p.trigger);
      if (!hit) continue;
      report({ message: `${quoteName(p)} retrains "${hit}". ${FLAG.message} ${FLAG.advice}`, range: fieldOrHeading(view, 'trigger') });
    }
  },
};
