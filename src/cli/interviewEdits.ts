/**
 * What people type at the board and pipeline prompts of `zenml-scope interview`, parsed into
 * edits or into a message that says exactly what was not understood. Pure: no I/O.
 */
import { BUCKETS, type BoardEdits, type Bucket, type PipelineProposal } from '../core/planning/proposals';

type Step = PipelineProposal['steps'][number];
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const BUCKET_ALIASES: Record<string, Bucket> = { p: 'pipeline', d: 'deployed', n: 'not-a-pipeline', x: 'defer', deferred: 'defer', deploy: 'deployed' };

function bucketOf(word: string): Bucket | null {
  const w = word.trim().toLowerCase();
  return (BUCKETS as readonly string[]).includes(w) ? (w as Bucket) : (BUCKET_ALIASES[w] ?? null);
}

/** Where a board item goes: a bucket, or away (only a clause the reader could not place can be dismissed). */
export type BoardTarget = Bucket | 'dismiss';

/**
 * "3=defer, 5 = n" → the moves to make (0-based item, target), plus one message per part not understood.
 * Items 1…`count` are the reader's cards, the next `clauses` the clauses it could not place.
 */
export function parseBoardEdits(line: string, count: number, clauses = 0): { moves: [number, BoardTarget][]; errors: string[] } {
  const moves: [number, BoardTarget][] = [];
  const errors: string[] = [];
  const items = count + clauses;
  for (const part of line.replace(/\s*=\s*/g, '=').split(/[,;\s]+/).filter(Boolean)) {
    const m = /^(\d+)=(.+)$/.exec(part);
    const dismiss = m && /^(?:dismiss|drop)$/i.test(m[2]!);
    const target = m ? (dismiss ? 'dismiss' : bucketOf(m[2]!)) : null;
    const n = m ? Number(m[1]) : 0;
    if (!m) errors.push(`"${part}": write an item number and where it goes, e.g. 2=defer`);
    else if (n < 1 || n > items) errors.push(`"${part}": there is no item ${n} (1-${items})`);
    else if (!target) errors.push(`"${part}": "${m[2]}" is not one of ${BUCKETS.join(', ')}${clauses ? ' (or dismiss, for a clause)' : ''}`);
    else if (dismiss && n <= count) errors.push(`"${part}": only a clause the reader could not place can be dismissed; move item ${n} to a bucket instead`);
    else moves.push([n - 1, target]);
  }
  return { moves, errors };
}

type ClauseEdits = Pick<BoardEdits, 'placed' | 'dismissed'>;

/** A clause the reader could not place, put in a bucket or dismissed: whatever the user said of it before is replaced. */
export function moveClause(edits: ClauseEdits, id: string, target: BoardTarget): ClauseEdits {
  const placed = Object.fromEntries(Object.entries(edits.placed).filter(([k]) => k !== id));
  const dismissed = edits.dismissed.filter((d) => d !== id);
  return target === 'dismiss' ? { placed, dismissed: [...dismissed, id] } : { placed: { ...placed, [id]: target }, dismissed };
}

/** Between a step's name and its description: a dash with spaces around it, an em/en dash or a colon. */
const NAME_SEPARATOR = /\s+-\s+|\s*[—–:]\s*/;
/** Before the artifact: →, -> or =>, optionally followed by "produces". */
const PRODUCES_SEPARATOR = /\s*(?:→|->|=>)\s*(?:produces:?\s*)?/i;

/**
 * "score_drift - compares this week's features with last week's -> produces a drift report" → a
 * step. Arrows typed as -> or =>; a name written in words becomes snake_case.
 */
export function parseStep(text: string): Parsed<Step> {
  const [head = '', ...rest] = text.trim().split(PRODUCES_SEPARATOR);
  const produces = rest.join(' ').trim();
  const sep = NAME_SEPARATOR.exec(head);
  const rawName = (sep ? head.slice(0, sep.index) : head).trim();
  const description = sep ? head.slice(sep.index + sep[0].length).trim() : '';
  if (!/^[A-Za-z][\w -]*$/.test(rawName)) return { ok: false, error: 'start with the step name, e.g. build_features - what it does -> what it produces' };
  const name = rawName.toLowerCase().replace(/[\s-]+/g, '_');
  if (!description) return { ok: false, error: `say what ${name} does: ${name} - what it does -> what it produces` };
  if (!produces) return { ok: false, error: `say what ${name} produces: … -> produces a feature table` };
  return { ok: true, value: { name, description, produces } };
}

export const PIPELINE_EDIT_HELP = [
  'Enter accepts the pipeline as shown. To change it, type one edit at a time:',
  '  name=Fraud Training                         rename the pipeline',
  '  trigger=weekly on Sunday night              change what starts it',
  '  2=build_features - what it does -> output   replace step 2',
  '  add score_batch - what it does -> output    add a step at the end',
  '  del 2                                       remove step 2',
].join('\n');

/** One edit of a proposed pipeline ("name=…", "trigger=…", "3=step…", "add step…", "del 3"), or what is wrong with it. */
export function editPipeline(p: PipelineProposal, line: string): Parsed<PipelineProposal> {
  const m = /^(name|trigger|del(?:ete)?|rm|add|\d+)\b\s*=?\s*(.*)$/i.exec(line.trim());
  if (!m) return { ok: false, error: `"${line.trim()}" is not an edit.` };
  const key = m[1]!.toLowerCase();
  const rest = m[2]!.trim();
  const count = p.steps.length;
  if (key === 'name' || key === 'trigger') {
    if (!rest) return { ok: false, error: `write the new ${key} after the =, e.g. ${key === 'name' ? 'name=Fraud Training' : 'trigger=weekly on Sunday night'}` };
    return { ok: true, value: { ...p, [key]: rest } };
  }
  if (key === 'add') {
    const step = parseStep(rest);
    return step.ok ? { ok: true, value: { ...p, steps: [...p.steps, step.value] } } : step;
  }
  const n = Number(/^\d+$/.test(key) ? key : rest);
  if (!Number.isInteger(n) || n < 1 || n > count) return { ok: false, error: `there is no step ${/^\d+$/.test(key) ? key : rest || '(none given)'} (${count === 1 ? 'there is only step 1' : `steps 1-${count}`})` };
  if (!/^\d+$/.test(key)) {
    if (count === 1) return { ok: false, error: 'a pipeline needs at least one step: replace it instead (1=…)' };
    return { ok: true, value: { ...p, steps: p.steps.filter((_, i) => i !== n - 1) } };
  }
  const step = parseStep(rest);
  return step.ok ? { ok: true, value: { ...p, steps: p.steps.map((s, i) => (i === n - 1 ? step.value : s)) } } : step;
}
