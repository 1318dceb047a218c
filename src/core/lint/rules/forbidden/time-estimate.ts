import { readSystemOutput } from '../../../domain/systemOutput';
import type { Rule } from '../../types';
import type { ProseLine } from './lines';
import { reportRemovals, scan, type Match } from './removal';
import { roadmapLabels } from './week-roadmap';

const NUMBER = String.raw`(?:\d{1,4}(?:\.\d+)?|a few|a couple(?: of)?|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const UNIT = String.raw`(?:days?|weeks?|months?|sprints?|quarters?|years?)`;
/** "2-3 weeks", "~6 weeks", "two sprints", "a 6-week" (the adjective form). */
const QUANTITY = new RegExp(String.raw`(?:~\s*)?\b${NUMBER}(?:\s*(?:-|–|to|or)\s*${NUMBER})?[\s-]+${UNIT}\b`, 'gi');

/** Always about delivery dates or effort, whatever surrounds them. */
const DATE_OR_EFFORT = new RegExp(
  [
    String.raw`\bETA\b`,
    String.raw`\b(?:by|before|until)\s+(?:the\s+)?(?:end\s+of\s+)?(?:early\s+|mid[- ]|late\s+)?Q[1-4]\b`,
    String.raw`\b(?:by|before|until)\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:week|month|quarter|year|sprint)\b`,
    String.raw`\bby\s+(?:early\s+|mid[- ]|late\s+)?(?:January|February|March|April|June|July|August|September|October|November|December)\b`,
    String.raw`\b(?:person|man|engineer|developer|dev)[- ](?:hours?|days?|weeks?|months?)\b`,
    String.raw`\bstory points?\b`,
    String.raw`\b(?:in|during|by)\s+sprint\s+\d+\b`,
  ].join('|'),
  'g',
);

/** Words right before a quantity that make it a cadence, a data window or a runtime. */
const WINDOW_BEFORE =
  /\b(?:every|each|last|past|previous|trailing|rolling|recent|lookback|look-back|history of|older than|newer than|over the|retain(?:ed)?|retention of|kept for|keep|holds? out|hold-?out of|backfill(?:s|ing)?(?: the)?|(?:run|job|backfill|epoch)s? (?:takes?|lasts?|runs? for|(?:must|has to|should|needs? to) (?:finish|complete|end) (?:with)?in) (?:about |around |roughly |~)?)\s*(?:the\s+)?$/i;
/** Words right after a quantity that make it a window of data, a horizon or a runtime. */
const WINDOW_AFTER =
  /^(?:\s*(?:of|worth of)\s+(?:\w+\s+){0,2}?(?:data|history|transactions|logs|events|records|labels|sales|traffic|clicks|orders|interactions|rows|telemetry|readings|images|documents|tickets|usage|activity|behaviou?r|claims|sessions|calls|messages|shadow traffic)\b|[\s-]*(?:window|lookback|look-back|horizon|ahead|ago|old|retention|rolling|moving|lag|forecast|history|cadence|schedule|interval|churn|retention)\b|\s+on\s+(?:\d+\s+)?(?:a\s+)?(?:gpus?|nodes?|machines?|cpus?|workers?|instances?|a100s?|h100s?))/i;
/** Words after a quantity that make it implementation effort: "2-3 weeks to build". */
const EFFORT_AFTER =
  /^[\s-]*(?:of\s+(?:\w+\s+)?(?:work|effort|development|implementation|engineering|coding|build(?:ing)?)\b|to\s+(?:build|implement|develop|ship|deliver|complete|finish|set\s*up|stand\s*up|productionize|integrate|launch|roll\s*out|migrate|write|code|prototype|get\s+(?:it\s+)?(?:running|working|live|done|to))|(?:for|until)\s+(?:the\s+)?(?:mvp|first version|v1|initial version|launch|release|go-live|phase\s*\d+)\b|(?:sprint|project|effort|build|timeline|plan|mvp|roadmap|engagement|implementation)\b)/i;
/** Words before a quantity that make it an estimate: "should take ~6 weeks", "MVP in 4 weeks". */
const EFFORT_BEFORE =
  /\b(?:should take|will take|would take|could take|takes?|took|estimated?(?: at)?|estimates?|(?:eta|timeline|effort|duration|implementation|delivery|build time|dev time)\s*(?::|is|of)?|allow|allocate|plans?(?: for)?|planned(?: for)?|(?:ready|done|live|running|shipped|delivered|built|implemented|completed|finished|launched|in production|up and running) (?:with)?in|(?:ship|deliver|build|implement|complete|finish|launch) (?:it |this |the mvp )?(?:with)?in|mvp (?:with)?in)\s*(?:about|around|roughly|approximately|approx\.|~|just|only|another|the next|the first)?\s*$/i;

/** The project, not the system: what makes "should take 3 days" an estimate in a document whose subject is durations. */
const ABOUT_THE_PROJECT =
  /\b(?:mvp|v1|first\s+version|build(?:ing)?|implement\w*|develop\w*|engineer(?:s|ing)?|team|sprints?|roadmap|timeline|effort|milestones?|go[- ]live|launch|roll[- ]?out|set\s*up|stand\s*up|pipelines?|productioni[sz]\w*|integrat\w*)\b/i;

/** ETA: always a delivery date of the work, unless the system's own output is an arrival time. */
const ETA = /\bETA\b/;

function isEstimate(p: ProseLine, m: RegExpExecArray, outputIsTime: boolean): boolean {
  const before = p.text.slice(Math.max(0, m.index - 48), m.index);
  const after = p.text.slice(m.index + m[0].length, m.index + m[0].length + 64);
  if (WINDOW_AFTER.test(after) || WINDOW_BEFORE.test(before)) return false;
  if (/sprint/i.test(m[0])) return true;
  if (EFFORT_AFTER.test(after)) return true;
  // When the system predicts durations, "takes 3 days" or "within 2 days" is its subject unless the line is about the project.
  return EFFORT_BEFORE.test(before) && (!outputIsTime || ABOUT_THE_PROJECT.test(p.text.slice(Math.max(0, m.index - 160), m.index + 160)));
}

export const timeEstimate: Rule = {
  slug: 'time-estimate',
  category: 'forbidden',
  defaultSeverity: 'error',
  docs: {
    checks:
      'Implementation time estimates: "2-3 weeks to build", "should take ~6 weeks", "ETA", "by Q3", sprints and person-days. ' +
      'Cadences and data windows ("weekly", "every 7 days", "the last 30 days of transactions") are fine, and so are the figures of a system whose own output is a time (an ETA, a delivery window, a duration) unless the line is about building it.',
    why:
      "At the scoping stage you can't know the team's velocity, codebase or infrastructure, so any estimate is a guess; " +
      'a wrong one sets an expectation the MVP will then miss. The order of the work is already in the phase labels.',
    example: '- **Purpose**: Train the fraud classifier on labelled transactions. Should take 2-3 weeks to build.',
    fix: 'Removes the sentence, aside or line that holds the estimate.',
    source: 'Seed 000/001, "Things to NEVER include": time estimates.',
  },
  check(ctx) {
    const roadmap = new Set(roadmapLabels(ctx.doc).map((l) => l.line));
    const outputIsTime = readSystemOutput(ctx.doc).time;
    const matches: Match[] = [
      ...scan(ctx.doc, QUANTITY, (p, m) => !roadmap.has(p.line) && isEstimate(p, m, outputIsTime)),
      ...scan(ctx.doc, DATE_OR_EFFORT, (p, m) => !roadmap.has(p.line) && !(outputIsTime && ETA.test(m[0]))),
    ].sort((a, b) => a.line - b.line || a.start - b.start);
    reportRemovals(
      ctx,
      matches,
      "Time estimates don't belong in a scoping document: you can't know the team's velocity, codebase or infrastructure yet, " +
        'and a wrong estimate sets an expectation the MVP will miss. Phase labels (MVP, Phase 2) are enough.',
      'Remove the time estimate',
    );
  },
};
