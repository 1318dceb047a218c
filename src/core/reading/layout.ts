/**
 * The layout of a note: mail headers, chat message headers, speaker labels and asides say who talks
 * and when, never what the work is; a table's bars part its cells; struck-through text is taken
 * back. They are blanked or made sentence breaks (offsets stay put), and the people they name are
 * kept, so "Ray" who signs an email is nobody's compute framework.
 */

/**
 * A mail's or a document's header lines ("To: Solutions Team", "Attendees: …", "Reporter: …") say who
 * wrote and who reads, never what the work is: blanked, so offsets stay put. "Subject:" names the work.
 */
const HEADER_LINE = /^[ \t]*(?:from|to|cc|bcc|sent|date|reply-to|attendees|present|authors?|reporter|assignee|reviewers?|reviewed(?: by)?|submitted by)[ \t]*:[^\n]{0,200}$/gim;

/** A clock time as chats stamp it: "9:14 AM", "09:12", "[10:02:45]", "[Tuesday 09:48]". */
const CLOCK = String.raw`\[?(?:(?:[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu|[Ff]ri|[Ss]at|[Ss]un|[Yy]esterday|[Tt]oday)\p{L}*\.?,?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?\]?`;
/** A name of up to four capitalised words, bold or not: "Dana Okafor", "**Kevin O'Brien**". */
const PERSON = String.raw`\**\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}\**`;
/** A chat export's message header, a line of a name and a time and nothing else ("Dana Okafor  9:14 AM", "[09:49] Lea Brandt"). */
const CHAT_HEADER = new RegExp(String.raw`^[ \t]*(?:${PERSON}(?:[ \t]*[-–—·,|][ \t]*|[ \t]+)${CLOCK}|${CLOCK}[ \t]+${PERSON})[ \t]*$`, 'gmu');
/**
 * A transcript's speaker label: a name of up to three capitalised words, and a colon, opening the line ("Priya: Okay, so…");
 * after a chat's time stamp, any handle ("[09:12] priya.n: ok so…").
 */
const SPEAKER = new RegExp(String.raw`^([ \t]*(?:[A-Z][\p{L}'’.-]*(?:[ \t]+[A-Z][\p{L}'’.-]*){0,2}|${CLOCK}[ \t]+[\p{L}][\p{L}\d'’._-]*(?:[ \t]+[\p{Lu}][\p{L}'’.-]*){0,2})[ \t]*:)(?=[ \t]+\S)`, 'gmu');
/** Labels said this often, by at least two names, are a conversation's speakers, not topics ("Background:", "Goal:"). */
const MIN_TURNS = 4;

/** Words blanked out keep their offsets, so every later reader's positions stay put. */
const blank = (words: string) => ' '.repeat(words.length);

/** A mail client's marks: "---------- Forwarded message ---------", and "Re:"/"Fwd:" in front of a subject. */
const FORWARDED = /^[ \t]*-{2,}[ \t]*(?:forwarded|original)[ \t]+message[ \t]*-{2,}[ \t]*$/gim;
const REPLY_MARKS = /^([ \t]*subject[ \t]*:[ \t]*)((?:(?:re|fwd?|aw|wg|tr)[ \t]*:[ \t]*)+)/gim;

export function withoutHeaders(text: string): string {
  const headless = text.replace(HEADER_LINE, blank).replace(CHAT_HEADER, blank).replace(FORWARDED, blank).replace(REPLY_MARKS, (_, label: string, marks: string) => label + blank(marks));
  // "Priya: Okay, so…": who speaks is no system and no work; blanked, so what they say starts its own sentence.
  const speaking = speakers(headless);
  if (speaking.size < 2) return headless;
  return headless.replace(SPEAKER, (label: string) => (speaking.has(speakerOf(label)) ? blank(label) : label));
}

/** The labels said at least twice, in a text with at least MIN_TURNS labelled turns: a conversation's speakers. */
function speakers(text: string): Set<string> {
  const turns = new Map<string, number>();
  for (const m of text.matchAll(SPEAKER)) turns.set(speakerOf(m[1]!), (turns.get(speakerOf(m[1]!)) ?? 0) + 1);
  if ([...turns.values()].reduce((a, b) => a + b, 0) < MIN_TURNS) return new Set();
  return new Set([...turns].filter(([, n]) => n >= 2).map(([who]) => who));
}

/**
 * A sentence that says it is about something else ("unrelated but the scraper broke again, ignore
 * the 4am alerts", "Side note: …") holds nothing of this plan: blanked to its end, so offsets stay put.
 */
