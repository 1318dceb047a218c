/**
 * How `zenml-scope interview` lays questions out in a terminal: words wrapped to the width with a
 * hanging indent (never split mid-word), a question list shown as a list, the board and a
 * pipeline proposal as short numbered lines. Pure: returns text.
 */
import { PHASE_LABELS, type Notice, type Question } from '../core/interview/questions';
import { type BoardEdits, type ClassifiedComponent, type PipelineProposal, type UnplacedCard } from '../core/planning/proposals';

/**
 * Wraps each line of `text` to `width` columns (0: no wrapping). Continuation lines line up
 * under the text after the line's own indent and list marker ("  3. ", "  - ").
 */
export function wrap(text: string, width: number): string {
  if (width <= 0) return text;
  return text
    .split('\n')
    .map((line) => {
      const indent = ' '.repeat(/^\s*(?:\d+\.\s|-\s)?\s*/.exec(line)![0].length);
      const out: string[] = [];
      let current = '';
      for (const word of line.split(/(?<=\S) (?=\S)/)) {
        if (current && current.length + 1 + word.length > width) {
          out.push(current);
          current = indent + word.trimStart();
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

const TONE: Record<Notice['tone'], string> = { pushback: 'Push-back', info: 'Note', redirect: 'Before we go on' };

export function noticeText(n: Notice): string {
  return `${TONE[n.tone]} (${n.rule}): ${n.message}`;
}

export function headerText(q: Question): string {
  const position = q.kind === 'pipeline' ? ` (${q.position} of ${q.of})` : '';
  return `== ${q.title}${position} · ${PHASE_LABELS[q.phase]}`;
}

/** A prompt asking three or more questions in one paragraph reads better as a list. */
export function promptText(prompt: string): string {
  const parts = prompt.split(/(?<=\?)\s+(?=\S)/);
  if (parts.length < 3) return prompt;
  const first = parts[0]!;
  const colon = first.lastIndexOf(': ');
  const intro = colon >= 0 ? first.slice(0, colon + 1) : '';
  const questions = [colon >= 0 ? first.slice(colon + 2) : first, ...parts.slice(1)];
  const capitalised = questions.map((s) => `  - ${s.charAt(0).toUpperCase()}${s.slice(1)}`);
  return [intro, ...capitalised].filter(Boolean).join('\n');
}

/** One line per component; `reasons` adds the engine's why under each (shown the first time). */
export function boardText(components: readonly ClassifiedComponent[], buckets: Record<string, string>, reasons: boolean): string[] {
  return components.flatMap((c, i) => {
    const bucket = buckets[c.id]!;
    const instead = bucket === c.recommended && c.alternative ? `, instead: ${c.alternative}` : '';
    const moved = bucket !== c.recommended ? ` (you moved it; recommended: ${c.recommended})` : '';
    const line = `  ${i + 1}. ${c.name} → ${bucket}${instead}${moved}`;
    return reasons ? [line, `     ${c.reason}`] : [line];
  });
}

/**
 * The clauses the reader could not place, numbered after the cards, each with why or where the user put it:
 * they stay out of the document unless placed, so the user sees them before confirming.
 */
export function unplacedText(unplaced: readonly UnplacedCard[], first: number, edits: Pick<BoardEdits, 'placed' | 'dismissed'>): string[] {
  if (unplaced.length === 0) return [];
  const lines = unplaced.map((u, i) => {
    const state = Object.hasOwn(edits.placed, u.id) ? `→ ${edits.placed[u.id]} (you placed it)` : edits.dismissed.includes(u.id) ? '→ dismissed' : `(${u.reason})`;
    return `  ${first + i}. "${u.text}" ${state}`;
  });
  return ['  Not placed by the reader (left out of the document unless you place them):', ...lines];
}

export function stepText(s: PipelineProposal['steps'][number], i: number): string {
  return `    ${i + 1}. ${s.name} — ${s.description}${s.produces ? ` → produces ${s.produces}` : ''}`;
}

export function proposalText(p: PipelineProposal): string[] {
  return [`  Name:    ${p.name}`, `  Trigger: ${p.trigger}`, '  Steps:', ...p.steps.map(stepText)];
}
