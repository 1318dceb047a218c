/**
 * The steps the engine proposes for each kind of pipeline, worded for the user's domain.
 * Each step does substantial work and names what it produces (the seed: 3-7 steps, prose,
 * no "check it has rows" steps: checks are folded into the step that loads or cleans).
 */
import type { Step } from '../model/architecture';
import type { TrainingMethod } from './method';
import type { EvaluationSet } from '../reading/evaluationSet';
import { existingName, type ExistingWork } from '../reading/existing';
import { capitalize, joinList, pastParticiple, snakeCase, thirdPerson } from '../words';
import { cueCount, DOMAIN_PATTERNS, domainCuesOf, mergeDomainCues, type CueKind, type Domain, type DomainCues } from '../reading/domainCues';

export type { Domain };

/** What a pipeline does, which decides its steps, purpose and artifacts. */
export type PipelineKind = 'data' | 'training' | 'inference' | 'deployed' | 'other';

/** A domain's shape needs this many different cues, and this lead over the next domain's: one word never picks it. */
const MIN_CUES = 2;
const MIN_LEAD = 1;

/**
 * The domain a description is about; it only changes the wording of the proposed steps. A domain's
 * shape is taken only when several of its cues agree, with a lead over any other domain: a wrong
 * domain (a document Q&A assistant for a fraud model that mentions "retrieval" once) is worse than
 * the generic shape worded with the team's own nouns. The cues are those of the components' texts
 * (the board's cards included) and of the whole description, as the reader recorded them: "classify
 * them into ~40 queues" often stands apart from the work it names.
 */
export function detectDomain(componentText: string, described: DomainCues = {}, modelGiven = false): Domain {
  const cues = mergeDomainCues(domainCuesOf(componentText), described);
  const said = (kind: CueKind) => cueCount(cues[kind]);
  // Document kinds back the task the words name (questions asked, values taken out); with neither named, questions.
  const papersBack = (domain: CueKind) =>
    domain === 'documents' ? said('documents') > 0 || said('extraction') === 0 : domain === 'extraction' && said('extraction') > 0;
  // Retrieval is how the Q&A shape finds its passages: it counts toward that shape, but alone never picks it.
  const count = (kind: CueKind) => said(kind) + (papersBack(kind) ? said('papers') : 0) + (kind === 'documents' ? said('retrieval') : 0);
  const counts = (Object.keys(DOMAIN_PATTERNS) as (keyof typeof DOMAIN_PATTERNS)[]).map((domain) => ({ domain, cues: count(domain) })).sort((a, b) => b.cues - a.cues);
  const [best, next] = counts;
  let found: Domain | undefined = best && best.cues >= MIN_CUES && best.cues - (next?.cues ?? 0) >= MIN_LEAD ? best.domain : undefined;
  // Q&A needs questions said: retrieving candidates to rank or context for a bot answers nobody, and a pile of
  // papers ("an FAQ", "a one-page PDF") with no question asked or index built over it is no Q&A either.
  if (found === 'documents' && !said('documents') && !said('searchedPapers')) found = undefined;
  // The LLM shape is fine-tuning one: an LLM only called (for verdicts, for answers), or one taken as
  // given while the fine-tuned ones were candidates, gives no training of its own.
  if (found === 'llm' && (!count('tunes') || modelGiven)) found = undefined;
  const classifiesText = count('encoder') > 0 || (count('texts') > 0 && count('sorting') > 0);
  if ((found === undefined || found === 'llm') && classifiesText && !count('generative')) return 'text';
  return found ?? 'tabular';
}

const step = (name: string, description: string, produces: string): Step => ({ name, description, produces });

/** What the steps say they read when the description names no source system. */
export const UNNAMED_SOURCES = 'the source data';

