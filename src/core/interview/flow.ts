/**
 * The interview as an ordered list of stages over the five phases. Each stage says which
 * questions it asks given what is known (none: skipped, which is how simple cases stay short)
 * and how an answer changes the choices. `replay` walks the answers log through the stages:
 * answers that still fit are applied, the first question without a fitting answer is current.
 */
import { RED_FLAGS, tooManySourcesMessage } from '../domain/redFlags';
import { DEFAULT_THRESHOLDS } from '../domain/thresholds';
import { renderArchitecture } from '../markdown/render';
import * as C from './catalogue';
import { classify } from '../planning/classify';
import { modelsOf } from '../planning/mvp';
import { toArchitecture } from '../writing/document';
import { arrivalNotices, once, redFlagNotices } from './pushback';
import { type AnswerValue, type Notice, type Phase, type Question } from './questions';
import { NO_BOARD_EDITS, proposalProblem, type PipelineProposal } from '../planning/proposals';
import { boardEditsProblem, fitBoardEdits, hasUnseenClauses, unplacedCards } from '../planning/board';
import { ReadingSchema, type Reading } from '../reading/reading';
import { derive, initialChoices, proposalOf, type Choices, type Scope } from '../planning/scope';
import type { AnswerEntry } from './state';
import { interpret, offlineNotice } from '../assist/interpret';
import { mergeProposals } from '../assist/apply';
import { joinList, modelList, people } from '../words';
import { describeSignal, followUpQuestion, readDescription, type ReadinessSignal } from '../reading';

interface Ctx {
  choices: Choices;
  /** The derived scope, computed on first use per set of choices. */
  scope(): Scope | null;
}

type Applied = { choices: Choices; reading?: Reading; notices?: Notice[] };

interface Stage {
  /** The questions this stage asks now, given what is known; [] skips it. */
  ask(ctx: Ctx): Question[];
  /** Notices raised when the stage is reached (shown with its first question). */
  raise?(ctx: Ctx): Notice[];
  /** Applies an answer (already of the question's kind); `strict` for the user's fresh answer. */
  apply(ctx: Ctx, q: Question, value: AnswerValue, entry: AnswerEntry, strict: boolean): Applied | string;
}

type Of<K extends Question['kind']> = Extract<Question, { kind: K }>;
type ValueOf<K extends AnswerValue['kind']> = Extract<AnswerValue, { kind: K }>;

const base = (id: string, phase: Phase, title: string, prompt: string, why: string) => ({ id, phase, title, prompt, why, notices: [] as Notice[] });

function single(id: string, phase: Phase, title: string, prompt: string, why: string, options: Of<'single'>['options'], value: string | null): Of<'single'> {
  return { ...base(id, phase, title, prompt, why), kind: 'single', options, value };
}

function pickOption(q: Question, value: AnswerValue): string | null {
  const option = (value as ValueOf<'single'>).option;
  const options = (q as Of<'single'>).options;
  return options.some((o) => o.id === option) ? option : null;
}

function badOption(q: Question, value: AnswerValue): string {
  const options = (q as Of<'single'>).options.map((o) => o.id);
  return `"${(value as ValueOf<'single'>).option}" is not an option of "${q.title}" (options: ${options.join(', ')}).`;
}

/**
 * Reads a free-text answer. A language model's stored reply is interpreted again (pure, so replay
 * never calls the model); then a reading handed in with the answer; else the lexicon's. The model's
 * checked proposals (added to those of earlier answers) become planning's recommendations, and what the
 * engine dropped or corrected is said.
 */
