/**
 * Sends the answer being edited to the host as a draft, so the DAG shows moved cards and
 * rewritten steps before the user confirms them. Debounced: typing a step's description sends
 * one draft per pause, not one per key. Nothing is sent until the answer differs from what the
 * form opened with (the DAG already shows that); after that every change is sent, including a
 * change back.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { AnswerValue } from '../../src/core/interview/questions';

const PAUSE_MS = 120;

export function useDraftPreview(value: AnswerValue | null, onDraft: ((value: AnswerValue) => void) | undefined): void {
  const key = value ? JSON.stringify(value) : '';
  const opened = useRef(key);
  const edited = useRef(false);
  useEffect(() => {
    if (!value || !onDraft) return;
    if (!edited.current && key === opened.current) return;
    edited.current = true;
    const timer = setTimeout(() => onDraft(value), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [key]);
}
