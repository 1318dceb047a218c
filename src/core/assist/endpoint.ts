/**
 * Where the model answers: any OpenAI-compatible chat-completions endpoint (Ollama, LM Studio, vLLM,
 * hosted models) or `replay:<folder>` of recordings. Nothing here calls the network unless a URL was
 * given explicitly (flag or environment variable). Every failure is one line, never a throw.
 */
import * as z from 'zod';
import { answerJsonSchema } from './answer';
import type { ChatMessage } from './prompt';

export type Completion = { ok: true; text: string; model: string } | { ok: false; error: string };

/** The one thing the engine needs from a model; the VS Code host implements it over `vscode.lm`. */
export interface ModelEndpoint {
  /** Names the endpoint in messages: the model id, or `replay:<folder>`. */
  readonly id: string;
  complete(messages: readonly ChatMessage[], opts: { signal?: AbortSignal }): Promise<Completion>;
}

export interface EndpointSettings {
  url?: string | undefined;
  model?: string | undefined;
  key?: string | undefined;
  timeoutMs?: number | undefined;
}

export const DEFAULT_TIMEOUT_MS = 120_000;
export const REPLAY_PREFIX = 'replay:';

/** ZENML_SCOPE_MODEL_URL, ZENML_SCOPE_MODEL and ZENML_SCOPE_MODEL_KEY: how tools that call the CLI without flags reach a model. */
export function settingsFromEnv(env: Record<string, string | undefined>): EndpointSettings {
  return { url: env.ZENML_SCOPE_MODEL_URL || undefined, model: env.ZENML_SCOPE_MODEL || undefined, key: env.ZENML_SCOPE_MODEL_KEY || undefined };
}

type Made = { ok: true; value: ModelEndpoint | null } | { ok: false; error: string };

/**
 * The endpoint the settings name, null when none was asked for, or why the settings are unusable.
 * `replay` serves `replay:<folder>` (recordings are files: the Node side hands it in).
 */
export function endpointFromSettings(s: EndpointSettings, replay: (dir: string) => ModelEndpoint): Made {
  if (!s.url) return { ok: true, value: null };
  if (s.url.startsWith(REPLAY_PREFIX)) return { ok: true, value: replay(s.url.slice(REPLAY_PREFIX.length)) };
  let url: URL;
  try {
    url = new URL(s.url);
  } catch {
    return { ok: false, error: `the model URL '${s.url}' is not a URL (http://…, https://… or replay:<folder>)` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: `the model URL must be http(s) or replay:<folder>, not ${url.protocol}` };
  if (!s.model) return { ok: false, error: 'a model URL needs a model name too (--model or ZENML_SCOPE_MODEL)' };
  return { ok: true, value: chatCompletionsEndpoint(url, s.model, s.key, s.timeoutMs ?? DEFAULT_TIMEOUT_MS) };
}

const ReplySchema = z.object({
  model: z.string().optional(),
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable(), refusal: z.string().nullable().optional() }) })).min(1),
});

function chatCompletionsEndpoint(base: URL, model: string, key: string | undefined, timeoutMs: number): ModelEndpoint {
  const url = base.pathname.endsWith('/chat/completions') ? base.href : new URL(`${base.pathname.replace(/\/$/, '')}/chat/completions`, base).href;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  const responseFormat = { type: 'json_schema', json_schema: { name: 'scope_answer', strict: true, schema: answerJsonSchema() } };

  async function post(body: object, signal: AbortSignal): Promise<{ status: number; text: string }> {
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal });
    return { status: res.status, text: await res.text() };
  }

  return {
    id: model,
    complete: async (messages, opts) => {
      const signal = opts.signal ? AbortSignal.any([opts.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
      try {
        let res = await post({ model, messages, temperature: 0, response_format: responseFormat }, signal);
        // Endpoints without structured output answer 400/422: ask again without it (the prompt carries the schema too).
        if (res.status === 400 || res.status === 422) res = await post({ model, messages, temperature: 0 }, signal);
        if (res.status < 200 || res.status >= 300) return { ok: false, error: `${url} answered HTTP ${res.status}: ${oneLine(res.text)}` };
        let json: unknown;
        try {
          json = JSON.parse(res.text);
        } catch {
          return { ok: false, error: `${url} did not answer JSON: ${oneLine(res.text)}` };
        }
        const reply = ReplySchema.safeParse(json);
        if (!reply.success) return { ok: false, error: `${url} did not answer a chat completion` };
        const message = reply.data.choices[0]!.message;
        if (message.content === null) return { ok: false, error: `the model refused: ${oneLine(message.refusal ?? 'no content')}` };
        return { ok: true, text: message.content, model: reply.data.model ?? model };
      } catch (e) {
        if (opts.signal?.aborted) return { ok: false, error: 'the model call was cancelled' };
        if ((e as Error).name === 'TimeoutError' || signal.aborted) return { ok: false, error: `the model did not answer within ${timeoutMs / 1000} s` };
        return { ok: false, error: `cannot reach ${url}: ${oneLine((e as Error & { cause?: Error }).cause?.message ?? (e as Error).message)}` };
      }
    },
  };
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