function readAnswer(ctx: Ctx, text: string, entry: AnswerEntry, previous: Reading | null): Applied {
  if (entry.model) {
    const read = interpret(text, entry.model.reply, previous);
    if (read.ok) {
      const { reading, proposals, notes } = read.value;
      const choices = { ...ctx.choices, reading, proposals: mergeProposals(ctx.choices.proposals, proposals), readBy: entry.model.model };
      return { choices, reading, notices: [...assistNotices(entry.questionId, entry.model.model, notes), ...textNotices(text, reading)] };
    }
    const reading = readDescription(text, previous);
    const notices: Notice[] = [{ rule: `language-model:${entry.questionId}`, tone: 'info', message: offlineNotice(read.error) }];
    return { choices: { ...ctx.choices, reading }, reading, notices: [...notices, ...textNotices(text, reading)] };
  }
  // Read offline, this answer adds to what was read before, by whichever reader.
  const reading = entry.reading ?? readDescription(text, previous);
  return { choices: { ...ctx.choices, reading }, reading, notices: textNotices(text, reading) };
}

function assistNotices(questionId: string, model: string, notes: readonly string[]): Notice[] {
  if (notes.length === 0) return [];
  return [{ rule: `language-model:${questionId}`, tone: 'info', message: `The engine checked what ${model} proposed: ${notes.join(' ')}` }];
}

function textNotices(text: string, reading: Reading): Notice[] {
  return [...redFlagNotices(text, reading), ...arrivalNotices(text, reading, classify(reading))];
}

const picture: Stage = {
  ask: () => [{ ...base('picture', 'picture', C.PICTURE.title, C.PICTURE.prompt, C.PICTURE.why), kind: 'text', placeholder: C.PICTURE.placeholder, value: '' }],
  apply(ctx, _q, value, entry) {
    const text = (value as ValueOf<'text'>).text;
    if (!/[\p{L}\p{N}]/u.test(text)) return 'Describe your workflow first: there is nothing to read yet.';
    return readAnswer(ctx, text, entry, null);
  },
};

const followUp: Stage = {
  ask(ctx) {
    const prompt = ctx.choices.reading && followUpQuestion(ctx.choices.reading);
    if (!prompt) return [];
    return [{ ...base('picture-followup', 'picture', C.FOLLOW_UP.title, prompt, C.FOLLOW_UP.why), kind: 'text', placeholder: C.FOLLOW_UP.placeholder, value: '' }];
  },
  apply(ctx, _q, value, entry) {
    // The seed pushes back once, then lets the user go on: an empty answer is a valid "go on".
    const text = (value as ValueOf<'text'>).text;
    if (!/[\p{L}\p{N}]/u.test(text)) return { choices: ctx.choices };
    return readAnswer(ctx, text, entry, ctx.choices.reading);
  },
};

const readiness: Stage = {
  ask(ctx) {
    const signals = ctx.choices.reading?.readinessSignals ?? [];
    if (signals.length === 0) return [];
    const noticed = joinList(signals.map((s) => describeSignalSafe(s)));
    return [single('readiness', 'picture', C.READINESS.title, `${C.READINESS.prompt} (What I noticed: ${noticed}.)`, C.READINESS.why, C.READINESS.options, 'prototype')];
  },
  apply(ctx, q, value) {
    const option = pickOption(q, value);
    if (!option) return badOption(q, value);
    return { choices: { ...ctx.choices, readiness: option as Choices['readiness'] } };
  },
};

function describeSignalSafe(signal: string): string {
  try {
    return describeSignal(signal as ReadinessSignal);
  } catch {
    return signal;
  }
}

