/**
 * The engine disposes: the model's proposals pass the method's hard rules or are corrected or
 * dropped, each with a note the user sees. Never a pipeline: what the not-a-pipeline table lists
 * (and sub-10 ms serving); 3-7 steps with identifier names; at most three open questions; no
 * sentence the linter's forbidden-content rules flag.
 */
import { matchNotAPipeline } from '../domain/notAPipeline';
import { DEFAULT_THRESHOLDS } from '../domain/thresholds';
import { DEPLOYED_LATENCY_FLOOR_MS } from '../zenml/facts';
import { emptyArchitecture, type Step } from '../model/architecture';
import { lint } from '../lint/lint';
import { renderArchitecture } from '../markdown/render';
import { classify } from '../planning/classify';
import { STEP_NAME } from '../planning/proposals';
import type { Reading } from '../reading/reading';
import { snakeCase } from '../words';
import type { ModelProposals } from './answer';
import type { CheckedProposals, ProposedBucket, ProposedPipeline } from './checked';
import { forbiddenIn } from './forbidden';

const { stepsMin: STEPS_MIN, stepsMax: STEPS_MAX, openQuestionsMax: OPEN_QUESTIONS_MAX } = DEFAULT_THRESHOLDS;

type Notes = string[];

const ASKED_MODEL_WORK = new Set<string>(['training', 'tuning', 'evaluation', 'batch-inference']);

/** The sentence, or null (and a note) when a forbidden-content rule flags it. */
function allowed(sentence: string, where: string, notes: Notes): string | null {
  const rule = forbiddenIn(sentence);
  if (!rule) return sentence;
  notes.push(`Dropped the model's ${where} "${sentence}": the document never holds it (${rule}).`);
  return null;
}

function idsByName(reading: Reading): Map<string, string> {
  return new Map(reading.components.map((c) => [c.name.trim().toLowerCase(), c.id]));
}

function checkBuckets(p: ModelProposals, reading: Reading, notes: Notes): Record<string, ProposedBucket> {
  const ids = idsByName(reading);
  const engine = new Map(classify(reading).map((c) => [c.id, c]));
  const out: Record<string, ProposedBucket> = {};
  for (const b of p.components) {
    const id = ids.get(b.component.trim().toLowerCase());
    const mine = id === undefined ? undefined : engine.get(id);
    if (id === undefined || !mine) {
      notes.push(`Ignored the model's bucket for "${b.component}": no component of the reading has that name.`);
      continue;
    }
    const hard = mine.bucket === 'not-a-pipeline' && (matchNotAPipeline(`${mine.name} ${mine.text}`) !== null || mine.alternative !== undefined);
    if (hard && b.bucket !== 'not-a-pipeline') {
      notes.push(`Kept "${mine.name}" out of pipelines: the model proposed ${b.bucket}, but ${mine.reason.charAt(0).toLowerCase()}${mine.reason.slice(1)}`);
      continue;
    }
    // Seed 001: a deployed pipeline serves real-time requests; only a budget under 10 ms justifies serving outside ZenML.
    const budget = reading.components.find((c) => c.id === id)?.latencyMs ?? reading.latencyMs;
    if (mine.bucket === 'deployed' && b.bucket === 'not-a-pipeline' && (budget === null || budget >= DEPLOYED_LATENCY_FLOOR_MS)) {
      notes.push(`Kept "${mine.name}" as a deployed pipeline: the model proposed serving it outside ZenML, but a deployed pipeline serves real-time requests${budget === null ? '' : ` within ${budget} ms`}; only a budget under ${DEPLOYED_LATENCY_FLOOR_MS} ms, proven by a benchmark, justifies dedicated serving.`);
      continue;
    }
    // Model work the user asked for in so many words ("how we evaluate and tune the detector") is planned, in a
    // later phase if not the first; deferring it would drop what they came for. Data work may still fold into
    // the pipeline that uses it.
    const kind = reading.components.find((c) => c.id === id)?.kind;
    if (mine.bucket === 'pipeline' && b.bucket === 'defer' && kind !== undefined && ASKED_MODEL_WORK.has(kind) && reading.wishedKinds.includes(kind)) {
      notes.push(`Kept "${mine.name}" as a pipeline: the model proposed deferring it, but the description asks for it; it follows the MVP in a later phase.`);
      continue;
    }
    if (b.bucket === 'not-a-pipeline' && !b.instead?.trim()) {
      notes.push(`Kept the engine's bucket for "${mine.name}": the model called it not a pipeline without saying what to use instead.`);
      continue;
    }
    const reason = allowed(b.reason, `reason for "${mine.name}"`, notes);
    const instead = b.bucket === 'not-a-pipeline' ? allowed(b.instead!, `alternative for "${mine.name}"`, notes) : null;
    if (reason === null || (b.bucket === 'not-a-pipeline' && instead === null)) continue;
    out[id] = { bucket: b.bucket, reason, ...(instead ? { alternative: instead } : {}) };
  }
  return out;
}

