/** The board's four columns as the user reads them. */
import type { Bucket } from '../../src/core/planning/proposals';

export const BUCKET_INFO: Record<Bucket, { label: string; hint: string }> = {
  pipeline: { label: 'Pipeline', hint: 'Batch, repeatable, worth tracking' },
  deployed: { label: 'Deployed pipeline (HTTP)', hint: 'Served with pipeline.deploy()' },
  'not-a-pipeline': { label: 'Not a pipeline', hint: 'Another tool does this better' },
  defer: { label: 'Defer', hint: 'Gray area: not for the MVP' },
};
