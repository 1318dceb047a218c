/**
 * What hand-written prose says about the structured parts of the model: team size (through the
 * shared reader, domain/teamSize.ts), deployment, latency budget, dynamic fan-out and Model
 * Control Plane roles.
 *
 * Each reader accepts the renderer's canonical phrase (see template.ts) and the
 * common ways people write the same thing. Patterns start with a literal and use
 * bounded gaps, so they stay linear on very long lines.
 */
import { MODEL_STAGES } from '../zenml/facts';
import { emptyModelControlPlane, type ModelControlPlane } from '../model/architecture';
import { readTeam } from '../domain/teamSize';
import { isDenied } from '../language';

/**
 * The canonical team sentence as the renderer writes it ("Team: 2 people maintain these
 * pipelines."), and as earlier versions wrote it ("Team: 2 ML engineers maintain …"), which
 * hand-edited documents still carry.
 */
export const CANONICAL_TEAM = /^Team: (\d{1,4}) (?:people maintain|person maintains|ML engineers? maintains?) these pipelines\.$/;

/**
 * Engineers maintaining the pipelines: the renderer's sentence, else whatever the prose says,
 * read by the shared team reader ("two ML engineers and a data engineer" → 3). Null when unstated.
 */
export function readTeamSize(prose: string): number | null {
  const canonical = CANONICAL_TEAM.exec(prose.trim());
  return canonical ? Number(canonical[1]) : readTeam(prose).engineers;
}

const DEPLOYED =
  /pipeline\.deploy\b|\bdeployed pipeline\b|\bdeployed as an? (?:http|pipeline|endpoint)|\bhttp (?:endpoint|api|serving)\b|\bserv(?:ed|es|ing) over http\b|\b(?:per|on each|on every|each) (?:http )?request\b/i;

/** Whether prose says the pipeline is served over HTTP (`pipeline.deploy()`, "HTTP endpoint", "per request"). */
export function readsAsDeployed(text: string): boolean {
  return DEPLOYED.test(text);
}

const LATENCY =
  /(?:latency|budget|\bsla\b|\bp\d{2}\b|\bunder\b|\bbelow\b|\bwithin\b|less than|<)\D{0,30}?(\d{1,6}(?:\.\d{1,3})?)\s*(ms|milliseconds?|msecs?|s|secs?|seconds?)\b/i;

/** A stated latency budget in milliseconds ("p99 under 50 ms", "200ms", "within 2 seconds"). */
export function readLatencyMs(text: string): number | null {
  if (/\blatency budget not yet stated\b/i.test(text)) return null;
  const match = LATENCY.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  const ms = match[2].toLowerCase().startsWith('m') ? value : value * 1000;
  return ms > 0 ? ms : null;
}

/**
 * A pipeline said to be dynamic, in the words people use: `dynamic=True`, "dynamic pipeline",
 * "the pipeline is dynamic", "dynamic branches", "fans out at runtime", "the number of steps is
 * only known at run time", "steps are spawned at runtime". Bounded gaps, so linear.
 */
const DYNAMIC: readonly RegExp[] = [
  /\bdynamic(?:\s*=\s*true|\s+(?:pipelines?|fan[- ]?outs?|dags?|graphs?|branch(?:es|ing)?|steps?|mapping|workflows?))\b/gi,
  /\b(?:pipeline|it|dag|graph|workflow)\s+(?:is|are|will\s+be|must\s+be|has\s+to\s+be|runs?\s+as|becomes?)\s+(?:a\s+|fully\s+)?dynamic\b/gi,
  /\bfans?\s+out\s+at\s+run[- ]?time\b|\brun[- ]?time\s+fan[- ]?outs?\b/gi,
  /\b(?:number\s+of|how\s+many)\s+(?:[a-z-]+\s+){0,2}?(?:steps|branches|tasks|jobs|runs|documents|files|items|partitions)\b[^.;]{0,60}?\b(?:known|decided|determined|discovered)\s+(?:only\s+)?at\s+run[- ]?time\b/gi,
  /\b(?:steps|branches|tasks)\s+(?:are\s+)?(?:(?:created|generated|spawned|added|decided)\s+(?:only\s+)?at\s+run[- ]?time|(?:only\s+)?known\s+at\s+run[- ]?time)\b/gi,
  // "one branch per region, decided at run time", "at runtime it creates a step for each file"
  /\b(?:step|branch|task)(?:es|s)?\s+(?:per|for\s+(?:each|every))\s+[^.;]{1,40}?\bat\s+run[- ]?time\b/gi,
  /\bat\s+run[- ]?time\b[^.;]{0,40}?\b(?:step|branch|task)(?:es|s)?\s+(?:per|for\s+(?:each|every))\b/gi,
];
const NOT_DYNAMIC = /\b(?:not|no|non)[- ](?:a )?dynamic\b/i;

