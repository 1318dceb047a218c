/**
 * The model's proposals once the engine has checked them: what planning may take as its
 * recommendations. Plain data (it is recomputed from the stored reply on every replay).
 */
import type { Bucket } from '../planning/proposals';
import type { Step } from '../model/architecture';

export interface ProposedBucket {
  bucket: Bucket;
  reason: string;
  alternative?: string;
}

export interface ProposedPipeline {
  name: string;
  purpose: string | null;
  trigger: string | null;
  componentIds: string[];
  /** Null when the model's steps broke the method (3-7 identifier-named steps): the engine's stand. */
  steps: Step[] | null;
  keyArtifacts: string[];
}

export interface CheckedProposals {
  /** By component id. */
  buckets: Record<string, ProposedBucket>;
  pipelines: ProposedPipeline[];
  dataFlow: string[];
  openQuestions: string[];
}
