/**
 * Key artifacts of each proposed pipeline, one item each, saying why it matters: what is
 * versioned, what the next pipeline reads, what a reviewer compares across runs. Worded for
 * the domain, like the steps, so an item names the artifact the steps actually produce.
 */
import { DEVICES, type Domain, type PipelineKind, type StepContext } from './steps';

type Context = Pick<StepContext, 'domain' | 'model' | 'includesDataPrep' | 'handoff' | 'exportFor' | 'evaluationSet' | 'explanations'>;

const DATA: Record<Domain, readonly string[]> = {
  extraction: [
    'the versioned train and evaluation pages — split by date, so evaluation scores documents newer than anything the model trained on',
    'the count per document type and field recorded on each version — a new supplier layout shows up here before it shows up as wrong extractions',
  ],
  documents: [
    'the versioned search index — what the answering side reads; a bad rebuild is undone by promoting the previous version again',
    'the embedding model and chunk settings recorded on each index version — a question must be embedded with the model that built the index it searches',
  ],
  vision: [
    'the versioned image dataset — split by capture date, so validation images never come from the sessions the model trained on',
    'the dataset card with class balance and label counts — a labelling drift shows up here before it shows up as a worse model',
  ],
  text: [
    'the versioned train and evaluation sets — split by date, so evaluation scores texts newer than anything the model trained on',
    'the count per label recorded on each dataset version — a label that grows or disappears shows up here before it shows up as a worse model',
  ],
  llm: [
    'the versioned instruction dataset — every adapter version names the examples it learned from, so a regression can be traced to its data',
    'the held-out evaluation set — frozen between runs, so the scores of two adapter versions compare like for like',
  ],
  forecasting: [
    'the versioned train and evaluation sets — split by time, so every backtest scores weeks the forecaster has not seen',
    'the sizes and date ranges recorded on each dataset version — the first thing to check when a forecast moves for no visible reason',
  ],
  tabular: [
    'the versioned train and evaluation sets — split by time, so evaluation always scores data newer than anything the model trained on',
    'the sizes and date ranges recorded on each dataset version — the first thing to check when a model version behaves differently',
  ],
};

/** The domain's data artifacts, the model they feed named: "… anything `churn_model` trained on". */
function dataArtifacts(ctx: Context): string[] {
  return DATA[ctx.domain].map((a) => a.replace(/\bthe model\b|\bmodel version\b/, (m) => (m === 'the model' ? `\`${ctx.model}\`` : `\`${ctx.model}\` version`)));
}

function trainingArtifacts(ctx: Context): string[] {
  const lineage = `stored with the dataset version and code that produced it, so any \`${ctx.model}\` version can be rebuilt or explained later`;
  const model: Record<Domain, string> = {
    documents: 'the answers with their retrieved passages — kept per index version, so a reviewer reads what changed, not only the score',
    llm: 'the adapter weights — kept with the base model they were tuned on, so an adapter is never loaded on the wrong base',
    vision: `the trained model — ${lineage}`,
    extraction: `the trained model — ${lineage}`,
    text: `the trained model — ${lineage}; the tokenizer is saved with it, so serving splits text exactly as training did`,
    forecasting: `the trained forecaster — ${lineage}`,
    tabular: `the trained model — ${lineage}`,
  };
  const report: Record<Domain, string> = {
    documents: 'the evaluation report — retrieval hits, correctness and groundedness per index version, the evidence for promoting one',
    llm: 'the evaluation report with sample generations — a reviewer reads real answers, not only scores, before promoting',
    vision: 'the confusion matrix and error samples — show which classes the model misses, which one accuracy number hides',
    extraction: 'the per-field evaluation report with wrongly extracted examples — shows which fields and document types a version gets wrong, which one accuracy number hides',
    text: 'the per-label evaluation report with misclassified examples — shows which labels a version confuses, which one accuracy number hides',
    forecasting: 'the evaluation report — the backtest errors sit on the version as metadata, so versions compare side by side',
    tabular: `the evaluation report — the metrics sit on each \`${ctx.model}\` version as metadata, so versions compare side by side`,
  };
  // Without a data pipeline, the dataset training cleaned is the only record of what a version learned from.
  const dataset = ctx.includesDataPrep && ctx.domain !== 'documents' ? [`the cleaned training dataset — versioned by the run, so every \`${ctx.model}\` version names the data it learned from`] : [];
  const preprocessor =
    !ctx.includesDataPrep && (ctx.domain === 'tabular' || ctx.domain === 'forecasting')
      ? [`the fitted preprocessor — versioned with \`${ctx.model}\`, so scoring applies exactly the transformation training learned`]
      : [];
  const handoff =
    ctx.handoff === 'manual'
      ? [`the promotion report — the production and candidate \`${ctx.model}\` versions scored on the same data, what the reviewer reads before promoting`]
      : ctx.handoff === 'automatic'
        ? ['the promotion decision with both versions\' scores — the audit trail for every change of the production version']
        : [];
  const device =
    ctx.exportFor === DEVICES
      ? ['the device build — versioned with the model it came from, so every device can say which reviewed version it runs']
      : ctx.exportFor
        ? [`the export for ${ctx.exportFor} — versioned with the model it came from, so what ${ctx.exportFor} loads names the reviewed version behind it`]
        : [];
  return [model[ctx.domain], ...dataset, ...preprocessor, report[ctx.domain], ...device, ...handoff];
}

/** The set versions are judged on, when the user named one or their labels need one. */
const EVALUATION_SET: Record<NonNullable<Context['evaluationSet']>, string> = {
  golden: 'the golden set — kept out of every training split and fixed between runs, so the scores of two versions compare like for like',
  'hand-checked': 'the hand-checked validation subset — the only labels trusted to judge a version; fixed between runs, so two versions compare like for like',
};

/** What batch scoring keeps: what the consumers read, and the input each prediction was made on. */
function scoringArtifacts(ctx: Context): string[] {
  if (ctx.domain === 'extraction') {
    return [
      'the published extractions — what the reviewers and downstream systems read; each names the model version that extracted it, so a bad batch traces back to its version',
      'the OCR output per run — kept, so a surprising extraction can be reproduced on the exact words and positions the model saw',
    ];
  }
  return [
    `the predictions table — what the consumers read; each batch names the \`${ctx.model}\` version that scored it, so a bad batch traces back to its version and data`,
    ctx.domain === 'vision'
      ? 'the prepared images of each run — kept, so a surprising prediction can be reproduced on the exact pixels the model saw'
      : 'the scoring dataset — kept per run, so a surprising prediction can be reproduced on the exact input',
  ];
}

/** What matters in each pipeline's output, and why, one item per artifact. */
export function keyArtifacts(kind: PipelineKind, ctx: Context): string[] {
  switch (kind) {
    case 'data':
      return [...dataArtifacts(ctx), ...(ctx.domain === 'vision' && ctx.evaluationSet ? [EVALUATION_SET[ctx.evaluationSet]] : [])];
    case 'training':
      return trainingArtifacts(ctx);
    case 'inference':
      return [...scoringArtifacts(ctx), ...(ctx.explanations ? [`the ${ctx.explanations} of each batch — stored with the predictions they explain, so a questioned prediction is looked into with what the model saw when it made it`] : [])];
    case 'deployed':
      return [
        'none per request — materialization is disabled, so the request path writes nothing to the artifact store',
        `the deployment's record of the served \`${ctx.model}\` version — the first thing to check when answers change`,
      ];
    case 'other':
      return ['the versioned report — compared run over run, it shows the trend a single run hides'];
  }
}
