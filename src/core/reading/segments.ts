/**
 * Text handling for the lexicon reader: cutting free text into the units of work a user
 * describes (sentences, clauses, list items, dictated run-ons), correcting the typos that
 * would hide a keyword, and deciding whether a phrase is negated.
 *
 * Everything here is linear in the input: segments are capped in length, every regex is
 * either anchored on a literal or bounded, and typo corrections are cached per word.
 */

/** The longest segment the reader looks at; longer clauses (dictation) are cut at a word boundary. */
export const MAX_SEGMENT = 240;
/** The reader never looks past this many characters (the CLI rejects more than 1 MB anyway). */
export const MAX_INPUT = 1_000_000;

export interface Segment {
  /** The user's words, whitespace collapsed and list markers removed. */
  original: string;
  /** The same words with known typos corrected: what the lexicon matches against. */
  normalized: string;
  /** Said under a "Risks" heading or label: what might go wrong, never what the team wants. */
  risk?: true;
}

/** A list item's marker: a bullet, or a number or letter with a dot or bracket. */
export const BULLET = /^\s*(?:[-*•·‣◦>]|\d{1,3}[.)]|[a-z][.)])\s+/i;
/** A list item's marker as lists of asks and models write it: also "(a)" and "(2)", and one inside emphasis ("**1. Rail defects**"). */
export const LIST_ITEM = /^\s*(?:[*_]{2})?(?:[-*•·‣◦>]|\d{1,3}[.)]|[a-z][.)]|\([a-z\d]{1,2}\))\s+/i;
/**
 * Where a clause ends inside a line: sentence ends, semicolons, and the connectives people use
 * when dictating without punctuation ("... every week and then serve it ... and also monitor").
 */
const CLAUSE_BREAK =
  /[.!?]+(?=\s|$)|;|(?<!\s)\s+(?=(?:and\s+then|and\s+also|and\s+finally|after\s+that|afterwards|on\s+top\s+of\s+that|other\s+than\s+that|oh\s+and|apart\s+from\s+that)\b)|(?<!\band|\s)\s+(?=(?:then|also|plus)\s+we\b)|,\s+(?=(?:then|also|plus|finally|after\s+that)\b)/gi;

/** Cuts a description into clause-sized segments, in order. */
export function splitSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let open: 'heading' | 'items' | null = null;
  let risks = false;
  for (const block of blocks(text.slice(0, MAX_INPUT))) {
    // Under "Open questions:" every item is a question the team asks, whatever its punctuation.
    const said = block.text.trim();
    // A heading opens or closes a section of risks, also one with its first paragraph right under it ("Why now\nOur data…");
    // a "Risk:" label marks its own block.
    const heading = HEADING_LIKE.test(said) ? said : HEADING_LIKE.test(block.firstLine) && /^\p{Lu}/u.test(said.slice(block.firstLine.length).trim()) ? block.firstLine : null;
    if (block.item === null && heading !== null) risks = RISKS.test(heading);
    const risk = risks || RISK_LABEL.test(said);
    if (opensQuestions(said, block.firstLine)) open = 'heading';
    // A short unpunctuated line ends them, unless it is a bullet under them ("- who owns the list"); a numbered one is the
    // next section; so does a paragraph after the list.
    else if ((block.item !== 'bullet' && HEADING_LIKE.test(said)) || (open === 'items' && block.item === null)) open = null;
    else if (open && block.item !== null) open = 'items';
    for (const clause of clausesOf(open ? said.replace(OPEN_QUESTIONS, '') : block.text, open !== null)) {
      for (const piece of capLength(clause.replace(/\s+/g, ' ').trim())) {
        if (/[a-z0-9]/i.test(piece)) segments.push({ original: piece, normalized: correctTypos(piece), ...(risk ? { risk: true as const } : {}) });
      }
    }
  }
  return segments;
}

/**
 * A block's clauses. A question that asks whether, or between options ("Cloud Run? Vertex endpoint?",
 * "should it be real time?"), keeps its question mark: it says the work is not decided. A question
 * of how or what ("how do we serve it fast?") asks for help with work they want, and drops it.
 */
