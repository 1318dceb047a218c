/**
 * feature-store-mvp: the MVP pipeline builds or relies on a new feature store. A feature store the
 * team already runs is existing infrastructure the seed says to respect, not a smell.
 */
import { isNegated, redFlag } from '../../../domain/redFlags';
import type { Rule } from '../../types';
import { findIn, isMvp, pipelineParts, pipelineViews, quoteName } from './pipelineText';

const FLAG = redFlag('feature-store-mvp');
const FEATURE_STORE = /\bfeature[- ]store\b|\b(?:feast|tecton|hopsworks)\b/i;
const ALREADY_RUNNING = /\b(?:existing|already|current(?:ly)?|in[- ]house|today)\b/i;

export const featureStoreMvp: Rule = {
  slug: 'feature-store-mvp',
  category: 'smell',
  defaultSeverity: 'warning',
  docs: {
    checks: 'The MVP pipeline builds or depends on a new feature store.',
    why: 'A feature store is one more system to run, backfill and keep consistent before the first model ships. For an MVP, materializing features as versioned artifacts in a preprocessing step gives the same reuse with nothing extra to operate; a feature store can come later, when several models need the same features online. One the team already runs is fine to read from.',
    example: '### Pipeline 1: Churn Training (MVP)\n  2. publish_features — writes the engineered features to a new Feast feature store → produces feature views',
    fix: 'None: move the feature store to Deferred / Future Work and keep the features as artifacts.',
    source: 'seed 000/001, "We need a feature store"',
  },
  check({ doc, report }) {
    for (const view of pipelineViews(doc)) {
      if (!isMvp(view.p)) continue;
      const hit = findIn(pipelineParts(doc, view), [FEATURE_STORE], (m, part) => !isNegated(part.text, m.index) && !ALREADY_RUNNING.test(part.text));
      if (!hit) continue;
      report({ message: `The MVP ${quoteName(view.p)} relies on a feature store ("${hit.match[0]}"). ${FLAG.message} ${FLAG.advice}`, range: hit.part.range });
    }
  },
};
