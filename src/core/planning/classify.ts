/**
 * Phase 2: the recommended bucket for each component, with the reason in the seed's words and,
 * for what is not a pipeline, the alternative from the seed's table. Seed 001 wins on real-time:
 * a deployed pipeline (`pipeline.deploy()`) serves most real-time needs; only sub-10 ms, HFT or
 * video-frame serving goes to dedicated serving, and only after a benchmark.
 */
import { budget as budgetText, escapeRegExp } from '../words';
import { servingTheyRun } from '../reading/serving';
import { NOT_A_PIPELINE, type NotAPipelineKind } from '../domain/notAPipeline';
import { redFlag } from '../domain/redFlags';
import type { Bucket, ClassifiedComponent } from './proposals';
import type { MentionedComponent, Reading } from '../reading/reading';
import { saysUndecided } from '../reading/segments';
import { isPersonWord } from '../reading/frames';
import { PARKED_ID, RULED_OUT_ID } from '../reading/outOfScope';
import { namesAModel } from '../reading/models';
import { findTools } from '../reading/tools';

/** At or under this budget (ms) even a tuned deployed pipeline is unlikely to fit (seed 001). */
export const EXTREME_LATENCY_MS = 10;

interface Verdict {
  bucket: Bucket;
  reason: string;
  alternative?: string;
}

const PIPELINE_REASONS: Partial<Record<MentionedComponent['kind'], string>> = {
  ingestion:
    'Batch and repeatable: each run lands a new slice of data as a versioned artifact, and when ingestion fails at 2 AM you see which step failed and rerun from there.',
  processing:
    'Batch work whose outputs (cleaned data, features, chunks) are worth versioning and comparing across runs; caching skips it when the inputs have not changed.',
  training:
    'The heart of a pipeline: repeatable, multi-step, and every run produces a model version in the Model Control Plane that you can compare and promote.',
  evaluation:
    'Belongs with training: the evaluation step decides whether a new model version gets promoted, and its metrics are tracked per version.',
  'batch-inference':
    'Scheduled batch predictions are a classic pipeline: load the production model from the Model Control Plane, score the new batch, store the predictions as an artifact.',
  labeling:
    'Importing a labelled batch is batch work whose output, a labelled dataset version, is worth tracking; the annotation itself stays in your labeling tool.',
  other: 'Exporting the model for the device is the last step of the training pipeline: the exported file is versioned with the model it came from.',
  monitoring:
    'A scheduled drift check is batch work: it reads a window of predictions and produces a drift report worth comparing across runs. Live alerts on top of it belong in Grafana or PagerDuty.',
};

const DEFER_REASONS: Partial<Record<MentionedComponent['kind'], string>> = {
  tuning:
    "Gray area: start with a fixed training pipeline and add tuning later. A tuning pipeline built first is complexity before you know what the baseline scores; when it comes, it is a simple fan-out over trials.",
  'ab-testing':
    'Gray area: A/B testing needs two models worth comparing and traffic splitting in the serving layer; build it once the first model is in production.',
  'feature-store': `Gray area: ${redFlag('feature-store-mvp').advice}`,
  'retraining-trigger':
    'Manual triggers are fine for v1: start with a training pipeline you run by hand or on a schedule, and add drift-based or automatic triggering once its runs are boring. Scheduled retraining covers most needs.',
  monitoring:
    "Drift detection comes after a training pipeline that runs reliably: defer it. When it comes, a scheduled drift check is a pipeline, while live alerts belong in Grafana or PagerDuty.",
};

/**
 * The feature store the team already runs ("the existing Feast store backed by Redis", "our Tecton
 * features"): the seed's gray area is about adding one, so one in place is kept and read, never rebuilt.
 */
const STORE = String.raw`(?:feast|tecton|hopsworks|feature[- ]stores?)`;
const STORE_IN_PLACE = new RegExp(String.raw`\b(?:existing|our|already|currently|in production|(?:we|they)\s+(?:already\s+)?(?:use|run|have|operate))\b(?:\s+[\w-]+){0,3}?\s+${STORE}\b|\b${STORE}(?:\s+[\w-]+){0,2}?\s+(?:(?:is|are)\s+already|we\s+already)\b`, 'i');
const FEATURE_STORE_KEPT =
  'A feature store serves features; it is no workflow. You already run one, so the pipelines read from it and nothing is built for it: the warning against a feature store in an MVP is about adding one, not using the one in place.';

