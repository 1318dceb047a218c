/**
 * Each proposed pipeline's purpose: what its job is in this domain and why it is a pipeline of
 * its own. A document Q&A system has no training run: its "model" is the search index, so the
 * pipelines index, evaluate and answer instead of train and score.
 */
import type { Domain, PipelineKind } from './steps';

type Purposed = Exclude<PipelineKind, 'other'>;

/** `scored`: what the user said the scoring covers ("every high-value player"), when they said. */
const GENERIC: Record<Purposed, (model: string, scored?: string | null) => string> = {
  data: (model) => `Turns the raw data into a clean, versioned dataset, so training never reads half-processed data and every \`${model}\` version names the data it learned from`,
  training: (model) => `Trains \`${model}\` on the latest dataset, evaluates it on held-out data newer than the training data, and registers each run as a version, so versions are compared before one is promoted`,
  inference: (model, scored) => `Scores ${scored ?? 'new records'} in batches with the \`production\` version of \`${model}\` and publishes the predictions where the teams that act on them already look`,
  deployed: (model) => `Answers each request over HTTP with pipeline.deploy(), wrapping the \`production\` version of \`${model}\``,
};

const BY_DOMAIN: Record<Domain, Partial<Record<Purposed, (model: string) => string>>> = {
  extraction: {
    data: () => 'Turns documents people labelled or corrected into versioned, OCR\'d training pages, so every model version names the documents and fields it learned from',
    training: (model) => `Fine-tunes \`${model}\` on the latest labelled pages and scores it per field and document type, registering each run as a version so versions are compared before one is promoted`,
    inference: (model) => `Extracts the fields of newly arrived documents in batches with the \`production\` version of \`${model}\` and publishes them with their confidence where the reviewers work`,
  },
  documents: {
    data: () => 'Keeps the search index in step with the documents: parses, chunks and embeds what is new or changed and registers each rebuilt index as a version, so every answer comes from an index you can name and roll back',
    training: () => 'Scores the newest index version on a fixed question set (did retrieval find the right passages, is the answer grounded in them), so a re-index or prompt change that makes answers worse is caught before it is promoted',
    deployed: () => 'Answers questions over HTTP with pipeline.deploy(): retrieves passages from the `production` index version and generates an answer that cites them',
  },
  llm: {
    data: () => 'Turns the raw conversations into a clean, versioned instruction dataset with a frozen evaluation set, so every adapter names the examples it learned from',
    training: (model) => `Fine-tunes the base model on the latest instruction dataset and scores the adapter on the frozen evaluation set, registering each run as a version of \`${model}\` so adapters are compared before one is promoted`,
    deployed: (model) => `Generates drafts over HTTP with pipeline.deploy(), loading the \`production\` adapter of \`${model}\` on its base model`,
  },
  vision: {
    data: () => 'Turns newly captured, labelled images into a versioned image dataset split by capture date, so every model version names the images and labels it learned from',
    training: (model) => `Fine-tunes \`${model}\` on the latest image dataset and evaluates it per class, registering each run as a version so a reviewer sees which classes a version misses before it is used`,
  },
  text: {
    data: () => 'Turns newly labelled texts into a clean, versioned dataset split by date, so every model version names the texts and labels it learned from',
    training: (model) => `Fine-tunes \`${model}\` on the latest text dataset and evaluates it per label, registering each run as a version so a reviewer sees which labels a version confuses before it is promoted`,
  },
  forecasting: {
    data: () => 'Turns the raw history into versioned, time-split datasets with the calendar features the forecaster needs',
    training: (model) => `Trains \`${model}\` with rolling-origin backtests and registers each run as a version, so versions are compared on the same past weeks before one is promoted`,
    inference: (model) => `Produces the next forecast in batches with the \`production\` version of \`${model}\` and publishes it where the people who plan with it already look`,
  },
  tabular: {},
};

export function purposeOf(kind: Purposed, domain: Domain, model: string, scored: string | null = null): string {
  const byDomain = BY_DOMAIN[domain][kind];
  return byDomain ? byDomain(model) : GENERIC[kind](model, scored);
}
