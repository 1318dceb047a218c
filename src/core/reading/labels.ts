/**
 * Where a model's labels come from. A model that judges (flags, detects, classifies) learns from
 * people's decisions and is scored against them, so its plan is only as good as those labels; the
 * reader keeps what the description says of them, for the document to build on or ask about:
 * - `said`: the sentence that says where the labels come from or that the team has labelled data
 *   ("those answers are labels for us", "annotated by our radiologists", "our labelled dataset");
 * - `reported`: people reporting or flagging the things the model judges ("customers flag listings
 *   as fake"): a signal that may become labels once somebody confirms it, not labels yet.
 * A wish to label is said too: "a tool so our reviewers can label traces" names who labels.
 */
import { matches } from '../language/matches';
import { SENTENCE_SPAN } from './segments';
import type { MentionedComponent } from './reading';

export interface Labels {
  said: string | null;
  reported: string | null;
  /** The model's work is a judgment, so its labels are decisions somebody makes. */
  judged: boolean;
}

/** The vocabulary of judging items, verbs and the kinds of bad item judged, in the work's own clauses; a supervised model learns from labels by definition. */
const JUDGMENT =
  /\b(?:supervised|detect(?:s|ed|ing|ion|or|ors)?|flag(?:s|ged|ging)?|moderat(?:e|es|ed|ing|ion)|classif(?:y|ies|ied|ying|ication|ier|iers)|screen(?:s|ed|ing)?|triag(?:e|es|ed|ing)|verdicts?|fraud(?:ulent)?|scams?|spam|abus(?:e|ive)|anomal(?:y|ies|ous)|outliers?|defects?|defective|suspicious)\b/i;
/** The work a judgment shows in: the model's own, people reviewing its output, and what is done on its verdict (blocking a suspicious payment). */
const JUDGING_WORK = new Set<MentionedComponent['kind']>(['training', 'evaluation', 'batch-inference', 'online-inference', 'human-review', 'action']);

/** Whether the model's work, as the clauses that do it and the names of the task and project say, is a judgment. */
export function judgesItems(components: readonly Pick<MentionedComponent, 'kind' | 'text'>[], names: readonly (string | null)[]): boolean {
  return names.some((n) => n !== null && JUDGMENT.test(n)) || components.some((c) => (JUDGING_WORK.has(c.kind) || /\bsupervised\b/i.test(c.text)) && JUDGMENT.test(c.text));
}

/**
 * Label words; the events people confirmed that a judging model is scored against ("last month's
 * confirmed faults"); and the judgments people record per item ("the 15k scorecards we have").
 */
const LABEL_WORD = /\b(?:labels?|label(?:l)?ed|label(?:l)?ing|annotat(?:ed|ions?|ors?|ing|es?)|ground[- ]truth|hand[- ]check(?:ed)?|tagged by|score ?cards?|(?:confirmed|verified)\s+(?:[\w-]+\s+)?(?:cases|faults|failures|incidents|defects|frauds?|outcomes|diagnoses|alarms|events))\b/i;
/**
 * Labels that say they come from people: people correcting the model's output ("when supervisors correct
 * its calls"), and the decisions they made on past items ("the processors' final classification").
 */
const PEOPLES_CALLS = new RegExp(
  [
    String.raw`\bcorrect(?:s|ed|ing)?\s+(?:its|their|the model's|the)\s+(?:calls|predictions|scores|outputs|classifications|tags|decisions|answers|labels)\b`,
    String.raw`\b(?:final|confirmed|manual|human)\s+(?:classifications?|decisions?|verdicts?|assessments?|gradings?)\b`,
    // "Retrain it from the mod queue decisions", "learn from reviewers' overrides": what a model learns from that people decided.
    String.raw`\b(?:re-?)?(?:train|learn)(?:s|ed|ing|t)?\b[^.;]{0,40}?\b(?:from|on)\s+(?:[\w'’-]+\s+){0,3}?(?:decisions|verdicts|corrections|reviews|judg(?:e)?ments|overrides|approvals|rejections)\b`,
    // "Corrections should become new training data": what people fix, kept to learn from.
    String.raw`\bcorrections?\b[^.;]{0,40}?\b(?:become|becomes|go|goes|feed|feeds|are|is)\s+(?:back\s+)?(?:into\s+)?(?:new\s+|more\s+)?(?:training data|labels|training examples)\b`,
    // "Agronomists label stuff in Label Studio": people who label, as the subject of the verb.
    String.raw`\b[a-z]+(?:ists|ers|ors|ians|ants|ents)\s+(?:(?:also|usually|sometimes|then)\s+)?(?:label|annotate|tag)\b`,
  ].join('|'),
  'i',
);
/** A label word said with where it comes from, who makes it, or as data the team holds. */
const ORIGIN =
  /\b(?:from|by|through|via|come|comes|came|collected|gathered|provided|produced|created|made|given|are (?:our|the)|is (?:our|the)|for us|as (?:our |the )?labels?|we|our|your|their|they|in-house|manually|by hand|(?:[\w]+-)?(?:verified|confirmed|checked|validated|reviewed)\s+labels?)\b/i;
