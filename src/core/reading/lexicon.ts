/**
 * The domain lexicon: the phrases an ML engineer uses for each of the seed's seven categories,
 * and which kind of component each phrase announces. Data, not if-chains: the reader walks this
 * table, and adding a phrase is adding a row.
 *
 * Where phrases overlap ("real-time retraining" contains "real-time"), the longest match wins,
 * as in a lexer, so the more specific reading is the one kept.
 */
import { NOT_A_PIPELINE, type NotAPipelineKind } from '../domain/notAPipeline';
import type { CategoryId, MentionedComponent } from './reading';
import { SOURCE_TOOL } from './tools';
import { INCOMING_PLACE } from './sourceNames';

/** Machines in the field a model runs on: a Jetson, a phone, a robot. */
export const FIELD_DEVICES = String.raw`(?:jetsons?|raspberry pis?|(?:industrial|line|edge|shop[- ]floor) pcs?|coral (?:boards?|devices?)|edge (?:boxes?|gateways?|servers?|computers?)|phones?|handsets?|robots?|drones?|vehicles?|cars?|cameras?|microcontrollers?|mcus?)`;

export type ComponentKind = MentionedComponent['kind'];

export interface Term {
  category: CategoryId;
  /** The component this phrase announces, if it names a unit of work. */
  kind?: ComponentKind;
  /** A short label used to name the component ("feature engineering"). */
  label: string;
  /** How the category lists it, when the user's words do not read as a noun ("on prem"). */
  phrase?: string;
  pattern: RegExp;
}

/** The not-a-pipeline table's own patterns, so the linter and the interview recognise the same phrases. */
function fromNotAPipeline(kind: NotAPipelineKind, category: CategoryId, component: ComponentKind, label: string): Term[] {
  const entry = NOT_A_PIPELINE.find((e) => e.kind === kind)!;
  return entry.patterns.map((pattern) => ({ category, kind: component, label, pattern }));
}

const W = String.raw`(?:[\w'+&-]+\s+){0,5}?`; // up to five filler words, lazily

/** What gets pulled or lands somewhere: the data, never the system it comes from. */
/** A noun that holds data of a kind and heads the phrase: "photo uploads", "order exports", "sensor logs". */
const DATA_CONTAINER = String.raw`(?:uploads?|submissions?|batches|dumps?|exports?|logs?|files?|records?|feeds?|snapshots?)`;
export const DATA_OBJECT = String.raw`(?:data|tables?|pages|dumps?|contracts|invoices|receipts|claims|files?|logs?|events?|records?|documents?|docs|pdfs?|transactions?|images?|photos?|scans?|tickets?|clicks?|clickstream|sales|emails?|rows|exports?|feeds?|orders|messages|videos?|frames|readings|reviews|impressions|everything|it all|all of (?:it|that|this|them)|transcripts?|history|conversations?|calls?|snapshots?|recordings?|audio|voicemails?|forms|samples)`;

/** What batch predictions are made for ("score all open loans", "forecasts for every store"). */
/** The records a team scores as a population: accounts, orders, listings. */
const POPULATION = String.raw`(?:customers?|users?|accounts?|transactions?|stores?|skus?|products?|records?|rows|items?|tickets?|images?|documents?|batch(?:es)?|data|subscribers?|members?|claims?|applications?|listings?|loans?|policies|patients?|orders?|sessions?|leads?|invoices?|devices?|machines?|assets?|merchants?|articles?)`;
/** What scoring is done to: the population's records, or candidates (which are evaluated as models, not scored as records). */
const ENTITY = String.raw`(?:${POPULATION.slice(3, -1)}|candidates?)`;
/**
 * A scheduled refresh over a whole population, or a scheduled batch over one, is its batch scoring:
 * "nightly refresh for the whole base", "a weekly re-score of all accounts", "a nightly batch over the catalogue".
 */
const REFRESHES_ALL = String.raw`(?:hourly|nightly|daily|weekly|monthly)\s+(?:(?:re-?fresh(?:es)?|re-?scor(?:e|es|ing)|re-?run)\s+(?:of|for|over|across)\s+(?:the\s+)?(?:whole|entire|full|all)\b|batch(?:\s+(?:run|job))?\s+(?:over|across)\s+(?:the|all|every|each|our)\b)`;
/**
 * Evaluating or assessing every one of a population is scoring it ("a monthly batch evaluates every
 * eligible account"); evaluating a model, its versions or its candidates stays evaluation.
 */
