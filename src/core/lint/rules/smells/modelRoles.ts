/**
 * Who makes and who promotes a model, read the way ZenML means it rather than by one wording.
 *
 * - A pipeline configured with a model and no pinned version creates a new version on every run
 *   (`@pipeline(model=Model(name=…))`, seed 000 "How pipelines connect"). So a pipeline whose Model
 *   Control Plane field names a model without reading a stage of it makes versions of it, whatever
 *   the verb ("registers", "versions land in", "logged as").
 * - One field may name several models ("produces `a` and `b` versions").
 * - The Cross-Pipeline Data Flow may say it in prose: a sentence whose verb makes a model ("training
 *   registers `m`", "a separate evaluation pipeline creates the versions of `m`"), or one whose verb
 *   moves a version to a stage ("the safety officer signs off and moves it to `production`").
 *   Negated sentences say nothing ("nothing promotes `m` to `production` yet").
 * - The owner's own Model Control Plane field may say the promotion in the same words ("the
 *   release manager moves passing versions to production").
 */
import { parseText, type Sentence } from '../../../language';
import { MODEL_STAGES } from '../../../zenml/facts';
import { textOf, type PipelineView } from './pipelineText';
import type { ParsedDocument } from '../../../markdown/document';

const STAGES: readonly string[] = MODEL_STAGES;

/** Verbs (lemmas) that bring a model version into being. */
const MAKE = new Set(['produce', 'create', 'register', 'train', 'retrain', 'log', 'write', 'publish', 'build', 'fit', 'fine-tune', 'version', 'save', 'store', 'push', 'emit', 'generate', 'output']);
/** Verbs (lemmas) that move a version to a stage. */
const PROMOTE = new Set(['promote', 'move', 'transition', 'tag', 'approve', 'advance', 'elevate', 'set', 'assign', 'mark', 'graduate', 'push', 'release', 'put']);

/** Every model a Model Control Plane field names: each backticked name that is not a stage. */
/** The Model Control Plane field's text, or '' when the pipeline has none. */
export function mcpText(doc: ParsedDocument, view: PipelineView): string {
  const field = view.pp.fields.modelControlPlane;
  return field ? textOf(doc, field.valueRange) : '';
}

export function modelsNamed(doc: ParsedDocument, view: PipelineView): string[] {
  const names = new Set<string>();
  if (view.p.modelControlPlane.model) names.add(view.p.modelControlPlane.model.toLowerCase());
  for (const m of mcpText(doc, view).matchAll(/`([A-Za-z][\w.-]{0,119})`/g)) {
    if (!STAGES.includes(m[1]!.toLowerCase())) names.add(m[1]!.toLowerCase());
  }
  return [...names];
}

/** Whether the pipeline makes versions of its model: said so, or configured with it unpinned. */
export function makesVersions(view: PipelineView): boolean {
  const { model, producesVersions, consumesStage } = view.p.modelControlPlane;
  return producesVersions || (!!model && !consumesStage);
}

export interface FlowRoles {
  /** Models (lower case) some sentence says are made. */
  made: Set<string>;
  /** Stages (lower case) some sentence says a version is moved to. */
  promotedTo: Set<string>;
}

/** What prose (the Cross-Pipeline Data Flow, a Model Control Plane field) says is made and promoted. Parses only when there is prose. */
export function readFlowRoles(dataFlow: string): FlowRoles {
  const roles: FlowRoles = { made: new Set(), promotedTo: new Set() };
  if (!dataFlow.trim()) return roles;
  for (const sentence of parseText(dataFlow)) readSentence(dataFlow, sentence, roles);
  return roles;
}

/** Negative pronouns as subjects ("nothing registers it", "nobody promotes"): the tagger's negation scope misses them. */
const NEGATIVE_SUBJECT = new Set(['nothing', 'nobody', 'none', 'neither']);

function readSentence(text: string, sentence: Sentence, roles: FlowRoles): void {
  const cut = sentence.tokens.findIndex((t) => NEGATIVE_SUBJECT.has(t.lower));
  const verbs = sentence.tokens.filter((t, i) => !t.negated && (cut < 0 || i < cut) && t.pos !== 'ADJ' && t.pos !== 'ADP');
  const made = verbs.find((t) => MAKE.has(t.lemma));
  if (made) for (const m of sentence.text.matchAll(/`([A-Za-z][\w.-]{0,119})`/g)) if (!STAGES.includes(m[1]!.toLowerCase())) roles.made.add(m[1]!.toLowerCase());
  for (const verb of verbs.filter((t) => PROMOTE.has(t.lemma))) {
    // The stage the verb moves to: the first stage word after "to"/"into"/"as"/"at" later in the sentence.
    const after = text.slice(verb.end, sentence.end);
    const target = /\b(?:to|into|as|at|in|for)\s+(?:the\s+)?`?([a-z]+)`?/gi;
    for (const m of after.matchAll(target)) {
      const stage = m[1]!.toLowerCase();
      if (STAGES.includes(stage) && stage !== 'none') {
        roles.promotedTo.add(stage);
        break;
      }
    }
  }
}