/** Labels as a target or a problem, not a source: "labels would help", "we have no labels", "label quality is poor". */
const NOT_A_SOURCE = /\b(?:no|without|lack(?:s|ing)?|missing|need(?:s)? (?:more )?labels?|don'?t have)\b[^.]{0,20}\blabel/i;

/** People who report or flag things, then the verb: "our community reporting bad photos", "users flag listings". */
const REPORTERS = String.raw`(?:users?|customers?|community|members?|shoppers?|buyers?|sellers?|viewers?|readers?|listeners?|players?|patients?|drivers?|riders?|guests?|visitors?|merchants?|partners?|staff|employees?|agents?|moderators?|the public)`;
const REPORTING = new RegExp(
  String.raw`\b(?:(?:our|the|their|its)\s+)?${REPORTERS}\b(?:\s+[\w'-]+){0,3}?\s+(?:report(?:s|ed|ing)?|flag(?:s|ged|ging)?|complain(?:s|ed|ing)?|mark(?:s|ed|ing)?)\b(?:\s+(?:the\s+|as\s+|about\s+)?[\w'-]+){0,3}`,
  'i',
);
/** "reports from our users", "user reports", "complaints from customers". */
const REPORTS = new RegExp(String.raw`\b(?:${REPORTERS}\s+(?:reports|flags|complaints)|(?:reports|flags|complaints)\s+(?:from|by)\s+(?:(?:our|the)\s+)?${REPORTERS})\b`, 'i');

/** A short question about labels ("labels?", "What about ground truth?", "do you have labels"): the reply that follows answers it. */
const ASKED = /^(?:[A-Z][\w.’'-]*\s*:\s*)?(?:(?:what|how)\s+about\s+|any\s+|(?:do|did)\s+(?:you|we|they)\s+(?:have|keep)\s+(?:any\s+)?|(?:where|how)\s+(?:do|does|are|is)\s+(?:the\s+|your\s+|our\s+)?|(?:and\s+)?(?:the\s+)?)?(?:labels?|label(?:l)?ed data|ground[- ]truth|annotations?)(?:\s+(?:come from|from|stored|kept))?\s*\?$/i;

export function findLabels(text: string): Omit<Labels, 'judged'> {
  let said: string | null = null;
  let reported: string | null = null;
  let asked = false;
  let previous = '';
  for (const m of matches(text, SENTENCE_SPAN)) {
    const sentence = m[0].trim();
    if (!sentence) continue;
    // In a thread or an interview the reply to a question about labels is about labels, whatever words it uses.
    const answers = asked && !sentence.endsWith('?');
    // The reply is its last line, after a speaker's name ("Marco:") and time or an "A:".
    const last = sentence.split('\n').at(-1)!.trim();
    const reply = answers ? last.replace(/^\s*(?:[Aa]|[Aa]nswer|[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?)\s*:\s*/, '') : sentence;
    if (!said && (answers || (LABEL_WORD.test(sentence) && ORIGIN.test(sentence)) || PEOPLES_CALLS.test(sentence)) && !NOT_A_SOURCE.test(reply) && !NONE.test(reply)) {
      // "That's your labels" points back: the sentence before says what they are.
      said = (POINTS_BACK.test(reply) && previous ? previous : reply).replace(/[.!?]+$/, '');
    }
    previous = last;
    if (!reported) reported = (REPORTING.exec(sentence) ?? REPORTS.exec(sentence))?.[0].trim() ?? null;
    asked = ASKED.test(last) || (asked && !/\w/.test(sentence));
  }
  return { said, reported };
}

/** A sentence that names the labels by pointing at the one before: "that's your labels", "those are the ground truth". */
const POINTS_BACK = /^(?:that|this|those|these)(?:['’]s|\s+(?:is|are|will be|would be|become|becomes))\s+(?:\w+\s+){0,2}?(?:labels?|ground[- ]truth)\b/i;

/** A reply that says there are none: "None yet.", "Not really", "we don't have any". */
const NONE = /^(?:none|nope|no|not (?:really|yet)|nothing)\b|\b(?:don['’]t|do not|doesn['’]t)\s+(?:have|keep)\s+(?:any|them)\b/i;
