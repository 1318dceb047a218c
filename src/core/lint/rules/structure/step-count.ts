import { UNDECIDED } from '../../../markdown/template';
import { range } from '../../text';
import type { Rule } from '../../types';

export const stepCount: Rule = {
  slug: 'step-count',
  category: 'structure',
  defaultSeverity: 'warning',
  docs: {
    checks: 'Each pipeline lists 3-7 steps (thresholds `stepsMin`/`stepsMax`).',
    why:
      'Fewer than three steps and the pipeline may just be a script: there is little to cache, compare or rerun. More than seven and it is either ' +
      'doing two jobs (split it) or cut too fine: every step boundary serializes its output to the artifact store, so "load CSV" and "check the CSV has rows" ' +
      'belong in one step. Three to seven steps with substantial work each is the sweet spot.',
    example: '- **Steps** (approximate — describe in prose, no code):\n  1. train_model — trains and evaluates in one go → produces model',
    fix: 'None: merging or splitting steps is a design decision.',
    source: 'Seed 000/001, Phase 3 "How many steps per pipeline?" and "Data Flow Awareness".',
  },
  check(ctx) {
    const { doc } = ctx;
    const { stepsMin, stepsMax } = ctx.config.thresholds;
    for (const pipeline of doc.pipelines) {
      const field = pipeline.fields.steps;
      if (!field) continue; // pipeline-field reports the missing field
      const n = pipeline.steps.length;
      const value = (doc.lines[field.valueRange.start.line] ?? '').slice(field.valueRange.start.character).trim();
      if (n === 0 && value === UNDECIDED) continue; // explicitly left open
      const name = doc.architecture.pipelines[pipeline.index]?.name ?? `Pipeline ${pipeline.index + 1}`;
      const at = range(field.range.start.line, field.range.start.character, (doc.lines[field.range.start.line] ?? '').length);
      if (n < stepsMin) {
        ctx.report({
          message:
            n === 0
              ? `Pipeline "${name}" lists no steps: list its ${stepsMin}-${stepsMax} steps in prose, each with the artifact it produces.`
              : `Pipeline "${name}" has ${n} step${n === 1 ? '' : 's'}, fewer than ${stepsMin}: it might be a script rather than a pipeline, or one mega-step that hides ` +
                'what caching, debugging and reruns would show. Split it into meaningful steps or keep it as a script.',
          range: at,
        });
      } else if (n > stepsMax) {
        ctx.report({
          message:
            `Pipeline "${name}" has ${n} steps, more than ${stepsMax}: split it where the trigger or failure domain changes, or fold tiny steps into their ` +
            'neighbours (every step boundary serializes its output; "load CSV" and "check it has rows" are one step).',
          range: at,
        });
      }
    }
  },
};