const JUDGES_EACH = String.raw`(?:evaluat|assess)(?:e|es|ed|ing) (?:all|every|each) (?:(?:of (?:the|our) )?[\w-]+\s+){0,2}?${POPULATION}\b`;

export const TERMS: readonly Term[] = [
  // --- data sources ---------------------------------------------------------------------------
  { category: 'dataSources', kind: 'ingestion', label: 'ingestion', pattern: /\b(?:data\s+)?ingest(?:ion|s|ed|ing)?\b/i },
  {
    category: 'dataSources',
    kind: 'ingestion',
    label: 'ingestion',
    pattern: new RegExp(
      String.raw`\b(?:pull(?:s|ed|ing)?|extract(?:s|ed|ing)?|collect(?:s|ed|ing)?|fetch(?:es|ed|ing)?|scrap(?:e|es|ed|ing)|sync(?:s|ed|ing)?|import(?:s|ed|ing)?|load(?:s|ed|ing)?|read(?:s|ing)?|grab(?:s|bed|bing)?|export(?:s|ed|ing)?|cop(?:y|ies|ying)|mov(?:e|es|ing)|replicat(?:e|es|ing)|get(?:s|ting)?|receiv(?:e|es|ing))\s+${W}${DATA_OBJECT}(?:\s+${DATA_CONTAINER})?\b`,
      'i',
    ),
  },
  { category: 'dataSources', kind: 'ingestion', label: 'ingestion', pattern: new RegExp(String.raw`\b${DATA_OBJECT}\s+${W}(?:land|lands|arrive|arrives|come in|comes in|get dumped|are dumped|is dumped|drop|drops|(?:come|comes|coming) (?:in )?from|(?:are|is|get|gets) (?:exported|dumped|synced|copied|pulled|streamed) (?:from|out of|into|to))\b`, 'i') },
  // "nightly dumps from postgres": data said to come from a named system.
  { category: 'dataSources', kind: 'ingestion', label: 'ingestion', pattern: new RegExp(String.raw`\b${DATA_OBJECT}\s+(?:from|out of)\s+(?:the\s+|our\s+|an?\s+)?(?:[\w-]+\s+)?(?:${SOURCE_TOOL})`, 'i') },
  // "card transactions from kafka in real time": a stream, whatever verb comes before it.
  { category: 'dataSources', kind: 'streaming', label: 'stream processing', pattern: new RegExp(String.raw`(?:\b(?:ingest|consum|pull|read|stream|get|receiv)\w*\s+${W})?\b(?:from|off|out of|through|via)\s+(?:the\s+|our\s+)?(?:kafka|kinesis|pub\/?sub|event hubs?|event streams?)(?:\s+(?:topics?|streams?))?\s+(?:in real[- ]?time|in realtime|continuously|as (?:they|it|events) (?:arrive|come in|happen))`, 'i') },
  { category: 'dataSources', label: 'database', pattern: /\b(?:databases?|db|sql server|oracle db|data ?warehouse|warehouse|data lake|lakehouse|delta lake|iceberg tables?)\b/i },
  { category: 'dataSources', label: 'bucket', pattern: /\b(?:s3|gcs|azure blob|blob storage|buckets?|object storage|data lake)\b/i },
  { category: 'dataSources', label: 'files', pattern: /\b(?:csvs?|csv files|parquet(?: files)?|json(?:l)? files|excel|spreadsheets?|pdfs?|sftp|file drops?|ftp)\b/i },
  { category: 'dataSources', label: 'API', pattern: /\b(?:from|via|through|call(?:s|ing)?)\s+(?:the\s+|their\s+|an?\s+|our\s+)?(?:[\w-]+\s+)?(?:rest\s+)?apis?\b|\b(?:third[- ]party|external|vendor|partner|public)\s+apis?\b/i },
  { category: 'dataSources', label: 'stream', pattern: /\b(?:event (?:queue|bus|stream|log)s?|message queues?|kafka(?: topics?)?|kinesis|pub\/?sub|rabbitmq|clickstream|event stream|webhooks?|sensor (?:data|readings)|iot)\b/i },
  { category: 'dataSources', label: 'records', pattern: /\b(?:transaction(?:al)? (?:data|history|logs?|records|table)|user (?:events|interactions|behaviou?r)|purchase history|crm|erp|sales (?:data|history)|support tickets|knowledge base|confluence|sharepoint|google drive|historical data|raw data|labeled data|training data|dicom|radiology reports)\b/i },

  // --- processing -----------------------------------------------------------------------------
  // "Clean" after an article or a degree word is the adjective ("a clean setup", "the clean data"), not the work.
  { category: 'processing', kind: 'processing', label: 'cleaning', pattern: /\b(?:(?<!\b(?:a|an|the|this|that|our|their|very|more|nice|really|so|fully)\s+)clean(?:s|ed|ing|up)?|data cleaning|cleanup|sanitiz\w*|fix(?:ing)? (?:the )?missing values|imput\w*)\b/i },
  { category: 'processing', kind: 'processing', label: 'preprocessing', pattern: /\b(?:pre-?process\w*|data processing|process(?:es|ing)? (?:the |all the |our )?(?:raw )?data|transform(?:s|ed|ing|ations?)?|normali[sz]\w*|aggregat\w*|join(?:s|ed|ing)? (?:it |them )?(?:with|to|together)|enrich\w*|resiz\w*|tokeni[sz]\w*|augment\w*|parse(?:s|d)? (?:the )?\w+|pars(?:ing)|ocr)\b/i },
  { category: 'processing', kind: 'processing', label: 'feature engineering', pattern: /\b(?:feature[- ]engineering|engineer(?:ing)? (?:the |some |new )?features|(?:compute|computes|computing|build|building|create|creating|generate|generating|extract|extracting|derive|deriving) (?:[\w-]+\s+){0,2}?features|featuri[sz]\w*|feature (?:pipeline|computation|extraction|generation))\b/i },
  { category: 'processing', kind: 'processing', label: 'deduplication', pattern: /\b(?:de-?dup\w*|duplicates?)\b/i },
  { category: 'processing', kind: 'processing', label: 'chunking', pattern: /\b(?:chunk(?:s|ed|ing)?|split(?:ting)? (?:them |the \w+ )?into (?:chunks|passages|pieces))\b/i },
  { category: 'processing', kind: 'processing', label: 'embedding', pattern: /\b(?:embed(?:s|ded|ding|dings)?|vectori[sz]\w*|vector (?:db|database|store|index)|index(?:ing)? (?:them|the \w+|it) (?:in|into))\b/i },
  { category: 'processing', kind: 'processing', label: 'data validation', pattern: /\b(?:data validation|validat(?:e|es|ing) (?:the |incoming |new )?(?:data|schema|inputs?)|schema (?:checks?|validation)|great expectations|data quality checks?)\b/i },
  // "Labelled" before a noun describes data that already has labels ("labelled outcomes"): no labelling work.
  // Labels a model infers or predicts ("infers speaker labels") are its output, not labelling work.
  { category: 'processing', kind: 'labeling', label: 'labeling', pattern: /\b(?:(?<!\b(?:infer|infers|inferred|inferring|predict|predicts|predicted|predicting|generates?|generated|generating|auto-?)\s*(?:[\w-]+\s+)?)label(?:s|ing|ling)|annotat(?:e|es|ing|ion|ions|ors?)\b|label studio|ground[- ]truth)\b|\b(?:labell?ed|annotated)\b(?!\s+(?:[a-z]+\s+)?(?:[a-z]+s|data|set|dataset|history|text|audio|video)\b)/i },

  // --- model work -----------------------------------------------------------------------------
  { category: 'modelWork', kind: 'training', label: 'training', pattern: /\b(?:re-?train(?:s|ed|ing)?|train(?:s|ed|ing)?|fit(?:s|ting)? (?:a|the|an|our) (?:[\w-]+ ){0,2}?(?:models?|mmm|regressions?|classifiers?|forecasters?)|model training)\b/i },
  // Document extraction runs a (pre-)trained layout model over documents: batch inference, even when the model was fine-tuned.
  { category: 'modelWork', kind: 'batch-inference', label: 'document extraction', pattern: /\b(?:(?:pre-?trained |fine[- ]?tuned |custom )?(?:layout ?lm\w*|donut|textract|form recogni[sz]er|document ai)|(?:document|field|entity|invoice|receipt|contract) extraction|extract(?:s|ed|ing)? (?:the )?(?:fields|entities|key[- ]values?|line items|totals))\b/i },
  // "An instruction-tuned LLM" names a kind of released model; "we instruction-tuned Llama" trains one.
  { category: 'modelWork', kind: 'training', label: 'fine-tuning', pattern: /\b(?:fine[- ]?tun\w*|lora|qlora|peft|instruction[- ]tun(?:e|es|ing|ed(?!\s+(?:[\w-]+\s+)?(?:llms?|models?|variants?|checkpoints?)\b))|rlhf|dpo)\b/i },
  { category: 'modelWork', kind: 'evaluation', label: 'evaluation', pattern: new RegExp(String.raw`\b(?:(?:measure|tell|know|check|find out|judge|assess|see) (?:whether|if|how) (?:it|this|they|that|the (?:model|tool|system|outputs?|answers?|results?|suggestions?))(?:['’]s| is| are| does| do| works?)? ?(?:any good|good enough|accurate|right|working|well|useful)\b|(?:measure|tell|know|check|find out|judge|assess|see) how (?:well|good|accurate|useful) (?:it|this|they|that|the (?:model|tool|system|outputs?|answers?|results?|suggestions?)) (?:is|are|works?|does|do|performs?)\b|(?:tell|know|see|measure|check|find out|judge) (?:whether|if) (?:an? |the |our |each |every )?(?:[\w-]+ ){0,4}?(?:changes?|versions?|prompts?|models?|releases?) (?:makes?|made|gets?|got|is|are) (?:[\w-]+ ){0,2}?(?:better|worse)|evaluat(?!\w* (?:all|every|each|the|a|an|this|that|its|their|incoming|new|live) (?:[\w-]+ ){0,2}?${POPULATION}\b)\w*|evals?|backtest\w*|benchmark(?:s|ing)? (?:the |our |each |every )?(?:models?|candidates?|versions?)|compar(?:e|es|ing|ison) (?:[\w"“”'‘’-]+\s+){0,5}?["“”'‘’]?(?:models?|versions?|runs?|experiments?|candidates?|against|vs\.?|versus)|champion[- \/]challenger|(?:llm|model)[- ]judges?|(?:llm|model)[- ]as[- ]an?[- ]judge|test (?:suites?|queries|cases|prompts)|holdout|validation (?:set|metrics)|metrics like \w+)\b`, 'i') },
  // "So every prompt change is scored before a live matter", "each model version gets tested on the gold set": changes judged before use.
  { category: 'modelWork', kind: 'evaluation', label: 'evaluation', pattern: /\b(?:every|each|any)\s+(?:[\w/-]+\s+){0,2}?(?:changes?|versions?|releases?|candidates?|updates?)\s+(?:is|are|gets?|must be|should be|will be|can be)\s+(?:re-?)?(?:scored|tested|evaluated|checked|benchmarked|measured|compared)\b(?:\s+(?:on|against|with)\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+)?/i },
  { category: 'modelWork', kind: 'tuning', label: 'hyperparameter tuning', pattern: /\b(?:hyper-?param\w*(?: tuning| search| optimi[sz]ation| sweeps?)?|hpo|grid search|random search|sweeps?|optuna|ray tune|(?<!fine[- ]?)tun(?:e|es|ing) (?:the |its |our |their )?(?:[\w-]+ )?(?:models?|params|parameters|detectors?|classifiers?|rankers?|forecasters?|regressors?|thresholds?|window sizes?))\b/i },
  { category: 'modelWork', label: 'ML task', pattern: /\b(?:sentiment analysis|(?:text |image |binary |multi-?class )?classification|classif(?:y|ies|ying)|object detection|anomaly detection|segmentation|forecasting|churn prediction|ranking model|recommend(?:er|ation) (?:model|system)|ml model|machine learning model|predictive model|marketing mix model\w*|mmm)\b/i },
  { category: 'modelWork', label: 'model', pattern: /\b(?:xgboost|lightgbm|catboost|random forest|gradient boost\w*|neural net\w*|cnn|resnet|yolo|u-?net|transformer|bert|llama|mistral|gpt|llms?|classifier|regressor|regression model|baseline model|two[- ]tower|collaborative filtering|prophet|arima|(?:off[- ]the[- ]shelf|pre-?trained) (?:[\w-]+ ){0,2}?models?)\b/i },

  // --- deployment -----------------------------------------------------------------------------
  {
    category: 'deployment',
    kind: 'batch-inference',
    label: 'batch predictions',
    pattern: new RegExp(
      String.raw`\b(?:${JUDGES_EACH}|${REFRESHES_ALL}|batch (?:predictions?|inference|scoring)|(?:predictions?|scor(?:es|ing)|decisions?|inference|recommendations?|forecasts?)\s+(?:are|is|get|gets|will be|run|runs)\s+(?:[\w-]+\s+)?in\s+(?:a\s+)?batch(?:es)?|(?:ranked|scored|prioriti[sz]ed)\s+["“]?(?:[\w-]+\s+)?(?:lists?|watch-?lists?|queues?|shortlists?)["”]?[^.;\n]{0,40}?\b(?:every|each|daily|nightly|weekly|monthly)\b|batch (?:jobs?|runs?|process)\b[^.;\n]{0,40}?\b(?:scor|predict|infer|classif)\w*|(?:scor(?:e|es|ing)|predict(?:s|ing)?(?: on| for)?) (?:all|every|each|the (?:whole|full|entire)|new|yesterday'?s|today'?s|tomorrow'?s) (?:[\w-]+\s+){0,2}?${ENTITY}|(?:scor(?:e|es|ing)|predict\w*|recommend\w*|rank\w*)\s+(?:[\w-]+\s+){0,3}?(?:for|of|on)\s+(?:all|every|each)\s+(?:[\w-]+\s+)?${ENTITY}|(?:nightly|daily|weekly|monthly|hourly) (?:predictions?|scor(?:es|ing)|forecasts?|inference|recommendations?)|(?:scor(?:e|es|ing)|predict(?:s|ing)?(?: on| for)?) (?:[\w-]+\s+){0,2}?${ENTITY}\s+(?:nightly|daily|weekly|monthly|hourly|every (?:night|day|week|month|hour|morning))|writ(?:e|es|ing) (?:the )?(?:predictions?|scores?|forecasts?|recommendations?) (?:back|to|into)|forecasts? (?:for|per) (?:each|every|all)|precomput\w* (?:the )?(?:recommendations?|predictions?|scores?))\b`,
      'i',
    ),
  },
  { category: 'deployment', kind: 'online-inference', label: 'real-time API', pattern: /\breal[- ]?time\s+(?:[\w-]+\s+){0,2}?(?:predictions?|inference|scor(?:e|es|ing)|api|serving|endpoint|recommendations?|responses?|classification|detection|decisions?|answers?|ranking|routing|lookups?)\b/i },
  // "Scored before a live matter": after a determiner, "live" describes a noun; it says nothing of how the scoring runs.
  { category: 'deployment', kind: 'online-inference', label: 'real-time API', pattern: /\b(?!servers?\b)(?:score|predict|classify|rank|recommend|detect|flag|route|answer|respond|serve|operat|pick)\w*\b[^,.;\n]{0,40}?\b(?:in real[- ]?time|in realtime|online|on the fly|per request|on (?:every|each) request|synchronously|(?<!\b(?:a|an|the|our|their|its|each|every|any|this|that|no) )live)\b/i },
  { category: 'deployment', kind: 'online-inference', label: 'serving endpoint', pattern: /\b(?:(?:rest|http|prediction|scoring|inference|model|serving|fastapi|grpc|online)\s+(?:api|endpoint|service|server)s?|(?:serve|serves|serving|expose|exposes|exposing|deploy|deploys|deploying|deployed|put|wrap)\s+(?:\w+\s+){0,3}?(?:behind|as|via|through|in)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:api|endpoint|service)|endpoints?|model serving|online (?:inference|serving|predictions?|scoring)|low[- ]latency|(?:chat ?bot|assistant|chat interface)s?|calls? (?:the|our|a) (?:model|api|endpoint)|an? (?:api|endpoint|service) (?:that|which|to) (?:returns?|serves?|gives?|answers?|scores?|predicts?|responds?|ranks?)|when(?:ever)? (?:the |a |an )?(?:app|page|user|customer|agent|website|site|visitor|client) (?:opens?|loads?|asks?|requests?|clicks?|visits?|submits?)|(?:answers?|answering|responds? to|responding to) (?:[\w-]+ ){0,2}?(?:questions|queries|requests|messages))\b/i },
  // A result wanted within a budget is request-time serving even without the word API ("needs a fraud score in under 100 ms").
  { category: 'deployment', kind: 'online-inference', label: 'real-time API', pattern: /\b(?:scor(?:e|es|ed|ing)|predictions?|decisions?|recommendations?|answers?|responses?|verdicts?|classifications?|rankings?)\b[^.;\n]{0,30}?(?:\b(?:in|within|under|below|less than)\s+(?:under\s+|less than\s+|about\s+|~\s?)?|<\s*)\d{1,5}\s*(?:ms|milliseconds?|s|secs?|seconds?)\b/i },
  // "train it and then deploy it": a model put into use; not a pipeline deployed to an orchestrator, an on-device export or a batch job.
  { category: 'deployment', kind: 'online-inference', label: 'model deployment', pattern: /(?<!\bpipelines?\b[^.;\n]{0,40})\b(?:deploy(?:s|ed|ing)?|ship(?:s|ped|ping)?)\s+(?:it|them|the (?:trained |best |final |new |winning )?models?)\b(?![^.;\n]{0,40}\b(?:on[- ]device|edge|mobile|phones?|tflite|core ?ml|onnx|batch(?:es)?|nightly|daily|weekly|cron)\b)/i },
  ...fromNotAPipeline('extreme-latency', 'deployment', 'online-inference', 'extreme-latency serving'),
  { category: 'deployment', kind: 'other', label: 'on-device model', pattern: /\b(?:on[- ]device|embedded (?:model|device)s?|edge devices?|on the edge|tflite|core ?ml)\b/i },
  // A model run on or pushed to machines in the field: "it runs on an NVIDIA Jetson next to each camera", "push it to the six Jetsons".
  { category: 'deployment', kind: 'other', label: 'on-device model', pattern: new RegExp(String.raw`\b(?:runs?|running|deployed|push(?:es|ed)?|ships?|shipped|install(?:s|ed)?|load(?:s|ed)?|inference|scoring)\s+(?:it\s+|them\s+|the (?:new )?models?\s+)?(?:back\s+)?(?:(?:in|on|at)\s+(?:the\s+)?[\w-]+,\s+)?(?:on|onto|to)\s+(?:an?\s+|the\s+|each\s+|every\s+|all\s+|our\s+)?(?:[\w-]+\s+){0,2}?${FIELD_DEVICES}\b`, 'i') },
  // "output them in a format the LTR plugin can load": the model leaves training as an export for what loads it.
  { category: 'deployment', kind: 'other', label: 'model export', pattern: /\b(?:output|export|save|convert|serializ\w*|package)\w*\s+(?:(?:the|our|each|every|trained|final|best)\s+)*(?:models?|them|it)\s+(?:in|to|into|as)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?format\b/i },
  // A mobile app runs the model only when nothing serves it: with an endpoint it is the client (see components.ts).
  { category: 'deployment', kind: 'other', label: 'mobile app', pattern: /\bmobile apps?\b/i },
  { category: 'deployment', label: 'deployment', pattern: /\b(?:deploy(?:s|ed|ing|ment)?|serv(?:e|es|ing)|in production|to production|productioni[sz]\w*|ship(?:s|ped|ping)? (?:it|the model))\b/i },

  // --- operations -----------------------------------------------------------------------------
  // Monitoring a feed, an inbox or a folder is watching for new items to ingest, not watching a model; a monitoring
  // programme, station or team watches the world ("the wildlife monitoring programme").
  {
    category: 'operations',
    kind: 'monitoring',
    label: 'monitoring',
    pattern: new RegExp(
      String.raw`\b(?:monitor(?:s|ed|ing)?(?!\s+(?:the\s+|our\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,3}?${INCOMING_PLACE}\b)(?!\s+(?:programmes?|programs?|projects?|officers?|teams?|networks?|stations?|sites?|plots?|wells?|visits?|campaigns?|centres?|centers?|rooms?|desks?|services?)\b)|observability|evidently|whylabs|arize|keep an eye on (?:the )?(?:model|performance|metrics|accuracy|quality)|track(?:ing)? (?:the )?(?:model(?:'s)? )?(?:performance|accuracy) (?:in|over|after)|(?:know|notice|see|find out|be told|hear) when (?:the |our |its )?(?:[\w-]+ )?(?:accuracy|performance|quality|precision|recall|error rate|model) (?:drops?|degrades?|falls?|slips?|gets? worse|goes? down))\b`,
      'i',
    ),
  },
  // A clock's drift ("±2s drift", "timestamp drift") is an error of time, not of the data a model sees.
  { category: 'operations', kind: 'monitoring', label: 'drift detection', pattern: /\b(?:(?:data|concept|model|feature|prediction) drift|(?<!\b(?:clock|time|timestamp|timing|sync|gps|\d+\s?(?:ms|s|secs?|seconds?|mins?|minutes?|h|hours?))\s)drift(?:s|ing)?(?: detection| checks?| reports?)?)\b/i },
  ...fromNotAPipeline('alerting', 'operations', 'alerting', 'alerting'),
  // A screen where people check or correct results: named for what it is, still a UI and not a pipeline.
  { category: 'operations', kind: 'dashboard', label: 'review UI', pattern: /\b(?:review|approval|correction|qa)\s+(?:ui|app|interface|screen|tool)\b/i },
  ...fromNotAPipeline('dashboard', 'operations', 'dashboard', 'dashboard'),
  { category: 'operations', kind: 'ab-testing', label: 'A/B testing', pattern: /\b(?:a\/b[- ]?test\w*|ab[- ]test\w*|split[- ]test\w*|canary(?: releases?| deployments?| rollouts?)?|shadow (?:mode|deployments?|traffic)|multi[- ]armed bandits?|online experiments?)\b/i },
  {
    category: 'operations',
    kind: 'retraining-trigger',
    label: 'retraining trigger',
    pattern: /\b(?:(?:automatic(?:ally)?|auto-?)\s*re-?train\w*|re-?train\w*\s+(?:\w+\s+){0,3}?(?:automatically|when(?:ever)?|if|once|on drift|as soon as|triggered)|trigger(?:s|ed|ing)? (?:a )?re-?train\w*|retraining triggers?|continuous (?:training|retraining)|(?:real[- ]?time|online|continuous|streaming|live) re-?train\w*|online learning)\b/i,
  },
  {
    // "train … whenever we have a few hundred new labels": a data-volume threshold is an automatic trigger too.
    category: 'operations',
    kind: 'retraining-trigger',
    label: 'retraining trigger',
    pattern: /\b(?:whenever|once|as soon as|every time|each time)\s+(?:we(?:'ve| have)?|there(?:'s| are| is))\s+(?:(?:have|got|get|collected|gathered|accumulated)\s+)?(?:(?:a few|several|enough|some|a couple(?: of)?)\s+)?(?:\d[\d,]*k?\s+|(?:hundred|thousand)s?\s+(?:of\s+)?)?(?:new|more|fresh)\s+(?:labels?|labell?ed\s+\w+|annotations?|samples?|images?|examples?|data|records?|rows?)\b/i,
  },
  { category: 'operations', kind: 'feature-store', label: 'feature store', pattern: /\b(?:feature[- ]store|feast|tecton|hopsworks)\b/i },
  ...fromNotAPipeline('cicd', 'operations', 'cicd', 'CI/CD'),
  { category: 'operations', kind: 'cicd', label: 'CI/CD', pattern: /\b(?:run(?:s|ning)?|execut\w*)\s+(?:the\s+|our\s+|all\s+)?(?:unit\s+|integration\s+)?tests\s+(?:on|for)\s+(?:every\s+|each\s+)?(?:commit|pr|pull request|merge|push)s?\b/i },

  // --- other work the seed classifies -------------------------------------------------------
  ...fromNotAPipeline('streaming', 'dataSources', 'streaming', 'stream processing'),
  { category: 'dataSources', kind: 'streaming', label: 'stream processing', pattern: /\b(?:spark streaming|flink|kafka streams|process(?:es|ing)? (?:the )?(?:events|messages|clicks|transactions) as they (?:arrive|come in|happen)|(?:real[- ]?time|streaming|online) features?(?: computation| pipeline)?)\b/i },
  ...fromNotAPipeline('migration', 'infrastructure', 'migration', 'one-off migration'),
  ...fromNotAPipeline('etl-no-ml', 'processing', 'etl-no-ml', 'ETL'),

  // --- existing infrastructure (tools are matched separately, see tools.ts) -----------------
  { category: 'infrastructure', label: 'existing code', pattern: /\b(?:(?:existing|current|old|our|my|a|some|bunch of|couple of|few)\s+(?:\w+\s+)?(?:scripts?|notebooks?|jupyter notebooks?|cron ?jobs?|bash scripts?|python scripts?|code ?base|repo(?:sitory)?)|notebooks?|cron)\b/i },
  // Said as a noun so prose can name it ("alongside on-premises servers", not "alongside on premises").
  { category: 'infrastructure', label: 'platform', phrase: 'on-premises servers', pattern: /\bon[- ]prem(?:ise|ises)?\b/i },
  { category: 'infrastructure', label: 'platform', pattern: /\b(?:cloud|aws|gcp|azure|gpus?|cluster|docker|containers?|terraform|helm|model registry|experiment tracking|orchestrator)\b/i },
];

