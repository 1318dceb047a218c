/**
 * The project name, for the document's title, and the model name the Model Control Plane
 * registers: an explicit name ("the project is called Sentinel") wins, else the first ML use case
 * the text names, extended with what it is for ("Fraud detection for card payments"). Each use
 * case has a short domain noun for the model (`fraud_detector`), so a title never has to be
 * squeezed into an identifier.
 */
import { VAGUE_MODIFIERS } from './sourceNames';
import { LATER_WORDS, MODEL_HEADS } from './frames';
import { isDenied, parseText, type Token } from '../language';
import { endsInQuestion, sentenceAt } from '../language/sentence';
import { singularOf } from '../words';

/**
 * "a tool called Lumen", in bold before what it is ("We own **HomeWorth**, the automated valuation model"), or in
 * quotes beside the noun it names: 'our system, "Tern":', 'the nightly markdown run ("Clearance")'.
 */
const NAMED = /\b(?:project|system|product|platform|tool)\s+(?:is\s+)?(?:called|named|codenamed)\s+["'“]?([A-Z][\w-]{1,30}(?:\s+[A-Z][\w-]{1,30}){0,2})|\*\*([A-Z][\w-]{1,30}(?:\s[A-Z][\w-]{1,30})?)\*\*,\s+(?:the|our|an?)\s+(?:[\w-]+\s+){0,4}?(?:model|system|platform|service|tool|engine|product|app)\b|\b(?:[Oo]ur|[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){0,3}?(?:system|project|product|platform|tool|service|engine|pipeline|job|run|app|assistant|bot|model|predictor)\s*[,:(]?\s*["“]([A-Z][\w-]{1,30}(?:\s+[A-Z][\w-]{1,30}){0,2})["”]/;

/**
 * `q` captures a qualifier worth keeping ("card" fraud detection); `ownWords` keeps the user's
 * phrase itself where the label would lose what it is ("chest x-rays"); `model` names the model.
 */
const USE_CASES: readonly { label: string; model: string; pattern: RegExp; ownWords?: true }[] = [
  { label: 'Fraud detection', model: 'fraud_detector', pattern: /\b(?:(?<q>card|payment|transaction|insurance|claims?)\s+)?fraud(?:\s+(?:detection|scoring|prevention|model|classifier))?\b/i },
  { label: 'Churn prediction', model: 'churn_model', pattern: /\b(?:customer\s+)?churn(?:\s+(?:prediction|model|scoring|risk))?\b/i },
  { label: 'Demand forecasting', model: 'demand_forecaster', pattern: /\b(?:(?:demand|sales|inventory|revenue|energy|load)\s+)forecast(?:ing|s)?\b|\bforecast(?:ing)?\s+(?:demand|sales|inventory)\b/i },
  { label: 'Document question answering', model: 'document_qa', pattern: /\b(?:rag|retrieval[- ]augmented generation|document (?:q&a|qa|search|question answering)|chat(?:bot)? (?:with|over|on) (?:our |the )?(?:[\w-]+ )?(?:docs|documents|knowledge base|wiki|pdfs))\b/i },
  // Advice someone gives ("the radiologist's follow-up recommendation", "treatment recommendations") recommends no items to users.
  { label: 'Recommendations', model: 'recommender', pattern: /\b(?:(?<q>product|content|personali[sz]ed|news|article|movie)\s+recommend(?:ation|er)s?(?:\s+(?:system|engine|model))?|recommend(?:ation|er)s?\s+(?:system|engine|model)s?|recommenders?|(?<!(?:['’]s|follow-?up|treatment|clinical|policy|audit|action|care|dosing|maintenance|repair)\s+)(?<!\b(?!(?:the|our|their|its|your|my|a|an|these|those|some|any|more|better|good|relevant|personali[sz]ed|real-time|live)\b)[a-z][a-z-]*\s)recommendations)\b/i },
  { label: 'Click-through prediction', model: 'ctr_model', pattern: /\b(?:click[- ]through(?: rate)?(?: prediction)?|ctr(?: prediction| model)?)\b/i },
  { label: 'Search ranking', model: 'search_ranker', pattern: /\b(?:search (?:ranking|relevance)|learning[- ]to[- ]rank|rank(?:ing)? (?:the )?search results)\b/i },
  { label: 'Defect detection', model: 'defect_detector', pattern: /\b(?:(?<q>visual|surface|manufacturing)\s+)?defect(?:s)?(?:\s+detection)?\b/i },
  { label: 'Medical imaging', model: 'imaging_classifier', pattern: /\b(?:medical imag\w*|radiology|chest x-rays?|x-rays?|ct scans?|mri(?: scans)?|histopathology|dermatology images)(?: classification| segmentation)?\b/i, ownWords: true },
  { label: 'Claims triage', model: 'claims_triage_model', pattern: /\b(?:insurance\s+)?claims?\s+triage\b/i, ownWords: true },
  { label: 'Ticket routing', model: 'ticket_router', pattern: /\b(?:(?:support\s+)?ticket (?:routing|classification|triage)|rout(?:e|ing) (?:support |customer |incoming )?tickets)\b/i },
  { label: 'LLM fine-tuning', model: 'fine_tuned_llm', pattern: /\bfine[- ]?tun\w*\s+(?:an?\s+|our\s+|the\s+)?(?:open[- ]source\s+)?(?:llm|llama\w*|mistral|language model|small language model|slm)\b|\bllm fine[- ]?tuning\b/i },
  { label: 'Credit risk scoring', model: 'credit_risk_model', pattern: /\bcredit (?:risk )?scoring\b|\bcredit risk\b/i },
  { label: 'Marketing mix modeling', model: 'marketing_mix_model', pattern: /\b(?:marketing mix(?: model\w*)?|media mix model\w*|mmm|(?:multi-touch )?attribution model\w*)\b/i },
  { label: 'Predictive maintenance', model: 'failure_predictor', pattern: /\bpredictive maintenance\b/i },
  // Translation is the task ("translate X" is read by its verb, `findTask`); a translation memory or agency is what the team keeps or pays for.
  { label: 'Translation', model: 'translation_model', pattern: /\b(?:(?<q>machine|listing|product|content|document)[- ])?translation(?!\s+(?:memor(?:y|ies)|agenc(?:y|ies)|vendors?|provider))\b/i },
  { label: 'Pricing', model: 'pricing_model', pattern: /\b(?:(?<q>dynamic|room|rate|price|ticket|fare)\s+)?pricing\b(?!\s+(?:page|plans?|tiers?|team|model(?:s)? (?:of|for) (?:our|the) (?:saas|subscription)))/i },
  { label: 'Sentiment analysis', model: 'sentiment_classifier', pattern: /\bsentiment(?: analysis| classification)?\b/i },
  { label: 'Anomaly detection', model: 'anomaly_detector', pattern: /\banomaly detection\b/i },
  { label: 'Trading signals', model: 'signal_model', pattern: /\b(?:trading signals?|alpha signals?|market[- ]making|hft|high[- ]frequency trading)\b/i },
  { label: 'Tracking', model: 'tracker', pattern: /\b(?:(?<q>player|object|vehicle|ball)\s+)tracking\b/i },
  { label: 'Document extraction', model: 'document_extractor', pattern: /\b(?:documents? (?:intelligence|extraction|understanding)|(?:invoice|receipt|contract) (?:extraction|parsing|processing))\b/i },
  { label: 'Video analytics', model: 'video_model', pattern: /\bvideo (?:analytics|classification|detection|understanding)\b/i },
];

/** Words that start another clause: the purpose phrase ends before them. */
const STOP = new Set(['and', 'or', 'plus', 'with', 'using', 'that', 'which', 'where', 'so', 'but', 'because', 'we', 'i', 'to', 'in', 'from', 'on', 'at', 'via', 'by', 'it', 'is', 'are', 'every', 'each', 'then', 'also', 'into', 'across', 'per', 'like', 'as', 'before', 'after', 'until', 'once', 'when', 'while', 'unless']);
/** Words a title must not end on ("… for card payments at a", "… for the"). */
const DANGLING = /(?:\s+(?:for|of|on|in|at|to|from|by|with|and|or|the|a|an|our|their|its|my|your|this|these|those|some|all|every|each|\d[\d,]*))+$/i;
/** A word a purpose phrase may hold: letters (with inner hyphens or apostrophes), or a plain number. */
const TITLE_WORD = /^(?:\p{L}[\p{L}'’-]*|\d[\d,]*)$/u;

/**
 * `work`: the text with what the team ruled out blanked ("Things I'm NOT looking for: Pricing"); the
 * work named in passing is read there, the title and the names the team gives in the whole text.
 */
export function findProject(text: string, work = text): string | null {
  const named = NAMED.exec(text);
  if (named) return (named[1] ?? named[2] ?? named[3])!;
  const title = titleOf(text) ?? codeNameSubject(text) ?? quotedWork(work) ?? namedModule(work);
  if (title) return title;
  const system = systemTheyRun(work);
  if (system) return system;
  const labelled = labelledModel(work);
  if (labelled) return labelled;
  const found = firstUseCase(work);
  return found ? found.name + purpose(work.slice(found.end, found.end + 80)) : null;
}

/**
 * The team's own name for the work, in quotes before a noun that stands for it: 'a one-pager on the "disease
 * spotting" thing', 'the "Nightjar" pilot'. The quotes mark a name, the noun says it names the work.
 */
const QUOTED_WORK = /\b(?:the|our|this|that)\s+["“]([^"”\n]{3,40})["”]\s+(?:thing|idea|project|pilot|initiative|effort|workstream|prototype|experiment|system|tool|model|work|program|programme|service|engine)\b/i;

/** A product's part named in capitals before the noun that says what it is: "our Outage Forecast module". */
const NAMED_MODULE = /\b(?:our|the|their)\s+((?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+)\s+(?:module|product|feature|add-?on)\b/;

function namedModule(text: string): string | null {
  const name = NAMED_MODULE.exec(text)?.[1];
  return name && /[a-z]/.test(name) && !ABOUT_THE_NOTE.test(name) ? name : null;
}

function quotedWork(text: string): string | null {
  const name = QUOTED_WORK.exec(text)?.[1]?.trim();
  // 'the "AI" thing' names no work of its own: a single word that any project could be called.
  return name && name.split(/\s+/).length <= 4 && !SAID.test(name) && !/^(?:ai|ml|smart|new|magic|data|model|automation)$/i.test(name) ? capitalize(name) : null;
}

/** A code name in backticks as the subject of the first sentence: "`sarwatch` detects vessels …", "`relay` is a …". */
const CODE_NAME_SUBJECT = /^\s*`([A-Za-z][\w.-]{2,30})`\s+(?:is\s+(?:an?|the|our)\b|[a-z]+s\b)/;

/** Further down, only a definition says which system it is, after a label or not: "Context for newcomers: `propnet` is our group's code…". */
const CODE_NAME_DEFINED = /^\s*(?:[A-Z][\w ]{0,30}:\s+)?`([A-Za-z][\w-]{2,30})`\s+is\s+(?:an?|the|our)\b/;
const OPENING_LINES = 12;

/** A README's opening sentence names its system first: the first line that is not a heading; or a line near the top defines it. */
function codeNameSubject(text: string): string | null {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() && !/^\s*#/.test(l)).slice(0, OPENING_LINES);
  const first = CODE_NAME_SUBJECT.exec(lines[0] ?? '')?.[1];
  return first ?? lines.map((l) => CODE_NAME_DEFINED.exec(l)?.[1]).find(Boolean) ?? null;
}

/** "We run a deforestation monitoring service": the team's own system, named by the work it does. */
const THEIR_SYSTEM = /\b(?:we|our team)\s+(?:run|operate|build|built|maintain|own|offer|provide|develop)\s+(?:a|an|the)\s+((?:[a-z][\w-]*\s+){1,3}?)(?:service|platform|system|product|app|application|tool|engine)\b/i;
/** The noun that says what work a compound does: "monitoring", "prediction", "assessment". */
const WORK_NOUN = /(?:ing|tion|sion|ment|sis|ance|ence)$/i;

/**
 * The system the team says it runs, named by its nouns: "we run a deforestation monitoring service"
 * is deforestation monitoring. Only nouns in front, the last naming work: "a small internal
 * platform" or "a Kubernetes platform" says nothing of what it is for.
 */
function systemTheyRun(text: string): string | null {
  const m = THEIR_SYSTEM.exec(text);
  if (!m) return null;
  // Tagged in the sentence's context: alone, "route planning" reads as a verb and its object.
  const tokens = parseText(m[0]).flatMap((s) => s.tokens);
  const det = tokens.findIndex((t) => t.pos === 'DET');
  const words = tokens.slice(det + 1, -1);
  if (!words.length || !words.every((t) => t.pos === 'NOUN' && /^[a-z]/.test(t.text)) || !WORK_NOUN.test(words.at(-1)!.lower)) return null;
  return capitalize(m[1]!.trim());
}

/** Labels that say what a note is about: "Project: …", "Subject: …", "Re: …". */
/** "Subject:", "Re:", or a ticket's key ("EPIC VIS-212:", "PLAT-88 —"): what the line names follows. */
// A ticket's key is in capitals ("PLAT-88"): "Day-7 retention on …" opens a sentence, no key.
const TITLE_LABEL = /^(?:(?:[Pp]roject|[Ss]ubject|[Tt]itle|[Tt]opic|[Uu]se[- ][Cc]ase|[Rr][Ee]|[Ff][Ww][Dd]?|PROJECT|SUBJECT|TITLE|TOPIC)\s*:\s*|(?:(?:[Ee]pic|[Ss]tory|[Tt]icket|[Ii]ssue|[Tt]ask|[Ff]eature|[Bb]ug|EPIC|STORY|TICKET|ISSUE|TASK|FEATURE|BUG)\s*:?\s+)?[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,9})*-\d{1,6}(?:\s*[:—–·|-]\s*|\s+))/;
/**
 * What a title says of the note itself rather than of the work: "notes from our side", "architecture
 * questions", "where we are", "summary for the review", or a bare "idea" after the work's name.
 */
const ABOUT_THE_NOTE = /^(?:(?:some|a few|a|an|the|our|my|quick|short|brief|rough|first|initial|also|scoping|design|planning|sanity|internal|open|fy\s?\d{2,4}|q[1-4]|h[12]|20\d\d)\s+)*(?:check\s+on\s+\w+\s+)?(?:(?:budget|headcount|funding|resourcing|hiring|investment|capex|opex)(?:\s+(?:and|&)\s+(?:budget|headcount|funding|resourcing|hiring))?\s+(?:requests?|asks?|proposals?|cases?|approvals?)|business cases?|post-?incident reviews?|post-?mortems?|incident reports?|retrospectives?|rcas?|notes?|summary|overview|background|context|questions?|architecture(?:\s+(?:questions?|review|notes?|overview|proposal))?|proposals?|status|updates?|write-?ups?|drafts?|plans?|brain ?dumps?|thoughts|ideas?|intro(?:duction)?|help|requests?|follow[- ]ups?|meetings?|calls?|sync|where we (?:are|stand)|what we have|current state|docs?|documents?|rfcs?|briefs?|specs?|excerpts?|readme|kick-?off|transcripts?|transcriptions?|(?:voicemail|call|meeting|audio)\s+(?:recordings?|transcriptions?)|voicemails?|minutes|recap|agenda|slides?(?:\s+\d+)?|deck|(?:project\s+)?charters?|planning|scoping|discovery|interviews?|roadmap|wishlist|wish ?list|backlog|changelog|todos?|to-?do list|(?:grant |funding )?applications?|statements? of work|sows?|(?:project\s+)?(?:hub|home ?page|home|wiki(?: page)?|one-?pager)|invitations? to tender|calls? for (?:proposals|tenders)|tender (?:documents?|notices?)|rf[pqi]s?|requests? for (?:proposals?|quotations?|quotes|information|tenders?)|prds?|product requirements?(?:\s+(?:docs?|documents?))?|adrs?|(?:architecture\s+)?decision records?|hand-?overs?(?:\s+notes?)?|hand-?off notes?|intake(?:\s+(?:forms?|notes?|calls?))?)\b/i;
const ROUTING_FIELD = /^(?:to|from|cc|bcc|date|sent|attachments?|distribution)\s*:/i;
/** A short code or version after a title: "SEW) v2", "v3". */
const REQUEST_ABOUT = /^(?:an?\s+)?(?:(?:quick|short|small|brief)\s+)?(?:sanity\s+)?(?:check|question|help|advice|feedback|input|thoughts?|opinions?|options|choices|alternatives|approaches|recommendations?|proposals?)\s+(?:(?:on|about|for|with|re)\s+(?:(?:scoping|planning|designing|architecting|sizing|structuring)\s+)?|(?:scoping|planning|designing|architecting|sizing|structuring)\s+)(?:(?:our|the|a|an|my|this)\s+)?/i;
const BODY_OF_PEOPLE = /\b(?:committee|sub-?committee|sub-?group|working group|steering group|board|council|panel|directorate|division|ministry|society|association|consortium|taskforce|task force)$/i;
/** A name that ends on what an organisation calls itself ("Solenne Hotels & Resorts", "Acme Ltd"): who the note is for. */
const ORGANISATION = /\b(?:inc|ltd|llc|gmbh|plc|corp|co|group|holdings|bank|university|college|school|hospital|clinic|hotels?|resorts|airlines?|airways|mutual|council|authority|foundation|partners|associates|industries|fc|club|llp|alliance|co-?op|cooperative|trust|agency|institute|federation|union|league|charity)\.?$/i;
const SHORT_CODE = /^[\w.-]{1,8}\)?(?:\s+v?\d[\w.]*)?$/;
const FOR_TEAM = /\s+for\s+(?:our|the|my|their)\s+(?:[\w-]+\s+){0,2}(?:team|group|department|org(?:anisation|anization)?)$/i;
const NOTE_KIND_LAST = /(?:^|\s)(?:overview|summary|notes|background|context|introduction|intro|architecture|design|status|faq|readme|how it works)$/i;
const NOTE_WORD = /(?:\s+(?:weekly|daily|monthly|bi-?weekly|quarterly|team|working|planning|design|review))?\s+(?:idea|proposal|notes?|summary|overview|update|plan|project|questions?|background|sync|standup|stand-up|meeting|call|kick-?off|workshop|retro|session)$/i;

/**
 * The work a note's title names: a labelled line near the top ("Subject: Attendance early-warning idea -
 * background") or a first line that names the work before what the note is ("Credit line
 * management: architecture questions"). A first line that is only a headline ("Listening to
 * crushers: how we instrumented the site") names no project.
 */
/** An onboarding page's greeting names what it is about: "Welcome to DDI Signals — read this first". */
const WELCOME = /^[Ww]elcome\s+to\s+(?:the\s+)?(?=[A-Z])/;

/** The page header of an issue or pull request: the repository, then its number. */
const ISSUE_PAGE = /^[\w.-]+\/([\w.-]+)\s*[·|•-]\s*(?:issue|pull request|merge request|discussion)\s*#\d+/i;
/** A name that ends on a field or a kind of group: a team ("Newsroom Data & ML", "Credit Risk Analytics"), not a system. */
const TEAM_NAME = /\b(?:data|ml|ai|analytics|engineering|science|platform|team|group|ops|research|insights|lab)$/i;

/** A handling mark alone on a line, or with its instruction: "CONFIDENTIAL", "Draft — internal only", "WIP - please don't share". */
const MARKING = /^(?:draft|confidential|strictly confidential|internal(?:\s+only)?|private|restricted|wip|work in progress|not for (?:distribution|circulation))(?:\s*[—–:-]\s*(?:do not|don['’]t|please|not for|internal|for internal|only)\b.*)?$/i;

/** A field of an issue tracker's metadata block. */
const TRACKER_FIELD = /^(?:type|issue ?type|status|priority|reporter|assignee|labels|components?|sprint|story points|fix versions?|resolution|created|updated|due(?: date)?|epic(?: link)?)\s*:/i;

/** A name that ends on the kind of note it is ("Jobs-to-be-done interview", "Vendor call transcript") names the note. */
const NOTE_KIND_END = /\b(?:interviews?|transcripts?|minutes|recap|write-?ups?|survey|questionnaire)$/i;

/** A name that ends on a medium ("The Night Shift Podcast — Ep. 12") is where the note was published, not the work it tells of. */
const PUBLICATION = /\b(?:podcast|newsletter|blog|vlog|webinar|magazine|radio show|show|episode|livestream)$/i;

/** A phrase that opens on a demonstrative: it points at something the readers already know of. */
const POINTS = /^(?:that|this|those|these)\s+\S/i;

function titleOf(text: string): string | null {
  // A README's top heading is its name: "## moodtagger", "# Churnwatch".
  // "# canopy-watch (WIP README, don't judge)": a remark in brackets after the name is no part of it.
  const first = (text.split(/\r?\n/).find((l) => l.trim()) ?? '').replace(/(?<!\s)\s*\([^()\n]{1,80}\)\s*$/, '');
  const heading = /^\s*#{1,2}\s+([\p{L}\d][\p{L}\d .&'’-]{1,40}?)\s*$/u.exec(first)?.[1];
  // "## Pipeline overview", "# Architecture notes": a heading that ends on what the note is names no work.
  if (heading && heading.split(/\s+/).length <= 4 && !ABOUT_THE_NOTE.test(heading) && !NOTE_KIND_LAST.test(heading)) return heading;
  // "# 🚗 FNOL Triage 2.0": a pictograph in front decorates the title, it is no word of it.
  // "enzyme-lab/thermoscope · Issue #214 · Open": an issue copied from its page is filed in the repository it names.
  const filed = ISSUE_PAGE.exec(text.trimStart())?.[1];
  if (filed) return filed;
  const marked = text.split(/\r?\n/).map((l) => unbracketed(l.trim().replace(/^#+\s*/, '').replace(/^[^\p{L}\d[("'“‘`]+/u, ''))).filter(Boolean);
  // "DRAFT — do not circulate outside Fleet Performance": a marking over the note says how to handle it, never what it is about.
  while (marked.length > 1 && MARKING.test(marked[0]!)) marked.shift();
  // A memo's or an email's routing fields ("To: …", "From: …", "Date: …") say who and when, never what about.
  const all = marked.filter((l) => !ROUTING_FIELD.test(l));
  const lines = all.slice(0, 3);
  const quoted = lines.map(quotedTitle).find(Boolean);
  if (quoted) return quoted;
  for (const [i, line] of lines.entries()) {
    // "Welcome to Newsroom Data & ML": a greeting to a team names who the page is for, not the work.
    const labelled = TITLE_LABEL.test(line) || (WELCOME.test(line) && !TEAM_NAME.test(line.replace(/[^\p{L}\d&\s-]+/gu, '').trim()));
    if (!labelled && i > 0) continue;
    // "Project: Data Platform" among "Type: Epic", "Status: To Do": a tracker's field names its project space, not the work.
    if (/^project\s*:/i.test(line) && [all[i - 1], all[i + 1]].some((l) => l !== undefined && TRACKER_FIELD.test(l))) continue;
    // "3.2 Proposed Modelling Approach": a numbered section of a longer document names the section, not the work.
    if (/^\d+(?:\.\d+)+\.?\s/.test(line)) continue;
    let rest = line.replace(WELCOME, '');
    while (TITLE_LABEL.test(rest)) rest = rest.replace(TITLE_LABEL, '');
    // " -- " is a dash typed in plain text.
    const [said = '', ...parts] = rest.split(/(?<!\s)\s+(?:--|[-—–|])\s+|:\s+|(?<!\s)\s*\(|(?<!\s)\s*(?:->|→)\s*/);
    // "Digital Pathology AI Triage, Design Doc v0.4": the note's kind may follow a comma too.
    const tail = parts.flatMap((p) => p.split(/,\s+(?=(?:design |tech(?:nical)? )?(?:docs?|documents?|rfcs?|notes|proposal|spec)\b)/i));
    // "DPAT - Digital Pathology AI Triage": a short code, then what it stands for, which names the work.
    const first = tail[0] && spelledOut(said, tail[0]) ? tail.shift()! : said;
    // "Design doc: Reviewbot - status": what the note is comes first, then the work's name.
    // "Help scoping an AI discharge-notes project (PawsFirst Vets)": a request that names the work it is about is not the note's kind alone.
    const request = REQUEST_ABOUT.test(first) && first.replace(REQUEST_ABOUT, '').trim().split(/\s+/).length >= 2;
    const noteFirst = !request && ABOUT_THE_NOTE.test(first) && !!tail[0] && !ABOUT_THE_NOTE.test(tail[0]);
    const head = noteFirst ? tail.shift()!.replace(/^["'“‘]|["'”’)]+$/g, '') : first;
    // The note's kind may follow a short code or version of the work: "Sepsis Early Warning (SEW) v2 - Design Doc".
    // "Listing Copy Assistant - v0 proposal": a version before the note's kind is the note's.
    const aboutNote = (t: string | undefined) => !!t && ABOUT_THE_NOTE.test(t.replace(/^v\d[\w.]*\s+/i, ''));
    // "Slide 7 — Day-Ahead Load Forecast (NorthGrid)": after the note's kind, a title-cased name that speaks of no one ("we", "our") is the work's.
    // "Meeting notes — AVM refresh kickoff": a name that ends on what the meeting was is the work's too.
    // "MINUTES — Pharmacy & Therapeutics Informatics Subgroup": a body of people after the note's kind is who met, not the work.
    const namedAfterKind = noteFirst && ((head.match(/(?:^|\s)[A-Z][\w-]*/g) ?? []).length >= 2 || NOTE_WORD.test(head)) && !/\b(?:we|i|our|you|they|it|us)\b/i.test(head) && !BODY_OF_PEOPLE.test(head) && !ORGANISATION.test(head);
    // "RepRight — Form Feedback v2" over "Design doc (excerpt …)": the line after says what the note is.
    const kindBelow = i === 0 && !!lines[1] && ABOUT_THE_NOTE.test(lines[1]) && !/[,.:;!?]$/.test(line) && !/^(?:hi|hello|hey|dear)\b/i.test(line);
    // "CITY OF HALVERTON — RFP No. 2025-TR-017" over "Smart Parking Enforcement Analytics": who issued the note and its
    // kind with the number it was issued under, then its title on a line of its own.
    const issued = i === 0 && !noteFirst && aboutNote(tail[0]) && /\d/.test(tail[0]!);
    const titleBelow = issued && lines[1] && !/[.:;!?]/.test(lines[1]) ? titleCased(lines[1]) : null;
    if (titleBelow && !ABOUT_THE_NOTE.test(titleBelow)) return titleBelow;
    if (!labelled && !namedAfterKind && !aboutNote(tail[0]) && !(SHORT_CODE.test(tail[0] ?? '') && aboutNote(tail[1])) && !kindBelow) continue;
    // "Quick sanity check on our summarisation pipeline?": what the request is about is the work.
    // "AE intake automation for our safety team": whom the work is for is no part of its name.
    // "submissions inbox – extraction": a task after the dash is the work done on what comes before it.
    const task = !noteFirst && tail[0] && new RegExp(String.raw`^(?:${Object.keys(TASKS).join('|')})$`, 'i').test(tail[0].trim()) ? ` ${tail[0].trim().toLowerCase()}` : '';
    const whole = `${head}${task}`.replace(REQUEST_ABOUT, '').replace(/[.,;!?]+$/, '').replace(NOTE_WORD, '').replace(FOR_TEAM, '').trim();
    // "frost alerts + that yield photo idea", "Re: that forecasting thing we discussed": a part that points at
    // something said elsewhere names nothing by itself; a title that only points is none.
    const joined = whole.split(/\s+(?:\+|&|and)\s+/);
    const named = joined.filter((part) => !POINTS.test(part));
    if (!named.length) continue;
    const name = named.length === joined.length ? whole : named.join(' and ');
    // "ELMBROOK WATER AUTHORITY / Request for Proposals No. 14 / Leak Detection and … Services": over the note's kind
    // stands who wrote it; a title line under the kind that names a task names the work.
    const below = lines[2] && !/[.:;!?]$/.test(lines[2]) ? lines[2] : '';
    const titled = kindBelow && !taskIn(name) ? (taskIn(below) ?? titleCased(below)) : null;
    if (titled) return titled;
    // "Reefer ETA + temperature excursion risk scoring": a symbol joining parts is no word.
    const words = name.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
    if (words.length <= 6 && /\p{L}{3}/u.test(name) && (request || !ABOUT_THE_NOTE.test(head)) && !ABOUT_THE_NOTE.test(name) && !PUBLICATION.test(name) && !NOTE_KIND_END.test(name) && !/^https?:/i.test(name)) return capitalize(name);
  }
  return null;
}

/**
 * A name in quotation marks that opens a title line, or follows its label: 'Retro: "Clause Finder" pilot
 * on …', '"NIGHTOWL" — goal: …', 'Proposal: "Heronsgate: learning for …"'. Quotes around a short phrase
 * in a heading mark the name the team gave its work; after a colon or dash inside the quotes comes what it means.
 * A chat export's header quotes its channel, which names where people talk, not the work.
 */
const QUOTED_TITLE = /^(?:[\p{L}][\p{L}\d ]{1,30}(?:\s*(?:->|→)\s*[\p{L}][\p{L}\d ]{1,30})?(?::|\s[—–-])\s*)?["“]([^"”\n]{2,80})["”](?=\s*(?:$|[—–:(-]|\p{L}))/u;
const SAID = /\b(?:is|are|was|were|am|be|we|i|you|they|he|she|it|can|should|could|would|will|do|does|did|don['’]t|not|let['’]s)\b/i;
const CHAT_HEADER = /\b(?:slack|teams|chat|channel|thread|whatsapp|discord|dm)\b/i;

function quotedTitle(line: string): string | null {
  const inside = QUOTED_TITLE.exec(line)?.[1];
  if (!inside || CHAT_HEADER.test(line.slice(0, line.indexOf(inside)))) return null;
  // '"Predictive maintenance kickoff"': what the meeting was is no part of the work's name.
  const said = inside.split(/:\s|\s[—–-]\s/)[0]!.trim();
  const name = said.replace(NOTE_WORD, '').trim() || said;
  const words = name.split(/\s+/);
  // '"the model is wrong again"': a quoted clause is something someone said, not a name.
  return words.length <= 5 && /\p{L}{3}/u.test(name) && !/[?!.]$/.test(name) && !SAID.test(name) && !ABOUT_THE_NOTE.test(name) ? name : null;
}

/** The task a title line names, as its words say it ("Leak Detection and Non-Revenue Water Analytics" is leak detection). */
/**
 * A line written as a title ("Automated Roof Damage Assessment for Wind/Hail Property Claims"): most
 * words capitalised, short enough to be one. What it is for, after "for", goes when it runs long.
 */
function titleCased(line: string): string | null {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length < 2 || words.length > 12 || capitals < words.length * 0.6) return null;
  return words.length > 6 ? line.replace(/\s+for\s+.*$/i, '') : line;
}

function taskIn(line: string): string | null {
  const m = new RegExp(TASK.source, 'i').exec(line);
  return m ? capitalize(`${m[1]!.trim().toLowerCase()} ${m[2]!.toLowerCase()}`) : null;
}

/** A whole line in square brackets: the note's own ("[Voicemail transcription — auto-generated]"). */
const BRACKETED_LINE = /^\[([^\]\n]{3,120})\]$/;

/** A line in brackets is the note's own ("[Slide 7 of 12 - ShelfSense: …]"); a bracketed tag before it says what the note is ("[Excerpt] DPAT - …"). */
function unbracketed(line: string): string {
  const whole = BRACKETED_LINE.exec(line);
  return whole ? whole[1]!.trim() : line.replace(/^\[[^\]]{1,40}\]\s*(?=\S)/, '');
}

/** Whether the words after a code spell it out: "DPAT" → "Digital Pathology AI Triage". */
function spelledOut(code: string, words: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(code)) return false;
  const initials = words.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
  return initials === code;
}

/**
 * Notes written as "label: value" lines name the model on its own line: "- model: readmission risk
 * (30-day), xgboost, trained by me" is the readmission risk model. The first item is its name, unless it
 * is only a method or product ("xgboost").
 */
const MODEL_LINE = /^\s*(?:[-*•]\s*)?(?:the\s+)?model\s*[:=—–-]\s*([^,;(\n]+)/im;

function labelledModel(text: string): string | null {
  const name = MODEL_LINE.exec(text)?.[1]?.trim().replace(/[.\s]+$/, '');
  if (!name || name.split(/\s+/).length > 5 || !/[a-z]{3}/i.test(name) || /^(?:xgboost|lightgbm|catboost|random forest|logistic regression|a |an |the |tbd|none|n\/a)/i.test(name)) return null;
  return capitalize(MODEL_HEADS.test(name.split(/\s+/).at(-1) ?? '') ? name : `${name} model`);
}

/** A task named by its noun, and the noun for what does it ("outlier detection" is done by a detector; '' when none fits). */
const TASKS: Readonly<Record<string, string>> = {
  detection: 'detector', prediction: '', forecasting: 'forecaster', classification: 'classifier', scoring: 'scorer',
  ranking: 'ranker', recommendation: 'recommender', extraction: 'extractor', estimation: 'estimator', segmentation: 'segmenter',
  moderation: '', matching: 'matcher', tagging: 'tagger', routing: 'router', transcription: 'transcriber',
  screening: 'screener', categorization: 'categorizer', categorisation: 'categoriser',
};
// The plural names the same task: "arrival time predictions (ETAs) are used to …".
const TASK = new RegExp(String.raw`(?<![\w-])((?:[a-z][\w-]*\s+){1,2})(${Object.keys(TASKS).join('|')})s?\b`, 'gi');
/** Words that do not say which task it is: "automated outlier detection" is outlier detection, "the weekly scoring" says only when. */
const NOT_QUALIFIERS = /^(?:[\w-]+-looking|true|false|cnns?|rnns?|lstms?|gbms?|llms?|showing|displaying|want|wants|need|needs|build|built|run|runs|do|doing|use|using|add|improve|automate|have|has|like|try|automated|automatic|real-time|realtime|online|offline|batch|better|new|our|the|a|an|its|their|this|that|ml|ai|machine|learning|model|based|model-based|and|or|of|for|to|in|on|with|we|do|does|is|are|whose|which|what|how|when|where|why|who|whether|if|know|knows|see|tell|keep|keeps|start|starts|stop|stops|continue|continues|final|initial|manual|human|improve|improving|own|current|existing|accurate|fast|good|first|simple|hourly|daily|nightly|weekly|monthly|quarterly|yearly|annual|periodic|scheduled|continuous|manual|internal|external|historical|past|previous|prior|old|legacy|also|mentioned|said|asked|suggested|discussed|talked|raised|proposed|considered|done|made|had|been|seen|tried|heard|about|some|any|more|maybe|perhaps|so|then|thus|hence|but|yet|still|now|just|therefore|ideally|not|no|non)$/i;

const STATE_ED = /^[a-z-]{4,}ed$/i;
const TICKET_KEY = /^[a-z][a-z0-9]{1,9}(?:-[a-z0-9]{1,9})*-\d{1,6}$/i;

/**
 * The first task the text names by its noun with a word that says what it is about ("we built
 * automated outlier detection" → Outlier detection, \`outlier_detector\`): a title for a team that
 * names neither a product nor its model.
 */

function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

export function findTask(text: string): { name: string; model: string } | null {
  for (const m of text.matchAll(TASK)) {
    // "How much do you care about per-segment predictions?": a task asked about is an option, not the work.
    // "The radiologist's follow-up recommendation": someone's recommendation or prediction is what they give, not the work.
    if (endsInQuestion(text, m.index) || /['’]$/.test(text.slice(0, m.index))) continue;
    // "[Voicemail transcription — auto-generated]": a line in brackets is the note's own, what it is, not its work.
    if (BRACKETED_LINE.test(lineAt(text, m.index).trim())) continue;
    // "If anyone has done inversion-layer prediction, I'd love to talk": work others have done is asked about, not this work.
    if (OTHERS_HAVE.test(text.slice(Math.max(0, m.index - 60), m.index + m[1]!.length))) continue;
    // "our labels are poor (locomotion scoring is done twice a year)": an aside explains the sentence it sits in, it names no work.
    if (inAside(text, m.index)) continue;
    const words = m[1]!.trim().split(/\s+/);
    let k = words.length;
    // A ticket's key ("OPS-77") is where the work is filed, not what it is about.
    // "Unmatched detections", "confirmed predictions": a state said of the results is no kind of task.
    while (k > 0 && !NOT_QUALIFIERS.test(words[k - 1]!) && !VAGUE_MODIFIERS.has(words[k - 1]!.toLowerCase()) && !TICKET_KEY.test(words[k - 1]!) && !STATE_ED.test(words[k - 1]!)) k--;
    // "we're moving intent classification off the cloud": after a form of "be", an -ing word is the verb, no qualifier.
    const progressive = k === 0 && /ing$/i.test(words[0] ?? '') && /(?:\b(?:am|is|are|was|were|be|been)|['’](?:re|m|s))\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index));
    const tagged = taggedTask(text, m.index, m[1]!);
    // "Legal said NO individual-level predictions": a task in the scope of a negation is work ruled out.
    if (tagged.negated) continue;
    const qualifier = words.slice(Math.max(progressive ? 1 : k, tagged.start)).join(' ');
    if (!qualifier) continue;
    const task = m[2]!.toLowerCase();
    // "Delivery-time prediction" is made by a delivery_time_prediction_model: no agent noun says it better.
    return { name: capitalize(`${lowerWords(qualifier)} ${task}`), model: modelIdentifier(`${qualifier} ${TASKS[task] || `${task} model`}`) };
  }
  return doneByVerb(text) ?? forecastOf(text) ?? predictedOutput(text) ?? quotedOutput(text);
}

/**
 * 'gives each cow a "risk of clinical mastitis in the next 72 hours" score': the quoted words before an
 * output noun say what is scored. Without the span it covers and with its "of" phrase in front, as a
 * compound says it: "clinical mastitis risk".
 */
const QUOTED_OUTPUT = /["“]([A-Za-z][^"”\n]{2,70})["”]\s+(?:scores?|flags?|ratings?|probabilit(?:y|ies)|estimates?|forecasts?)\b/;
const SPAN = /\s+(?:in|within|over|for|during)\s+the\s+(?:next|coming|following|last|past)\s+[\w-]+(?:\s+[\w-]+)?$/i;

function quotedOutput(text: string): { name: string; model: string } | null {
  const said = QUOTED_OUTPUT.exec(text)?.[1]?.replace(SPAN, '').trim();
  if (!said) return null;
  const of = /^([a-z-]+)\s+of\s+((?:[a-z-]+\s+){0,3}[a-z-]+)$/i.exec(said);
  const name = of ? `${of[2]} ${of[1]}` : said;
  if (name.split(/\s+/).length > 5 || /\b(?:we|i|you|they|our|your|their)\b/i.test(name)) return null;
  return { name: capitalize(name.toLowerCase()), model: modelIdentifier(`${name} model`) };
}

const OTHERS_HAVE = /\b(?:anyone|anybody|someone|somebody|others|other teams|people)\s+(?:[\w-]+\s+){0,4}?(?:has|have|had)\s+(?:(?:ever|already|successfully)\s+)?(?:done|built|tried|used|run|deployed)\s+(?:[\w-]+\s*){0,3}$/i;

/** Whether an offset lies inside brackets opened earlier on its line. */
function inAside(text: string, at: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  return (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length;
}

/**
 * "- predicted discharges per unit", "we want forecast arrivals for each ward": a participle opening the
 * wished output names the prediction of it. Only where a noun phrase opens (a list item, an article, a
 * verb of wanting): "the model predicted discharges well" is a verb and its object.
 */
const PREDICTED = /(?:^[ \t]*(?:(?:[-*•]|\d{1,2}[.)])[ \t]*)?|\b(?:the|our|want|wants|need|needs|see|show|get)[ \t]+)(predicted|forecast(?:ed)?|estimated|projected)[ \t]+([a-z][a-z-]+)\b/gim;
const PREDICTED_TASK: Readonly<Record<string, [string, string]>> = { predicted: ['prediction', 'model'], forecast: ['forecasting', 'forecaster'], forecasted: ['forecasting', 'forecaster'], estimated: ['estimation', 'model'], projected: ['forecasting', 'forecaster'] };

/** "Predicted values", "estimated numbers": what any prediction gives, naming none. */
const SAYS_NOTHING = /^(?:values?|results?|numbers?|outputs?|scores?|figures?|data|ones?|amounts?|probabilit(?:y|ies)|labels?)$/;

function predictedOutput(text: string): { name: string; model: string } | null {
  for (const m of text.matchAll(PREDICTED)) {
    const noun = m[2]!.toLowerCase();
    if (STOP.has(noun) || NOT_OBJECTS.test(noun) || SAYS_NOTHING.test(noun) || endsInQuestion(text, m.index)) continue;
    const [task, agent] = PREDICTED_TASK[m[1]!.toLowerCase()]!;
    const item = singularOf(noun);
    return { name: capitalize(`${item} ${task}`), model: modelIdentifier(`${item} ${agent}`) };
  }
  return null;
}

/** Parts of speech that never qualify a noun: "Matej made detection", "the model was effectively ranking". */
const NOT_QUALIFYING = new Set(['VERB', 'AUX', 'ADV', 'PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PART']);

/**
 * The tagger's reading of a task noun's sentence: where the words in front of it start to qualify it
 * (after the last verb, auxiliary or adverb; an -ing word stays, as in front of a noun it is a modifier
 * whatever the tagger says: "bearing wear detection"), and whether the noun is in a negation's scope.
 */
function taggedTask(text: string, at: number, before: string): { start: number; negated: boolean } {
  const { tokens, offset } = taggedSentence(text, at);
  const offsets = [...before.matchAll(/\S+/g)].map((w) => offset + w.index);
  let start = 0;
  offsets.forEach((offset, i) => {
    const token = tokens.find((t) => t.start === offset);
    if (token && NOT_QUALIFYING.has(token.pos) && !/ing$/i.test(token.text)) start = i + 1;
  });
  const noun = tokens.find((t) => t.start === offset + before.length);
  return { start, negated: noun?.negated ?? false };
}

/**
 * A prediction of a time still to come is a forecast of what it names: "predict next week's orders",
 * "estimate tomorrow's demand", "forecast the coming month's call volume" → order forecasting.
 */
const FORECAST = /\b(?:predict|forecast|estimate|project)(?:s|ed|ing)?\s+(?:the\s+)?(?:next|coming|upcoming|following|tomorrow's|day-ahead|week-ahead|month-ahead|next-day|next-week|next-month)\s+(?:(?:hour|day|week|month|quarter|season|year)(?:'s|s'|s)\s+)?((?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)\b/gi;

/** "… the next few days of traffic", "the coming 12 weeks of demand": the span, then what it is of. */
const FORECAST_SPAN = /\b(?:predict|forecast|estimate|project)(?:s|ed|ing)?\s+(?:the\s+)?(?:next|coming|upcoming|following)\s+(?:few\s+|couple of\s+|\d+\s+|two\s+|three\s+|four\s+|six\s+|twelve\s+)?(?:hours?|days?|weeks?|months?|quarters?|years?)\s+of\s+((?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)\b/gi;

function forecastOf(text: string): { name: string; model: string } | null {
  for (const m of [...text.matchAll(FORECAST_SPAN), ...text.matchAll(FORECAST)]) {
    const words = m[1]!.toLowerCase().split(/\s+/).filter((w) => !STOP.has(w) && !NOT_OBJECTS.test(w));
    if (!words.length || /^(?:hours?|days?|weeks?|months?|quarters?|years?|few|one|two|three|several)$/.test(words.at(-1)!)) continue;
    const noun = [...words.slice(0, -1), singularOf(words.at(-1)!)].join(' ');
    return { name: capitalize(`${noun} forecasting`), model: modelIdentifier(`${noun} forecaster`) };
  }
  return null;
}


/** The task's noun for the verb that says it: "we transcribe millions of episodes" is episode transcription. */
const VERB_TASKS: Readonly<Record<string, string>> = {
  transcribe: 'transcription', translate: 'translation', summarize: 'summarization', summarise: 'summarisation', classify: 'classification',
  detect: 'detection', extract: 'extraction', forecast: 'forecasting', rank: 'ranking', recommend: 'recommendation', moderate: 'moderation',
  tag: 'tagging', route: 'routing', match: 'matching', segment: 'segmentation', score: 'scoring', predict: 'prediction', catch: 'detection', flag: 'detection',
  price: 'pricing', categorize: 'categorization', categorise: 'categorisation',
};
const AGENTS: Readonly<Record<string, string>> = { translation: 'translator', summarization: 'summarizer', summarisation: 'summariser' };
/** Each task verb, bare or in the third person ("classify", "classifies"): the team does it, or a model that does it. */
/** "Pull structured attributes out of product titles" is extracting them: the phrasal verb, by its particle. */
const PULL_OUT = String.raw`(?:pull|take|get)s?(?=\s+(?:[\w-]+\s+){1,4}?out\s+of\b)`;
/** "Auto-categorise", "auto-tag": the automation prefix on a task verb. */
const AUTO = String.raw`(?:auto-?)?`;
const VERB_FORMS = [...Object.keys(VERB_TASKS).map((v) => (v.endsWith('y') ? `${v.slice(0, -1)}(?:y|ies)` : `${v}(?:s|es)?`)), PULL_OUT];
/**
 * The doer: the team ("we transcribe", "our utility forecasts"), or a model in a relative or purpose clause ("a model that
 * predicts", "a classifier to flag"), the clause after a few words of place or time ("a model in a
 * notebook that predicts", "an autoencoder per turbine type in Azure ML last year to catch").
 */
const DOER = String.raw`(?:(?:^|\n|[.!?]\s)\s*(?:[-*•]\s*)?(?:the\s+|our\s+)?(?:what|goal|aim|purpose|task|objective|use case|ask|request|objectives?|goals?)(?:\s+is)?[ \t]*(?::|(?=\n))|\bwe(?:['’](?:d|ll|re|ve))?(?:\s*\([^()\n]{1,60}\))?|\bour|\b(?:model|classifier|regressor|network|ensemble|detector|ranker|scorer|autoencoder)s?(?:\s+[\w-]+){0,12}?,?\s+(?:that|which|to))`;
const VERB_TASK = new RegExp(
  String.raw`${DOER}\s+(?:[a-z]+\s+){0,3}?${AUTO}(${VERB_FORMS.join('|')})\s+(?:the\s+|our\s+|all\s+|every\s+|each\s+)?(?:(?:[\d.,]+|tens|hundreds|thousands|millions|billions)\s+(?:of\s+)?)*((?:[a-z][a-z-]*\s*){1,3})`,
  'gi',
);

/** The dictionary form of a task verb as written: "predicts" → "predict", "classifies" → "classify". */
function verbOf(written: string): string {
  const w = written.toLowerCase();
  if (/^(?:pull|take|get)s?$/.test(w)) return 'extract';
  return Object.keys(VERB_TASKS).find((v) => w === v || w === `${v}s` || w === `${v}es` || (v.endsWith('y') && w === `${v.slice(0, -1)}ies`)) ?? w;
}
/** Participles of state in front of the object ("incoming orders"); other -ing words name it ("bearing wear"). */
const STATE_ING = /^(?:incoming|upcoming|pending|remaining|outstanding|ongoing|existing|missing|outgoing|returning|recurring)$/;
/** Adverbs of how, how well or when the work is done end its object: "catch gearbox overheating early", "predicts arrival time much better". */
const MANNER = /^(?:early|earlier|late|later|fast|faster|quickly|soon|sooner|again|now|today|better|worse|well|poorly|much|far|significantly|considerably|slightly|automatically|reliably|accurately|properly|manually|correctly)$/;
const CADENCE_WORD = /^(?:hourly|daily|nightly|weekly|monthly|quarterly|yearly|annually|once|twice|every|each)$/;
const NOT_OBJECTS = /^(?:it|them|us|me|you|this|that|these|those|what|which|how|whether|if|for|from|in|on|at|to|with|and|or|out|up)$/i;

const NEGATED_VERB = /\b(?:not|never|no longer|cannot)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$/i;

/**
 * "We transcribe millions of episodes", "a model that predicts claim severity": the task said by its
 * verb, named by the noun phrase of what it is done to.
 */
function doneByVerb(text: string): { name: string; model: string } | null {
  for (const m of text.matchAll(VERB_TASK)) {
    // "We must not translate seller names" says what the work leaves alone.
    if (NEGATED_VERB.test(m[0].slice(0, m[0].toLowerCase().lastIndexOf(m[1]!.toLowerCase())))) continue;
    // "our Outage Forecast module has…": a verb in capitals after a capitalised word is part of a name, no verb.
    if (/^\p{Lu}/u.test(m[1]!) && /\p{Lu}[\w-]*\s+$/u.test(m[0].slice(0, m[0].lastIndexOf(m[1]!)))) continue;
    // "We play six matches a weekend", "a few scores": after a number or a quantifier the word is a plural noun, no verb.
    if (COUNTED.test(text.slice(0, m.index + m[0].toLowerCase().lastIndexOf(m[1]!.toLowerCase())))) continue;
    // "We'd love to eventually predict donations coming in, but that's a someday thing": work put off is not the work.
    if (LATER_WORDS.test(sentenceAt(text, m.index).text)) continue;
    const after = text.slice(m.index + m[0].length - m[2]!.length);
    const outcome = outcomeOf(after);
    if (outcome) return { name: capitalize(`${outcome} ${VERB_TASKS[verbOf(m[1]!)]!}`), model: modelIdentifier(`${outcome} model`) };
    // "flag anything that looks like a side effect": an indefinite pronoun is named by its relative clause, or names nothing.
    const indefinite = INDEFINITE.test(after);
    // "Extract from every finalised CT report: …": with the object after a colon, what it is taken from names the task.
    // "Auto-categorise from the complaint text": with no object, what the work reads names what it is done to, less the form it takes.
    const from = /^from\s+(?:the\s+|each\s+|every\s+|all\s+|our\s+)?((?:[a-z][\w-]*\s*){1,3})/i.exec(after)?.[1];
    const takenFrom = from;
    const object = indefinite ? INDEFINITE_KIND.exec(after)?.[1] : takenFrom ?? m[2];
    if (!object) continue;
    const words = lowerWords(object.trim()).split(' ');
    // "score every store weekly", "catch overheating early": an adverb ends the object as a preposition does.
    // "donations coming in", "trucks arriving late": an -ing word after the noun opens what is said of it.
    const end = words.findIndex((w, i) => STOP.has(w) || NOT_OBJECTS.test(w) || CADENCE_WORD.test(w) || (i > 0 && (MANNER.test(w) || (/ing$/.test(w) && !STATE_ING.test(w) && /s$/.test(words[i - 1]!)))));
    // Words of kind or state in front ("incoming", "labelled", "new") say nothing of what is done to.
    // "predict next week's orders", "the next month of deliveries": a time to come is a forecast (`forecastOf`).
    if (/^(?:next|coming|upcoming|following|tomorrow's|few|next-(?:day|week|month|quarter|year))$/.test(words[0] ?? '')) continue;
    const phrase = words.slice(0, end < 0 ? words.length : end).filter((w, i, all) => i === all.length - 1 || !(VAGUE_MODIFIERS.has(w) || /ed$/.test(w) || STATE_ING.test(w)));
    // "… from the complaint text": the form the input takes is not what is categorised.
    if (takenFrom && verbOf(m[1]!) !== 'extract' && phrase.length > 1 && DATA_FORM.test(phrase.at(-1)!)) phrase.pop();
    if (!phrase.length) continue;
    const noun = [...phrase.slice(0, -1), singularOf(phrase.at(-1)!)].join(' ');
    const task = VERB_TASKS[verbOf(m[1]!)]!;
    const agent = AGENTS[task] ?? TASKS[task] ?? '';
    // A prediction has no agent noun: what it predicts names the model ("claim severity model").
    return { name: capitalize(`${noun} ${task}`), model: modelIdentifier(`${noun} ${agent || (task === 'prediction' ? 'model' : `${task} model`)}`) };
  }
  return null;
}

const COUNTED = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|many|several|few|more|fewer|most|some|all|no|these|those|our|their|the|a)\s+$/i;

const DATA_FORM = /^(?:text|texts|descriptions?|details|data|fields|notes|metadata|contents?)$/i;

const ACRONYM = /^[A-Z][A-Z0-9]+s?$/;

/** Lower case, as a task's words are everywhere else, except an acronym, which keeps its capitals ("QA scoring"). */
function lowerWords(phrase: string): string {
  return phrase.split(/\s+/).map((w) => (ACRONYM.test(w) ? w : w.toLowerCase())).join(' ');
}

/** An object that names no kind itself: "anything", "everything that…". */
const INDEFINITE = /^(?:anything|everything|something|whatever|anyone|everyone|all of them)\b/i;
/** What a relative clause after an indefinite object says it is: "anything that looks like a side effect". */
const INDEFINITE_KIND = /^\S+\s+(?:that|which|who)?\s*(?:looks?\s+like|seems?\s+like|sounds?\s+like|resembles?|mentions?|is|are|could\s+be|might\s+be)\s+(?:a|an|the)?\s*((?:[a-z][a-z-]*\s*){1,3})/i;

/** Events people predict by their verb, and the noun that names each: "which users convert" is user conversion. */
const OUTCOMES: Readonly<Record<string, string>> = {
  convert: 'conversion', churn: 'churn', cancel: 'cancellation', renew: 'renewal', default: 'default', buy: 'purchase', purchase: 'purchase',
  pay: 'payment', return: 'return', upgrade: 'upgrade', respond: 'response', click: 'click', fail: 'failure', attend: 'attendance', leave: 'departure',
};
const OUTCOME = new RegExp(String.raw`^(?:which|whether|if)\s+((?:[a-z][\w-]*\s+){1,3}?)(${Object.keys(OUTCOMES).join('|')})(?:s|es|ed)?\b`, 'i');

const PEOPLE = /^(?:users?|customers?|members?|patients?|clients?|accounts?|subscribers?|visitors?|buyers?|shoppers?|people|players?)$/;

/** "predict which free-trial users convert": what the clause asks about, named as the event ("free-trial user conversion"). */
function outcomeOf(after: string): string | null {
  const m = OUTCOME.exec(after.trim());
  if (!m) return null;
  const who = m[1]!.toLowerCase().trim().split(/\s+/).filter((w) => !/^(?:the|our|their|a|an|of|will|would|might|may|can|could|are|is|to)$/.test(w));
  if (!who.length) return null;
  // "free-trial users convert" is free-trial conversion: after what kind they are, the person noun adds nothing.
  const kept = who.length > 1 && PEOPLE.test(who.at(-1)!) ? who.slice(0, -1) : who;
  const subject = [...kept.slice(0, -1), kept.at(-1)!.replace(/ies$/, 'y').replace(/(?<![su])s$/, '')].join(' ');
  return `${subject} ${OUTCOMES[m[2]!.toLowerCase()]}`;
}

/**
 * The model name for a project title: the use case's noun, else the title as a short identifier,
 * without the organisation it is at ("Next claims model at Acme" → `claims_model`), words that
 * only place it in time ("next", "new"), or a plural ("staffing models" → `staffing_model`).
 */
export function modelNameFor(project: string): string {
  const own = project
    .replace(/\s+(?:at|for|of|from)\s+(?:[A-Z][\w&.-]*\s*)+$/, '')
    // "30-Day Readmission Risk", "GreenFurrow yield forecasts": a span or a company in front is no part of what the model is.
    .replace(/^(?:(?:\d[\w-]*|[A-Z][a-z]+[A-Z]\w*)\s+)+(?=.*[a-z]{3})/, '')
    .replace(/^(?:(?:our|the|a|an|new|next|current)\s+)+/i, '')
    // One Model Control Plane model is one model: "our staffing models" register as `staffing_model`.
    .replace(/\b(\w+)s$/i, (w, head: string) => (MODEL_HEADS.test(w) && MODEL_HEADS.test(head) ? head : w));
  return firstUseCase(project)?.model ?? modelIdentifier(own || project);
}

/** Words as a Model Control Plane identifier, cut at a word to fit: "Refund abuse model" → `refund_abuse_model`. */
export function modelIdentifier(text: string): string {
  const whole = text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  const words = (/^[a-z]/.test(whole) ? whole : 'ml_model').split('_');
  // Too long: a generic "model" at the end goes first ("shipment_delay_prediction"), then the words in
  // front, since the last one says what it is ("multi_armed_bandit", not "hierarchical_multi_armed").
  if (words.join('_').length > MODEL_NAME_MAX && words.length > 2 && words.at(-1) === 'model') words.pop();
  // "players_tracking_system_for_handball_club": a purpose after "for" or "at" goes before the words that say what it is.
  const purpose = words.findIndex((w, i) => i >= 2 && (w === 'for' || w === 'at'));
  if (words.join('_').length > MODEL_NAME_MAX && purpose > 0) words.splice(purpose);
  while (words.length > 1 && words.join('_').length > MODEL_NAME_MAX) words.shift();
  return words.join('_').slice(0, MODEL_NAME_MAX);
}

export const MODEL_NAME_MAX = 30;

function firstUseCase(text: string): { end: number; name: string; model: string } | null {
  let best: { index: number; end: number; name: string; model: string } | null = null;
  for (const { label, model, pattern, ownWords } of USE_CASES) {
    const m = pattern.exec(text);
    if (!m || (best && m.index >= best.index)) continue;
    // "Azure Document Intelligence" is a product the team uses, not the use case.
    if (/^[A-Z]/.test(m[0]) && /\b[A-Z][\w-]*\s+$/.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "the recommendation feature tables" are data another model uses, not this work.
    if (/^\s+(?:feature\s+)?(?:tables?|logs?)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    // "We tried it for the churn thing", "sentiment came up — park it": other work, or work put off, is not this one.
    const sentence = sentenceAt(text, m.index);
    if (OTHER_WORK.test(sentence.text.slice(0, m.index - sentence.start)) || PUT_OFF.test(sentence.text)) continue;
    // "And fraud, reused photos?": work asked about is an option someone raised, not the work (as for tasks).
    if (endsInQuestion(text, m.index)) continue;
    // "We are NOT doing machine translation": work denied is the one thing the project is not.
    if (isDenied(text, m.index, m.index + m[0].length)) continue;
    const q = m.groups?.['q'];
    // "Fuel card fraud": a noun in front of the qualifier is part of the compound it names.
    const compound = q ? nounBefore(text, m.index) : null;
    const name = ownWords ? capitalize(m[0]) : q ? capitalize(`${compound ? `${compound} ` : ''}${q} ${label.toLowerCase()}`) : label;
    best = { index: m.index, end: m.index + m[0].length, name, model };
  }
  return best;
}

/** The noun right before a position, as the tagger reads its sentence ("fuel" in "fuel card fraud"), or null. */
function nounBefore(text: string, at: number): string | null {
  const { tokens, offset } = taggedSentence(text, at);
  const i = tokens.findIndex((t) => t.start === offset);
  const before = i > 0 ? tokens[i - 1]! : null;
  return before && before.pos === 'NOUN' && /^[a-z][a-z-]+$/.test(before.text) && before.end === offset - 1 ? before.text : null;
}

/** The tagger's tokens of the sentence around a position, and the position's offset in that sentence. */
function taggedSentence(text: string, at: number): { tokens: Token[]; offset: number } {
  const sentence = sentenceAt(text, at);
  return { tokens: parseText(sentence.text).flatMap((s) => s.tokens), offset: at - sentence.start };
}

/** A use case named as where something was used before: "we tried it for the churn thing", "used that on our fraud project". */
/** "We tried it for the churn thing", "SageMaker endpoints for the fraud model": done, or serving, for other work. */
const OTHER_WORK = /\b(?:tried|used|did|built|ran|had|bought|wrote|endpoints?|servers?)\b[^.;!?]{0,30}\b(?:for|on|in)\s+(?:the|our|an?|that|their)\s+$/i;
/** Work put off in so many words: "park it", "not this quarter", "out of scope for now", "on hold". */
const PUT_OFF = /\bpark(?:ed|ing)?\b(?:\s+(?:it|that|this|them))?|\b(?:looking at|considering|evaluating|exploring|thinking about)\s+(?:[\w-]+\s+){1,4}?next\b|\bnext up\b|\bnot (?:this|in this|for this) (?:quarter|year|phase|release|round|version)\b|\bout of scope\b|\bon hold\b|\bnot (?:in )?scope\b/i;


/**
 * " for card payments" after the use case: up to four words, ending before a joining word,
 * punctuation or a symbol ("~1,400"), and never on a preposition, article or bare number.
 */
function purpose(after: string): string {
  const m = /^\s+(for|of|on)\s+([^,.;:!?()\n]+)/i.exec(after);
  if (!m) return '';
  const words: string[] = [];
  for (const w of m[2]!.split(/\s+/)) {
    if (!w || STOP.has(w.toLowerCase()) || !TITLE_WORD.test(w) || words.length === 4) break;
    words.push(w);
  }
  // "for OCR", "for Kubernetes": a tool or product after "for" is what is used, not what it is for.
  if (words.length && words.every((w) => /^[A-Z]/.test(w))) return '';
  const phrase = ` ${m[1]!.toLowerCase()} ${words.join(' ')}`.replace(DANGLING, '');
  return phrase.trim().includes(' ') ? phrase : '';
}

function capitalize(s: string): string {
  const clean = s.replace(/\s+/g, ' ').trim();
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}