export interface StepContext {
  domain: Domain;
  /** The user's data sources, already joined for prose ("Postgres and the S3 event logs"). */
  sources: string;
  /** Model name in the Model Control Plane. */
  model: string;
  /** What this pipeline fans out over at runtime (a dynamic pipeline): "chunk", "document", "fold"; null when it does not. */
  fanOut: string | null;
  /** Training also loads and cleans the raw data (no separate data pipeline). */
  includesDataPrep: boolean;
  /**
   * How training hands a version to the pipelines that read production: promoting it itself,
   * or preparing the comparison a reviewer promotes from; null when nothing reads it yet.
   */
  handoff: 'automatic' | 'manual' | null;
  /**
   * What loads the model outside ZenML, when training must end by exporting it: `devices` (edge,
   * mobile) or the loader the user named ("the Elasticsearch LTR plugin"); null when nothing does.
   */
  exportFor: string | null;
  /** What the user already runs (a notebook that trains, scripts that index): the step that takes it over says so. */
  existing?: ExistingWork | null;
  /** What versions are judged on, when the user named it (a golden set) or their labels call for it (noisy). */
  evaluationSet?: EvaluationSet | null;
  /** What decides today and a version must beat ("the current rules engine"), when the user named it. */
  baseline?: string | null;
  /** The vector store the user named (pgvector, Qdrant): where each index version lives. */
  vectorStore?: string | null;
  /** The quality measures the user named ("recall", "MAPE"): what the evaluation logs. */
  metrics?: readonly string[];
  /** The system the team trains with ("BigQuery ML"), when it is not the orchestrator. */
  trainedWith?: string | null;
  /** The architecture and libraries the team named for the model it trains. */
  method?: TrainingMethod;
  /** How the team shows why the model decided ("class activation maps"): each batch computes them. */
  explanations?: string | null;
  /** The team's post-processing of the model's output, in their words (`Reading.afterModel`): a step after the model. */
  afterModel?: string | null;
  /** The decision an optimizer makes from the predictions, in the user's words: a step after the model. */
  decision?: { said: string; step: string } | null;
  /** People review some outputs outside the pipeline: the clause that says which, quoted when short enough; '' when none is quotable. */
  review?: string | null;
  /** Preparation the user spelled out ("correct for the capacity constraints"): steps of their own. */
  preparations?: readonly { verb: string; phrase: string }[];
  /** The model taken as given ("GPT-4"): the steps run it under a `production` configuration instead of training it. */
  given?: string | null;
  /** The team weighs making the model against taking one: the evaluation runs those options, not configurations of one. */
  weighed?: boolean;
  /** The model is evaluated here and never trained: the data feeds the evaluation's reference set, not a training split. */
  evaluatedOnly?: boolean;
  /** The method a configured model runs ("DBSCAN"): its candidates are that method's settings (`configuredMethod`). */
  configured?: string | null;
  /** A setting the team calls a trade-off, with what each side costs (`Reading.tradeOff`). */
  tradeOff?: { setting: string | null; said: string } | null;
  /** How varied the inputs are ("more than 25 languages"): measures are broken down by that kind. */
  variety?: { said: string; kind: string } | null;
}

/** "…, broken down by language (“more than 25 languages and every template imaginable”)": an average hides the kind a change hurts. */
export function perVariety(ctx: Pick<StepContext, 'variety'>): string {
  return ctx.variety ? `, broken down by ${ctx.variety.kind} (“${ctx.variety.said}”), since an average hides the ${ctx.variety.kind} a change makes worse` : '';
}

/** `exportFor` when the model runs on devices. */
export const DEVICES = 'devices';

/** The most steps a pipeline is given; the method's range is 3-7. */
const MAX_STEPS = 7;

/**
 * The preparation the user described, one step each in their words ("correct for those capacity
 * constraints" → correct_capacity_constraints), as many as fit beside the pipeline's other steps.
 */
function theirPreparation(ctx: StepContext, room: number): Step[] {
  return (ctx.preparations ?? []).slice(0, Math.max(0, room)).map(({ verb, phrase }) => {
    const rest = phrase.slice(phrase.split(/\s+/)[0]!.length).trim().replace(/\b(?:those|these|this|that)\b/gi, 'the');
    const words = rest.split(/\s+/).filter((w) => !/^(?:for|the|a|an|our|their|its|of|to|from|with|in|on|by|and)$/i.test(w));
    return step(snakeCase([verb, ...words.slice(-3)].join(' '), 'prepare_data'), `${capitalize(thirdPerson(verb))} ${rest}, as the description asks, before features are computed`, `the ${pastParticiple(verb)} dataset`);
  });
}

/** What the evaluation logs: the measures the user named, else the given default. */
function measured(ctx: StepContext, otherwise: string): string {
  return ctx.metrics?.length ? joinList(ctx.metrics) : otherwise;
}