function clausesOf(block: string, asked = false): string[] {
  const out: string[] = [];
  let last = 0;
  const ask = (clause: string) => (asked && /[a-z]/i.test(clause) ? `${clause.trimEnd()}?` : clause);
  for (const m of block.matchAll(CLAUSE_BREAK)) {
    const clause = block.slice(last, m.index);
    out.push(m[0].includes('?') && ASKS_WHETHER.test(clause.trim()) ? `${clause}?` : ask(clause));
    last = m.index + m[0].length;
  }
  out.push(ask(block.slice(last)));
  return out;
}

/** The headings of what is still open, whatever the note calls it: "Open questions", "Open stuff", "TBD", "Decisions needed". */
export const STILL_OPEN = String.raw`open (?:questions|issues|points|items|stuff|things|bits|topics)|tbd|decisions? (?:needed|pending|to make)`;
/** A heading that opens the team's own questions: "4. Open questions", "Qs for architect:", "Things we don't know:". */
const OPEN_QUESTIONS = new RegExp(String.raw`^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:${STILL_OPEN}|(?:questions|qs)(?: for (?:the |an? )?[\w -]{1,30})?|unknowns|undecided|still to decide|things (?:we|i) (?:genuinely |honestly |really )?(?:don'?t|do not) know(?: yet)?)\s*[:.-]?\s*`, 'i');
/**
 * The heading alone, or a label before its first question ("Undecided:", "Open questions on our side:");
 * "Undecided how overrides feed back in." is a remark.
 */
function opensQuestions(block: string, line: string): boolean {
  const heading = OPEN_QUESTIONS.exec(block)?.[0];
  return heading !== undefined && (heading.trim().length >= line.length || HEADING_LIKE.test(line) || /[:.-]\s*$/.test(heading) || /^[\w'’ ()-]{0,30}:/.test(block.slice(heading.length)));
}
/** A heading over risks: "Risks", "Key risks and mitigations", "3. Concerns". */
const RISKS = /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:key|known|main|top|open|major)\s+)?(?:risks?|concerns?|worries|threats?)\b(?:\s+(?:and|&)\s+[\w ]+)?:?$/i;
const RISK_LABEL = /^(?:(?:key|known|main)\s+)?(?:risks?|concerns?)\s*:/i;
/** A short line with no end punctuation: a section's heading, which ends the one before ("5. Out of scope"). */
const HEADING_LIKE = /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:[\w'&/-]+\s+){0,5}[\w'&/-]+:?$/;

/** A yes/no question (an auxiliary first) or an option said as a bare phrase of a few words. */
export const ASKS_WHETHER = /^(?:(?:and|or|but|so)\s+)?(?:(?:should|shall|do|does|did|can|could|would|will|is|are|must|might|or)\s|(?:[\w./-]+\s+){0,3}[\w./-]+$)/i;

/**
 * Lines joined into paragraphs. Blank lines and list items start a new block, and so does an
 * unindented line right after a list item: people rarely mean it as the item's continuation.
 */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  let current = '';
  let item: Block['item'] = null;
  let firstLine = '';
  for (const line of text.split(/\r?\n/)) {
    const marker = BULLET.exec(line)?.[0];
    const breaksItem = item !== null && !/^\s/.test(line);
    if (!line.trim() || marker || breaksItem) {
      if (current.trim()) out.push({ text: current, item, firstLine });
      current = marker ? line.slice(marker.length) : line;
      firstLine = current.trim();
      item = marker ? (/\d/.test(marker) ? 'number' : 'bullet') : null;
    } else {
      // The block's first line with words ("Open questions" after a blank one); `firstLine` alone, so a long block is not re-trimmed per line.
      if (!firstLine) firstLine = line.trim();
      current += ` ${line}`;
    }
  }
  if (current.trim()) out.push({ text: current, item, firstLine });
  return out;
}

/** A paragraph or a list item, which marker the item had, and its first line as written. */
interface Block {
  text: string;
  item: 'bullet' | 'number' | null;
  firstLine: string;
}