function featureStoreTheyRun(text: string): string | null {
  if (!STORE_IN_PLACE.test(text) || redFlag('feature-store-mvp').patterns.some((p) => p.test(text))) return null;
  // "the Vertex AI Feature Store we already have": a cloud's store is named by its product words.
  const product = findTools(text).find((t) => t.name === 'Feast' || t.name === 'Tecton')?.name ?? /\bhopsworks\b/i.exec(text)?.[0] ?? /\b(?:[A-Z][\w-]*\s+){1,3}Feature Store\b/.exec(text)?.[0];
  return product ?? 'your feature store';
}

/** The seed's gray area, for tuning the team asked for: add it later, as a fan-out over candidates. */
const TUNING_ASKED =
  'You asked for tuning, so it gets a pipeline of its own, after the fixed pipeline it reuses: the seed\'s advice is to start with a fixed pipeline and add tuning later, and a search is a simple fan-out over candidate settings.';

/** Kinds the seed's table does not list, placed by its principle: a pipeline is batch work that produces artifacts. */
const OUTSIDE_PIPELINES: Partial<Record<MentionedComponent['kind'], Verdict>> = {
  'human-review': {
    bucket: 'not-a-pipeline',
    reason: 'People deciding is not a computation workflow: a pipeline run cannot wait days for a reviewer. A step publishes what needs review, and the next run reads the decisions back as labels.',
    alternative: 'the review queue or internal tool your reviewers already use (or Label Studio / Argilla), fed by a publish step and read back by the next run',
  },
  action: {
    bucket: 'not-a-pipeline',
    reason: 'Acting on a prediction (blocking, notifying, remediating) happens per event in the system that owns the action; a pipeline only produces and publishes the scores it acts on.',
    alternative: 'the system that owns the action (your rules engine, operations automation or the product itself), reading the published predictions',
  },
  exploration: {
    bucket: 'not-a-pipeline',
    reason: 'Exploration is interactive: trying features, encodings and models in a notebook is how you find what works, and a pipeline around it would slow every try. A pipeline makes a workflow that already works reproducible.',
    alternative: 'the notebooks, kept for exploration; the pipeline starts from the code once a notebook produces a useful result',
  },
  'future-work': {
    bucket: 'defer',
    reason: 'You put this off yourself: it stays under Deferred so it is not forgotten, and the first version is built for the case you have now, with a parameter where the later cases will differ.',
  },
};

const TABLE_KINDS: Partial<Record<MentionedComponent['kind'], NotAPipelineKind>> = {
  streaming: 'streaming',
  dashboard: 'dashboard',
  alerting: 'alerting',
  cicd: 'cicd',
  migration: 'migration',
  'etl-no-ml': 'etl-no-ml',
};

/** Kinds that mean the project has a model in it (no model → the seed's "ETL with no ML" row applies). */
const ML_KINDS = new Set<MentionedComponent['kind']>([
  'training', 'evaluation', 'tuning', 'batch-inference', 'online-inference', 'retraining-trigger', 'ab-testing', 'monitoring', 'labeling', 'other',
]);

export function classify(reading: Reading): ClassifiedComponent[] {
  return reading.components.map((c) => {
    const v = verdict(c, reading);
    return {
      id: c.id,
      name: c.name,
      text: c.text,
      bucket: v.bucket,
      recommended: v.bucket,
      reason: v.reason,
      ...(v.alternative ? { alternative: v.alternative } : {}),
    };
  });
}

/** The user moved items on the board: their choice wins, unknown ids are ignored. */
export function applyBucketChoices(
  components: readonly ClassifiedComponent[],
  choices: Readonly<Record<string, Bucket>>,
): ClassifiedComponent[] {
  return components.map((c) => (Object.hasOwn(choices, c.id) ? { ...c, bucket: choices[c.id]! } : c));
}

/**
 * The user put it off themselves: "one day we'd like to …, but not now", "eventually", "maybe later",
 * or a possibility for later ("might fine-tune it for Spanish later"), or work that waits on evidence
 * after it ("add a re-ranker once we have baseline numbers"; a "once" opening the sentence only orders steps).
 */
