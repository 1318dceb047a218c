/**
 * A fake extension host for the browser tests, bundled into the test page before the
 * real dist/webview.js. It plays the host's part with the REAL interview engine: it
 * validates every webview message with the protocol schema, answers `ready` with the
 * interview, runs answers and revisits through the engine, and records what it got.
 *
 * Query parameters: `mode=document` sends the DAG-only view of a fraud architecture;
 * `trust=0` makes the workspace untrusted (`canWrite: false`).
 */
// First: like the webview, no eval under the panel's CSP.
import '../../src/core/jitless';
import { buildGraph, layoutGraph, toMermaid, toSvg } from '../../src/core/dag';
import * as engine from '../../src/core/interview/engine';
import { loadState, serialize, type InterviewState } from '../../src/core/interview/state';
import type { AnswerValue } from '../../src/core/interview/questions';
import { lint } from '../../src/core/lint/lint';
import { WebviewMessageSchema, type HostMessage, type LintSummary, type WebviewMessage } from '../../src/core/protocol';
import { previewHtml } from '../../src/host/previewHtml';
import { emptyArchitecture, type Architecture } from '../../src/core/model/architecture';
import { dataAndTraining, fraudArchitecture, largeArchitecture } from '../unit/dag/architectures';

interface FakeHost {
  /** Every raw message the webview posted, valid or not. */
  received: unknown[];
  /** Messages that passed the protocol schema. */
  accepted: WebviewMessage[];
  /** What `write` would have written, and `export` would have saved. */
  written: string[];
  exported: { format: string; text: string }[];
  /** CSP violations seen on the page (there must be none). */
  violations: string[];
  /** The webview's persisted view state (`setState`). */
  viewState: unknown;
  send(message: unknown): void;
  /** What "Show Architecture DAG" does while the panel is open: the panel switches to that document's DAG. */
  showDocument(file: string): void;
}

declare global {
  interface Window {
    __host: FakeHost;
    acquireVsCodeApi(): { postMessage(m: unknown): void; getState(): unknown; setState(s: unknown): void };
  }
}

const params = new URLSearchParams(location.search);

/** The document the DAG-only mode shows (`?arch=`). */
const DOCUMENTS: Record<string, () => Architecture> = {
  fraud: fraudArchitecture,
  'data-training': dataAndTraining,
  huge: () => largeArchitecture(1, 20_000),
  empty: () => emptyArchitecture('Notes'),
};
const documentArchitecture = () => (DOCUMENTS[params.get('arch') ?? 'fraud'] ?? fraudArchitecture)();

/** The interview survives a reload of the page, as the real host keeps it in the workspace state. */
function restoredState(): InterviewState {
  const loaded = loadState(sessionStorage.getItem('interviewState'));
  return loaded.ok ? loaded.state : engine.start();
}
let state = restoredState();
function setInterviewState(next: InterviewState): void {
  state = next;
  sessionStorage.setItem('interviewState', serialize(next));
  sessionStorage.removeItem('unconfirmed');
}

/** As the real host: the last valid draft, offered back with the interview when its question is current. */
function unconfirmed(questionId: string | undefined): { unconfirmed?: AnswerValue } {
  const kept = JSON.parse(sessionStorage.getItem('unconfirmed') ?? 'null') as { questionId: string; value: AnswerValue } | null;
  return kept && kept.questionId === questionId ? { unconfirmed: kept.value } : {};
}

const host: FakeHost = {
  received: [],
  accepted: [],
  written: [],
  exported: [],
  violations: [],
  viewState: JSON.parse(sessionStorage.getItem('viewState') ?? 'null'),
  // VS Code delivers host messages as window message events; so does the fake.
  send: (message) => window.postMessage(message, '*'),
  showDocument: (file) => host.send({ type: 'document', file, architecture: documentArchitecture() }),
};
window.__host = host;

document.addEventListener('securitypolicyviolation', (e) => {
  const where = e.target instanceof Element ? `<${e.target.localName}>` : String(e.target);
  host.violations.push(`${e.violatedDirective} (${e.blockedURI}) on ${where} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`);
});

function summarize(text: string): LintSummary {
  const diagnostics = lint(text);
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  return {
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    items: diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, line: d.range.start.line + 1 })),
  };
}

function interview(): HostMessage {
  const view = engine.view(state);
  const inDocument = view.phase === 'document';
  const markdown = inDocument ? engine.render(state) : '';
  return {
    type: 'interview',
    view,
    architecture: engine.architecture(state),
    preview: inDocument ? { markdown, html: previewHtml(markdown), lint: summarize(markdown) } : null,
    canWrite: params.get('trust') !== '0',
    documentPath: params.get('doc') ?? 'pipeline_architecture.md',
    ...unconfirmed(view.question?.id),
  };
}

function architectureShown() {
  return params.get('mode') === 'document' ? documentArchitecture() : engine.architecture(state);
}

function handle(message: WebviewMessage): void {
  switch (message.type) {
    case 'ready':
      host.send(params.get('mode') === 'document' ? { type: 'document', file: 'pipeline_architecture.md', architecture: documentArchitecture() } : interview());
      return;
    case 'answer':
    case 'revisit': {
      const result = message.type === 'answer' ? engine.answer(state, message.questionId, message.value) : engine.revisit(state, message.questionId);
      if (!result.ok) {
        host.send({ type: 'notice', level: 'error', text: result.error });
        return;
      }
      setInterviewState(result.state);
      host.send(interview());
      return;
    }
    case 'draft': {
      // As the real host: the engine's answer, drawn and forgotten; a refused draft draws nothing.
      const result = engine.answer(state, message.questionId, message.value);
      if (!result.ok) return;
      sessionStorage.setItem('unconfirmed', JSON.stringify({ questionId: message.questionId, value: message.value }));
      host.send({ type: 'draft', questionId: message.questionId, architecture: engine.architecture(result.state) });
      return;
    }
    case 'reader':
      // As the real host without a language model in VS Code.
      host.send({ type: 'notice', level: 'error', text: 'No language model is available in VS Code: the description stays read offline.' });
      return;
    case 'reset':
      setInterviewState(engine.start());
      host.send(interview());
      return;
    case 'write':
      host.written.push(engine.render(state));
      host.send({ type: 'notice', level: 'info', text: 'Wrote pipeline_architecture.md' });
      return;
    case 'export': {
      const arch = architectureShown();
      host.exported.push({ format: message.format, text: message.format === 'svg' ? toSvg(layoutGraph(buildGraph(arch)), { title: arch.project }) : toMermaid(arch) });
      host.send({ type: 'notice', level: 'info', text: `Wrote pipeline_architecture.${message.format === 'svg' ? 'svg' : 'mmd'}.` });
      return;
    }
  }
}

window.acquireVsCodeApi = () => ({
  postMessage(raw: unknown) {
    host.received.push(raw);
    const parsed = WebviewMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    host.accepted.push(parsed.data);
    // Asynchronous like the real channel: the webview never sees a reply inside its own call.
    setTimeout(() => handle(parsed.data), 0);
  },
  getState: () => host.viewState,
  setState(s: unknown) {
    host.viewState = s;
    // Survives a reload of the page, as VS Code keeps it across a hidden/restored panel.
    sessionStorage.setItem('viewState', JSON.stringify(s));
  },
});
