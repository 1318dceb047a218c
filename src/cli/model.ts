/**
 * The CLI's language model: `--model-url`, `--model`, `--model-timeout` (seconds), else the
 * ZENML_SCOPE_MODEL_URL / ZENML_SCOPE_MODEL environment variables, the key always from
 * ZENML_SCOPE_MODEL_KEY (never a flag: flags end up in shell history and CI logs). Without a URL no
 * network call is made. A failed call reads offline and says so on stderr, in one line.
 */
import { endpointFromSettings, settingsFromEnv, DEFAULT_TIMEOUT_MS, type ModelEndpoint } from '../core/assist/endpoint';
import { askModel, type ModelReply } from '../core/assist/interpret';
import { CliError, type CliIO } from './io';
import { replayEndpoint } from '../recordings/recordings';

export const MODEL_OPTIONS = {
  'model-url': { type: 'string' },
  model: { type: 'string' },
  'model-timeout': { type: 'string' },
} as const;

export const MODEL_USAGE = `  --model-url URL   read the description with a language model: an OpenAI-compatible endpoint
                    (http://localhost:11434/v1 for Ollama, …) or replay:<folder> of recordings;
                    default ZENML_SCOPE_MODEL_URL. The key comes from ZENML_SCOPE_MODEL_KEY.
  --model NAME      the model to ask (default ZENML_SCOPE_MODEL)
  --model-timeout S seconds to wait for the model (default ${DEFAULT_TIMEOUT_MS / 1000}); then it reads offline`;

type ModelValues = { 'model-url'?: string | boolean | undefined; model?: string | boolean | undefined; 'model-timeout'?: string | boolean | undefined };

export function modelEndpoint(values: ModelValues, io: CliIO): ModelEndpoint | null {
  const env = settingsFromEnv(io.env ?? {});
  const seconds = values['model-timeout'] === undefined ? undefined : Number(values['model-timeout']);
  if (seconds !== undefined && !(seconds > 0)) throw new CliError(`--model-timeout takes seconds, not '${String(values['model-timeout'])}'`);
  const made = endpointFromSettings({
    url: (values['model-url'] as string | undefined) ?? env.url,
    model: (values.model as string | undefined) ?? env.model,
    key: env.key,
    timeoutMs: seconds === undefined ? undefined : seconds * 1000,
  }, replayEndpoint);
  if (!made.ok) throw new CliError(made.error);
  return made.value;
}

/** The model's reply for `text`, or undefined (said on stderr) when the description is read offline. */
export async function readWithModel(endpoint: ModelEndpoint | null, text: string, io: CliIO): Promise<ModelReply | undefined> {
  if (!endpoint) return undefined;
  const controller = new AbortController();
  const cancel = () => controller.abort();
  process.once('SIGINT', cancel);
  try {
    const r = await askModel(endpoint, text, controller.signal);
    if (r.ok) return r.value;
    io.stderr(`model: ${r.error}; read offline\n`);
    return undefined;
  } finally {
    process.off('SIGINT', cancel);
  }
}
