import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReply } from '../../../src/core/assist/parse';
import { syntheticAnswer } from './synthetic';

test('a nullable field the model left out reads as null; a required one it left out is still an error', () => {
  const answer = syntheticAnswer() as unknown as { proposals: { components: Record<string, unknown>[] }; reading: { components: Record<string, unknown>[] } };
  for (const c of answer.proposals.components) delete c['instead'];
  delete answer.reading.components[0]!['owner'];
  const r = parseReply(JSON.stringify(answer));
  assert.ok(r.ok, r.ok ? '' : r.error);
  assert.ok(r.answer.proposals.components.every((c) => c.instead === null));
  assert.equal(r.answer.reading.components[0]!.owner, null);

  delete answer.reading.components[0]!['name'];
  const broken = parseReply(JSON.stringify(answer));
  assert.ok(!broken.ok);
  assert.match(broken.error, /reading\.components\.0\.name/);
});