const ASIDE = /(?<=^|[.!?])[ \t]*(?:(?:btw|by the way|also),?[ \t]+)?(?:unrelated|off[- ]topic|side[- ]?note|tangent|(?:totally|completely) (?:unrelated|separate)(?: (?:note|thing))?)(?:[ \t]*[:,—–-]|[ \t]+but\b)[^.!?\n]*[.!?]?/gim;

export function withoutAsides(text: string): string {
  return text.replace(ASIDE, blank);
}

/** Who a label names, whenever they spoke: "[09:12] priya.n:" is priya.n. */
function speakerOf(label: string): string {
  return label.replace(new RegExp(`^\\s*${CLOCK}`, 'u'), '').replace(/\s*:\s*$/, '').trim();
}

/**
 * Who a header names: "Ray Ibarra <ray@…>", "Dana Kowalczyk, Lena Ostrowski", after a label of people
 * at a line's start or after a separator ("Date: Thu 6 Mar | Facilitator: Rosalind A. | Attendees: …").
 */
const NAMED_IN_HEADER = /(?:^|[|·][ \t]*)[ \t]*(?:from|to|cc|bcc|attendees|present|authors?|reporter|assignee|reviewers?|owners?|facilitators?|hosts?|guests?|participants|deciders|consulted|informed|approvers?|stakeholders|contributors|interviewers?|interviewees?|(?:lead\s+)?applicants?|(?:principal\s+)?investigators?)[ \t]*:([^\n|·]{0,200})/gim;
/** A person's name: one to three capitalised words of letters. */
const PERSON_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}$/u;
/** Words that make a header entry a group, not a person: "Solutions Team", "Data Platform". */
const GROUP = /\b(?:team|group|dept|department|squad|committee|board|office|platform|ops|all|everyone|list|institute|university|college|school|hospital|trust|ltd|inc|llc|gmbh|plc|corp|company|lab|laboratory|computing)\b/i;

/**
 * The people a conversation's headers and speaker labels name, each whole name and each of its words
 * ("Ray Ibarra", "Ray", "Ibarra"): the same words later in the text are those people.
 */
export function peopleIn(text: string): Set<string> {
  const names: string[] = [];
  for (const m of text.matchAll(NAMED_IN_HEADER)) {
    // "Dr. Helena Voss": a title before the name is no part of it.
    for (const entry of m[1]!.replace(/<[^>]*>|\S+@\S+|\([^)]*\)|\b(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?(?=\s)/g, ' ').split(/[,;]|\band\b/)) names.push(entry.replace(/[*_"]/g, '').trim());
  }
  for (const m of text.matchAll(CHAT_HEADER)) names.push(m[0].replace(new RegExp(CLOCK, 'gu'), '').replace(/[*\-–—·,|]/g, ' ').trim());
  names.push(...speakers(text));
  const people = new Set<string>();
  for (const name of names.map((n) => n.replace(/\s+/g, ' ')).filter((n) => PERSON_NAME.test(n) && !GROUP.test(n))) {
    people.add(name);
    for (const word of name.split(' ')) people.add(word);
  }
  return people;
}

/**
 * A list item opened by a glyph of its own ("→ Nightly export …", "▸ …", "✓ …", "– …"): a bullet like
 * "-" to every reader, so no sentence runs on from one item into the next.
 */
const GLYPH_BULLET = /^([ \t]*)(?:•|·|→|⇒|➔|➜|➤|►|▶|▸|▪|■|□|●|○|◦|‣|✓|✔|✅|☐|☑|–|—)\uFE0F?(?=[ \t]+\S)/gmu;

/** Every list glyph becomes "-", padded so offsets stay put. */
export function withPlainBullets(text: string): string {
  return text.replace(GLYPH_BULLET, (mark: string, space: string) => `${space}-${blank(mark.slice(space.length + 1))}`);
}

/** A table row: a line with two bars or more ("| 2 | Record input versions | Ben | 5 Apr |"). */
const TABLE_ROW = /^[^\n|]*\|[^\n|]*\|[^\n]*$/gm;

/** Each cell of a table row is said on its own: its bars end sentences, so no name or clause runs across cells. */
export function withoutTableBars(text: string): string {
  return text.replace(TABLE_ROW, (row) => row.replace(/\|/g, '.'));
}

/** Text struck through ("~~Real-time prediction at the rig~~"): the writer took it back. */
const STRUCK = /~~[^~\n]{1,300}~~/g;

/** What the writer struck through is said no more: blanked, offsets kept. */
export function withoutStruck(text: string): string {
  return text.replace(STRUCK, blank);
}
