/**
 * The interview as the host holds it: the engine's state, persisted through the store after every accepted
 * change, and the `interview` message the webview draws. It adapts, the engine decides: every answer goes
 * through `engine.answer`, and a refused one leaves the state exactly as it was.
 * No `vscode` import (lint config, trust and the optional language model come in as functions), so the
 * message-handler fuzz test can run it on plain Node as well as inside VS Code.
 */
import * as engine from '../core/interview/engine';
import { DEFAULT_DOCUMENT_PATH } from '../core/interview/catalogue';
import { AnswerValueSchema, type AnswerInput } from '../core/interview/questions';
import type { ModelEndpoint } from '../core/assist/endpoint';
import { askModel, offlineNotice, type ModelReply } from '../core/assist/interpret';
import { savedModelReply } from '../core/interview/state';
import type { ResolvedConfig } from '../core/lint/config';
import { lint } from '../core/lint/lint';
import type { Diagnostic } from '../core/lint/types';
import type { Architecture } from '../core/model/architecture';
import type { HostMessage, LintSummary } from '../core/protocol';
import { previewHtml } from './previewHtml';
import type { InterviewStore } from './stateStore';

export type InterviewMessage = Extract<HostMessage, { type: 'interview' }>;
/** `notice`: said to the user although the change went through (the model failed, read offline). */
export type Outcome = { ok: true; notice?: string } | { ok: false; error: string };

export interface SessionDeps {
  store: InterviewStore;
  lintConfig(): Promise<ResolvedConfig>;
  canWrite(): boolean;
  /** Where the document will be written, as the user knows it (the next step names it); undefined: pipeline_architecture.md. */
  documentPath?(): string | undefined;
  /**
   * The language model to read descriptions with, or null for none (not enabled, none chosen or
   * available). `explicit`: the user asked for it with the panel's control, not only by the setting.
   */
  model?(opts: { explicit: boolean }): Promise<ModelEndpoint | null>;
}

export function summarize(diagnostics: readonly Diagnostic[]): LintSummary {
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  return {
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    items: diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, line: d.range.start.line + 1 })),
  };
}

export class InterviewSession {
  private current: engine.InterviewState;

  constructor(private readonly deps: SessionDeps) {
    this.current = deps.store.load();
  }

  get state(): engine.InterviewState {
    return this.current;
  }

  /** The document phase (the review, or the interview complete): the document can be previewed and written. */
  atDocument(): boolean {
    return engine.view(this.current).phase === 'document';
  }

  architecture(): Architecture {
    return engine.architecture(this.current);
  }

  markdown(): string {
    return engine.render(this.current);
  }

  async message(): Promise<InterviewMessage> {
    let preview: InterviewMessage['preview'] = null;
    if (this.atDocument()) {
      const markdown = this.markdown();
      preview = { markdown, html: previewHtml(markdown), lint: summarize(lint(markdown, await this.deps.lintConfig())) };
    }
    const documentPath = this.deps.documentPath?.() ?? DEFAULT_DOCUMENT_PATH;
    const view = engine.view(this.current, { documentPath });
    const edit = this.deps.store.loadUnconfirmed();
    return {
      type: 'interview',
      view,
      architecture: engine.architecture(this.current),
      preview,
      canWrite: this.deps.canWrite(),
      documentPath,
      ...(edit && edit.questionId === view.question?.id && edit.value.kind === view.question.kind ? { unconfirmed: edit.value } : {}),
    };
  }

  async answer(questionId: string, value: AnswerInput): Promise<Outcome> {
    const read = value.kind === 'text' ? await this.readWithModel(questionId, value.text, false) : {};
    return this.commit(engine.answer(this.current, questionId, value, read.model ? { model: read.model } : {}), read.notice);
  }

  /**
   * Reads every free-text answer again, with the language model or offline: the panel's switch.
   * Each is re-answered with its own text, so the rest of the interview follows as on going back.
   */
  async setReader(use: 'model' | 'offline'): Promise<Outcome> {
    let notice: string | undefined;
    for (const entry of this.current.answers) {
      if (entry.value.kind !== 'text' || !/[\p{L}\p{N}]/u.test(entry.value.text)) continue;
      const read = use === 'model' ? await this.readWithModel(entry.questionId, entry.value.text, true) : {};
      if (use === 'model' && !read.model) return { ok: false, error: read.notice ?? 'No language model is available in VS Code: the description stays read offline.' };
      notice ??= read.notice;
      const result = engine.answer(this.current, entry.questionId, entry.value, read.model ? { model: read.model } : {});
      if (!result.ok) return result;
      this.current = result.state;
    }
    return this.commit({ ok: true, state: this.current }, notice);
  }

  /**
   * The architecture `value` would give if it were the answer, for the DAG while the user edits it.
   * Nothing is kept or saved; null when the engine would refuse it (the editor says why). Rule-based
   * reading only: a draft must never wait on a language model.
   */
  /** What an answer being edited would make of the architecture; the edit is kept (not the state) until confirmed. */
  draftArchitecture(questionId: string, value: AnswerInput): Architecture | null {
    const result = engine.answer(this.current, questionId, value);
    if (!result.ok) return null;
    void this.deps.store.saveUnconfirmed({ questionId, value: AnswerValueSchema.parse(value) });
    return engine.architecture(result.state);
  }

  revisit(questionId: string): Promise<Outcome> {
    return this.commit(engine.revisit(this.current, questionId));
  }

  async reset(): Promise<void> {
    this.current = engine.start();
    await this.deps.store.clear();
  }

  /**
   * The model's reply for a description: the one saved with the same text, else one call. A model is a
   * bonus: no model means offline, and a failed or refused call reads offline with a notice.
   */
  private async readWithModel(questionId: string, text: string, explicit: boolean): Promise<{ model?: ModelReply; notice?: string }> {
    if (!/[\p{L}\p{N}]/u.test(text)) return {};
    const saved = savedModelReply(this.current, questionId, text);
    if (saved && !explicit) return { model: saved };
    let endpoint: ModelEndpoint | null = null;
    try {
      endpoint = (await this.deps.model?.({ explicit })) ?? null;
    } catch (e) {
      return { notice: offlineNotice((e as Error).message) };
    }
    if (!endpoint) return {};
    if (saved && saved.model === endpoint.id) return { model: saved };
    const r = await askModel(endpoint, text);
    return r.ok ? { model: r.value } : { notice: offlineNotice(r.error) };
  }

  private async commit(result: engine.Result, notice?: string): Promise<Outcome> {
    if (!result.ok) return result;
    this.current = result.state;
    await Promise.all([this.deps.store.save(result.state), this.deps.store.saveUnconfirmed(undefined)]);
    return notice ? { ok: true, notice } : { ok: true };
  }
}
