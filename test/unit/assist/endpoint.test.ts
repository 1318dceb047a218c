import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endpointFromSettings, type ModelEndpoint } from '../../../src/core/assist/endpoint';
import { replayEndpoint } from '../../../src/recordings/recordings';
import { askModel } from '../../../src/core/assist/interpret';
import { promptMessages } from '../../../src/core/assist/prompt';
import { DESCRIPTION, reply } from './synthetic';
import { completion, localServer } from './localServer';

function endpoint(url: string, timeoutMs = 5000): ModelEndpoint {
  const made = endpointFromSettings({ url, model: 'local-model', key: 'secret-key', timeoutMs }, replayEndpoint);
  assert.ok(made.ok && made.value);
  return made.value;
}

test('no URL, no endpoint: nothing is called without a setting; bad settings are one line', () => {
  assert.deepEqual(endpointFromSettings({}, replayEndpoint), { ok: true, value: null });
  assert.deepEqual(endpointFromSettings({ model: 'x' }, replayEndpoint), { ok: true, value: null });
  const noModel = endpointFromSettings({ url: 'http://localhost:1/v1' }, replayEndpoint);
  assert.ok(!noModel.ok && /needs a model name/.test(noModel.error));
  const bad = endpointFromSettings({ url: 'ftp://x', model: 'm' }, replayEndpoint);
  assert.ok(!bad.ok && /http\(s\) or replay/.test(bad.error));
});

test('one call: the prompt, the JSON Schema as response_format, the key as a bearer token', async () => {
  const { url, seen } = await localServer((_b, res) => res.end(completion(reply())));
  const r = await askModel(endpoint(url), DESCRIPTION);
  assert.ok(r.ok);
  assert.equal(r.value.model, 'local-model-1');
  assert.equal(seen.length, 1);
  assert.equal(seen[0]!.path, '/v1/chat/completions');
  assert.equal(seen[0]!.auth, 'Bearer secret-key');
  assert.deepEqual(seen[0]!.body.messages, promptMessages(DESCRIPTION));
  assert.equal((seen[0]!.body.response_format as { type: string }).type, 'json_schema');
});

test('an endpoint without structured output (400) is asked again with the schema in the prompt', async () => {
  const { url, seen } = await localServer((body, res) => {
    if (body.response_format) {
      res.statusCode = 400;
      res.end('{"error":"response_format not supported"}');
    } else res.end(completion(reply()));
  });
  const r = await askModel(endpoint(url), DESCRIPTION);
  assert.ok(r.ok);
  assert.equal(seen.length, 2);
  assert.deepEqual(seen[1]!.body.messages, promptMessages(DESCRIPTION), 'the same prompt, so the recording still answers it');
  assert.equal(seen[1]!.body.response_format, undefined);
  assert.match((seen[1]!.body.messages as { content: string }[])[0]!.content, /JSON Schema of the answer:\n\{/);
});

test('timeout, cancellation, HTTP errors, refusals and malformed replies: one line each, never a throw', async () => {
  const { url } = await localServer((body, res) => {
    const text = JSON.stringify(body.messages);
    if (text.includes('SLOW')) setTimeout(() => res.end(completion(reply())), 3000);
    else if (text.includes('FAIL')) {
      res.statusCode = 500;
      res.end('upstream\nexploded');
    } else if (text.includes('REFUSE')) res.end(completion(null, 'I cannot help with that.'));
    else res.end(completion('Here is my analysis: the system has three parts.'));
  });
  const slow = await askModel(endpoint(url, 200), 'SLOW');
  assert.deepEqual(slow, { ok: false, error: 'the model did not answer within 0.2 s' });
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  assert.deepEqual(await askModel(endpoint(url), 'SLOW', controller.signal), { ok: false, error: 'the model call was cancelled' });
  const failed = await askModel(endpoint(url), 'FAIL');
  assert.ok(!failed.ok && /answered HTTP 500: upstream exploded$/.test(failed.error));
  const refused = await askModel(endpoint(url), 'REFUSE');
  assert.ok(!refused.ok && /the model refused: I cannot help with that\./.test(refused.error));
  const prose = await askModel(endpoint(url), 'prose');
  assert.ok(!prose.ok && /not JSON/.test(prose.error));
  const down = await askModel(endpoint('http://127.0.0.1:9/v1'), 'x');
  assert.ok(!down.ok && /^cannot reach http:\/\/127\.0\.0\.1:9\/v1\/chat\/completions/.test(down.error));
});