const board: Stage = {
  ask(ctx) {
    const scope = ctx.scope();
    if (!scope) return [];
    const unplaced = unplacedCards(scope.reading);
    // A simple scope skips the board, unless the reader left clauses unplaced: the board is where the user
    // sees them and places, renames or dismisses them, so skipping it would drop their words silently.
    const nothingToMove = (scope.simple || scope.components.length <= 1) && scope.components.every((c) => c.bucket === 'pipeline');
    if (nothingToMove && unplaced.length === 0) return [];
    return [{ ...base('classify', 'classify', C.CLASSIFY.title, C.CLASSIFY.prompt, C.CLASSIFY.why), kind: 'classify', components: scope.components, unplaced, board: { ...NO_BOARD_EDITS, shown: unplaced.map((u) => u.id) } }];
  },
  apply(ctx, q, value, _entry, strict) {
    const board = q as Of<'classify'>;
    const ids = new Set(board.components.map((c) => c.id));
    const { kind: _kind, buckets: chosen, ...edits } = value as ValueOf<'classify'>;
    const unknown = Object.keys(chosen).filter((id) => !ids.has(id));
    if (strict && unknown.length > 0) return `The board has no component "${unknown[0]}" (it has: ${[...ids].join(', ')}).`;
    const problem = strict && boardEditsProblem(edits, [...ids], board.unplaced);
    if (problem) return problem;
    // Replaying after an earlier answer changed: a card or a clause the board never showed (the board is
    // always answered with every card) is placed by the user on the board, not classified on the way past.
    if (!strict && ([...ids].some((id) => !(id in chosen)) || hasUnseenClauses(edits, board.unplaced))) return 'new components to place';
    const buckets = Object.fromEntries(Object.entries(chosen).filter(([id]) => ids.has(id)));
    return { choices: { ...ctx.choices, buckets, board: fitBoardEdits(edits, [...ids], board.unplaced) } };
  },
};

const latency: Stage = {
  ask(ctx) {
    const scope = ctx.scope();
    if (!scope) return [];
    const typical = scope.domain === 'documents' || scope.domain === 'llm' ? '1000' : '100';
    return scope.unknownLatency.map((c) => single(`latency:${c.id}`, 'classify', C.LATENCY.title(c.name), C.LATENCY.prompt(c.name), C.LATENCY.why, C.LATENCY.options, typical));
  },
  apply(ctx, q, value) {
    const option = pickOption(q, value);
    if (!option) return badOption(q, value);
    const id = q.id.slice('latency:'.length);
    return { choices: { ...ctx.choices, latency: { ...ctx.choices.latency, [id]: option } } };
  },
};

const sources: Stage = {
  ask(ctx) {
    const scope = ctx.scope();
    if (!scope || scope.allSources.length <= DEFAULT_THRESHOLDS.mvpDataSourcesMax) return [];
    const options = scope.allSources.map((s) => ({ id: s, label: s }));
    return [{ ...base('sources', 'classify', C.SOURCES.title, C.SOURCES.prompt, C.SOURCES.why), kind: 'multi', options, value: scope.sources }];
  },
  raise(ctx) {
    const n = ctx.scope()?.allSources.length ?? 0;
    return [{ rule: 'too-many-sources', tone: 'pushback', message: tooManySourcesMessage(String(n)) }];
  },
  apply(ctx, q, value, _entry, strict) {
    const known = new Set((q as Of<'multi'>).options.map((o) => o.id));
    const picked = (value as ValueOf<'multi'>).options;
    const kept = [...new Set(picked.filter((s) => known.has(s)))];
    const max = DEFAULT_THRESHOLDS.mvpDataSourcesMax;
    if (strict && (kept.length !== picked.length || kept.length === 0 || kept.length > max)) {
      return `Pick one to ${max} of the listed sources (you picked ${picked.length}${kept.length !== picked.length ? ', some not listed' : ''}).`;
    }
    if (kept.length === 0 || kept.length > max) return 'no longer fits';
    return { choices: { ...ctx.choices, sources: kept } };
  },
};

const orchestrator: Stage = {
  ask(ctx) {
    const scope = ctx.scope();
    const o = scope?.orchestrator;
    if (!o || o.namedByUser || scope.proposed.length === 0) return [];
    const options = o.options.map((f) => ({
      id: f.id,
      label: f.label,
      detail: [f.schedules ? 'schedules' : 'no schedules', f.isolatedSteps ? 'parallel fan-out' : f.dynamic ? 'dynamic, no isolated steps' : 'no dynamic pipelines'].join(', '),
    }));
    return [single('orchestrator', 'decompose', C.ORCHESTRATOR.title, C.ORCHESTRATOR.prompt, C.ORCHESTRATOR.why, options, o.recommended)];
  },
  apply(ctx, q, value) {
    const option = pickOption(q, value);
    if (!option) return badOption(q, value);
    return { choices: { ...ctx.choices, orchestrator: option } };
  },
};

