/**
 * The one reader of team size, shared by the interview (the team category), the `team-capacity`
 * red flag and the markdown parser (a document's Overview).
 *
 * "Two ML engineers and a data engineer" is 3; "just me" is 1; "me and another engineer" is 2;
 * "a team of five" (or "4 people: 2 ML engineers, …") is 5 whatever roles follow; "three ML engineers maintain the pipelines" is 3
 * whoever else is named. Analysts and stakeholders who only consume the results, and people lent
 * by another function ("one person from the plant's IT"), are not counted: the seed's capacity
 * rule is about who builds and maintains the pipelines.
 */
import { parseCount } from './counts';
import { matches } from '../language/matches';

/** `role: null` counts people without naming a role ("one person from IT"). */
const ROLES: readonly { role: string | null; pattern: string }[] = [
  { role: 'ML engineer', pattern: "(?:ml|machine[- ]learning|ai) engineers?|mles?" },
  { role: 'MLOps engineer', pattern: 'mlops (?:engineers?|people|folks|team)' },
  { role: 'data engineer', pattern: 'data engineers?|des?(?= own| handle| run| maintain)' },
  { role: 'data scientist', pattern: 'data scientists?|ds folks|scientists?|ds(?=\\s*[,;)+&]|\\s+and\\b|\\s*$)' },
  { role: 'platform engineer', pattern: 'platform engineers?|infra(?:structure)? engineers?|sres?|devops(?: engineers?| people| folks)?' },
  { role: 'software engineer', pattern: '(?:software|backend|back-end|full[- ]?stack) (?:engineers?|devs?|developers?)' },
  { role: 'researcher', pattern: '(?:ml |research )?researchers?|quant(?: researcher)?s?' },
  { role: 'engineer', pattern: 'engineers?|devs|developers?' },
  { role: null, pattern: 'persons?|people|folks' },
];
const ROLE_ALTS = ROLES.map((r) => `(${r.pattern})`).join('|');
const COUNT = "(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|another|couple of|a couple of|single)";
const QUALIFIER = "(?:(?:senior|junior|staff|part[- ]time|full[- ]time|freelance|contract(?:or)?|other|more|dedicated|backend|in-house)\\s+)?";
// One unknown word may sit before the role ("one analytics engineer"), tried last so that
// "a data engineer" stays a data engineer.
// "~1,100 engineers" is a headcount, never the "100" at its end.
const COUNTED_ROLE = new RegExp(`(?<![\\d,.])\\b${COUNT}\\s+${QUALIFIER}(?:[\\w-]+\\s+)??(?:${ROLE_ALTS})\\b`, 'gi');
const ANY_ROLE = new RegExp(`\\b(?:${ROLE_ALTS})\\b`, 'gi');
const WHOLE_TEAM = /\b(?:(?:small |tiny )?team of|we(?:'re| are)(?: only| just)?|there(?:'s| is| are)(?: only| just)?|only|just)\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?:\s+(?:of us|people|persons?|folks))?|\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:person|people|engineer|man) team\b|\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten) of us\b|\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten) (?:people|persons|folks)(?=\s*[:(—–-])/gi;
const MORE_PEOPLE = /\b(?:additional|extra|more)\b/i;
const HIRING = /\b(?:hire|hires|hiring|recruit\w*|headcount|requires?|request(?:s|ing)?|ask(?:s|ing)? for|budget(?:ing)? for|fund(?:s|ing)?|approve)\s+(?:\w+\s+){0,2}$/i;
const SOLO = /\b(?:(?:just|only) me|solo|i(?:'?m| am) (?:the only|alone|on my own)|by myself|on my own|one[- ]person team|team of one|one[- ]man (?:team|band|show))\b/i;
const ME_AND = /\b(?:me|myself|i)\s+(?:(?:and|plus)\b|\+)|(?:\b(?:and|plus)|\+)\s+(?:me|myself)\b/i;
/** After "an on-call engineer": a hypothetical, so anyone in that role, not a member of the team. */
const HYPOTHETICAL = /\b(?:won't|wouldn't|can't|cannot|couldn't|will not|would not|would|could|might)\b/i;

/** After "I'm a data scientist": where they work, not who else is on the team ("working on search", "on trust and safety at …"). */
const AFFILIATION = /^\s+(?:on|at|in|working|with|for|from)\b/i;
/** The text speaks for a group: "we", "our", "us". */
const SPEAKS_AS_WE = /\b(?:we|we're|we've|our|us)\b/i;

/** The team speaking or spoken of: "we", "our", "I", "me", "team", "us". */
const ABOUT_THE_TEAM = /\b(?:we|we're|we've|our|us|i|i'm|me|team|myself)\b/i;

/** The sentence around `at`, cut at end punctuation, semicolons and line breaks. */
function sentenceOf(text: string, at: number): string {
  const start = Math.max(...['.', '!', '?', ';', '\n'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  return text.slice(start, at) + restOfSentence(text, at);
}

/** The rest of the sentence after `at` ("2 a.m." does not end it); a blank line or the next list item ends it too. */
function restOfSentence(text: string, at: number): string {
  const rest = text.slice(at, at + 100);
  const cut = rest.search(/[.!?](?=\s+[A-Z]|\s*$)|;|\n\s*\n|\n\s*(?:[-*•]|\d{1,3}(?:\.\d+)*[.)]?)\s/);
  return cut >= 0 ? rest.slice(0, cut) : rest;
}
/** Said right after a counted role: these people are the ones the capacity rule is about. */
const MAINTAIN = /^\s+(?:will\s+)?(?:maintain|own|run|operate|build|look after)s?\s+(?:the\s+|these\s+|our\s+|all\s+(?:the\s+)?)?(?:ml\s+)?(?:pipelines|models)\b/i;

/** Said after people counted without a role: the time they spend on the work, or that they do it by hand. */
const LABOUR = /^[^,]{0,40}?\b(?:spend|spends|spent|spending)\b.{0,40}?\b(?:days?|mornings?|afternoons?|hours?|weeks?|months?|quarters?|time|shifts?)\b|\b(?:by hand|manually|full[- ]time on|all day)\b/i;

/** Said after people counted without a role: upkeep of something other than the pipelines or models. */
const OTHER_UPKEEP = /^\s+(?:maintains?|runs?|looks? after|manages?|operates?|owns?|supports?)\s+(?:(?:them|it)\b|(?:the|our|all|these|those)\s+(?!(?:ml\s+)?(?:pipelines?|models?|training)\b)[\w-]+)/i;

/** Said right after people counted: they are the ones who use the results ("are the consumers", "read the watchlist every morning"). */
const CONSUMES =
  /^\)?\s*(?:(?:are|is|will be|would be)\s+(?:the\s+|our\s+)?(?:main\s+|primary\s+|end[- ]?)?(?:consumers?|users?|audience|customers?|stakeholders?|readers?|recipients?)\b|(?:consume|use|read|receive|look at|act on)s?\s+(?:the\s+|its\s+|their\s+)?(?:outputs?|results?|predictions?|scores?|forecasts?|reports?|dashboards?|alerts?|watchlists?|lists?)\b)/i;

/** Said right after a counted role: someone lent by a function that does not build the pipelines ("one person from the plant's IT"). */
const ELSEWHERE =
  /^\s+(?:from|in|on)\s+(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,2}?(?:it|i\.t\.|facilities|operations|ops|plant|factory|site|business|sales|marketing|support|legal|finance|hr|compliance|management|product)\b/i;

/** Where the text states the team: the user's words and their offset. */
export interface TeamEvidence {
  text: string;
  index: number;
}

export interface TeamReading {
  /** People maintaining the pipelines, when the text says. */
  engineers: number | null;
  /** The phrase the number comes from (the whole-team phrase, the first counted role, or "just me"). */
  evidence: TeamEvidence | null;
  roles: string[];
  /** The user's words that told us, for the interview's team category. */
  phrases: string[];
}

export function readTeam(text: string): TeamReading {
  const phrases: string[] = [];
  const roles = new Set<string>();
  for (const m of matches(text, ANY_ROLE)) {
    const role = roleOf(m);
    if (role !== undefined && role !== null) {
      roles.add(role);
      phrases.push(m[0]);
    }
  }
  const counts: (TeamEvidence & { n: number; role: string | null })[] = [];
  let maintainers: (TeamEvidence & { n: number }) | null = null;
  for (const m of matches(text, COUNTED_ROLE)) {
    const n = countOf(m[1]!);
    if (n === null || roleOf(m, 2) === undefined) continue;
    const end = m.index + m[0].length;
    // "An on-call engineer scanning graphs won't spot it": a singular indefinite in a hypothetical is anyone in that role.
    if (/^an?$/i.test(m[1]!) && HYPOTHETICAL.test(restOfSentence(text, end))) continue;
    // "I'm an engineer on the search team … we …": the speaker introduces themself, one of a "we" of unknown size.
    if (/^an?$/i.test(m[1]!) && /\bI(?:'m|’m| am)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)) && AFFILIATION.test(text.slice(end, end + 12)) && SPEAKS_AS_WE.test(text)) continue;
    phrases.push(m[0]);
    if (ELSEWHERE.test(text.slice(end, end + 60))) continue;
    // "3 people spend their whole day assigning parcels": people counted by the work they do today are whom the system helps.
    if (roleOf(m, 2) === null && LABOUR.test(restOfSentence(text, end))) continue;
    // "No Kubernetes on the edge boxes, one person maintains them": people counted by other upkeep are not the team.
    if (roleOf(m, 2) === null && OTHER_UPKEEP.test(text.slice(end, end + 60))) continue;
    // "A pilot with Finance + HR (about 400 people)": people counted in a sentence that is not about the team are some other group.
    if (roleOf(m, 2) === null && !ABOUT_THE_TEAM.test(sentenceOf(text, m.index)) && !MAINTAIN.test(text.slice(end, end + 60))) continue;
    // "Reliability Engineering (12 people) are the consumers": people who use what the pipelines make are not who maintains them.
    if (CONSUMES.test(text.slice(end, end + 60))) continue;
    // "Requires one additional data engineer", "hire two more ML engineers": people asked for are not the team yet.
    if (MORE_PEOPLE.test(m[0]) || HIRING.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "moderators (vendor team, ~60 people)": people counted for another organisation's team are not the team.
    if (OTHER_ORGANISATION.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    counts.push({ n, text: m[0], index: m.index, role: roleOf(m, 2) ?? null });
    if (!maintainers && MAINTAIN.test(text.slice(end, end + 60))) maintainers = sentenceTeam(text, counts);
  }
  // "We're Acme, 10 people, 3 engineers incl. me": people counted beside roles in one sentence are the whole, the roles a part of it.
  const soloMatch = SOLO.exec(text);
  // "I'm the only platform engineer here (~220 people)": people counted beside the one who works alone are the company.
  const parts = counts.filter((c) => c.role !== null || !(counts.some((r) => r.role !== null && sameSentence(text, c.index, r.index)) || (soloMatch && sameSentence(text, c.index, soloMatch.index))));
  const counted = parts.reduce((sum, c) => sum + c.n, 0);
  const firstCounted = parts[0] ?? null;
  // "Three ML engineers maintain the pipelines, working with two quality engineers" is a team of 3.
  const whole = firstWholeTeam(text) ?? maintainers;
  const solo = soloMatch ? { text: soloMatch[0], index: soloMatch.index } : null;
  const meToo = ME_AND.test(text) && counted > 0 ? 1 : 0;
  if (whole) phrases.push(whole.text);
  if (solo) phrases.push(solo.text);
  const stated = whole ?? (firstCounted ? { ...firstCounted, n: counted + meToo } : solo ? { ...solo, n: 1 } : null);
  return {
    engineers: stated?.n ?? null,
    evidence: stated ? { text: stated.text, index: stated.index } : null,
    roles: [...roles],
    phrases: dedupe(phrases),
  };
}

/** The counted roles of the sentence that ends with the last one: "two data scientists and one ML engineer". */
function sentenceTeam(text: string, counts: readonly (TeamEvidence & { n: number })[]): TeamEvidence & { n: number } {
  const last = counts[counts.length - 1]!;
  const sentenceStart = Math.max(...['.', '!', '?', ';', '\n'].map((c) => text.lastIndexOf(c, last.index)));
  const same = counts.filter((c) => c.index > sentenceStart);
  return { n: same.reduce((sum, c) => sum + c.n, 0), text: same[0]!.text, index: same[0]!.index };
}

function sameSentence(text: string, a: number, b: number): boolean {
  return !/[.!?;\n]/.test(text.slice(Math.min(a, b), Math.max(a, b)));
}

/** The role a match names (null: people without a role), reading one capture group per role from `offset`. */
function roleOf(m: RegExpMatchArray, offset = 1): string | null | undefined {
  const i = ROLES.findIndex((_, k) => m[offset + k] !== undefined);
  return i < 0 ? undefined : ROLES[i]!.role;
}

function countOf(word: string): number | null {
  const w = word.toLowerCase();
  if (w === 'a' || w === 'an' || w === 'another' || w === 'single') return 1;
  if (w.endsWith('couple of')) return 2;
  return parseCount(w);
}

/** Just before a count: the count is of a vendor's, an agency's or an outsourced team. */
const OTHER_ORGANISATION = /\b(?:vendor|outsourc\w*|agency|offshore|third[- ]party|bpo)\b[^.;\n]{0,30}$/i;
const OTHER_TEAM = /\b(?:by|to|from|with)\s+(?:an?\s+|the\s+)?$/i;

function firstWholeTeam(text: string): (TeamEvidence & { n: number }) | null {
  for (const m of matches(text, WHOLE_TEAM)) {
    const n = parseCount(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
    // "only two" must be about people; "we're two ML engineers" is left to the role count.
    const aboutPeople = /team|of us|people|persons?|folks/i.test(m[0]);
    // "Triaged by hand by a team of 11", "sent to a team of 40 reviewers": a team the work is done by or handed to is not who builds the pipelines.
    if (OTHER_TEAM.test(text.slice(Math.max(0, m.index - 12), m.index)) || OTHER_ORGANISATION.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (n !== null && n > 0 && aboutPeople) return { n, text: m[0], index: m.index };
  }
  return null;
}

function dedupe(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((s) => {
    const k = s.toLowerCase();
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
