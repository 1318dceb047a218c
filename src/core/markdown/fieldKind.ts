/**
 * A pipeline field under a label in the writer's words ("Where it runs", "Model", "When"),
 * recognised by what its value holds, for a template field the pipeline does not already have:
 * a model name with a stage or a version is the Model Control Plane; an orchestrator from the
 * facts table is the orchestrator requirements; a cadence or a manual start is the trigger.
 * Checked in that order, most specific first; anything else stays an extra field.
 */
import { detectOrchestrators, MODEL_STAGES } from '../zenml/facts';
import type { FieldId } from './document';

const STAGE_WORDS = new RegExp(`\\b(?:${MODEL_STAGES.filter((s) => s !== 'none').join('|')}|versions?|promot\\w*|registr\\w*|register\\w*)\\b`, 'i');
/** A trigger says when first: the value opens with a cadence or a manual start ("Nightly at 01:30", "By hand"). */
const CADENCE = /^(?:(?:it\s+)?runs?\s+|started\s+|triggered\s+)?(?:hourly|daily|nightly|weekly|monthly|quarterly|every\s+\w+|cron|manual(?:ly)?|on\s+demand|by\s+hand|on\s+a\s+schedule|on\s+completion|at\s+\d{1,2}[:.]\d{2})\b/i;

export function fieldIdByContent(value: string, has: (id: FieldId) => boolean): FieldId | null {
  if (!has('modelControlPlane') && /`[A-Za-z][\w.-]*`/.test(value) && STAGE_WORDS.test(value)) return 'modelControlPlane';
  if (!has('orchestrator') && detectOrchestrators(value).length > 0) return 'orchestrator';
  if (!has('trigger') && CADENCE.test(value.trim())) return 'trigger';
  return null;
}