/**
 * "The ad server decides in real time (<50 ms), but it only reads precomputed segments": the fast path
 * looks up what a batch computed ahead, so the budget is the reader's and no model answers per request.
 */
export const READS_AHEAD = /\b(?:reads?|reading|looks? up|fetch(?:es)?|pulls?|uses?)\s+(?:only\s+)?(?:the\s+|our\s+)?(?:pre-?(?:comput|calculat|generat|scor|rank)\w*|cached|stored)\b/i;

/**
 * Context that vetoes a kind in the same segment: "each step its own microservice behind a REST
 * API" is an architecture smell, not a model-serving endpoint.
 */
export const VETOES: readonly { kind: ComponentKind; context: RegExp }[] = [
  { kind: 'online-inference', context: /\bmicro-?services?\b/i },
  // "The vendor can take suggestions over an HL7 FHIR endpoint": an endpoint that receives the results is where they go, not serving.
  { kind: 'online-inference', context: /\b(?:take|takes|accept|accepts|receive|receives|ingest|ingests)\b[^.;]{0,40}\b(?:over|via|through)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:endpoint|api)\b/i },
  { kind: 'online-inference', context: READS_AHEAD },
  // "Labels: eta, ml, customer-comms": a ticket's tags, one word each, label no data.
  { kind: 'labeling', context: /\b(?:[Ll]abels?|[Tt]ags?)\s*:\s*[\w-]+(?:\s*,\s*[\w-]+)+(?=\s*$|\s+[A-Z])/ },
  // "We compared fine-tuned Llama 2 against GPT-4 and chose GPT-4": candidates weighed, not training the team does.
  { kind: 'training', context: /\b(?:compar|benchmark|evaluat|tested|tried)\w*\b[^.;]*\b(?:chose|picked|selected|went with|settled on|opted for)\b/i },
  // "our CI/CD already runs on GitHub Actions" is infrastructure they have, not work they want.
  { kind: 'cicd', context: /^(?!.*\b(?:want|need|would like|'d like|build|set up|add|should)\b).*\b(?:already|existing|we (?:run|use|have)|our ci)\b/i },
];

/** The base component name per kind; processing and ingestion names are built from their labels. */
export const KIND_NAMES: Record<ComponentKind, string> = {
  ingestion: 'Data ingestion',
  processing: 'Data processing',
  training: 'Model training',
  evaluation: 'Model evaluation',
  'batch-inference': 'Batch predictions',
  'online-inference': 'Real-time prediction API',
  streaming: 'Stream processing',
  dashboard: 'Dashboard',
  alerting: 'Alerting',
  monitoring: 'Model monitoring',
  cicd: 'CI/CD for model code',
  migration: 'One-off data migration',
  'etl-no-ml': 'ETL without ML',
  tuning: 'Hyperparameter tuning',
  'ab-testing': 'A/B testing',
  'feature-store': 'Feature store',
  'retraining-trigger': 'Automatic retraining trigger',
  labeling: 'Data labeling',
  'human-review': 'Human review',
  action: 'Actions on predictions',
  'future-work': 'Later extension',
  exploration: 'Exploration in notebooks',
  other: 'On-device model export',
};

/** Work of a kind the reader infers from a model's words ("using it to read the notes", a wished output), under its base name. */
export function componentFor(kind: ComponentKind, text: string, timing: Pick<MentionedComponent, 'cadence' | 'latencyMs'> = { cadence: null, latencyMs: null }): MentionedComponent {
  return { id: kind, name: KIND_NAMES[kind], text, kind, ...timing, owner: null };
}
