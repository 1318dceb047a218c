/**
 * The seed's red flags and architecture smells (seed 000/001, "Red Flags and Architecture Smells"),
 * as data: a stable slug, the push-back that names the concrete cost, the advice, and the phrases
 * that give it away in what a user writes. The interview pushes back with these; the smell rules of
 * the linter reuse the same words so the two never tell the user different stories.
 *
 * Every pattern is linear-time: bounded gaps over one character class (`[^.!?\n]{0,60}`) and no
 * nested unbounded quantifiers, so a pasted 1 MB description cannot hang the interview.
 */
import { DEFAULT_THRESHOLDS } from './thresholds';
import { COUNT, parseCount } from './counts';
import { readTeam } from './teamSize';
import { matches } from '../language/matches';

export { parseCount };

export type RedFlagSlug =
  | 'meta-pipeline'
  | 'pipeline-chain'
  | 'dynamic-overuse'
  | 'team-capacity'
  | 'feature-store-mvp'
  | 'realtime-retraining'
  | 'variant-pipelines'
  | 'too-many-sources'
  | 'microservice-steps'
  | 'duplicate-tracking'
  | 'tiny-step'
  | 'mega-pipeline'
  | 'automate-everything';

/** Nouns a pipeline or model "per X" fans out over or runs on, which are not variants of the work. */
const NOT_VARIANTS = String.raw`(?:days?|weeks?|months?|hours?|minutes?|seconds?|nights?|runs?|batch(?:es)?|files?|documents?|docs?|requests?|events?|records?|rows?|items?|images?|chunks?|trials?|folds?|epochs?|steps?|quer(?:y|ies)|calls?|messages?|pages?|samples?|inputs?|stages?|tasks?|jobs?|versions?|releases?|commits?|prompts?|questions?)\b`;
/** Any other noun (one or two words) after "per" or "for each": a customer, a region, a charter. */
const VARIANT = String.raw`(?!${NOT_VARIANTS})[a-z][a-z-]+(?:\s+(?!${NOT_VARIANTS})[a-z][a-z-]+)?`;

/**
 * The variant a "pipeline per X" finding names ("every charter, each with its own…" → "charter"),
 * the parameter the one pipeline takes instead; null when the words name none.
 */
export function variantOf(evidence: string): string | null {
  const m = new RegExp(String.raw`\b(?:per[-\s]+|for\s+(?:each|every)\s+|each\s+|every\s+)(${VARIANT})`, 'i').exec(evidence);
  const words = (m?.[1] ?? '').split(/\s+/).filter(Boolean);
  // "per depot on weekly gallons": a preposition starts what is said of the variant, not the variant.
  while (words.length && /^(?:gets?|needs?|has|have|having|with|should|will|each|and|or|models?|pipelines?|on|in|at|from|using|by|over|to|of|via|across|into|for)$/i.test(words.at(-1)!)) words.pop();
  return words.length ? words.join(' ').replace(/(?<!s)s$/, '') : null;
}

export interface RedFlagLimits {
  pipelinesPerEngineer: number;
  mvpDataSourcesMax: number;
}

/** A detector's hit: where, in the user's own words, and optionally a message with their numbers. */
interface Detection {
  index: number;
  evidence: string;
  message?: string;
}

export interface RedFlag {
  slug: RedFlagSlug;
  title: string;
  /** The push-back: the concrete cost first, then what to do instead. */
  message: string;
  /** What to do instead, in one sentence (lint messages end with it). */
  advice: string;
  /** Phrases that give the flag away (case-insensitive). */
  patterns: readonly RegExp[];
  /** For flags that need numbers (team size, source counts) rather than a phrase. */
  detect?: (text: string, limits: RedFlagLimits) => Detection | null;
}

