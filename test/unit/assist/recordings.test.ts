import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { descriptionHash, makeRecording, promptHash, replayEndpoint } from '../../../src/recordings/recordings';
import { promptMessages, promptText } from '../../../src/core/assist/prompt';
import { DESCRIPTION, reply } from './synthetic';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zenml-scope-recordings-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('replay answers the prompt whose hash a recording holds, verbatim, with its model id', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'pumps.json'), JSON.stringify(makeRecording(`${DESCRIPTION}\n`, reply(), 'recorded-model', '2026-01-01T00:00:00Z')));
  const r = await replayEndpoint(dir).complete(promptMessages(DESCRIPTION), {});
  assert.deepEqual(r, { ok: true, text: reply(), model: 'recorded-model' });
});

test('replay refuses a recording made for another prompt, naming the file', async () => {
  const dir = folder();
  const stale = { ...makeRecording(DESCRIPTION, reply(), 'recorded-model', '2026-01-01T00:00:00Z'), promptHash: 'a'.repeat(64) };
  writeFileSync(join(dir, 'pumps.json'), JSON.stringify(stale));
  const r = await replayEndpoint(dir).complete(promptMessages(DESCRIPTION), {});
  assert.ok(!r.ok);
  assert.match(r.error, /pumps\.json was recorded for another prompt \(hash aaaaaaaaaaaa, now [0-9a-f]{12}\): record it again/);
  const other = await replayEndpoint(dir).complete(promptMessages('Something else entirely.'), {});
  assert.ok(!other.ok && /no recording in .* answers prompt/.test(other.error));
});

test('the prompt teaches the method generically: no text from the test fixtures or the shared cases', () => {
  const prompt = promptText(promptMessages('')).toLowerCase().replace(/\s+/g, ' ');
  const folders = [join(__dirname, '../../fixtures'), join(__dirname, '../../../../shared/cases')];
  const walk = (dir: string): string[] => {
    try {
      return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    } catch {
      return [];
    }
  };
  const files = folders.flatMap(walk);
  assert.ok(files.length > 0);
  for (const file of files) {
    const words = readFileSync(file, 'utf8').toLowerCase().split(/\s+/).filter(Boolean);
    // Eight words in a row shared with a fixture would be its text, not the method's.
    for (let i = 0; i + 8 <= words.length; i++) {
      const run = words.slice(i, i + 8).join(' ');
      assert.ok(!prompt.includes(run), `the prompt shares "${run}" with ${file}`);
    }
  }
});

test('every committed recording of a description fixture answers the prompt as it is now: a prompt change cannot leave replays silently stale', () => {
  const fixtures = new Map(
    readdirSync('test/fixtures/descriptions')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => {
        const text = readFileSync(join('test/fixtures/descriptions', f), 'utf8');
        return [descriptionHash(text), text] as const;
      }),
  );
  let checked = 0;
  for (const file of readdirSync('test/recordings').filter((f) => f.endsWith('.json'))) {
    const recording = JSON.parse(readFileSync(join('test/recordings', file), 'utf8')) as { promptHash: string; descriptionHash: string };
    const text = fixtures.get(recording.descriptionHash);
    if (text === undefined) continue;
    assert.equal(recording.promptHash, promptHash(promptMessages(text)), `${file} was recorded for another prompt: record it again`);
    checked++;
  }
  assert.ok(checked >= 10, `only ${checked} recordings belong to a fixture`);
});