/** Vector stores the reader knows by name, and what one index version is in each. */
const VECTOR_STORES: Record<string, string> = { pgvector: 'table', Qdrant: 'collection', Weaviate: 'collection', Pinecone: 'namespace', Elasticsearch: 'index' };

export function vectorStoreOf(tools: readonly string[]): string | null {
  return tools.find((t) => t in VECTOR_STORES) ?? null;
}

/** The evaluation also scores what decides today on the same held-out data, when the user named it. */
function againstBaseline(ctx: StepContext): string {
  return ctx.baseline ? `, and scores ${ctx.baseline} on the same held-out data as the baseline a version must beat` : '';
}

/** The system the training runs with, as the team said: ", with BigQuery ML". */
function trainsWith(ctx: StepContext): string {
  const libraries = ctx.method?.libraries;
  return `${libraries ? `, with ${libraries}` : ''}${ctx.trainedWith ? `, ${libraries ? 'on' : 'with'} ${ctx.trainedWith}` : ''}`;
}

/** "the forecaster, the team's Temporal Fusion Transformer,": the model named as the team named it. */
function asNamed(ctx: StepContext, model: string): string {
  const architecture = ctx.method?.architecture;
  return architecture ? `${model}, the team's ${architecture},` : model;
}

/** The clause a step adds when it takes over working code instead of starting from scratch. */
function takesOver(ctx: StepContext, does: ExistingWork['does']): string {
  const e = ctx.existing;
  if (!e || e.does !== does) return '';
  // A scoring job keeps its code; what changes is that the model now comes from the Model Control Plane.
  if (does === 'scoring') return `, with the code of the existing ${existingName(e)} moved into the step; only where the model comes from changes`;
  return `, moving the ${e.method ? `${e.method} ` : ''}code and settings of the existing ${existingName(e)} into the step unchanged`;
}

export function dataSteps(ctx: StepContext): Step[] {
  const fanOut = ctx.fanOut ? `, fanning out one step per ${ctx.fanOut}` : '';
  if (ctx.evaluatedOnly) {
    return [
      step('ingest_raw_data', `Pulls the latest extract from ${ctx.sources}, incrementally by date`, 'a raw dataset'),
      step('clean_data', 'Deduplicates, fixes types and drops malformed rows, with the schema and row-count checks folded in', 'a cleaned dataset'),
      ...theirPreparation(ctx, MAX_STEPS - 3),
      step('version_dataset', 'Records the size and date range of the cleaned data as metadata and versions it, so every evaluation names the records it drew its reference set from', 'a versioned dataset'),
    ];
  }
  switch (ctx.domain) {
    case 'extraction':
      return [
        step('collect_labelled_documents', `Pulls the documents from ${ctx.sources} that people labelled or corrected since the last run, each with its field values`, 'labelled documents'),
        step('ocr_and_align', 'Runs OCR over each page and aligns the labelled field values to the words and their positions on the page', 'labelled pages with words and boxes'),
        step('split_and_version', 'Splits the pages by date into train and evaluation sets, records the count per document type and field as metadata and versions both', 'versioned train and evaluation pages'),
      ];
    case 'documents':
      return [
        step('collect_documents', `Lists the new and changed documents in ${ctx.sources} since the last run`, 'a document manifest'),
        step('parse_and_chunk', `Extracts the text of each document and splits it into overlapping chunks${fanOut}${takesOver(ctx, 'indexing')}`, 'text chunks with their source metadata'),
        step('embed_chunks', 'Embeds the chunks with the embedding model, in batches', 'chunk embeddings'),
        step(
          'build_index',
          `Writes the embeddings into a fresh index${ctx.vectorStore ? ` in ${ctx.vectorStore} (a ${VECTOR_STORES[ctx.vectorStore]} per version, so promoting or rolling back switches which one is read)` : ''} and registers it as a new \`${ctx.model}\` version, with the embedding model and chunk settings as metadata`,
          'a versioned search index',
        ),
      ];
    case 'vision':
      return [
        step('collect_images', `Pulls the newly labelled images from ${ctx.sources}, dropping corrupt files and duplicates`, 'a raw image set with labels'),
        step('prepare_images', 'Resizes and normalises the images and splits them by capture date into train and validation sets', 'train and validation image sets'),
        ...handChecked(ctx),
        step('publish_dataset', 'Writes a dataset card with class balance and label counts as metadata and versions the sets', 'a versioned image dataset'),
      ];
    case 'text':
      return [
        step('collect_texts', `Pulls the newly labelled texts from ${ctx.sources}, each with the label it ended up with, removing personal data`, 'a raw labelled text set'),
        step('clean_text', 'Strips signatures, quoted replies and markup, drops empty and duplicate texts, and maps retired labels to the current label set', 'cleaned labelled texts'),
        step('split_and_version', 'Splits the texts by date into train and evaluation sets, records the count per label as metadata and versions both', 'versioned train and evaluation sets'),
      ];
    case 'llm':
      return [
        step('collect_examples', `Pulls the conversations and documents from ${ctx.sources}, removing personal data`, 'a raw example set'),
        step('build_instruction_set', 'Turns the examples into prompt/response pairs, deduplicates them and filters by length and quality', 'an instruction dataset'),
        step('split_and_version', 'Holds out an evaluation set that never changes between runs and versions both', 'versioned training and evaluation sets'),
      ];
    default:
      return [
        step('ingest_raw_data', `Pulls the latest extract from ${ctx.sources}, incrementally by date`, 'a raw dataset'),
        step('clean_data', 'Deduplicates, fixes types and drops malformed rows, with the schema and row-count checks folded in', 'a cleaned dataset'),
        ...theirPreparation(ctx, MAX_STEPS - 4),
        step('build_features', `Computes the features \`${ctx.model}\` uses${ctx.domain === 'forecasting' ? ' (lags, rolling means, calendar effects)' : ' (aggregates, encodings)'}`, 'a feature table'),
        step('split_and_version', 'Splits the feature table by time into train and evaluation sets and records their sizes and date ranges as metadata', 'versioned train and evaluation sets'),
      ];
  }
}

