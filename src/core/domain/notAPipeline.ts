/**
 * The seed's "What does NOT belong in a ZenML pipeline" table (seed 001 wins over 000:
 * real-time is a deployed pipeline unless the budget is sub-10ms, and only after a benchmark).
 * Shared by the `not-a-pipeline` lint rule and the interview's classification.
 */

export type NotAPipelineKind =
  | 'extreme-latency'
  | 'streaming'
  | 'etl-no-ml'
  | 'migration'
  | 'dashboard'
  | 'alerting'
  | 'cicd';

export interface NotAPipelineEntry {
  kind: NotAPipelineKind;
  label: string;
  /** Why it is not a pipeline: the concrete cost. */
  why: string;
  /** What to use instead. */
  alternative: string;
  /** Phrases that describe this kind of component (case-insensitive). */
  patterns: readonly RegExp[];
  /**
   * The alternative's own product names ("GitHub Actions"): a pipeline named after one is this kind,
   * but a user naming one ("we run Kubernetes with GitHub Actions") names existing infrastructure,
   * not work they want built.
   */
  products?: readonly RegExp[];
}

export const NOT_A_PIPELINE: readonly NotAPipelineEntry[] = [
  {
    kind: 'extreme-latency',
    label: 'Extreme-latency serving (sub-10ms, HFT, video frames)',
    why: 'even with materialization disabled, per-request overhead may be too high for a single-digit-millisecond budget',
    alternative:
      'a dedicated serving framework (TorchServe, Triton or a plain FastAPI service) fed by the training pipeline, but benchmark a deployed pipeline with materialization disabled first',
    patterns: [
      /\bsub[- ]?(?:[1-9]|10)\s*ms\b/i,
      /\b(?:under|below|less than|<)\s*(?:[1-9])\s*(?:ms|milliseconds?)\b/i,
      /\bhigh[- ]frequency trading\b/i,
      /\bHFT\b/,
      /\b(?:real[- ]time|live) video(?: frame)?(?: processing)?\b/i,
      /\bper[- ]frame\b/i,
      /\bvideo frames?\b/i,
    ],
  },
  {
    kind: 'streaming',
    label: 'Continuous data streaming',
    why: 'pipelines are batch-oriented, not stream processors: a pipeline that never ends has no run to debug, cache or rerun',
    alternative: 'Kafka, Flink or Spark Streaming, with periodic pipeline runs on the accumulated batches',
    patterns: [
      /\bstream(?:ing)?\s+(?:processing|processor|ingestion|job|consumer)\b/i,
      /\bcontinuous(?:ly)?\s+(?:stream|ingest|consum|process)\w*/i,
      /\bconsum\w*\s+(?:from\s+)?(?:a\s+|the\s+)?(?:kafka|kinesis|pub\/?sub|event hub)/i,
      /\b(?:kafka|kinesis|flink)\s+(?:consumer|stream|topic)s?\b/i,
      /\bprocess(?:es|ing)? (?:each|every) event as it arrives\b/i,
    ],
  },
  {
    kind: 'etl-no-ml',
    label: 'Simple ETL with no ML',
    why: 'with no model, no ML artifacts and no need to version or compare outputs, a pipeline adds tracking you will not use',
    alternative: 'Airflow, Prefect, dbt or a cron job (ZenML is fine too if the team already runs it)',
    patterns: [/\b(?:plain|simple|pure|basic)\s+ETL\b/i, /\bETL\b(?=[^.]*\bno (?:ml|model)\b)/i, /\bcopy (?:tables?|data) (?:nightly|daily|every)\b/i],
  },
  {
    kind: 'migration',
    label: 'One-off data migration',
    why: 'it runs once: nothing is repeatable and no artifact is worth tracking',
    alternative: 'a script, run once and kept in the repository',
    patterns: [/\bone[- ](?:off|time)\s+(?:data\s+)?(?:migration|backfill|import|export|move)\b/i, /\bmigrat(?:e|ion|ing)\b[^.]*\b(?:once|one[- ]off|legacy|old (?:warehouse|database|db))\b/i, /\bbackfill once\b/i],
  },
  {
    kind: 'dashboard',
    label: 'Dashboard / UI',
    why: 'it is not a computation workflow: a UI serves people continuously, a pipeline runs and ends',
    alternative: 'Streamlit, Grafana or your frontend framework, reading the artifacts and metadata the pipelines produce',
    patterns: [/\bdashboards?\b/i, /\bstreamlit\b/i, /\b(?:web|admin|review|labelling|labeling)\s+(?:ui|app|interface|frontend)\b/i, /\bfront[- ]?end\b/i],
  },
  {
    kind: 'alerting',
    label: 'Alerting / monitoring service',
    why: 'it must run continuously, not in batches: an alert that waits for the next pipeline run arrives late',
    alternative: 'PagerDuty, Grafana alerts or a custom monitoring service',
    patterns: [/\balert(?:s|ing)?\b/i, /\b(?:rais(?:e|es|ed|ing)|sound(?:s|ed|ing)?) (?:an? |the )?alarms?\b/i, /\bpag(?:e|ing) (?:the )?on[- ]call\b/i, /\bpagerduty\b/i, /\b(?:24\/7|continuous|live|real[- ]time)\s+monitoring\b/i, /\bmonitoring (?:service|system)\b/i,
      // "ping me in Slack if the rate jumps", "notify the on-call team when a sensor goes quiet": being told when something happens.
      /\b(?:ping|notify|page|text|warn|message)\s+(?:me|us|them|him|her|(?:the\s+)?(?:[\w-]+\s+)?(?:team|on-?call|leads?|managers?|owners?))\b[^.;\n]{0,40}?\b(?:if|when(?:ever)?|as soon as)\b/i],
  },
  {
    kind: 'cicd',
    label: 'CI/CD for model code',
    why: 'it has a different lifecycle from model training: it runs on commits, not on data',
    alternative: 'GitHub Actions or GitLab CI',
    patterns: [
      /\bCI\s*\/\s*CD\b/i,
      /\bci(?: pipeline)?\b(?=[^.]*\b(?:tests?|lint|build|commit|merge|pr)\b)/i,
      /\brun (?:the )?(?:unit )?tests on (?:every )?(?:commit|pr|pull request|merge)\b/i,
      // Tests that run on every change to the code: "unit-test assertions that run on every change".
      /\b(?:unit[- ]tests?|tests?|assertions?)\b[^.;]{0,60}?\b(?:runs?|running|ran|executed?)\s+on\s+(?:every|each)\s+(?:code\s+)?(?:change|commit|pr|pull request|merge|push)e?s?\b/i,
    ],
    products: [/\bgithub actions\b/i, /\bgitlab ci\b/i, /\bjenkins\b/i],
  },
];

