/**
 * What the team rules out of the work, as a labelled line or list ("Out of scope: ACH fraud,
 * account takeover model (separate team)", "Non-goals: auto-fixing code, blocking merges") or in a
 * sentence of its own ("Contract pricing is not part of this"). Named
 * work is listed under Deferred so nobody builds it by accident, and nothing in it is planned.
 */
import type { MentionedComponent } from './reading';

/** A label that rules out what follows ("Out of scope for now:", "Non-goals."). */
const RULES_OUT = String.raw`[ \t]*(?:#{1,6}[ \t]+|={1,6}[ \t]*)?(?:[*_]+|\p{Extended_Pictographic}\uFE0F?[ \t]*)?(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:[-*•]\s*)?(?:also[ \t]+)?(?:explicitly\s+)?(?:out[- ]of[- ]scope|not\s+in\s+scope|outside\s+(?:the\s+)?scope|non[- ]goals?|not\s+doing|not\s+(?:in|for|part\s+of)\s+(?:phase[ \t]*\d|(?:the\s+)?mvp|v\d|(?:the\s+)?first\s+(?:version|phase|release)|this\s+(?:phase|release|version|pr|pull\s+request|change|ticket|sprint|iteration|milestone|epic|rfc|adr|proposal|project))|exclu(?:ded|sions?)|won['’]t\s+have|(?:(?:what\s+)?(?:we|i)\s+)?(?:tried|trialled|tested|piloted)\s+(?:and|&|but)\s+(?:dropped|abandoned|binned|killed|scrapped|shelved)|not\s+(?:requested|included|covered|funded|asked\s+for)(?:\s+(?:here|in\s+this\s+(?:request|proposal|bid|phase)))?|(?:(?:we|i)\s+)?said\s+no\s+to|no[- ]gos?|(?<parked>parking[ \t]+lot|parked(?:[ \t]+(?:items|ideas|topics))?)|(?:to[ \t]+)?(?:turn|switch|shut)[ \t]+(?:off|down)|(?:to[ \t]+)?(?:decommission|retire|sunset)|won['’]t\s+do|(?:things\s+|what\s+)?(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)\s+not\s+(?:looking\s+for|asking\s+for|after)|(?:things\s+|what\s+)?(?:i|we)\s+(?:don['’]t|do\s+not)\s+(?:want|need)(?:\s+(?:from\s+this|here))?)(?:,?[ \t]*(?:\([^)\n]{1,30}\)|(?:at[ \t]+least[ \t]+)?(?:for[ \t]+now|for[ \t]+(?:v1|this[ \t]+(?:project|phase|quarter|release)|the[ \t]+(?:mvp|first[ \t]+version|pipeline))|this[ \t]+time|here|in[ \t]+v1)))?[*_]*(?:[ \t]*={1,6})?(?:[ \t]*([:.\-—–])[ \t]*|[ \t]*(?=\n))`;
/** The label at the start of a line, and what it rules out after it. */
const LABEL = new RegExp(`^${RULES_OUT}(.*)$`, 'gimu');
const LABEL_AT_START = new RegExp(`^${RULES_OUT}`, 'iu');
/** A list item under a label with nothing after it. */
const ITEM = /^[ \t]*(?:[-*•▸◦‣]|\d{1,2}[.)])\s+(.+)$/;
const MAX_SAID = 200;
/** The lines of one paragraph right under a label alone on its line, none of them a heading of the next section. */
const PARAGRAPH = /^[ \t]*((?![ \t]*(?:#|\d{1,2}(?:\.\d{1,2})*\.?[ \t]|[A-Z][^\n]{0,60}:[ \t]*$))[^\n]*\S[^\n]*(?:\n(?![ \t]*(?:#|\d{1,2}(?:\.\d{1,2})*\.?[ \t]))[^\n]*\S[^\n]*){0,2})/;

/** The id of the one card that lists what the team ruled out. */
export const RULED_OUT_ID = 'out-of-scope';

export interface RuledOut {
  /** The user's words: the line after the label, or its items joined. */
  said: string;
  /** Where those words are in the text, so work named there is not planned. */
  start: number;
  end: number;
  /** Set aside for later ("Parking lot"), not ruled out: it is deferred as work put off. */
  parked?: true;
}

/**
 * Work ruled out in a sentence of its own: "Contract pricing is NOT part of this", "Dubbing scripts are
 * out of scope", "Forecasting donations is outside the scope", "Route planning was considered and is
 * excluded from this proposal". The subject is what is ruled out.
 */
const SAID_OUT = /(?<=^|[.!?;:])[ \t]*(?:[-*•][ \t]*)?(?:(?:for the record|btw|also|and|but|note)[:,]?[ \t]+)?([^\s.!?;:][^.!?;:\n]{2,99}?)[ \t]+(?:is|are|was|were|has[ \t]+been|have[ \t]+been)[ \t]+(?:also[ \t]+|explicitly[ \t]+|definitely[ \t]+|still[ \t]+|deliberately[ \t]+)?(?:not[ \t]+(?:part[ \t]+of[ \t]+(?:this|the[ \t]+(?:project|proposal|scope|work|plan|mvp|first[ \t]+version))|in[ \t]+scope)|out[ \t]+of[ \t]+scope|outside[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?scope|(?:(?:excluded|dropped|descoped|de-scoped|removed)[ \t]+from|left[ \t]+out[ \t]+of)[ \t]+(?:this|the)[ \t]+(?:project|proposal|scope|work|plan|mvp|pilot|phase|first[ \t]+version|grant|bid)\b|(?:excluded|dropped|descoped|de-scoped|left[ \t]+out)[ \t]+for[ \t]+now\b|(?:excluded|descoped|de-scoped)(?=[ \t]*(?:[,.;]|$)))[^.!?\n]*[.!?]?/gim;
/** "was considered and" before the verb that rules it out is the history of the decision, no part of what was ruled out. */
const CONSIDERED = /,?\s+(?:was|were|had been|has been|have been)\s+(?:considered|discussed|proposed|evaluated|explored|requested)\s+(?:and|but)$/i;
/** "A third component, reading recommendations for patrons," : the apposition names it. */
const APPOSITION = /^[^,]{2,40},\s*([^,]{3,80}?),?$/;
/** "Kiln scheduling, which the plant's own team runs," : a relative clause describes the subject before it. */
const RELATIVE = /^([^,]{2,60}),\s*(?:which|who|that|where)\b/i;
/** A subject that points elsewhere ("this", "everything else") or a hedged sentence ("we think churn is…") rules nothing out. */
const NOT_A_SUBJECT = /^(?:it|this|that|these|those|everything(?: else)?|anything(?: else)?|what|which|the rest)$|^(?:what|which|why|how)\b/i;
const HEDGED = /\b(?:think|guess|maybe|probably|prob|perhaps|might|not sure|unsure)\b/i;

function saidOut(text: string): RuledOut[] {
  const out: RuledOut[] = [];
  // "Photo checks (is it a door? is it theirs?) are out of scope": what an aside asks ends no sentence.
  for (const m of withoutBrackets(text).matchAll(SAID_OUT)) {
    // "Photo-based estimation may come later but is not in scope": the subject ends before its first predicate.
    const said = m[1]!.replace(CONSIDERED, '').replace(/\s+(?:may|might|will|could|can|would|should|but)\b.*$/i, '').trim();
    const subject = RELATIVE.exec(said)?.[1]!.trim() ?? APPOSITION.exec(said)?.[1]!.trim() ?? said;
    if (NOT_A_SUBJECT.test(subject) || HEDGED.test(m[0]) || /\?\s*$/.test(m[0])) continue;
    const start = m.index + m[0].indexOf(subject);
    out.push({ said: text.slice(start, start + subject.length), start, end: start + subject.length });
  }
  // The whole sentence is set aside, "The project will not address" with what it names, so no reader takes its words for work.
  for (const m of text.matchAll(NOT_ADDRESSED)) {
    const start = m.index + m[0].length - m[0].trimStart().length;
    out.push({ said: m[1]!.trim(), start, end: m.index + m[0].length });
  }
  return out;
}

/** The text with its bracketed asides blanked, offsets kept (not layout's `withoutAsides`, which blanks off-topic sentences). */
function withoutBrackets(text: string): string {
  return text.replace(/\([^()\n]{1,200}\)/g, (aside) => ' '.repeat(aside.length));
}

/**
 * Work the project says it will not take on: "The project will not address terrain mapping or
 * public alerts", "This phase does not cover escalators", "We won't tackle dubbing". What follows the verb is ruled out.
 */
const NOT_ADDRESSED_LEAD = String.raw`[ \t]*(?:(?:the|this)[ \t]+(?:project|work|proposal|pilot|phase|release|version|first[ \t]+version|mvp|scope)|we|phase[ \t]*\d)[ \t]+(?:will[ \t]+not|won['’]t|does[ \t]+not|doesn['’]t|do[ \t]+not|don['’]t|shall[ \t]+not|(?:is|are)[ \t]+not[ \t]+going[ \t]+to)[ \t]+(?:address|cover|tackle|attempt|deal[ \t]+with)[ \t]+`;
const NOT_ADDRESSED = new RegExp(String.raw`(?<=^|[.!?;:])${NOT_ADDRESSED_LEAD}([^.!?\n]{3,200})`, 'gim');
const NOT_ADDRESSED_AT_START = new RegExp(`^${NOT_ADDRESSED_LEAD}`, 'i');

export function ruledOut(text: string): RuledOut[] {
  return [...labelled(text), ...saidOut(text), ...settledRows(text), ...droppedAside(text), ...rejectedOptions(text)].sort((a, b) => a.start - b.start);
}

/**
 * An option weighed and turned down, the verdict after it on its line: "2. A separate model server.
 * Rejected: another hop", "Hourly batch runs — ruled out (no in-the-moment check)". The option is out.
 */
const REJECTED_OPTION = /^[ \t]{0,12}(?:(?:[-*•]|\d{1,2}[.)])[ \t]+)?(?:(?:option|alternative)[ \t]+[\w\d]{1,2}[ \t]*[:.)—–-][ \t]*)?(\S[^\n]{2,199}?)[ \t]{0,3}(?:[.;:]|[ \t][—–-])[ \t]{1,3}(?:\*\*)?(?:rejected|ruled[ \t]+out|discarded|not[ \t]+chosen|not[ \t]+pursued)(?:\*\*)?(?=[ \t]*(?:[:.(—–-]|for[ \t]+now\b|$))/gim;

function rejectedOptions(text: string): RuledOut[] {
  return [...text.matchAll(REJECTED_OPTION)].map((m) => {
    const start = m.index + m[0].indexOf(m[1]!);
    return { said: m[1]!.trim(), start, end: start + m[1]!.length };
  });
}

/** "What we tried and dropped (an LSTM autoencoder; a remaining-useful-life regression)": the bracket names what was dropped. */
const DROPPED_ASIDE = /\b(?:tried|trialled|tested|piloted)\s+(?:and|&|but)\s+(?:dropped|abandoned|binned|killed|scrapped|shelved)\s*\(([^()\n]{3,200})\)/gi;

function droppedAside(text: string): RuledOut[] {
  return [...text.matchAll(DROPPED_ASIDE)].map((m) => {
    const start = m.index + m[0].length - m[1]!.length - 1;
    return { said: m[1]!.trim(), start, end: start + m[1]!.length };
  });
}

/** A status field that takes a row out of the work: "…,DROPPED,…", "| On hold |". */
const SETTLED = /(?:^|[,|\t]\s*)["*_]*(?:dropped|on[ -]hold|cancell?ed|rejected|won['’]?t do|descoped|de-scoped|shelved|parked)["*_]*\s*(?=$|[,|\t])/im;

/**
 * A row of a register or table whose status field says it is dropped or on hold ("UC-05,AI-written text
 * detection,…,DROPPED,…"): the whole row is out of the work, named by its first cell of several words.
 */
function settledRows(text: string): RuledOut[] {
  const out: RuledOut[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    // A table row whose bars were turned into stops (`withoutTableBars`) is still cells.
    const line = (raw.match(/\s\.(?=\s|$)/g) ?? []).length >= 2 ? raw.replace(/\s\.(?=\s|$)/g, ' |') : raw;
    if (/[,|\t]/.test(line) && SETTLED.test(line)) {
      const name = line.split(/\s*[,|\t]\s*/).map((c) => c.replace(/^["*_\s]+|["*_\s]+$/g, '')).find((c) => /\S\s+\S/.test(c)) ?? line.trim();
      out.push({ said: name.slice(0, MAX_SAID), start: at, end: at + raw.length });
    }
    at += raw.length + 1;
  }
  return out;
}

function labelled(text: string): RuledOut[] {
  const out: RuledOut[] = [];
  for (const m of text.matchAll(LABEL)) {
    const [stop, said] = [m[2], m[3]!];
    const parked = m.groups?.parked ? { parked: true as const } : {};
    // "Out of scope. Subs and SDH only": a full stop ends the label's sentence, and the next one is about something else.
    if (stop === '.' && said.trim()) continue;
    // The label rules out its own sentence: "Out of scope: X. Things I don't know: …" goes on about something else.
    const own = said.split(/(?<=[.!?])\s+(?=[A-Z])/)[0]!;
    const rest = own.trim();
    const start = m.index + m[0].length - said.length;
    if (rest) {
      out.push({ said: rest.slice(0, MAX_SAID), start, end: start + own.length, ...parked });
      continue;
    }
    // "Out of scope:" alone on its line: the list items right under it.
    const items: string[] = [];
    let end = m.index + m[0].length;
    for (const line of text.slice(end + 1).split('\n')) {
      // A blank line between the heading and its list is layout.
      if (!line.trim() && items.length === 0) {
        end += line.length + 1;
        continue;
      }
      const item = ITEM.exec(line);
      if (!item) break;
      // Each item's own full stop ends the item, not the list: "Tanker routing (a vendor's job)." joins as "Tanker routing (a vendor's job)".
      items.push(item[1]!.trim().replace(/[.;]+$/, ''));
      end += line.length + 1;
    }
    if (items.length) out.push({ said: items.join('; ').slice(0, MAX_SAID), start: m.index + m[0].length, end, ...parked });
    else {
      // "4.4 Out of Scope" over a plain line ("Dynamic meter pricing; curbside delivery zones."): the paragraph under the heading.
      const paragraph = PARAGRAPH.exec(text.slice(end + 1));
      if (paragraph) out.push({ said: paragraph[1]!.replace(/\s+/g, ' ').trim().replace(/[.;]+$/, '').slice(0, MAX_SAID), start: end + 1, end: end + 1 + paragraph[0].length, ...parked });
    }
  }
  return out;
}

/** The text with what the team ruled out blanked, offsets kept: readers of the work then never name it after ruled-out work. */
export function withoutRuledOut(text: string): string {
  let out = text;
  for (const r of ruledOut(text)) out = out.slice(0, r.start) + ' '.repeat(r.end - r.start) + out.slice(r.end);
  return out;
}

/** An item that rules out making the model again: "Retraining CXR-Prio on other sites' data", "fine-tuning". Training data is data. */
const TRAINING_ITEM = /^(?:(?:any|more|further|model)\s+)?(?:re-?train(?:ing|s)?|fine-?tun(?:e|es|ing)|training)\b(?!\s+(?:data|sets?|labels?|examples|material))/i;

/** Whether the team ruled out or parked training the model in this version, by its cards: then the model is used as it stands. */
export function trainingSetAside(components: readonly MentionedComponent[]): boolean {
  return components
    .filter((c) => c.id === RULED_OUT_ID || c.id === PARKED_ID)
    .some((c) => c.text.replace(/^[^:]+:\s*/, '').split(/;\s*/).some((item) => TRAINING_ITEM.test(item.trim())));
}

/** Whether a span of the text lies in what the team ruled out. */
export function inRuledOut(spans: readonly RuledOut[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

/** Whether a clause is words the team ruled out: an item, or the labelled line itself ("Out of scope: retraining the CNN (…)"). */
export function inRuledOutWords(spans: readonly RuledOut[], clause: string): boolean {
  const words = clause.replace(LABEL_AT_START, '').replace(NOT_ADDRESSED_AT_START, '').replace(/\s+/g, ' ').trim().slice(0, 60);
  return words.length > 0 && spans.some((s) => s.said.replace(/\s+/g, ' ').includes(words));
}

/** The id of the card that lists what the team parked for later. */
export const PARKED_ID = 'parked';

/** One card for everything the team ruled out, and one for what it parked, in its words: each is deferred with its reason. */
export function ruledOutCard(ruled: readonly RuledOut[]): MentionedComponent[] {
  return [card(RULED_OUT_ID, 'Out of scope', ruled.filter((r) => !r.parked)), card(PARKED_ID, 'Parked', ruled.filter((r) => r.parked))].flatMap((c) => (c ? [c] : []));
}

function card(id: string, label: string, ruled: readonly RuledOut[]): MentionedComponent | null {
  if (!ruled.length) return null;
  const said = ruled.map((r) => r.said.replace(/[.;\s]+$/, '')).join('; ');
  // The card's name lists what was ruled out, without the asides: "Out of scope: ACH fraud, account takeover model".
  const items = said.replace(/\s*\([^)]*\)/g, '').replace(/\s*[.;]+(?=;|$)/g, '');
  const cut = items.lastIndexOf(' ', NAME_MAX);
  const name = `${label}: ${items.length > NAME_MAX ? `${items.slice(0, cut > 0 ? cut : NAME_MAX)}…` : items}`;
  return { id, name, text: `${label}: ${said}`, kind: 'future-work', cadence: null, latencyMs: null, owner: null };
}

const NAME_MAX = 70;