function capLength(clause: string): string[] {
  const out: string[] = [];
  let rest = clause;
  while (rest.length > MAX_SEGMENT) {
    const cut = rest.lastIndexOf(' ', MAX_SEGMENT);
    const at = cut > MAX_SEGMENT / 2 ? cut : MAX_SEGMENT;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) out.push(rest);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Typos: a word one edit away from a domain keyword is read as that keyword ("tranining",
// "pipline", "monitering"). Real words that sit one edit away ("retaining", "trailing") are
// listed so they are left alone.

const KEYWORDS = [
  'training', 'retraining', 'pipeline', 'pipelines', 'deploy', 'deployment', 'deployed', 'monitoring',
  'monitor', 'feature', 'features', 'inference', 'evaluation', 'evaluate', 'embedding', 'embeddings',
  'dashboard', 'alerting', 'predictions', 'prediction', 'streaming', 'labeling', 'labelling', 'ingestion',
  'ingest', 'dataset', 'datasets', 'kubernetes', 'snowflake', 'bigquery', 'redshift', 'postgres', 'airflow',
  'mlflow', 'sagemaker', 'databricks', 'preprocessing', 'engineering', 'engineer', 'engineers', 'scientist',
  'scientists', 'hyperparameter', 'hyperparameters', 'fine-tuning', 'finetuning', 'recommendations',
  'forecasting', 'notebook', 'notebooks', 'prototype', 'realtime', 'real-time', 'latency', 'endpoint',
  'retrain', 'cleaning', 'chunking', 'weekly', 'nightly', 'monthly', 'hourly', 'transactions', 'documents',
  'exploratory', 'exploring', 'classification', 'detection', 'orchestrator', 'experiment', 'experiments',
] as const;
const REAL_WORDS = new Set([
  'retaining', 'trailing', 'draining', 'straining', 'raining', 'remaining', 'steaming', 'deplore', 'pipelined',
  'featured', 'monitored', 'engineered', 'evaluated', 'evaluates', 'deployer', 'retrained', 'explaining', 'weakly',
  'nicely', 'mostly', 'lately', 'ingested', 'clearing', 'leaning', 'checking', 'landing', 'lending', 'labelled',
  'labeled', 'retrieving', 'detecting', 'protocol', 'restrain', 'exploding', 'documented', 'retain', 'retains', 'retained',
]);
const BY_INITIAL = new Map<string, string[]>();
for (const k of KEYWORDS) BY_INITIAL.set(k[0]!, [...(BY_INITIAL.get(k[0]!) ?? []), k]);
const KEYWORD_SET = new Set<string>(KEYWORDS);
/** Bounded so a 1 MB paste of random words cannot grow it without limit. */
const CORRECTIONS = new Map<string, string>();
const MAX_CACHED = 20_000;

/** The text with words one edit away from a domain keyword replaced by that keyword. */
export function correctTypos(text: string): string {
  return text.replace(/[A-Za-z][A-Za-z-]{4,24}/g, (word) => {
    const lower = word.toLowerCase();
    if (KEYWORD_SET.has(lower) || REAL_WORDS.has(lower)) return word;
    let fixed = CORRECTIONS.get(lower);
    if (fixed === undefined) {
      fixed = closestKeyword(lower) ?? lower;
      if (CORRECTIONS.size < MAX_CACHED) CORRECTIONS.set(lower, fixed);
    }
    return fixed === lower ? word : fixed;
  });
}

function closestKeyword(word: string): string | null {
  // "document" is the singular of "documents", not a typo of it.
  if (word.length < 6 || KEYWORD_SET.has(`${word}s`) || (word.endsWith('s') && KEYWORD_SET.has(word.slice(0, -1)))) return null;
  for (const k of BY_INITIAL.get(word[0]!) ?? []) {
    if (Math.abs(k.length - word.length) <= 1 && withinOneEdit(word, k)) return k;
  }
  return null;
}

/** Damerau-Levenshtein distance ≤ 1 (one insertion, deletion, substitution or swap), in O(n). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  if (a.length === b.length) {
    return restA === restB || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

// ---------------------------------------------------------------------------------------------
// Negation: "we don't need a feature store", "we tried a dashboard before", "no real-time".

const NEGATOR =
  /\b(?:(?:can'?t|cannot|can not|must not|mustn'?t|may not|shouldn'?t|should not) be used (?:to|for)|no|not|don'?t|do not|doesn'?t|does not|won'?t|will not|never|without|instead of|rather than|avoid|no need for|isn'?t|aren'?t|tried|used to have|gave up on|dropped|abandoned|got rid of|killed)\b/i;

// Undecided is not negated: "no idea about monitoring yet" names monitoring as work still to decide.
const UNDECIDED =
  /\b(?:no idea (?:about|on|for|how|what|whether|if)|not sure (?:about|on|how|what|whether|if)|(?:don'?t|do not) (?:yet |really |genuinely |honestly )?know(?: yet)?\s*:?\s*(?:whether|if|which)|(?:haven'?t|have not|didn'?t|did not|not(?: yet)?) (?:decided?|figured out|thought about|settled on|looked into)(?: on| about)?|undecided (?:about|on|if|whether|which)|tbd)\b/i;

/** True when `text` says the user has not decided something yet ("no idea about monitoring yet"). */
export function saysUndecided(text: string): boolean {
  return UNDECIDED.test(text) || /\?$/.test(text.trim());
}

/** A remark that only says the thing before it is undecided: "Undecided if it's worth it.", "Not sure we need it." */
const ABOUT_THE_LAST = /^(?:(?:still|honestly)\s+)?(?:undecided|not sure|unsure|no idea|tbd|unclear|maybe)\b[^.]{0,40}?\b(?:it|this|that|them)\b/i;
const REMARK_WORDS = 8;

/**
 * Which segments are work the user has not decided to do: undecided in their own words ("not sure
 * about image checks"), or followed by a short remark that says so of them ("Image checks on uploaded
 * photos. Undecided if it's worth it."). A question alone is not: it asks about work that may be decided.
 */
export function undecidedSegments(segments: readonly Segment[], text = ''): boolean[] {
  const doubted = doubtedItems(text);
  const inDoubted = (s: Segment) => doubted.some((item) => item.includes(s.original.replace(/\s+/g, ' ').trim()));
  return segments.map((s, i) => UNDECIDED.test(s.original) || remarksUndecided(segments[i + 1]?.original) || inDoubted(s));
}

/** A doubt about a numbered item: "I don't know if #2 is realistic for us", "not sure item 3 is worth it". */
const DOUBTS_ITEM = /\b(?:don['’]t know|do not know|not sure|unsure|no idea|doubt)\b[^.?!\n]{0,20}?(?:#|\bitem\s+|\bnumber\s+|\bpoint\s+|\bno\.\s*)(\d{1,2})\b[^.?!\n]{0,40}?\b(?:realistic|possible|feasible|doable|worth\s+it|makes\s+sense|for\s+us)\b/gi;

/** The text of each numbered item a sentence doubts, whitespace collapsed: the item's line and the lines under it up to a blank line or the next item. */
function doubtedItems(text: string): string[] {
  const items: string[] = [];
  for (const m of text.matchAll(DOUBTS_ITEM)) {
    const item = new RegExp(String.raw`^[ \t]*#?${m[1]}[.)][ \t]+[^\n]*(?:\n(?![ \t]*(?:#?\d{1,2}[.)][ \t]|\s*\n))[^\n]+)*`, 'm').exec(text);
    if (item) items.push(item[0].replace(/\s+/g, ' ').trim());
  }
  return items;
}

/** Whether a sentence only says that the thing before it is undecided. */
export function remarksUndecided(sentence: string | undefined): boolean {
  return !!sentence && ABOUT_THE_LAST.test(sentence.trim()) && sentence.trim().split(/\s+/).length <= REMARK_WORDS;
}

/** True when the clause before `index` says the user has not decided what follows. */
export function isUndecided(text: string, index: number): boolean {
  return saysUndecided(clauseBefore(text, index));
}

function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 40), index);
  const clauseStart = Math.max(...[',', ':', '(', '.', '!', '?', ';', '\n'].map((c) => before.lastIndexOf(c)));
  return before.slice(clauseStart + 1);
}

/** True when the clause before `index` in `text` negates what follows (or says it was abandoned). */
export function isNegated(text: string, index: number): boolean {
  const clause = clauseBefore(text, index);
  // "We have no way to tell whether a change makes answers better" names a lack: the work is needed, not denied.
  return NEGATOR.test(clause) && !LACK.test(clause + text.slice(index, index + 20));
}

/** A capability missing today: "no way to tell", "can't see", "unable to measure". */
const LACK = /\b(?:no (?:easy |good |real |reliable )?(?:way|means) (?:to|of) |(?:can'?t|cannot|unable to|hard to|difficult to) (?:really )?)(?:tell|know|see|measure|check|compare|find out|judge)\b/i;

/** Sentences as the user ended them: split after end punctuation and whitespace, and at line breaks. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/);
}

/**
 * Each run up to end punctuation, for `matches`: a sentence with its offset in the text. A full stop
 * with no space after it ("0.81", "6.000", "Kestrel.com") ends nothing.
 */
export const SENTENCE_SPAN = /(?:[^.!?]|\.(?=\w))+[.!?]?/g;