export interface RedFlagFinding {
  rule: RedFlagSlug;
  /** The user's words that raised it. */
  evidence: string;
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Detectors that need numbers.

const PIPELINE_COUNT = new RegExp(String.raw`\b${COUNT}\s+(?:[a-z-]+\s+){0,2}?pipelines\b`, 'gi');

function largestCount(re: RegExp, text: string): { n: number; evidence: string; index: number } | null {
  let best: { n: number; evidence: string; index: number } | null = null;
  for (const m of matches(text, re)) {
    const n = parseCount(m[1]!);
    if (n !== null && !isNegated(text, m.index) && (!best || n > best.n)) best = { n, evidence: m[0], index: m.index };
  }
  return best;
}

function detectTeamCapacity(text: string, limits: RedFlagLimits): Detection | null {
  const { engineers, evidence: team } = readTeam(text);
  const pipelines = largestCount(PIPELINE_COUNT, text);
  if (engineers === null || !team || !pipelines || pipelines.n <= engineers * limits.pipelinesPerEngineer) return null;
  const perHead = Math.round((pipelines.n / engineers) * 10) / 10;
  return {
    index: Math.min(team.index, pipelines.index),
    evidence: `${team.text} … ${pipelines.evidence}`,
    message:
      `${pipelines.n} pipelines for ${engineers} engineer${engineers === 1 ? '' : 's'} is ${perHead} per engineer: ` +
      `the team will spend more time debugging pipeline infrastructure than doing ML. ${TEAM_ADVICE}`,
  };
}

const SOURCE_COUNT = new RegExp(
  String.raw`\b${COUNT}\s+(?:of\s+)?(?:different\s+|distinct\s+|separate\s+|external\s+|internal\s+|upstream\s+|raw\s+|other\s+)?(?:data\s+)?(?:sources|feeds|source systems|databases|apis|vendors)\b`,
  'gi',
);

function detectTooManySources(text: string, limits: RedFlagLimits): Detection | null {
  const hit = largestCount(SOURCE_COUNT, text);
  if (!hit || hit.n <= limits.mvpDataSourcesMax) return null;
  // "dozens" and "hundreds" are not numbers the user gave; repeating 24 or 200 back would invent one.
  const vague = /^(?:dozens|hundreds)\b/i.test(hit.evidence);
  return { index: hit.index, evidence: hit.evidence, message: tooManySourcesMessage(vague ? 'that many' : String(hit.n)) };
}

/** The seed's own push-back, with the user's number in it. */
export function tooManySourcesMessage(count: string): string {
  return (
    `Adding ${count} data sources to the first version means ${count} potential failure points before you've ` +
    `validated the pipeline works for even one. ${SOURCES_ADVICE}`
  );
}

// mega-pipeline: "one pipeline" plus at least three lifecycle stages in the same sentence.
const ONE_PIPELINE = /\b(?:one|a single|single|one big|one giant|one huge|a monolithic|monolithic|one end[- ]to[- ]end)\s+(?:[a-z-]+\s+)?pipeline\b/gi;
/** The four lifecycle stages a mega-pipeline crams together; `_` counts as a word break (step names). */
export const LIFECYCLE_STAGES: readonly { stage: 'ingestion' | 'training' | 'deployment' | 'monitoring'; pattern: RegExp }[] = [
  { stage: 'ingestion', pattern: /(?:\b|_)(?:ingest|scrap|crawl|collect|pull(?:s|ing)? (?:in )?(?:the )?(?:raw )?data)/i },
  { stage: 'training', pattern: /(?:\b|_)(?:train|retrain|fine[- _]?tun|fit(?:s|ting)?(?:\b|_))/i },
  { stage: 'deployment', pattern: /(?:\b|_)(?:deploy|serv(?:e|es|ing)(?:\b|_)|endpoint|roll(?:s|ing)?[ _]?out)/i },
  { stage: 'monitoring', pattern: /(?:\b|_)(?:monitor|drift|alert)/i },
];

function detectMegaPipeline(text: string): Detection | null {
  for (const m of matches(text, ONE_PIPELINE)) {
    const sentence = sentenceAround(text, m.index);
    const stages = LIFECYCLE_STAGES.filter((s) => s.pattern.test(sentence.text)).length;
    if (stages >= 3 && !isNegated(text, m.index)) return { index: sentence.start, evidence: sentence.text };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Shared phrasing, so the lint rules and the interview say the same thing.

const TEAM_ADVICE = 'Keep to 2-3 active pipelines per engineer: merge what always runs together and defer the rest.';
const SOURCES_ADVICE =
  "Start with the 2-3 most important ones, get that working end-to-end, then add sources incrementally: build the abstraction after you understand the pattern.";

export const RED_FLAGS: readonly RedFlag[] = [
  {
    slug: 'meta-pipeline',
    title: 'A pipeline that orchestrates other pipelines',
    message:
      'A pipeline whose job is to start other pipelines is an orchestration layer, not a unit of work: when a child fails you debug two runs instead of one, and the parent has nothing of its own to cache, version or rerun. The urge to build one usually means the decomposition is wrong.',
    advice: "Keep each pipeline self-contained and sequence them with schedules (run B after A's schedule) or manual triggers.",
    patterns: [
      /\bmeta[- ]?pipelines?\b/i,
      /\b(?:orchestrator|master|controller|driver|umbrella|parent)\s+pipelines?\b(?!\s+(?:run|step))/i,
      /\bpipelines?\s+of\s+pipelines\b/i,
      /\bpipelines?\s+(?:that|which)\s+(?:triggers?|spawns?|launch(?:es)?|kicks?\s+off|orchestrates?|calls?|starts?|runs?)\s+(?:all\s+)?(?:the\s+)?(?:other|child|sub|downstream|individual)[- ]?pipelines\b/i,
      /\b(?:spawn|launch|orchestrat|kick)\w*\s+(?:off\s+)?(?:[a-z-]+\s+){0,3}?(?:child|sub)[- ]?pipelines?\b/i,
    ],
  },
  {
    slug: 'pipeline-chain',
    title: 'A chain of pipelines triggering each other',
    message:
      "Long chains of dependent pipelines are fragile: when the first link fails at 2 AM the rest silently don't run, and any change to one pipeline's output breaks everything downstream of it.",
    advice:
      'Merge links that always run together on the same schedule into one pipeline; let the others run on their own schedules and read the latest versions through the Model Control Plane.',
    patterns: [
      /\btrigger(?:s|ed)?\s+(?:pipeline\s+)?[a-z0-9_-]+\b[^.!?\n]{0,60}?\b(?:which|that|then|and|,)\s+(?:in\s+turn\s+|then\s+)?trigger(?:s|ed)?\b/i,
      /\b(?:kicks?\s+off|starts?)\s+(?:the\s+)?[a-z0-9_ -]{1,40}?\s+pipeline\b[^.!?\n]{0,60}?\b(?:which|that)\s+(?:then\s+|in\s+turn\s+)?(?:kicks?\s+off|starts?|triggers?)\b/i,
      // "pipeline A triggers pipeline B triggers pipeline C": the links said one after the other.
      /\btrigger(?:s|ed)?\s+(?:the\s+)?(?:pipeline\s+)?[a-z0-9_-]+(?:\s+pipeline)?,?\s+(?:(?:which|that|and)\s+)?(?:then\s+|in\s+turn\s+)?trigger(?:s|ed)?\s+(?:the\s+)?(?:pipeline\s+)?[a-z0-9_-]+/i,
      // "A kicks off B, which kicks off C"
      /\b(?:kicks?\s+off|kicked\s+off|starts?|started|launch(?:es|ed)?|triggers?|triggered)\s+(?:the\s+)?(?:[a-z0-9_-]+\s+){0,2}?[a-z0-9_-]+,?\s+(?:which|that)\s+(?:then\s+|in\s+turn\s+)?(?:kicks?\s+off|starts?|launch(?:es)?|triggers?)\s+[a-z0-9_-]+/i,
      // "when X finishes it starts Y which then starts Z"
      /\b(?:when|once|after)\s+(?:the\s+)?(?:[a-z0-9_-]+\s+){1,3}?(?:finishes|completes|is\s+done|succeeds|ends)\b[^.!?\n]{0,40}?\b(?:starts?|kicks?\s+off|triggers?|launch(?:es)?|runs?)\b[^.!?\n]{0,40}?\b(?:which|that)\s+(?:then\s+|in\s+turn\s+)?(?:starts?|kicks?\s+off|triggers?|launch(?:es)?|runs?)\b/i,
      /\b(?:chain|cascade|daisy[- ]chain)\s+of\s+(?:[a-z-]+\s+)?pipelines\b/i,
      /\b(?:chained|cascading|daisy[- ]chained)\s+pipelines\b/i,
    ],
  },
  {
    slug: 'dynamic-overuse',
    title: 'Dynamic pipelines everywhere',
    message:
      "Dynamic pipelines are the sharpest knife in the drawer: when every pipeline is dynamic, or dynamic logic spawns more dynamic branching, you are writing a workflow engine inside ZenML instead of using ZenML as the workflow engine, and the DAG you have to debug only exists at runtime.",
    advice:
      'Keep dynamic=True for simple fan-out (N documents, K folds, tuning trials); make the rest static DAGs and move the branching into step logic, or split into simpler pipelines.',
    patterns: [
      /\b(?:all|every|each)\s+(?:of\s+(?:our|the|my)\s+)?pipelines?\s+(?:should|will|would|must|need to|needs to|is going to|are going to)?\s*(?:be|is|are)\s+dynamic\b/i,
      /\bdynamic\s+pipelines?\s+(?:everywhere|for\s+everything|for\s+all\s+(?:of\s+)?(?:them|the\s+pipelines|our\s+pipelines))\b/i,
      /\bmake\s+(?:everything|all\s+(?:of\s+)?(?:them|the\s+pipelines|our\s+pipelines))\s+dynamic\b/i,
      /\bnested\s+dynamic\b/i,
      /\bdynamic\b[^.!?\n]{0,60}?\bspawn\w*\b[^.!?\n]{0,60}?\b(?:more|other|further|nested|their own)\s+dynamic\b/i,
      /\bdynamic\s+(?:child|sub)[- ]?pipelines?\b[^.!?\n]{0,60}?\b(?:spawn|launch|create|start)\w*/i,
    ],
  },
  {
    slug: 'team-capacity',
    title: 'Too many pipelines for the team',
    message: 'A team of 2 maintaining 6 pipelines spends more time debugging pipeline infrastructure than doing ML.',
    advice: TEAM_ADVICE,
    patterns: [],
    detect: detectTeamCapacity,
  },
  {
    slug: 'feature-store-mvp',
    title: 'A feature store in the MVP',
    message:
      'A feature store is one more system to run, backfill and keep consistent before the first model ships. For an MVP, materializing features as versioned artifacts in a preprocessing step gives the same reuse with nothing extra to operate.',
    advice: 'Materialize features as artifacts in a preprocessing step; revisit a feature store once several models need the same features online.',
    patterns: [
      /\b(?:need|want|build|set\s+up|setting\s+up|add|introduce|create|stand\s+up|implement|deploy|roll\s+out|start\s+with|have\s+to\s+have)\w*\s+(?:a\s+|an\s+|our\s+own\s+|the\s+|proper\s+|central\s+)?(?:[a-z-]+\s+)?feature[- ]store\b/i,
      /\bfeature[- ]store\s+(?:for|in|as\s+part\s+of)\s+(?:the\s+)?(?:mvp|v1|first\s+version|day\s+one)\b/i,
      /\b(?:need|want|build|set\s+up|add|introduce|deploy)\w*\s+(?:feast|tecton|hopsworks)\b/i,
    ],
  },
  {
    slug: 'realtime-retraining',
    title: 'Real-time retraining',
    message:
      'Retraining on every event means a training run per event: compute that never rests, no time to evaluate a model before it serves, and a bad batch of data goes straight to production. Almost nobody needs it; scheduled retraining (daily, weekly) covers 95% of use cases.',
    advice: 'Start with scheduled (or manual) retraining and promote a version through the Model Control Plane after evaluation.',
    patterns: [
      /\b(?:real[- ]?time|online|continuous(?:ly)?|instant(?:ly)?|streaming|live)\s+(?:re-?)?train(?:ing|ed|s)?\b/i,
      /\bre-?train\w*\s+(?:the\s+)?(?:model\s+)?(?:in\s+real[- ]?time|continuously|instantly|immediately|live|as\s+soon\s+as\s+(?:new\s+)?data\s+(?:arrives|comes\s+in|lands))/i,
      /\bre-?train\w*\s+(?:the\s+)?(?:model\s+)?(?:on|after|with|for)\s+(?:every|each)\s+(?:single\s+)?(?:new\s+)?(?:event|transaction|request|record|click|sample|data\s+point|message|row|prediction|label|upload)s?\b/i,
      /\bonline\s+learning\b/i,
    ],
  },
  {
    slug: 'variant-pipelines',
    title: 'One pipeline per variant',
    message:
      'Separate pipelines with the same structure and different config values are a maintenance tax: every fix and every new step has to land in each copy, and the copies drift apart.',
    advice: 'Build one parameterized pipeline (the variant, region or data subset is a parameter); optimize for one use case first, then parameterize.',
    patterns: [
      // A pipeline or model per anything that is not a unit of work or of time: per customer,
      // merchant, region, site, charter, business unit… (per document or per day is a fan-out or a schedule).
      new RegExp(String.raw`\b(?:a|one|separate|its\s+own|their\s+own|a\s+separate|a\s+dedicated|dedicated|individual|distinct)\s+(?:[a-z-]+\s+){0,2}?(?:pipelines?|models?)\s+(?:per|for\s+(?:each|every))\s+${VARIANT}`, 'i'),
      new RegExp(String.raw`\b(?:pipelines?|models?)\s+per\s+${VARIANT}`, 'i'),
      // Only the hyphenated compound: "per-merchant models" (while "per scanner model" breaks a metric down).
      new RegExp(String.raw`\bper-(?!${NOT_VARIANTS})[a-z]+\s+(?:[a-z-]+\s+)?(?:pipelines|models)\b`, 'i'),
      new RegExp(String.raw`\b(?:each|every)\s+(?:${VARIANT}\s*,?\s*(?:each\s+)?)?(?:gets|needs|has|having|with|should\s+have|will\s+have)\s+(?:its\s+own|a\s+separate|a\s+dedicated|their\s+own)\s+(?:[a-z-]+\s+){0,2}?(?:pipelines?|models?)\b`, 'i'),
    ],
  },
  {
    slug: 'too-many-sources',
    title: 'Too many data sources in the first version',
    message:
      "Every data source in the first version is another potential failure point before you've validated the pipeline works for even one. " +
      SOURCES_ADVICE,
    advice: SOURCES_ADVICE,
    // "All of these data sources", "every one of our feeds", "every source from day one": all of them at once.
    patterns: [
      /\b(?:all|every\s+one\s+of|each\s+of)\s+(?:of\s+)?(?:our|the|their|these|those)\s+(?:[a-z-]+\s+){0,2}?(?:data\s+sources|sources|feeds)\b/i,
      /\b(?:every|each|all)\s+(?:data\s+)?(?:sources?|feeds?)\s+(?:from|on|in)\s+(?:day\s+one|the\s+(?:start|first\s+(?:version|release|day)))\b/i,
    ],
    detect: detectTooManySources,
  },
  {
    slug: 'microservice-steps',
    title: 'Steps as microservices',
    message:
      'ZenML steps already run in isolated containers on remote orchestrators. Wrapping each step in its own service adds deployments, network calls and versioning between them with no benefit, and the artifacts stop being tracked across the service boundary.',
    advice: 'Keep the steps as steps of one pipeline; a step that needs a different environment gets its own container settings, not its own service.',
    patterns: [
      // Any modal and any verb of being or running: "should stay its own service", "must remain a separate service".
      /\b(?:each|every)\s+(?:pipeline\s+)?(?:step|stage)\s+(?:(?:should|must|would|will|could|can|needs?\s+to|has\s+to)\s+)?(?:still\s+)?(?:be|is|stays?|remains?|becomes?|runs?\s+as|running\s+as|deployed\s+as|gets?|as|in)\s+(?:its\s+own|a\s+separate|a|an\s+independent|a\s+dedicated|an)\s+(?:[a-z-]+\s+)?(?:micro-?)?services?\b/i,
      /\bsteps?\s+(?:as|into|are)\s+(?:separate\s+|individual\s+|independent\s+|their\s+own\s+)?micro-?services\b/i,
      /\bmicro-?services?\s+(?:for|per)\s+(?:each|every)\s+(?:pipeline\s+)?step\b/i,
      /\b(?:each|every)\s+step\s+(?:behind|exposed\s+as|as)\s+(?:its\s+own|an?)\s+(?:rest\s+|http\s+)?(?:api|endpoint)\b/i,
    ],
  },
  {
    slug: 'duplicate-tracking',
    title: 'The same metrics as artifact and metadata',
    message:
      'Returning the metrics as an artifact and logging the same metrics with log_metadata tracks everything twice: two places to keep in sync, and two answers when they disagree.',
    advice: 'Pick one: metadata for metrics (searchable, shown in the dashboard), artifacts for large outputs such as DataFrames and models.',
    patterns: [
      /\b(?:both\s+)?as\s+(?:an?\s+)?artifacts?\s+and\s+(?:also\s+)?(?:as\s+)?(?:metadata|log_metadata)\b/i,
      /\b(?:both\s+)?as\s+metadata\s+and\s+(?:also\s+)?as\s+(?:an?\s+)?artifacts?\b/i,
      /\breturn\w*\s+(?:the\s+)?(?:eval(?:uation)?\s+)?metrics\b[^.!?\n]{0,60}?\b(?:and|also)\b[^.!?\n]{0,30}?\blog_?metadata\b/i,
      /\blog_?metadata\b[^.!?\n]{0,60}?\b(?:and|also)\b[^.!?\n]{0,30}?\breturn\w*\s+(?:them|it|the\s+(?:same\s+)?metrics)\s+as\s+(?:an?\s+)?artifacts?\b/i,
    ],
  },
  {
    slug: 'tiny-step',
    title: 'Steps that do almost nothing',
    message:
      'Every step boundary serializes the output to the artifact store and deserializes it in the next step; a step that only checks the CSV has rows, or adds one column, pays that cost for almost no work and is one more node to debug.',
    advice: 'Fold the check or the small transformation into the loading or preprocessing step; aim for 3-7 steps with substantial work each.',
    patterns: [
      /\b(?:each|every)\s+(?:single\s+|little\s+|tiny\s+|small\s+)?(?:transformation|transform|column|feature|cleaning\s+(?:rule|operation)|check|operation)\s+(?:gets|has|needs|in|as|becomes|should\s+be|is)\s+(?:its\s+own|a\s+separate|a\s+dedicated|a)\s+step\b/i,
      /\b(?:a|one|separate)\s+steps?\s+(?:for|per)\s+(?:each|every)\s+(?:column|feature|transformation|transform|check)\b/i,
      /\b(?:separate|own|dedicated|extra)\s+step\s+(?:just\s+)?(?:to|that)\s+(?:check|validate|verify|assert)s?\s+(?:that\s+)?(?:the\s+)?(?:[a-z]+\s+)?(?:has|have|contains?|is\s+not\s+empty)\b/i,
      /\b(?:1[5-9]|[2-9]\d)\s+(?:[a-z-]+\s+)?steps\b/i,
    ],
  },
  {
    slug: 'mega-pipeline',
    title: 'One pipeline that does everything',
    message:
      "One pipeline that ingests, trains, deploys and monitors is a brittle monolith: it can't have two schedules, an ingestion failure at 2 AM blocks tomorrow's training, and every change reruns everything.",
    advice:
      'Split where triggers, failure domains or owning teams differ (usually data, training and inference pipelines connected through the Model Control Plane), and build one of them first.',
    patterns: [
      /\b(?:everything|it\s+all|all\s+of\s+it)\s+in\s+(?:one|a\s+single|a\s+single\s+big|one\s+big)\s+pipeline\b/i,
      /\b(?:one|a\s+single)\s+pipeline\s+(?:that|which|to)\s+(?:does|do|handles?)\s+(?:everything|it\s+all|the\s+whole\s+thing)\b/i,
    ],
    detect: detectMegaPipeline,
  },
  {
    slug: 'automate-everything',
    title: 'Automating everything from day one',
    message:
      "Automating everything from day one means building schedules and event triggers around a pipeline you haven't watched run yet: failures fire unattended, and you debug the automation instead of the ML. Manual triggers are fine for v1.",
    advice: 'Trigger the MVP manually; add schedules and event-driven triggers in Phase 2, once the runs are boring.',
    patterns: [
      /\bautomate\s+(?:everything|it\s+all|all\s+of\s+it|the\s+whole\s+thing|the\s+entire\s+(?:[a-z-]+\s+)?(?:thing|workflow|process|pipeline|platform|lifecycle|system))\b/i,
      /\bfully[- ]automat\w*\s+(?:end[- ]to[- ]end|everything|from\s+(?:day\s+(?:one|1)|the\s+start))/i,
      /\bautomat\w*\b[^.!?\n]{0,60}?\bfrom\s+(?:day\s+(?:one|1)|the\s+(?:very\s+)?(?:start|beginning|get[- ]go))\b/i,
      /\bfrom\s+day\s+(?:one|1)\b[^.!?\n]{0,60}?\bautomat\w*/i,
      /\bzero[- ]touch\b/i,
      // The same request in the passive: "all of this should be automated", "everything must be fully automated".
      /\b(?:all\s+of\s+(?:this|it|that)|(?:this|it)\s+all|everything|the\s+whole\s+(?:thing|workflow|process|lifecycle))\s+(?:should|must|needs?\s+to|has\s+to|have\s+to|will|would)\s+be\s+(?:fully\s+|completely\s+|entirely\s+)?automated\b/i,
      /\bno\s+(?:manual|human)\s+(?:steps?|intervention|involvement|clicks?)\s+(?:at\s+all|anywhere|whatsoever)\b/i,
    ],
  },
];

const BY_SLUG = new Map(RED_FLAGS.map((f) => [f.slug, f]));

export function redFlag(slug: RedFlagSlug): RedFlag {
  return BY_SLUG.get(slug)!;
}

// ---------------------------------------------------------------------------------------------
// Detection.

const NEGATION = /\b(?:no|not|don't|dont|do not|doesn't|does not|won't|will not|never|without|instead of|rather than|avoid|skip|no need for|isn't|aren't)\b/i;

/** True when the clause before `index` negates it ("we don't need a feature store"). */
export function isNegated(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  const clauseStart = Math.max(...['.', '!', '?', '\n', ';', ','].map((c) => before.lastIndexOf(c)));
  return NEGATION.test(before.slice(clauseStart + 1));
}

/** The sentence containing `index`: the unit mega-pipeline counts lifecycle stages in. */
function sentenceAround(text: string, index: number): { text: string; start: number } {
  const from = Math.max(0, index - 400);
  const head = text.slice(from, index);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'), head.lastIndexOf('! '), head.lastIndexOf('? '));
  const start = cut < 0 ? from : from + cut + 1;
  const tail = text.slice(index, index + 400);
  const end = tail.search(/[.!?](?:\s|$)|\n/);
  return { text: text.slice(start, end < 0 ? index + tail.length : index + end + 1).trim(), start };
}

const GLOBAL_PATTERNS = new Map(
  RED_FLAGS.map((f) => [f.slug, f.patterns.map((p) => new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`))]),
);

function firstPhrase(flag: RedFlag, text: string): Detection | null {
  let best: Detection | null = null;
  for (const re of GLOBAL_PATTERNS.get(flag.slug)!) {
    for (const m of matches(text, re)) {
      if (isNegated(text, m.index)) continue;
      if (!best || m.index < best.index) best = { index: m.index, evidence: m[0].trim() };
      break;
    }
  }
  return best;
}

/**
 * The red flags in a user's free text, at most one finding per flag (the seed pushes back once),
 * in the order they appear. Never throws.
 */
export function findRedFlags(text: string, limits: Partial<RedFlagLimits> = {}): RedFlagFinding[] {
  const resolved: RedFlagLimits = {
    pipelinesPerEngineer: limits.pipelinesPerEngineer ?? DEFAULT_THRESHOLDS.pipelinesPerEngineer,
    mvpDataSourcesMax: limits.mvpDataSourcesMax ?? DEFAULT_THRESHOLDS.mvpDataSourcesMax,
  };
  const found: (RedFlagFinding & { index: number })[] = [];
  for (const flag of RED_FLAGS) {
    // A detector reads the user's numbers, so its message is the more concrete one: try it first.
    const hit = flag.detect?.(text, resolved) ?? firstPhrase(flag, text);
    if (hit) found.push({ rule: flag.slug, evidence: hit.evidence, message: hit.message ?? flag.message, index: hit.index });
  }
  return found.sort((a, b) => a.index - b.index).map(({ rule, evidence, message }) => ({ rule, evidence, message }));
}
