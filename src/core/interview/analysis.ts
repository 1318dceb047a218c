/**
 * The engine's reading of one description, in the stable shape `zenml-scope analyze` prints:
 * the categories, what is missing, the readiness check, the classified components, the smells
 * and the proposed pipelines. Text with nothing recognisable gets the follow-up, not a guess.
 */
import type { CategoryId } from '../reading/reading';
import { arrivalNotices, redFlagNotices } from './pushback';
import type { Bucket } from '../planning/proposals';
import type { PipelineKind } from '../planning/steps';
import { derive, initialChoices } from '../planning/scope';
import { followUpQuestion, missingCategories, readDescription } from '../reading';
import { interpret, offlineNotice, type ModelReply } from '../assist/interpret';

export interface Analysis {
  categories: Record<CategoryId, string[]>;
  missingCategories: CategoryId[];
  followUp: string | null;
  readiness: { ready: boolean; signals: string[] };
  components: { name: string; text: string; bucket: Bucket; alternative?: string; reason: string }[];
  smells: { rule: string; message: string }[];
  pipelines: { name: string; kind: PipelineKind; trigger: string; steps: string[]; mvp: boolean }[];
  team: { engineers: number | null };
  /** Every system the description names, with the role its clause gives it. */
  systems: { name: string; role: string; quote: string }[];
  /** Every model named, each with its lifecycle: trained here or given, used in batch, per request or by people. */
  models: { name: string; trained: string; use: string; quote: string }[];
  /** Clauses that ended in no component and no fact, with why. */
  unplaced: { text: string; reason: string }[];
  /** The language model that read the description, or null when it was read offline. */
  readBy: string | null;
  /** What the engine dropped or corrected of the model's answer (or why it read offline). */
  modelNotes: string[];
}

/** The model's reading when it has one that parses, else the offline reader's, with the notes either way. */
function readingOf(text: string, model: ModelReply | undefined) {
  if (!model) return { reading: readDescription(text, null), proposals: null, readBy: null, notes: [] };
  const read = interpret(text, model.reply, null);
  if (!read.ok) return { reading: readDescription(text, null), proposals: null, readBy: null, notes: [offlineNotice(read.error)] };
  return { ...read.value, readBy: model.model };
}

export function analyzeDescription(text: string, model?: ModelReply): Analysis {
  const { reading, proposals, readBy, notes } = readingOf(text, model);
  // Nothing recognised: no components to classify and no pipelines to propose, only the follow-up.
  const scope = reading.components.length > 0 ? derive({ ...initialChoices(), reading, proposals, readBy }, reading) : null;
  const components = scope?.components ?? [];
  const seen = new Set<string>();
  const smells = [...redFlagNotices(text, reading), ...arrivalNotices(text, reading, components)]
    .filter((n) => !seen.has(n.rule) && seen.add(n.rule))
    .map(({ rule, message }) => ({ rule, message }));
  return {
    categories: reading.categories as Record<CategoryId, string[]>,
    missingCategories: missingCategories(reading),
    followUp: followUpQuestion(reading),
    readiness: { ready: reading.readinessSignals.length === 0, signals: reading.readinessSignals },
    components: components.map((c) => ({ name: c.name, text: c.text, bucket: c.bucket, ...(c.alternative ? { alternative: c.alternative } : {}), reason: c.reason })),
    smells,
    pipelines: (scope?.plans ?? []).map((p) => ({ name: p.name, kind: p.kind, trigger: p.trigger, steps: p.steps.map((s) => s.name), mvp: p.id === scope?.mvp?.id })),
    team: { engineers: reading.team.engineers },
    systems: reading.systems,
    models: reading.models,
    unplaced: reading.unplaced,
    readBy,
    modelNotes: notes,
  };
}
