/**
 * The panel: the interview on one side, the live DAG on the other (stacked when narrow).
 * It draws what the host sends and sends intents back; the core, behind the host, decides.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AnswerValue } from '../src/core/interview/questions';
import type { HostMessage } from '../src/core/protocol';
import { AnsweredList } from './AnsweredList';
import { DagView } from './dag/DagView';
import { post, useHostMessages } from './host';
import { HostNotices, type HostNotice } from './Notices';
import { Prose } from './Prose';
import { ReadBy } from './ReadBy';
import { QuestionCard } from './questions/QuestionCard';
import { ReviewPanel } from './questions/ReviewPanel';
import { Stepper } from './Stepper';
import { Button, Spinner } from './ui';
import { writePersisted } from './usePersistedState';

type InterviewMessage = Extract<HostMessage, { type: 'interview' }>;
type DocumentMessage = Extract<HostMessage, { type: 'document' }>;
type DraftMessage = Extract<HostMessage, { type: 'draft' }>;
type Screen = { mode: 'waiting' } | { mode: 'interview'; message: InterviewMessage } | { mode: 'document'; message: DocumentMessage };

/** Only the latest outcome: older ones ("Kept the existing file", then "Replaced it") would contradict it. */
const MAX_NOTICES = 1;
let noticeIds = 0;

export function App() {
  const [screen, setScreen] = useState<Screen>({ mode: 'waiting' });
  const [notices, setNotices] = useState<HostNotice[]>([]);
  const [busy, setBusy] = useState(false);
  const [draft, setDraft] = useState<DraftMessage | null>(null);
  /** The question whose edits the DAG should show; null once they are undone (a late reply is then ignored). */
  const drafting = useRef<string | null>(null);

  const onMessage = useCallback((m: HostMessage) => {
    if (m.type === 'draft') return void (m.questionId === drafting.current && setDraft(m));
    setBusy(false);
    // Edits drawn for a question no longer on screen no longer apply (a refused answer keeps its question, and its edits).
    if (m.type !== 'notice' && (m.type === 'document' || m.view.question?.id !== drafting.current)) {
      drafting.current = null;
      setDraft(null);
    }
    if (m.type === 'notice') {
      setNotices((ns) => [...ns, { id: ++noticeIds, level: m.level, text: m.text }].slice(-MAX_NOTICES));
    } else if (m.type === 'interview') {
      setScreen((prev) => {
        // A new question clears outcomes that were about the previous one.
        if (prev.mode !== 'interview' || prev.message.view.question?.id !== m.view.question?.id) setNotices([]);
        return { mode: 'interview', message: m };
      });
    } else {
      setScreen((prev) => {
        // Outcomes of the interview (or of another document's DAG) say nothing about this one.
        if (prev.mode !== 'document' || prev.message.file !== m.file) setNotices([]);
        return { mode: 'document', message: m };
      });
    }
  }, []);
  useHostMessages(onMessage);

  const answer = (questionId: string, value: AnswerValue) => {
    setBusy(true);
    post({ type: 'answer', questionId, value });
    // The draft has served its purpose; a revisit shows the answer the host keeps.
    writePersisted(`draft:${questionId}`, undefined);
  };
  const sendDraft = (questionId: string, value: AnswerValue, undone: boolean) => {
    drafting.current = undone ? null : questionId;
    if (undone) setDraft(null);
    post({ type: 'draft', questionId, value });
  };
  const revisit = (questionId: string) => post({ type: 'revisit', questionId });
  const exportAs = (format: 'svg' | 'mermaid') => post({ type: 'export', format });
  const dismiss = (id: number) => setNotices((ns) => ns.filter((n) => n.id !== id));

  if (screen.mode === 'waiting') {
    return (
      <div class="waiting">
        <Spinner label="Loading" />
        <p>Loading the interview…</p>
      </div>
    );
  }
  if (screen.mode === 'document') {
    return (
      <div class="app document-mode">
        <HostNotices notices={notices} onDismiss={dismiss} />
        <DagView
          architecture={screen.message.architecture}
          onExport={exportAs}
          heading={`DAG of ${screen.message.file}`}
          emptyText={{
            title: `${screen.message.file} has no pipelines to draw.`,
            hint: 'Each "### Pipeline N: Name (MVP)" section with its **Steps:** list becomes a column of the DAG.',
          }}
        />
      </div>
    );
  }

  return (
    <InterviewScreen
      message={screen.message}
      draft={draft}
      notices={notices}
      busy={busy}
      onAnswer={answer}
      onDraft={sendDraft}
      onRevisit={revisit}
      onExport={exportAs}
      onDismiss={dismiss}
      onWrite={() => setBusy(true)}
    />
  );
}

