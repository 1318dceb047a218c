/**
 * The project name, for the document's title: an explicit name ("the project is called
 * Sentinel") wins, else the first ML use case the text names, extended with what it is for
 * ("fraud detection for card payments").
 */

const NAMED = /\b(?:project|system|product|platform|tool)\s+(?:is\s+)?(?:called|named|codenamed)\s+["'“]?([A-Z][\w-]{1,30}(?:\s+[A-Z][\w-]{1,30}){0,2})/;

/**
 * `q` captures a qualifier worth keeping ("card" fraud detection); `ownWords` keeps the user's
 * phrase itself where the label would lose what it is ("chest x-rays").
 */
const USE_CASES: readonly { label: string; pattern: RegExp; ownWords?: true }[] = [
  { label: 'Fraud detection', pattern: /\b(?:(?<q>card|payment|transaction|insurance|claims?)\s+)?fraud(?:\s+(?:detection|scoring|prevention|model|classifier))?\b/i },
  { label: 'Churn prediction', pattern: /\b(?:customer\s+)?churn(?:\s+(?:prediction|model|scoring|risk))?\b/i },
  { label: 'Demand forecasting', pattern: /\b(?:(?:demand|sales|inventory|revenue|energy|load)\s+)forecast(?:ing|s)?\b|\bforecast(?:ing)?\s+(?:demand|sales|inventory)\b/i },
  { label: 'Document question answering', pattern: /\b(?:rag|retrieval[- ]augmented generation|document (?:q&a|qa|search|question answering)|chat(?:bot)? (?:with|over|on) (?:our |the )?(?:[\w-]+ )?(?:docs|documents|knowledge base|wiki|pdfs))\b/i },
  { label: 'Recommendations', pattern: /\b(?:(?<q>product|content|personali[sz]ed|news|article|movie)\s+)?recommend(?:ation|er)s?(?:\s+(?:system|engine|model))?\b/i },
  { label: 'Click-through prediction', pattern: /\b(?:click[- ]through(?: rate)?(?: prediction)?|ctr(?: prediction| model)?)\b/i },
  { label: 'Search ranking', pattern: /\b(?:search (?:ranking|relevance)|learning[- ]to[- ]rank|rank(?:ing)? (?:the )?search results)\b/i },
  { label: 'Defect detection', pattern: /\b(?:(?<q>visual|surface|manufacturing)\s+)?defect(?:s)?(?:\s+detection)?\b/i },
  { label: 'Medical imaging', pattern: /\b(?:medical imag\w*|radiology|chest x-rays?|x-rays?|ct scans?|mri(?: scans)?|histopathology|dermatology images)(?: classification| segmentation)?\b/i, ownWords: true },
  { label: 'Ticket routing', pattern: /\b(?:(?:support\s+)?ticket (?:routing|classification|triage)|rout(?:e|ing) (?:support |customer |incoming )?tickets)\b/i },
  { label: 'LLM fine-tuning', pattern: /\bfine[- ]?tun\w*\s+(?:an?\s+|our\s+|the\s+)?(?:open[- ]source\s+)?(?:llm|llama\w*|mistral|language model|small language model|slm)\b/i },
  { label: 'Credit risk scoring', pattern: /\bcredit (?:risk )?scoring\b|\bcredit risk\b/i },
  { label: 'Marketing mix modeling', pattern: /\b(?:marketing mix(?: model\w*)?|media mix model\w*|mmm|(?:multi-touch )?attribution model\w*)\b/i },
  { label: 'Predictive maintenance', pattern: /\bpredictive maintenance\b/i },
  { label: 'Sentiment analysis', pattern: /\bsentiment(?: analysis| classification)?\b/i },
  { label: 'Anomaly detection', pattern: /\banomaly detection\b/i },
  { label: 'Trading signals', pattern: /\b(?:trading signals?|alpha signals?|market[- ]making|hft|high[- ]frequency trading)\b/i },
  { label: 'Video analytics', pattern: /\bvideo (?:analytics|classification|detection|understanding)\b/i },
];

const STOP = new Set(['and', 'with', 'using', 'that', 'which', 'where', 'so', 'but', 'because', 'we', 'i', 'to', 'in', 'from', 'on', 'via', 'by', 'it', 'is', 'are', 'every', 'each', 'then', 'also']);

export function findProject(text: string): string | null {
  const named = NAMED.exec(text);
  if (named) return named[1]!;
  let best: { index: number; end: number; name: string } | null = null;
  for (const { label, pattern, ownWords } of USE_CASES) {
    const m = pattern.exec(text);
    if (!m || (best && m.index >= best.index)) continue;
    const q = m.groups?.['q'];
    const name = ownWords ? capitalize(m[0]) : q ? capitalize(`${q} ${label.toLowerCase()}`) : label;
    best = { index: m.index, end: m.index + m[0].length, name };
  }
  return best ? best.name + purpose(text.slice(best.end, best.end + 80)) : null;
}

/** " for card payments" after the use case, up to four words, stopping at punctuation or a joining word. */
function purpose(after: string): string {
  const m = /^\s+(for|of|on)\s+([^,.;:!?()\n]+)/i.exec(after);
  if (!m) return '';
  const words: string[] = [];
  for (const w of m[2]!.split(/\s+/)) {
    if (!w || STOP.has(w.toLowerCase()) || words.length === 4) break;
    words.push(w);
  }
  return words.length ? ` ${m[1]!.toLowerCase()} ${words.join(' ')}` : '';
}

function capitalize(s: string): string {
  const clean = s.replace(/\s+/g, ' ').trim();
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}