/** Noisy labels: versions are judged on a subset an expert checked, set aside wherever the images are prepared. */
function handChecked(ctx: StepContext): Step[] {
  return ctx.evaluationSet === 'hand-checked'
    ? [step('check_validation_labels', 'Sets aside a validation subset whose labels an expert has checked by hand against the images, kept fixed between runs and topped up only by hand', 'a hand-checked validation set')]
    : [];
}

const EVALUATED_ON: Record<EvaluationSet | 'validation', string> = {
  validation: 'the validation images',
  golden: 'the fixed golden set',
  'hand-checked': 'the hand-checked validation subset',
};

export function trainingSteps(ctx: StepContext): Step[] {
  // Data is loaded, a system is pulled from: "Loads and cleans the orders", "Pulls the data from Postgres" (systems are named with capitals).
  const pulls = ctx.sources === UNNAMED_SOURCES ? 'Pulls the source data and cleans it' : /[A-Z]/.test(ctx.sources) ? `Pulls the data from ${ctx.sources} and cleans it` : `Loads and cleans ${ctx.sources}`;
  const input = ctx.includesDataPrep ? `${pulls}, with the schema checks folded in` : `Reads the latest versioned dataset from the data pipeline and fits the preprocessing for \`${ctx.model}\` on the training split`;
  const handoff =
    ctx.handoff === 'automatic'
      ? [step('promote_model', `Promotes the new ${ctx.model} version to production when it beats the current production version on the agreed metric`, 'the promoted model version')]
      : ctx.handoff === 'manual'
        ? [step('compare_with_production', `Scores the production version of \`${ctx.model}\` on the same evaluation set and writes a side-by-side comparison for the reviewer who promotes`, 'a promotion report')]
        : [];
  const exported =
    ctx.exportFor === DEVICES
      ? [step('export_for_devices', 'Converts the evaluated model to the format the devices run and checks its predictions match the original on the evaluation set', 'a device build of the model version')]
      : ctx.exportFor
        ? [step('export_model', `Converts the evaluated model to the format ${ctx.exportFor} loads and checks its predictions match the original on the evaluation set`, `an export of the model version for ${ctx.exportFor}`)]
        : [];
  const promote = [...exported, ...handoff];
  switch (ctx.domain) {
    case 'llm':
      return [
        step('prepare_training_data', ctx.includesDataPrep ? `${input}, and builds prompt/response pairs` : 'Reads the latest versioned instruction dataset and tokenizes it for the base model', 'tokenized training and evaluation sets'),
        step('fine_tune', `Fine-tunes ${asNamed(ctx, 'the base model')} with LoRA adapters on the training set${trainsWith(ctx)}${takesOver(ctx, 'training')}`, 'adapter weights'),
        step('evaluate_generations', 'Runs the held-out prompts through the tuned model and logs the eval-suite scores as model metadata', 'an evaluation report with sample generations'),
        ...promote,
      ];
    case 'extraction':
      return [
        step('prepare_training_data', ctx.includesDataPrep ? `${input}, then runs OCR and aligns the labelled fields to the words on each page` : 'Reads the latest versioned labelled pages and turns each into words, boxes and field tags for the layout model', 'model-ready training and evaluation pages'),
        step('train_model', `Fine-tunes ${asNamed(ctx, 'the layout model')} to tag the fields on the training pages${trainsWith(ctx)}${takesOver(ctx, 'training')}`, 'the trained model'),
        step('evaluate_model', `Scores field-level precision and recall per document type on the held-out pages and logs them as model metadata${perVariety(ctx)}${againstBaseline(ctx)}${explainsErrors(ctx)}`, 'a per-field evaluation report with wrongly extracted examples'),
        ...promote,
      ];
    case 'text':
      return [
        step('prepare_training_data', ctx.includesDataPrep ? `${input}, then tokenizes the texts for the pretrained model` : 'Reads the latest versioned text dataset and tokenizes it for the pretrained model', 'tokenized training and evaluation sets'),
        step('train_model', `Fine-tunes ${asNamed(ctx, 'a pretrained language model')} with a classification head on the training texts${trainsWith(ctx)}${takesOver(ctx, 'training')}`, 'the trained model'),
        step('evaluate_model', `Scores the held-out texts and logs ${measured(ctx, 'precision and recall')} per label as model metadata${perVariety(ctx)}${againstBaseline(ctx)}${explainsErrors(ctx)}`, 'a per-label evaluation report with misclassified examples'),
        ...promote,
      ];
    case 'vision':
      return [
        step('prepare_training_data', ctx.includesDataPrep ? `${input}, then resizes and splits the images` : 'Reads the latest versioned image dataset and sets up augmentation for the training split', 'training and validation loaders'),
        ...(ctx.includesDataPrep ? handChecked(ctx) : []),
        step('train_model', `Fine-tunes ${asNamed(ctx, 'a pretrained backbone')} on the training images${trainsWith(ctx)}${takesOver(ctx, 'training')}`, 'the trained model'),
        step('evaluate_model', `Scores ${EVALUATED_ON[ctx.evaluationSet ?? 'validation']} per class and logs ${measured(ctx, 'precision and recall')} as model metadata${perVariety(ctx)}${againstBaseline(ctx)}${explainsErrors(ctx)}`, 'a confusion matrix and error samples'),
        ...promote,
      ];
    case 'documents':
      return [
        step('load_question_set', 'Loads the fixed question set, each question with its reference answer and the documents that answer it', 'the versioned question set'),
        step('answer_questions', `Runs every question through retrieval and generation against the \`latest\` \`${ctx.model}\` version`, 'the answers with their retrieved passages'),
        step('score_answers', 'Checks whether retrieval found the reference documents and has a language model judge each answer for correctness and groundedness, logging the scores on the index version', 'an evaluation report'),
        ...promote,
      ];
    default:
      return [
        ...(ctx.includesDataPrep
          ? [
              step('load_and_clean', input, 'a cleaned dataset'),
              ...theirPreparation(ctx, MAX_STEPS - 4 - promote.length),
              step('prepare_training_data', `Computes the features${ctx.sources === UNNAMED_SOURCES ? '' : ` from ${ctx.sources}`} and splits by time into train and evaluation sets`, 'train and evaluation sets'),
            ]
          : [step('prepare_training_data', input, 'the fitted preprocessor and model-ready training matrices')]),
        step(
          'train_model',
          ctx.domain === 'forecasting'
            ? `Trains ${asNamed(ctx, 'the forecaster')} with rolling-origin backtests${fansOutTraining(ctx, ', one fold per fan-out step')}${trainsWith(ctx)}${takesOver(ctx, 'training')}`
            : `Trains ${asNamed(ctx, `a new \`${ctx.model}\` version`)} on the training split${fansOutTraining(ctx, ', fanning out one step per cross-validation fold')}${trainsWith(ctx)}${takesOver(ctx, 'training')}`,
          'the trained model',
        ),
        step('evaluate_model', `Scores the new version on the held-out data and logs ${measured(ctx, 'the metrics')} on it as \`${ctx.model}\` metadata${perVariety(ctx)}${againstBaseline(ctx)}${explainsErrors(ctx)}`, 'an evaluation report'),
        ...promote,
      ];
  }
}

