/**
 * Model recordings for tests (see docs/notes/language-model.md). Run through scripts/recordings.mjs:
 *   prompt <description.txt>            print the exact prompt (system + user messages) and its hash
 *   prompt <description.txt> --json     the request body (messages and response_format) as JSON
 *   store <description.txt> <reply.txt> --model <id> [--name <name>]
 *                                       store the reply text verbatim as test/recordings/<name>.json
 *   record <description.txt> [--name <name>]
 *                                       ask ZENML_SCOPE_MODEL_URL / ZENML_SCOPE_MODEL (key in
 *                                       ZENML_SCOPE_MODEL_KEY) and store its reply the same way
 * <name> defaults to the description file's name without its extension; --dir changes the folder.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { answerJsonSchema } from '../src/core/assist/answer';
import { endpointFromSettings, settingsFromEnv } from '../src/core/assist/endpoint';
import { promptMessages, promptText } from '../src/core/assist/prompt';
import { makeRecording, promptHash, replayEndpoint } from '../src/recordings/recordings';

function fail(message: string): never {
  process.stderr.write(`recordings: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { model: { type: 'string' }, name: { type: 'string' }, json: { type: 'boolean', default: false }, dir: { type: 'string' } },
  });
  const [command, descriptionFile, replyFile] = positionals;
  if (!descriptionFile) fail('usage: recordings.mjs prompt|store|record <description.txt> [reply.txt] (see scripts/recordings.ts)');
  const description = readFileSync(descriptionFile, 'utf8');
  const messages = promptMessages(description);
  const dir = resolve(values.dir ?? join(__dirname, '..', 'test', 'recordings'));
  const target = join(dir, `${values.name ?? basename(descriptionFile).replace(/\.[^.]*$/, '')}.json`);
  const store = (reply: string, model: string): void => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(target, `${JSON.stringify(makeRecording(description, reply, model, new Date().toISOString()), null, 2)}\n`);
    process.stdout.write(`stored ${target} (prompt ${promptHash(messages).slice(0, 12)}, model ${model})\n`);
  };

  if (command === 'prompt') {
    const body = { messages, response_format: { type: 'json_schema', json_schema: { name: 'scope_answer', strict: true, schema: answerJsonSchema() } } };
    process.stdout.write(values.json ? `${JSON.stringify(body, null, 2)}\n` : `${promptText(messages)}\n\n[prompt hash ${promptHash(messages)}]\n`);
  } else if (command === 'store') {
    if (!replyFile) fail('store needs the reply file: store <description.txt> <reply.txt> --model <id>');
    if (!values.model) fail('store needs --model <id>: the model that wrote the reply');
    store(readFileSync(replyFile, 'utf8'), values.model);
  } else if (command === 'record') {
    const endpoint = endpointFromSettings({ ...settingsFromEnv(process.env), timeoutMs: 600_000 }, replayEndpoint);
    if (!endpoint.ok) fail(endpoint.error);
    if (!endpoint.value || endpoint.value.id.startsWith('replay:')) fail('record needs ZENML_SCOPE_MODEL_URL and ZENML_SCOPE_MODEL naming a real endpoint');
    const result = await endpoint.value.complete(messages, {});
    if (!result.ok) fail(result.error);
    store(result.text, result.model);
  } else {
    fail(`unknown command '${command}' (prompt, store or record)`);
  }
}

void main();
