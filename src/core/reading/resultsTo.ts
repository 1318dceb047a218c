/**
 * Where the results go, when the team says so outright: a line labelled with the output ("Output:
 * Delta table of flags → the review worklist in Casebook"), or a deadline by which they must be
 * somewhere ("the forecasts must be in the ordering app by 05:15"). An arrow in the output line leads
 * to where they end up; the place is what the batch work writes to, so nobody asks for it again.
 */

/** "Output:", "- Outputs —", "**Results:**": the label, then what it says. */
const OUTPUT_LINE = /^[ \t]*(?:[-*•][ \t]*)?(?:[*_]{1,2})?(?:outputs?|results?|deliverables?|destination)(?:[*_]{1,2})?[ \t]*(?:[:—–]|-(?=\s))[ \t]*(?:[*_]{1,2})?(.{3,200})$/im;
/** "… must be in the ordering app by 05:15", "has to land in the CRM before 7am": a place with a deadline. */
const DUE_IN = /\b(?:must|should|need(?:s)? to|ha(?:s|ve) to|to)\s+(?:be|land|arrive|show up|appear)\s+(?:in|into|on)\s+((?:the|our|their|a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:by|before|no later than)\s+\**\d/i;
/** A noun that names a place people or systems read results from. */
const PLACE_WORDS = String.raw`(?:tables?|apps?|application|dashboards?|crm|worklists?|work queues?|queues?|inbox|sheets?|spreadsheets?|reports?|e-?mails?|database|db|warehouse|lakehouse|tool|system|portal|screens?|bucket|feed|topic|channel)`;
const PLACE = new RegExp(String.raw`\b${PLACE_WORDS}\b`, 'i');

export function findResultsTo(text: string): string | null {
  const due = DUE_IN.exec(text)?.[1];
  if (due) return theirs(due.trim());
  const said = OUTPUT_LINE.exec(text)?.[1];
  if (!said) return null;
  // The last hop of "Delta table of flags + reasons → Subro worklist in ClaimCenter (two sprints)" is where they end up.
  const last = said.split(/\s*(?:→|->|=>|⇒)\s*/).at(-1)!.split(/\s*[(;]|\.\s|\s[—–]\s/)[0]!.trim().replace(/[.,*_]+$/, '');
  // "scores written to the churn table nightly": after the verb that moves them, the place itself.
  const moved = MOVED_TO.exec(last)?.[1] ?? last;
  return PLACE.test(moved) && moved.split(/\s+/).length <= 10 ? theirs(moved) : null;
}

/**
 * The team's own place, as the document names it to them: "our TMS dashboard" is the TMS dashboard, and a
 * place named by its common noun takes the article ("Subro worklist in Casebook" is the Subro worklist).
 */
const theirs = (place: string) =>
  place
    .replace(/^(?:our|their)\s+/i, 'the ')
    // "a report that the buyers review" is the one report they review.
    .replace(/^an?\s+(?=.*\s(?:that|which)\s)/i, 'the ')
    .replace(/^(?!(?:the|a|an)\s)/i, 'the ');

/** The place, with the relative clause that says whose it is ("a report that the buyers review every Monday"). */
const MOVED_TO = new RegExp(String.raw`\b(?:to|into|in|on)\s+((?:the|our|their|a|an)\s+(?:[\w-]+\s+){0,3}?${PLACE_WORDS}\b(?:\s+(?:that|which)\s+(?:[\w'’-]+\s+){0,7}[\w'’-]+)?)`, 'i');
