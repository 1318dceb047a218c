/**
 * tiny-step: a step whose whole job is a trivial check ("check_rows — checks the CSV has rows")
 * or a one-column tweak, better folded into its neighbour. A validation step with real work
 * (schema, distributions, a report) is not tiny.
 */
import type { Rule } from '../../types';
import { pipelineViews, quoteName } from './pipelineText';

/** "only", "just": the writer saying the step does nothing more. */
const ONLY = String.raw`(?:(?:only|just|simply|merely)\s+)?`;

/**
 * A step's whole job, read from how its description opens (what the step does, not every word
 * in it): a presence check ("checks the export file for the batch exists", "makes sure the frame
 * is not empty") or one column ("derives a single extra column", "adds the is_weekend flag").
 * Bounded gaps, first sentence only.
 */
const TRIVIAL: readonly RegExp[] = [
  new RegExp(
    String.raw`^${ONLY}(?:check|verif|assert|ensur|confirm|validat|test|guard|make\s+sure|makes\s+sure)\w*\b[^.;]{0,100}?\b(?:exists?|existence|empty|non[- ]?empty|has\s+(?:any\s+)?rows|have\s+(?:any\s+)?rows|row[- ]count|at\s+least\s+one\s+(?:row|record|line|file)|is\s+present|arrived)\b`,
    'i',
  ),
  /\b(?:non[- ]?empty|row[- ]count|has[- _]rows|not[- ]empty|file[- ]exists)\b/i,
  new RegExp(
    String.raw`^${ONLY}(?:adds?|appends?|renames?|drops?|casts?|derives?|computes?|calculates?|creates?|attaches?)\s+(?:a|one|the|an)\s+(?:(?:single|extra|new|derived|additional|further)\s+)*(?:[\w-]+\s+){0,2}?(?:column|field|flag)\b(?!s)`,
    'i',
  ),
];

/** Another action after the trivial one ("checks the file exists and loads it"): the step does more. */
const ANOTHER_ACTION = /(?:\band\b|\bthen\b|;|\bplus\b)\s+(?:also\s+)?(?!nothing\b|is\b|has\b|contains\b|exists\b|was\b|does\b)[a-z]+(?:s|es)\b/i;

/** Signs of substantial work: a validation step with these earns its boundary. */
const SUBSTANTIAL =
  /\b(?:schema|distribution|great[- ]expectations|pandera|deepchecks|evidently|statistic|drift|report|expectations|outlier|range|null[- ]rates?|duplicates?|dedup|anomal|profil|clean|normaliz|join|merge|split|train|encod|impute)/i;

export const tinyStep: Rule = {
  slug: 'tiny-step',
  category: 'smell',
  defaultSeverity: 'warning',
  docs: {
    checks: 'A step that only checks the data has rows (or exists, or is not empty), or only adds one column, in whatever words.',
    why: 'Every step boundary serializes the output to the artifact store and deserializes it in the next step, and adds one more node to read when debugging. A step that only checks the CSV has rows pays that cost for almost no work: fold the check into the step that loads or preprocesses the data. A validation step with real work (schema, distributions, a report) earns its boundary.',
    example: '  1. load_csv — reads the daily export → produces raw DataFrame\n  2. check_rows — checks the CSV has rows → produces the same DataFrame',
    fix: "None: folding two steps' prose together is an authoring decision, and deleting the step would lose the user's words.",
    source: 'seed 000/001, "How many steps per pipeline?" and "Data Flow Awareness"',
  },
  check({ doc, report }) {
    for (const view of pipelineViews(doc)) {
      view.p.steps.forEach((step, i) => {
        const at = view.pp.steps[i];
        const description = step.description.trim() || step.name.replace(/_/g, ' ');
        if (!at || !TRIVIAL.some((re) => re.test(description)) || SUBSTANTIAL.test(description) || ANOTHER_ACTION.test(description)) return;
        const neighbour = view.p.steps[i - 1] ?? view.p.steps[i + 1];
        const into = neighbour ? `into \`${neighbour.name}\`` : 'into the step that loads the data';
        report({
          message: `Step \`${step.name}\` in ${quoteName(view.p)} does almost no work ("${description}"), yet its boundary still serializes the data to the artifact store and back, and adds a node to debug. Fold it ${into}; aim for 3-7 steps with substantial work each.`,
          range: at.range,
        });
      });
    }
  },
};