/**
 * The preparation the user spelled out as steps of its own, else one step that turns the new records
 * into the model's input, in the team's words when they described it (`said`: their clause).
 */
function preparesInputs(ctx: StepContext, said: string | null): Step[] {
  const theirs = theirPreparation(ctx, MAX_STEPS - 3);
  if (theirs.length) return theirs;
  const how = said ? `, as the team does it today (“${said}”)` : ', with the schema checks folded in';
  return [step('prepare_inputs', `Turns the new records into the input ${ctx.given ?? ctx.model} is asked with${how}`, 'the prepared inputs')];
}

/**
 * `prepares`: the data work that feeds a model taken as given runs here, before the model
 * (givenModel.ts), with the clause that describes it when there is one; undefined when none does.
 */
/** Training's fan-out: over folds as the method has it, or over the groups the user trains one model each for ("per turbine type"). */
function fansOutTraining(ctx: StepContext, folds: string): string {
  if (!ctx.fanOut) return '';
  return ctx.fanOut === 'fold' || ctx.fanOut === 'trial' ? folds : `, fanning out one step per ${ctx.fanOut}, each fitted on that ${ctx.fanOut}'s data`;
}

/** Batch scoring the user split into units ("each chunk goes through …"): seed 003's map over them, then gathered back. */
function mapped(ctx: StepContext): string {
  return ctx.fanOut ? `, mapped as one step per ${ctx.fanOut} so they run side by side, with the outputs gathered back in order` : '';
}