const split: Stage = {
  ask(ctx) {
    const s = ctx.scope()?.split;
    if (!s?.asked) return [];
    return [single('split', 'decompose', C.SPLIT.title, C.SPLIT.prompt, C.SPLIT.why, C.SPLIT.options, s.recommended)];
  },
  apply(ctx, q, value) {
    const option = pickOption(q, value);
    if (!option) return badOption(q, value);
    return { choices: { ...ctx.choices, split: option as Choices['split'] } };
  },
};

const CHECK_ONLY = /^\s*(?:just\s+|only\s+)?(?:check|checks|validate|validates|verify|verifies|assert|asserts|make sure)\b[^.]{0,50}\b(?:has|have|contains?|is not empty|isn't empty|non-empty|not empty|exists?)\b/i;
const SCHEDULED_TRIGGER = /\b(?:scheduled|on a schedule|cron|hourly|daily|nightly|weekly|monthly|every (?:day|night|hour|week|month))\b/i;

const pipelines: Stage = {
  ask(ctx) {
    const scope = ctx.scope();
    if (!scope) return [];
    return scope.plans.map((plan, i) => ({
      ...base(`pipeline:${plan.id}`, 'decompose', C.PIPELINE.title(plan.name), C.PIPELINE.prompt, C.PIPELINE.why),
      kind: 'pipeline' as const,
      position: i + 1,
      of: scope.plans.length,
      proposal: proposalOf(plan),
    }));
  },
  raise(ctx) {
    const scope = ctx.scope();
    if (!scope || scope.capacityDeferred.length === 0) return [];
    const n = scope.proposed.length;
    const e = scope.reading.team.engineers ?? 1;
    const flag = RED_FLAGS.find((f) => f.slug === 'team-capacity')!;
    return [{
      rule: 'team-capacity',
      tone: 'pushback',
      message: `${n} pipelines for ${people(e)} is more than the team can maintain: ${flag.message} I deferred ${joinList(scope.capacityDeferred.map((p) => p.name))} to keep it at ${scope.plans.length}.`,
    }];
  },
  apply(ctx, q, value, _entry, strict) {
    const proposal = (value as ValueOf<'pipeline'>).proposal;
    const problem = proposalProblem(proposal);
    if (problem) return strict ? problem.text : 'no longer fits';
    const id = q.id.slice('pipeline:'.length);
    // Only real changes are kept as edits: an accepted proposal keeps following upstream answers.
    const { [id]: _previous, ...edits } = ctx.choices.edits;
    const changed = JSON.stringify(proposal) !== JSON.stringify((q as Of<'pipeline'>).proposal);
    return { choices: { ...ctx.choices, edits: changed ? { ...edits, [id]: proposal } : edits }, notices: proposalNotices(proposal, ctx.scope()) };
  },
};

/** Push-back on an adjusted proposal: the same costs the linter would report, said once, before the document. */
function proposalNotices(p: PipelineProposal, scope: Scope | null): Notice[] {
  const notices: Notice[] = [];
  const { stepsMin, stepsMax } = DEFAULT_THRESHOLDS;
  if (p.steps.length < stepsMin || p.steps.length > stepsMax) {
    const cost = p.steps.length < stepsMin ? 'fewer than three steps is probably a script, not a pipeline' : 'more than seven steps usually means it should be two pipelines, or some steps do too little';
    notices.push({ rule: 'step-count', tone: 'pushback', message: `${p.name} has ${p.steps.length} steps: ${cost}. Three to seven steps with substantial work each is the sweet spot.` });
  }
  const tiny = p.steps.find((s) => CHECK_ONLY.test(s.description));
  if (tiny) {
    const flag = RED_FLAGS.find((f) => f.slug === 'tiny-step')!;
    notices.push({ rule: 'tiny-step', tone: 'pushback', message: `${tiny.name} only checks the data. ${flag.message} ${flag.advice}` });
  }
  const orchestratorFacts = scope?.orchestrator.chosen;
  if (orchestratorFacts && !orchestratorFacts.schedules && SCHEDULED_TRIGGER.test(p.trigger)) {
    notices.push({
      rule: 'schedule-unsupported',
      tone: 'pushback',
      message: `${orchestratorFacts.label} cannot run schedules, so "${p.trigger}" would never fire: trigger it manually for now, or pick an orchestrator with schedules (Kubernetes, Vertex AI, SageMaker, AzureML, Airflow).`,
    });
  }
  return notices;
}

const promotion: Stage = {
  ask(ctx) {
    const scope = ctx.scope();
    if (!scope?.promotion.asked) return [];
    const producer = scope.plans.find((p) => p.kind === 'training') ?? scope.plans.find((p) => p.kind === 'data')!;
    const readers = scope.plans.filter((p) => p.kind === 'inference' || p.kind === 'deployed' || p.kind === 'other').map((p) => p.name);
    const prompt = `${producer.name} registers every run as a new version of ${modelList(modelsOf(producer, scope.model))} in the Model Control Plane; ${joinList(readers)} read${readers.length === 1 ? 's' : ''} the production version. How should a version reach production?`;
    return [single('promotion', 'decompose', C.PROMOTION.title, prompt, C.PROMOTION.why, C.PROMOTION.options, 'manual')];
  },
  apply(ctx, q, value) {
    const option = pickOption(q, value);
    if (!option) return badOption(q, value);
    return { choices: { ...ctx.choices, promotion: option as Choices['promotion'] } };
  },
};

const mvp: Stage = {
  ask(ctx) {
    const scope = ctx.scope();
    if (!scope?.mvp || scope.plans.length < 2) return [];
    const recommended = scope.plans.find((p) => p.id === scope.mvp!.recommended)!;
    return [{
      ...base('mvp', 'mvp', C.MVP.title, C.MVP.prompt, C.MVP.why),
      kind: 'mvp',
      pipelines: scope.plans.map((p) => ({ name: p.name, summary: p.purpose })),
      recommended: recommended.name,
      reason: scope.mvp.reason,
      value: recommended.name,
    }];
  },
  apply(ctx, _q, value) {
    const name = (value as ValueOf<'mvp'>).pipeline;
    const plan = ctx.scope()?.plans.find((p) => p.name === name);
    if (!plan) return `"${name}" is not one of the proposed pipelines (${joinList(ctx.scope()?.plans.map((p) => p.name) ?? [])}).`;
    return { choices: { ...ctx.choices, mvp: plan.id } };
  },
};

const review: Stage = {
  ask(ctx) {
    const scope = ctx.scope();
    // Nothing is a pipeline: there is no architecture to write, and the interview says so (view.nextStep).
    if (!scope || scope.plans.length === 0) return [];
    return [{ ...base('review', 'document', C.REVIEW.title, C.REVIEW.prompt, C.REVIEW.why), kind: 'review', markdown: renderArchitecture(toArchitecture(scope)) }];
  },
  apply: (ctx) => ({ choices: ctx.choices }),
};

// Promotion before the pipeline questions: it decides training's last step (promote or compare).
const STAGES: readonly Stage[] = [picture, followUp, readiness, board, latency, sources, orchestrator, split, promotion, pipelines, mvp, review];

/** An answered question as it was asked, with the answer filled in (what going back shows). */
export interface Asked {
  question: Question;
  entry: AnswerEntry;
}

export interface Replay {
  choices: Choices;
  scope: Scope | null;
  asked: Asked[];
  /** The log as replayed: answers that fit, readings filled in. */
  kept: AnswerEntry[];
  current: Question | null;
  /** The user chose to come back with a prototype: the interview pauses at the readiness check. */
  redirected: boolean;
  /** Why the first answer that did not fit was refused (reported for the user's fresh answer). */
  rejected: { questionId: string; error: string } | null;
}

function withValue(q: Question, value: AnswerValue): Question {
  switch (value.kind) {
    case 'text':
      return q.kind === 'text' ? { ...q, value: value.text } : q;
    case 'single':
      return q.kind === 'single' ? { ...q, value: value.option } : q;
    case 'multi':
      return q.kind === 'multi' ? { ...q, value: value.options } : q;
    case 'classify':
      if (q.kind !== 'classify') return q;
      return { ...q, components: q.components.map((c) => ({ ...c, bucket: value.buckets[c.id] ?? c.bucket })), board: { ...fitBoardEdits(value, q.components.map((c) => c.id), q.unplaced), shown: q.unplaced.map((u) => u.id) } };
    case 'pipeline':
      return q.kind === 'pipeline' ? { ...q, proposal: value.proposal } : q;
    case 'mvp':
      return q.kind === 'mvp' ? { ...q, value: value.pipeline } : q;
    default:
      return q;
  }
}

function context(choices: Choices): Ctx {
  let cached: Scope | null | undefined;
  return {
    choices,
    scope: () => (cached === undefined ? (cached = choices.reading ? derive(choices, choices.reading) : null) : cached),
  };
}

/**
 * Replays the log. `strictId` names the answer the user just gave: it is validated strictly and
 * its refusal reported; other answers that no longer fit after an earlier change are dropped.
 */
export function replay(answers: readonly AnswerEntry[], strictId: string | null = null): Replay {
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  const raised = new Set<string>();
  let ctx = context(initialChoices());
  let pending: Notice[] = [];
  const asked: Asked[] = [];
  const kept: AnswerEntry[] = [];
  let rejected: Replay['rejected'] = null;
  const finish = (current: Question | null, redirected = false): Replay => ({
    choices: ctx.choices,
    scope: ctx.scope(),
    asked,
    kept,
    current,
    redirected,
    rejected,
  });

  for (const stage of STAGES) {
    if (ctx.choices.readiness === 'prototype') return finish(null, true);
    const questions = stage.ask(ctx);
    if (questions.length === 0) continue;
    pending = [...pending, ...once(raised, stage.raise?.(ctx) ?? [])];
    for (const bare of questions) {
      const q = { ...bare, notices: pending };
      const entry = byId.get(q.id);
      if (!entry) return finish(q);
      const result = entry.value.kind !== q.kind ? `"${q.title}" takes a ${q.kind} answer, not ${entry.value.kind}.` : stage.apply(ctx, q, entry.value, entry, entry.questionId === strictId);
      if (typeof result === 'string') {
        rejected = { questionId: q.id, error: result };
        // The board asked again keeps the user's earlier moves around its new cards.
        return finish(q.kind === 'classify' ? withValue(q, entry.value) : q);
      }
      const normalized: AnswerEntry = result.reading ? { ...entry, reading: result.reading } : { questionId: entry.questionId, value: entry.value };
      kept.push(normalized);
      asked.push({ question: withValue(q, entry.value), entry: normalized });
      ctx = context(result.choices);
      pending = once(raised, result.notices ?? []);
    }
  }
  return finish(null);
}

/** Validates a reading handed in with a free-text answer (e.g. from a language model). */
export function checkReading(reading: unknown): { ok: true; reading: Reading } | { ok: false; error: string } {
  const parsed = ReadingSchema.safeParse(reading);
  if (parsed.success) return { ok: true, reading: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, error: `The reading handed in is not valid at ${issue.path.join('.') || '(root)'}: ${issue.message}.` };
}