/** Whether prose says the pipeline fans out at runtime, and does not deny it ("we keep it static rather than dynamic"). */
export function readsAsDynamic(text: string): boolean {
  if (NOT_DYNAMIC.test(text)) return false;
  for (const pattern of DYNAMIC) {
    for (const m of text.matchAll(pattern)) if (!isDenied(text, m.index, m.index + m[0].length)) return true;
  }
  return false;
}

/** "Not used." (the renderer's MCP_NOT_USED) and the other ways of saying there is no model. */
const NOT_USED = /^(?:not used|none|n\/a|not applicable|no model|no|-|—)(?:\b|$)/i;
const STAGES: readonly string[] = MODEL_STAGES;

/** A clause's stage: a backticked word, else a known stage name; lowercased. */
function stageIn(clause: string, after: RegExp | null): string | null {
  const from = after ? after.exec(clause) : null;
  const scope = from ? clause.slice(from.index + from[0].length) : clause;
  const ticked = /`([A-Za-z_]{1,40})`/.exec(scope);
  if (ticked) return ticked[1].toLowerCase();
  for (const word of scope.toLowerCase().match(/[a-z_]+/g) ?? []) if (STAGES.includes(word) && word !== 'none') return word;
  return null;
}

/** The model name: the first backticked name that is not a stage, else the first identifier-like word. */
function modelNameIn(value: string): string | null {
  for (const match of value.matchAll(/`([^`]{1,120})`/g)) {
    const name = match[1].trim();
    if (name && !STAGES.includes(name.toLowerCase())) return name;
  }
  const identifier = /\b[A-Za-z][\w.-]{0,60}[_-][\w.-]{0,60}\b/.exec(value);
  if (identifier) return identifier[0];
  const first = /[A-Za-z][\w.-]{0,120}/.exec(value);
  return first ? first[0] : null;
}

const PROMOTES = /\bpromot(?:e|es|ed|ing|ion)\b/i;
const PROMOTE_TARGET = /\bto\b/i;
const CONSUMES = /\b(?:reads?|loads?|consumes?|uses?|serves?|fetch(?:es)?|pulls?|scores? with|infers? with)\b/i;
const PRODUCES = /\b(?:produces?|creates?|registers?|logs?|writes?|trains?)\b[^;]{0,60}\bversions?\b|\bnew (?:model )?versions?\b|\bversions? (?:on|per|every|each) run\b/i;

/**
 * The Model Control Plane roles in a field value: the canonical
 * "`model` — produces a new version on every run; promotes passing versions to `staging`;
 * reads the `production` version." and free prose like "fraud_model, promoted to Production".
 */
export function readModelControlPlane(value: string): ModelControlPlane {
  const text = value.trim();
  const mcp = emptyModelControlPlane();
  if (!text || NOT_USED.test(text)) return mcp;
  mcp.model = modelNameIn(text);
  if (!mcp.model) return mcp;
  const rest = text.replace(`\`${mcp.model}\``, ' ').replace(mcp.model, ' ');
  for (const clause of rest.split(/[;.]|,\s|\band\b/)) {
    if (PRODUCES.test(clause)) mcp.producesVersions = true;
    if (PROMOTES.test(clause)) mcp.promotesTo ??= stageIn(clause, PROMOTE_TARGET);
    else if (CONSUMES.test(clause)) mcp.consumesStage ??= stageIn(clause, null);
  }
  return mcp;
}