export function inferenceSteps(ctx: StepContext, destination: string, prepares?: { said: string | null }): Step[] {
  // A model taken as given is run under the configuration evaluation promoted; there is no training feature logic to repeat.
  const loads = `Loads the production ${ctx.given ? 'configuration' : 'version'} of ${ctx.model} from the Model Control Plane and`;
  if (ctx.domain === 'extraction') {
    return [
      step('prepare_batch', `Lists the documents that arrived in ${ctx.sources} since the last run and runs OCR over each page`, 'OCR\'d pages with words and positions'),
      step('extract_fields', `${loads} ${ctx.given ? `has ${ctx.given} extract` : 'extracts'} the fields of each document, with a confidence per field${mapped(ctx)}${takesOver(ctx, 'scoring')}`, 'extracted fields per document'),
      ...explains(ctx),
      step('publish_extractions', `Writes the extracted fields to ${destination} with their confidence, so reviewers see the uncertain ones first, and logs counts per document type as run metadata`, 'the published extractions'),
    ];
  }
  if (ctx.domain === 'vision' && !ctx.given) {
    return [
      step('prepare_images', `Collects the images that arrived since the last run from ${ctx.sources} and resizes and normalises them the way training did`, 'a batch of prepared images'),
      step('predict', `${loads} classifies each image${mapped(ctx)}${takesOver(ctx, 'scoring')}`, 'predictions per image with their scores'),
      ...explains(ctx),
      step('publish_predictions', `Writes the predictions to ${destination} with their scores, so the least certain ones can be looked at first, and logs the count per class as run metadata`, 'the published predictions'),
    ];
  }
  return [
    step('prepare_batch', `Pulls the records that arrived since the last run from ${ctx.sources}${ctx.given ? '' : ' and applies the training feature logic'}`, ctx.given ? 'the batch of new records' : 'a scoring dataset'),
    ...(prepares ? preparesInputs(ctx, prepares.said) : []),
    step('predict', `${loads} ${ctx.given ? `runs ${ctx.given} on each ${ctx.fanOut ?? 'record of the batch'}` : ctx.fanOut ? `scores each ${ctx.fanOut}` : 'scores the batch'}${mapped(ctx)}${takesOver(ctx, 'scoring')}`, ctx.given ? `${ctx.given}'s output per ${ctx.fanOut ?? 'record'}` : 'a predictions table'),
    ...explains(ctx),
    ...decides(ctx),
    ...(ctx.afterModel ? [step('postprocess_outputs', `Turns ${ctx.given ? `${ctx.given}'s` : 'the model\'s'} raw output into what is published, as the team does it today (“${ctx.afterModel}”)`, 'the finished outputs')] : []),
    ...routesToReview(ctx),
    step('publish_predictions', `Writes the ${ctx.decision ? `decisions, with the ${ctx.given ? 'outputs' : 'predictions'} they came from,` : ctx.given ? 'outputs' : 'predictions'} to ${destination} and logs row counts and the ${ctx.given ? 'output' : 'score'} distribution as run metadata`, `the published ${ctx.decision ? 'decisions' : ctx.given ? 'outputs' : 'predictions'}`),
  ];
}

/** The explanations the team named, for the examples a version gets wrong: what the reviewer reads them with. */
function explainsErrors(ctx: StepContext): string {
  return ctx.explanations ? `, with the ${ctx.explanations} of the examples it gets wrong, so the reviewer sees why` : '';
}

/**
 * People review some outputs outside ZenML (the seed: a run never waits for a person): the batch
 * hands those to where the reviewers work and publishes the rest, and the next run reads the
 * decisions back. Extraction and image scoring publish with a confidence for the reviewers already.
 */
function routesToReview(ctx: StepContext): Step[] {
  if (ctx.review === undefined || ctx.review === null) return [];
  const which = ctx.review ? ` (“${ctx.review}”)` : '';
  return [step('route_to_review', `Sends the ${ctx.given ? 'outputs' : 'predictions'} that need a person${which} to where the reviewers work, with what the model saw, so the run ends without waiting for them`, 'the items sent for review')];
}

/** The optimizer's decision, made in the same batch from the predictions it decides from. */
function decides(ctx: StepContext): Step[] {
  if (!ctx.decision) return [];
  return [step(ctx.decision.step, `Makes the decision from this batch's ${ctx.given ? 'outputs' : 'predictions'}, as the team describes it (“${ctx.decision.said}”), and keeps the predictions each decision came from`, 'the decisions, each with the predictions it came from')];
}

/** The explanations the team named, computed beside each batch's predictions. */
function explains(ctx: StepContext): Step[] {
  if (!ctx.explanations) return [];
  return [step('explain_predictions', `Computes the ${ctx.explanations} for each prediction with the same \`${ctx.model}\` version, so whoever acts on one can see why the model made it`, `the ${ctx.explanations} per prediction`)];
}

export function deployedSteps(ctx: StepContext): Step[] {
  if (ctx.domain === 'documents') {
    return [
      step('embed_query', 'Validates the question and embeds it with the same model as the index', 'a query embedding'),
      step('retrieve_context', 'Looks up the closest chunks in the production index version', 'the retrieved passages'),
      step('generate_answer', 'Asks the language model for an answer grounded in the passages, with citations', 'the answer and its sources'),
    ];
  }
  if (ctx.given) {
    return [
      step('parse_request', `Validates the incoming request and builds the input ${ctx.given} is asked with`, 'the model input'),
      step('predict', `Runs ${ctx.given} on the input with the production configuration of ${ctx.model}, loaded once when the deployment starts`, `${ctx.given}'s output`),
      step('format_response', 'Adds the configuration version and the fields the caller needs', 'the HTTP response'),
    ];
  }
  return [
    ctx.domain === 'text'
      ? step('parse_request', 'Validates the incoming text and tokenizes it the way training did', 'the tokenized text')
      : step('parse_request', 'Validates the incoming payload and turns it into the features the model expects', 'a feature vector'),
    step('predict', `Scores the ${ctx.domain === 'text' ? 'tokenized text' : 'features'} with the production version of ${ctx.model}, loaded once when the deployment starts`, 'the prediction'),
    step('format_response', 'Adds the model version and the fields the caller needs', 'the HTTP response'),
  ];
}

/** For components that are pipelines but fit none of the standard kinds (e.g. a weekly drift report). */
export function otherSteps(name: string, ctx: StepContext): Step[] {
  return [
    step('collect_inputs', `Pulls what ${name.toLowerCase()} needs from ${ctx.sources} and the production version of ${ctx.model}`, 'an input snapshot'),
    step('compute_results', `Does the work of ${name.toLowerCase()} on the snapshot`, 'a results table'),
    step('publish_report', 'Writes a short report and logs the headline numbers as run metadata', 'a versioned report'),
  ];
}
