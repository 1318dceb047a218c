/** The architecture the engine drafts for a description, for tests that read the draft. */
import assert from 'node:assert/strict';
import { draftInterview } from '../../src/core/interview/autopilot';
import type { Architecture } from '../../src/core/model/architecture';

/** Drafts `text` with the engine's recommended answers; a draft that cannot run fails with the engine's message. */
export function draftArchitecture(text: string): Architecture {
  const r = draftInterview(text);
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.draft.architecture;
}