interface InterviewScreenProps {
  message: InterviewMessage;
  /** The DAG of the answer being edited, when the host has drawn one. */
  draft: DraftMessage | null;
  notices: readonly HostNotice[];
  busy: boolean;
  onAnswer: (questionId: string, value: AnswerValue) => void;
  onDraft: (questionId: string, value: AnswerValue, undone: boolean) => void;
  onRevisit: (questionId: string) => void;
  onExport: (format: 'svg' | 'mermaid') => void;
  onDismiss: (id: number) => void;
  onWrite: () => void;
}

/**
 * A new question starts at its top: the previous one's scroll position (the bottom of a long
 * pipeline editor, where its Confirm button was) would land the user mid-way through the next.
 * The heading takes the focus, so keyboard and screen-reader users start there too.
 */
function useTopOnNewQuestion(questionId: string | undefined) {
  const section = useRef<HTMLElement>(null);
  const shown = useRef(questionId);
  useEffect(() => {
    if (shown.current === questionId) return;
    shown.current = questionId;
    section.current?.scrollTo({ top: 0 });
    // Narrow panels stack the DAG under the interview and scroll the whole page instead.
    if (section.current && section.current.getBoundingClientRect().top < 0) window.scrollTo({ top: 0 });
    section.current?.querySelector<HTMLElement>('#question-title')?.focus({ preventScroll: true });
  }, [questionId]);
  return section;
}

function InterviewScreen({ message, draft, notices, busy, onAnswer, onDraft, onRevisit, onExport, onDismiss, onWrite }: InterviewScreenProps) {
  const { view, architecture, preview, canWrite, documentPath } = message;
  const question = view.question;
  // A draft drawn for another question (a reply that crossed an answer) is not shown.
  const drafted = draft && question && draft.questionId === question.id ? draft.architecture : null;
  const section = useTopOnNewQuestion(question?.id);
  const write = () => {
    // Writing accepts the review first, so the interview is complete when the file lands.
    if (question?.kind === 'review') post({ type: 'answer', questionId: question.id, value: { kind: 'review', accept: true } });
    onWrite();
    post({ type: 'write' });
  };
  const review = preview && (
    <ReviewPanel markdown={preview.markdown} html={preview.html} lint={preview.lint} canWrite={canWrite} documentPath={documentPath} busy={busy} onWrite={write} />
  );

  return (
    <div class="app">
      <header class="app-header">
        <h1>Scope ZenML Architecture</h1>
        <Stepper view={view} onRevisit={onRevisit} />
      </header>
      <main class="app-main">
        <section class="interview" aria-label="Interview" ref={section}>
          <HostNotices notices={notices} onDismiss={onDismiss} />
          {question ? (
            <QuestionCard question={question} busy={busy} onAnswer={(v) => onAnswer(question.id, v)} onDraft={(v, undone) => onDraft(question.id, v, undone)} unconfirmed={message.unconfirmed} review={review} />
          ) : (
            <Completed nextStep={view.nextStep} review={review} />
          )}
          <AnsweredList view={view} onRevisit={onRevisit} />
          <ReadBy readBy={view.readBy} busy={busy} />
          <StartOver />
        </section>
        <DagView architecture={drafted ?? architecture} unconfirmed={drafted !== null} onExport={onExport} heading="Pipeline DAG" />
      </main>
    </div>
  );
}

function Completed({ nextStep, review }: { nextStep: string | null; review: preact.ComponentChildren }) {
  return (
    <article class="question completed" data-kind="complete">
      <p class="eyebrow">Document</p>
      <h2>Your architecture is scoped</h2>
      {nextStep && (
        <aside class="why" aria-label="Next step">
          <strong>Next step</strong>
          <p>
            <Prose text={nextStep} />
          </p>
        </aside>
      )}
      {review}
    </article>
  );
}

/** Starting over discards every answer, so it takes a second, deliberate click. */
function StartOver() {
  const [armed, setArmed] = useState(false);
  return (
    <div class="start-over">
      {armed ? (
        <>
          <span class="hint">This discards every answer.</span>
          <Button appearance="secondary" onClick={() => setArmed(false)}>
            Keep my answers
          </Button>
          <Button
            onClick={() => {
              setArmed(false);
              post({ type: 'reset' });
            }}
            testId="reset-confirm"
          >
            Start over
          </Button>
        </>
      ) : (
        <Button appearance="secondary" onClick={() => setArmed(true)} testId="reset">
          Start over…
        </Button>
      )}
    </div>
  );
}