const LATER =
  /\b(?:one day|some ?day|eventually|maybe later|later on|at some point|in the future|down the (?:road|line)|long(?:er)?[- ]term|nice to have|not (?:now|yet|right now|for now|for v1|in v1|in the first version|(?:on )?day one)|(?:phase|v) ?2|(?:add|do|build|tackle|look at|worry about|get to) (?:[\w-]+ ){0,3}?later|(?:might|may|could|maybe|perhaps) [^.;]{0,80}?\blater|park(?:ed|ing)? (?:it |this |that )?(?:for|until|till) (?:week|phase|later|next|v\d|q\d)|(?<=[\w)]\s+)once (?:we|they|the team)(?:['’]ve|\s+(?:have|get|see|know|hit|reach|prove|trust))\b)\b/i;

const PUT_OFF =
  'You put this off yourself, so it is deferred: it stays in the document under Deferred so it is not forgotten, and nothing is built for it in the first version.';

const RULED_OUT =
  'You ruled this out yourself: it is listed under Deferred so nobody builds it by accident, and no pipeline of the first version makes room for it.';

const UNDECIDED_REASON =
  'You have not decided this yet, so it is deferred: it stays in the document under Deferred as a decision to make once the first pipeline runs, and nothing is built for it in the first version.';

function verdict(c: MentionedComponent, reading: Reading): Verdict {
  if (c.id === RULED_OUT_ID) return { bucket: 'defer', reason: RULED_OUT };
  if (c.id === PARKED_ID || LATER.test(c.text)) return { bucket: 'defer', reason: PUT_OFF };
  if (saysUndecided(c.text)) return { bucket: 'defer', reason: UNDECIDED_REASON };
  const hasMl = (reading.categories.modelWork ?? []).length > 0 || reading.components.some((k) => ML_KINDS.has(k.kind));
  if (c.kind === 'etl-no-ml' || (!hasMl && (c.kind === 'ingestion' || c.kind === 'processing'))) return etl(reading);
  if (c.kind === 'online-inference') return serving(c, reading);
  if (c.kind === 'monitoring') return monitoring(c);
  if (c.kind === 'feature-store') {
    const store = featureStoreTheyRun(c.text);
    if (store) return { bucket: 'not-a-pipeline', reason: FEATURE_STORE_KEPT, alternative: `${store}, which you already run: the training pipeline reads point-in-time features from it, and it keeps serving request-time features` };
  }
  const outside = OUTSIDE_PIPELINES[c.kind];
  if (outside) return outside;
  const table = TABLE_KINDS[c.kind];
  if (table) return keepTheirs(notAPipeline(table), c, reading);
  // Tuning the team asks for is theirs: a pipeline after the fixed one it reuses, never its replacement.
  if (c.kind === 'tuning' && reading.wishedKinds.includes('tuning')) return { bucket: 'pipeline', reason: TUNING_ASKED };
  const defer = DEFER_REASONS[c.kind];
  if (defer) return { bucket: 'defer', reason: defer };
  return { bucket: 'pipeline', reason: PIPELINE_REASONS[c.kind] ?? PIPELINE_REASONS.processing! };
}

/**
 * A system the user already runs for this job ("our Superset dashboard", "over Kafka") is kept,
 * named first, instead of a generic suggestion (seed: respect existing work).
 */
function keepTheirs(v: Verdict, c: MentionedComponent, reading: Reading): Verdict {
  // Only a system that does this job: data a migration moves *from* is not the tool that moves it, and
  // what the work is built *with* ("a dashboard with Superset") outranks what it sits on ("on top of Redshift").
  const rank = (role: string) => ['tool', 'named', 'destination', 'platform'].indexOf(role);
  const named = reading.systems
    // A name, or a system described around one ("internal Streamlit app"; not "a different Kafka log").
    // A person is no system to keep: "a dashboard for the CX director" names who reads it.
    // "Dashboard is Power BI": a kind's own noun, capitalised where a sentence opens, names no product.
    .filter((s) => (/^[A-Z0-9]/.test(s.name) || (/\b[A-Z0-9]/.test(s.name) && SYSTEM_HEAD.test(s.name))) && !(/^\S+$/.test(s.name) && SYSTEM_HEAD.test(s.name) && !/[A-Z].*[A-Z]/.test(s.name)))
    // A model named in the clause ("summaries from GPT-4o for the supervisor dashboard") makes the content, it is no screen.
    // The team's own model by its name ("CXR-Prio flag rate dropped") is no tool either.
    .filter((s) => rank(s.role) >= 0 && c.text.includes(s.name) && !isPersonWord(s.name.split(/\s+/).at(-1) ?? '') && !namesAModel(s.name) && !reading.models.some((m) => new RegExp(String.raw`^${escapeRegExp(m.name)}\b`, 'i').test(s.name)))
    // "Kafka topic", "Pub/Sub event": a product with the kind of thing it carries is the product.
    .map((s) => ({ ...s, name: productOf(s.name.replace(/['’]s\s.*$/, '')) }))
    // A team ("Design"), an event ("the S4 launch") or a shouted status ("RUNNING") in the clause is no system to keep.
    .filter((s) => !NOT_A_SYSTEM.test(s.name) && !SHOUTED.test(s.name));
  if (!v.alternative) return v;
  const screen = SCREEN_OR_ALERT[c.kind];
  if (screen) {
    const kept = screenOrAlertTool(screen, named.map((s) => s.name), c.text);
    return kept ? { ...v, alternative: `${/^[a-z]/.test(kept) ? `your ${kept}` : kept}, which you already use (${v.alternative})` } : v;
  }
  // "Yelp's in-house streaming pipeline": the possessor owns the system, the phrase after it is the system.
  const owned = named.map((s) => ownedBy(s.name, c.text)).find((phrase) => phrase !== null);
  const theirs = named.filter((s) => ownedBy(s.name, c.text) === null).sort((a, b) => rank(a.role) - rank(b.role))[0];
  if (theirs) return { ...v, alternative: `${/^[a-z]/.test(theirs.name) ? `your ${theirs.name}` : theirs.name}, which you already use (${v.alternative})` };
  return owned ? { ...v, alternative: `your ${owned}, which you already run (${v.alternative})` } : v;
}

/** A screen or an alert channel: the nouns that name one, and the catalogued products built for it. */
const SCREEN_OR_ALERT: Partial<Record<MentionedComponent['kind'], { nouns: string; products: ReadonlySet<string> }>> = {
  dashboard: { nouns: 'dashboards?|reports?|reporting|screens?|views?|ui', products: new Set(['Grafana', 'Tableau', 'Looker', 'Streamlit', 'Datadog']) },
  alerting: { nouns: 'alerts?|alerting|pages?|paging|notifications?|on-?call', products: new Set(['PagerDuty', 'Grafana', 'Datadog', 'Prometheus']) },
};

/**
 * The screen or alert tool a clause names: a system said with the kind's noun ("the Grafana
 * dashboards", "alerts go out via Opsgenie", "dashboard (built on Superset)", "our review UI"), else a catalogued
 * product for the job. What a dashboard reads or an alert is about ("dashboards on Timestream",
 * "alert if the nightly extract is stale", "the HL7 message … a dashboard") is no tool of theirs.
 */
function screenOrAlertTool(screen: { nouns: string; products: ReadonlySet<string> }, names: readonly string[], text: string): string | null {
  // How closely each name is tied to the screen: the tool in brackets after it ("dashboard in the control room (Power BI)")
  // first, then the name before the noun ("the Grafana dashboards"), then the name after a preposition ("alerts go to Slack").
  const tie = (name: string): number => {
    const n = escapeRegExp(name);
    // "our review UI", "the Power BI report": the name is the screen itself; a screen of no product is theirs only when they say so.
    const bare = name.replace(new RegExp(String.raw`\s*\b(?:${screen.nouns})$`, 'i'), '');
    if (bare !== name) return /\b[A-Z0-9]/.test(bare) || new RegExp(String.raw`\b(?:our|their|existing|current|in-house)\s+${n}\b`, 'i').test(text) ? 1 : -1;
    if (new RegExp(String.raw`\b(?:${screen.nouns})\b[^()\n.;]{0,40}\(\s*(?:built\s+(?:in|with|on)\s+|in\s+)?${n}\b`, 'i').test(text)) return 0;
    if (new RegExp(String.raw`\b${n}(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:${screen.nouns})\b`, 'i').test(text)) return 1;
    return new RegExp(String.raw`\b(?:${screen.nouns})[\s(]+(?:[\w-]+\s+){0,4}?(?:in|with|using|via|through|to|into|built\s+(?:in|with|on)|is|are)\s+(?:the\s+|our\s+|an?\s+)?${n}\b`, 'i').test(text) ? 2 : -1;
  };
  // "Airflow -> Opsgenie -> PagerDuty" is a chain of systems, no one of them.
  const tied = names.filter((name) => !/->|→/.test(name)).map((name) => ({ name, rank: tie(name) })).filter((t) => t.rank >= 0).sort((a, b) => a.rank - b.rank)[0]?.name;
  return tied ?? findTools(text).find((t) => screen.products.has(t.name))?.phrase ?? null;
}

const NOT_A_SYSTEM = /^(?:noc|soc|it|helpdesk|service desk|design|sales|marketing|finance|legal|privacy|security|product|engineering|ops|operations|support|compliance|procurement|hr|research|leadership|management)$|\b(?:launch|launches|release|season|rollout|migration|outage|incident|meeting|review|sprint|quarter|conference|event)$/i;
/** A long word in capitals is a word shouted ("RUNNING"); product acronyms are short ("SQS", "WMS"). */
const SHOUTED = /^[A-Z]{6,}$/;

/** The product a name opens with, when a generic noun follows it ("Kafka topic" → Kafka). */
function productOf(name: string): string {
  const tool = findTools(name).find((t) => t.index === 0 && t.phrase.length < name.length && /^\s+[a-z]+$/.test(name.slice(t.phrase.length)));
  return tool ? tool.phrase : name;
}

const SYSTEM_HEAD = /\b(?:app|application|service|tool|platform|dashboard|portal|system|ui|frontend)$/i;
const SYSTEM_NOUN = String.raw`(?:pipeline|platform|system|service|stack|workflow|infrastructure|engine|cluster|tool)s?`;

/** The system a name owns in the text ("Yelp's in-house streaming pipeline" → "in-house streaming pipeline"), or null. */
function ownedBy(name: string, text: string): string | null {
  const m = new RegExp(String.raw`\b${escapeRegExp(name)}['’]s\s+((?:[\w-]+\s+){0,7}?${SYSTEM_NOUN})\b`).exec(text);
  return m ? m[1]! : null;
}

function notAPipeline(kind: NotAPipelineKind, prefix = ''): Verdict {
  const entry = NOT_A_PIPELINE.find((e) => e.kind === kind)!;
  return { bucket: 'not-a-pipeline', reason: `${prefix}${capitalize(entry.why)}.`, alternative: entry.alternative };
}

function etl(reading: Reading): Verdict {
  if (reading.usesZenml) {
    return {
      bucket: 'pipeline',
      reason:
        'Data work with no model in it: a lighter tool (Airflow, Prefect, dbt, cron) would do, but you already run ZenML, so a pipeline keeps everything in one place.',
    };
  }
  return notAPipeline('etl-no-ml', 'No model is involved: ');
}

function serving(c: MentionedComponent, reading: Reading): Verdict {
  const budget = c.latencyMs ?? reading.latencyMs;
  const extreme = NOT_A_PIPELINE.find((e) => e.kind === 'extreme-latency')!;
  if ((budget !== null && budget <= EXTREME_LATENCY_MS) || extreme.patterns.some((p) => p.test(c.text))) {
    const said = budget !== null ? `A ${budgetText(budget)} budget: ` : 'At this latency (HFT, video frames): ';
    return { bucket: 'not-a-pipeline', reason: `${said}${extreme.why}. Benchmark first: a tuned deployed pipeline may still fit.`, alternative: extreme.alternative };
  }
  // Seed: respect existing work. Serving they run or chose (Seldon, KServe, BentoML, "our Flask API") stays theirs and loads `production`.
  const theirs = servingTheyRun(reading);
  if (theirs) {
    return {
      bucket: 'not-a-pipeline',
      reason: `You serve with ${theirs}: keep it. A deployed pipeline would be a second serving stack to run; ${theirs} loads the \`production\` model version the training pipeline promotes, so a promotion reaches it without code changes.`,
      alternative: `${theirs}, which you already use, loading the \`production\` version from the Model Control Plane`,
    };
  }
  const base =
    'Real-time requests fit a deployed pipeline: pipeline.deploy() serves it over HTTP, which covers most real-time needs. Benchmark it with realistic payloads and disable materialization to cut per-request latency before ruling ZenML out.';
  const tail =
    budget !== null
      ? ` Hold the benchmark to your ${budgetText(budget)} budget.`
      : ' The latency budget is unknown: ask for it, since only a sub-10 ms SLA (HFT, video frames) would call for dedicated serving.';
  return { bucket: 'deployed', reason: base + tail };
}

function monitoring(c: MentionedComponent): Verdict {
  if (c.cadence === 'realtime') return notAPipeline('alerting');
  if (c.cadence && c.cadence !== 'manual' && c.cadence !== 'on-arrival') return { bucket: 'pipeline', reason: PIPELINE_REASONS.monitoring! };
  return { bucket: 'defer', reason: DEFER_REASONS.monitoring! };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
