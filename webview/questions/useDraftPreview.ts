/**
 * Sends the answer being edited to the host as a draft, so the DAG shows moved cards and
 * rewritten steps before the user confirms them. Debounced: typing a step's description sends
 * one draft per pause, not one per key. Compared with the question's own answer (`original`),
 * not with what the form opened with: edits restored after a reload or a revisit are drawn at
 * once. Back to the original, it sends the original with `undone`: nothing unconfirmed is left to
 * draw (and the host forgets the edit it keeps for a reload).
 */
import { useEffect, useRef } from 'preact/hooks';
import type { AnswerValue } from '../../src/core/interview/questions';

const PAUSE_MS = 120;

export type DraftSink = (value: AnswerValue, undone: boolean) => void;

export function useDraftPreview(value: AnswerValue | null, original: AnswerValue, onDraft: DraftSink | undefined): void {
  const key = value ? JSON.stringify(value) : '';
  const originalKey = JSON.stringify(original);
  const drafted = useRef(false);
  useEffect(() => {
    if (!onDraft) return;
    if (key === originalKey) {
      if (drafted.current) onDraft(original, true);
      drafted.current = false;
      return;
    }
    // An answer the form refuses (a bad step name) is not drawn; the form says why.
    if (!value) return;
    drafted.current = true;
    const timer = setTimeout(() => onDraft(value, false), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [key]);
}