/** The not-a-pipeline kind a piece of prose describes, if any (first match in table order). */
export function matchNotAPipeline(text: string): NotAPipelineEntry | null {
  return NOT_A_PIPELINE.find((entry) => [...entry.patterns, ...(entry.products ?? [])].some((p) => p.test(text))) ?? null;
}

/**
 * Consuming a stream one message at a time, however it is worded: "message by message", "one
 * event at a time", "each message from the topic", "subscribes to the topic", "for every incoming
 * event". Unlike a passing mention of a stream ("reads the batch the Kafka consumer landed"), this
 * is the pipeline's own job, whatever it does with each message.
 */
export const PER_MESSAGE: readonly RegExp[] = [
  /\b(?:message|event|record)[- ]by[- ](?:message|event|record)\b/gi,
  /\b(?:one|a\s+single)\s+(?:message|event|record)\s+at\s+a\s+time\b/gi,
  /\b(?:each|every)\s+(?:incoming\s+|new\s+)?(?:[a-z]+\s+)?(?:message|event|record)\s+(?:as\s+(?:soon\s+as\s+)?it\s+(?:arrives|lands|comes\s+in)|(?:from|on|off)\s+the\s+(?:[a-z0-9/-]+\s+){0,2}?(?:topic|queue|stream))\b/gi,
  /\b(?:subscribes?|subscribed|listens?|listening)\s+(?:to|on)\s+(?:the\s+|a\s+)?(?:[a-z0-9/-]+\s+){0,2}?(?:topic|queue|stream)s?\b/gi,
  /\b(?:on|for)\s+(?:each|every)\s+(?:incoming\s+|new\s+)?(?:kafka\s+|pub\/?sub\s+|kinesis\s+|queue\s+)?message\b/gi,
];