/** Identifier names (renamed when needed, duplicates numbered); null when the count breaks 3-7. */
function checkSteps(name: string, steps: ModelProposals['pipelines'][number]['steps'], notes: Notes): Step[] | null {
  if (steps.length < STEPS_MIN || steps.length > STEPS_MAX) {
    notes.push(`Replaced the model's ${steps.length} steps for ${name} with the engine's: a pipeline keeps ${STEPS_MIN}-${STEPS_MAX} steps.`);
    return null;
  }
  const used = new Set<string>();
  const out: Step[] = [];
  for (const s of steps) {
    let id = STEP_NAME.test(s.name) ? s.name : snakeCase(s.name, 'step');
    if (id !== s.name) notes.push(`Renamed the model's step "${s.name}" in ${name} to ${id}: step names are single identifiers.`);
    for (let n = 2; used.has(id); n++) id = `${snakeCase(s.name, 'step')}_${n}`;
    used.add(id);
    const does = allowed(s.does, `step description in ${name}`, notes);
    const produces = allowed(s.produces, `step output in ${name}`, notes);
    if (does === null || produces === null) {
      notes.push(`Replaced the model's steps for ${name} with the engine's: one of them said what the document never holds.`);
      return null;
    }
    out.push({ name: id, description: does, produces });
  }
  const smell = stepSmell(name, out);
  if (smell) {
    notes.push(`Replaced the model's steps for ${name} with the engine's: ${smell}`);
    return null;
  }
  return out;
}

/** Rules about a pipeline's own steps: what a proposal must pass to be written. */
const STEP_RULES = new Set(['tiny-step', 'microservice-steps', 'step-count', 'mega-pipeline', 'code-in-doc']);

/**
 * The linter's verdict on the steps alone: they are rendered as one pipeline of a document and
 * linted, so a proposal the linter would flag (a step that does almost nothing, a stage kept as
 * a service) never reaches the user's document.
 */
function stepSmell(name: string, steps: Step[]): string | null {
  const probe = {
    ...emptyArchitecture(name),
    pipelines: [{ name, phase: 'MVP', purpose: 'probe', trigger: 'Manual', steps, dataSources: ['probe'], keyArtifacts: ['probe'], orchestrator: ['probe'], modelControlPlane: { model: null, producesVersions: false, consumesStage: null, promotesTo: null }, deployed: false, dynamic: false, latencyBudgetMs: null }],
  };
  const found = lint(renderArchitecture(probe)).find((d) => STEP_RULES.has(d.rule) && d.severity !== 'info');
  return found ? `${found.message.split(/(?<=\.)\s/)[0]} (${found.rule})` : null;
}

/** As the engine writes its own: "the name — why it matters", an identifier as code ("name: why" reads as YAML). */
function artifactItem(a: { name: string; why: string }): string {
  const name = a.name.trim();
  return `${STEP_NAME.test(name) && /_/.test(name) ? `\`${name}\`` : name} — ${a.why.trim()}`;
}

function checkPipelines(p: ModelProposals, reading: Reading, buckets: Record<string, ProposedBucket>, notes: Notes): ProposedPipeline[] {
  const ids = idsByName(reading);
  const engine = new Map(classify(reading).map((c) => [c.id, c.bucket]));
  const out: ProposedPipeline[] = [];
  for (const pl of p.pipelines) {
    const componentIds = pl.components.map((c) => ids.get(c.trim().toLowerCase())).filter((id): id is string => id !== undefined);
    const outside = componentIds.length > 0 && componentIds.every((id) => (buckets[id]?.bucket ?? engine.get(id)) === 'not-a-pipeline');
    const entry = matchNotAPipeline(pl.name);
    if (entry || outside) {
      const why = entry ? `${entry.label.toLowerCase()} is not a pipeline (${entry.alternative})` : 'what it covers is not pipeline work';
      notes.push(`Dropped the model's pipeline "${pl.name}": ${why}.`);
      continue;
    }
    out.push({
      name: pl.name,
      purpose: allowed(pl.purpose, `purpose of ${pl.name}`, notes),
      trigger: allowed(pl.trigger, `trigger of ${pl.name}`, notes),
      componentIds,
      steps: checkSteps(pl.name, pl.steps, notes),
      keyArtifacts: pl.artifacts.map((a) => allowed(artifactItem(a), `key artifact of ${pl.name}`, notes)).filter((a): a is string => a !== null),
    });
  }
  return out;
}

export function checkProposals(p: ModelProposals, reading: Reading): { proposals: CheckedProposals; notes: string[] } {
  const notes: Notes = [];
  const buckets = checkBuckets(p, reading, notes);
  const pipelines = checkPipelines(p, reading, buckets, notes);
  const dataFlow = p.dataFlow.map((s) => allowed(s, 'data-flow sentence', notes)).filter((s): s is string => s !== null);
  const questions = p.openQuestions.map((s) => allowed(s, 'open question', notes)).filter((s): s is string => s !== null);
  if (questions.length > OPEN_QUESTIONS_MAX) notes.push(`Kept the model's first ${OPEN_QUESTIONS_MAX} of its ${questions.length} open questions: a document holds at most ${OPEN_QUESTIONS_MAX}.`);
  return { proposals: { buckets, pipelines, dataFlow, openQuestions: questions.slice(0, OPEN_QUESTIONS_MAX) }, notes };
}
