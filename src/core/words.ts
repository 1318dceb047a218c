/** Small prose helpers shared by the interview's question texts and the document. */

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** Model names as written in prose: "`a`", "`a` or `b`", "`a`, `b` or `c`". */
export function modelList(models: readonly string[], conjunction = 'or'): string {
  const ticked = models.map((m) => `\`${m}\``);
  return ticked.length <= 1 ? (ticked[0] ?? '') : `${ticked.slice(0, -1).join(', ')} ${conjunction} ${ticked.at(-1)}`;
}

/** A snake_case identifier ("Card Fraud Detection" → "card_fraud_detection"). */
export function snakeCase(text: string, fallback = 'model'): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  return /^[a-z]/.test(s) ? s : fallback;
}

/** Words written in capitals in a title: "ml_model" is the ML Model, not the Ml Model. */
const ACRONYMS = new Set(['ml', 'ai', 'llm', 'eta', 'nlp', 'ocr', 'cv', 'ltr', 'rag', 'sql', 'api', 'gpu', 'kpi', 'roi', 'sku']);

/** An identifier as a title: "fraud_detector" → "Fraud Detector", "ml_model" → "ML Model". */
export function titleOf(identifier: string): string {
  return identifier.split('_').filter(Boolean).map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : capitalize(w))).join(' ');
}

/** First letter up, the rest as written. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "correct" → "corrects", "apply" → "applies", "fix" → "fixes". */
export function thirdPerson(verb: string): string {
  if (/(?:s|sh|ch|x|z)$/.test(verb)) return `${verb}es`;
  return /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
}

/** "correct" → "corrected", "deduplicate" → "deduplicated", "apply" → "applied"; the few irregulars a data step uses. */
export function pastParticiple(verb: string): string {
  const irregular: Record<string, string> = { build: 'built', rebuild: 'rebuilt', make: 'made', run: 'run', cut: 'cut', set: 'set', feed: 'fed' };
  if (irregular[verb]) return irregular[verb]!;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/**
 * Whether a name takes a plural verb: two things joined by "and" ("Detection and remediation"), or
 * a head noun in the plural ("Actions on predictions", the head being the word before a preposition).
 */
export function takesPlural(name: string): boolean {
  const head = name.split(/\s+(?:on|of|for|in|from|to|with|by|at)\s+/i)[0]!;
  if (/\s(?:and|&)\s/i.test(head)) return true;
  const last = head.trim().split(/\s+/).at(-1) ?? '';
  return /s$/i.test(last) && !/(?:is|ss|us)$/i.test(last);
}

/**
 * A noun phrase as it stands in a sentence: a singular common noun takes "a" or "an" ("a
 * Transformer-based deep learning model"); a plural, a determined phrase or a product name ("XGBoost",
 * "GPT-4") stands as it is.
 */
export function withArticle(phrase: string): string {
  const last = phrase.trim().split(/\s+/).at(-1) ?? '';
  if (/^(?:a|an|the|our|their|your|its|this|that|each|every)\s/i.test(phrase) || takesPlural(phrase) || !/^[a-z][a-z-]*$/.test(last)) return phrase;
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/** A latency budget as people say it: "50 ms", "3 s" (whole seconds), "1500 ms". */
export function budget(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** The plural of a noun phrase's last word: "new episode" → "new episodes", "delivery" → "deliveries", "batch" → "batches". */
export function pluralOf(phrase: string): string {
  if (/[^aeiou]y$/i.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  return /(?:s|x|z|ch|sh)$/i.test(phrase) ? `${phrase}es` : `${phrase}s`;
}

/**
 * The singular of a plural noun, as it stands before another noun: "patches" → "patch", "categories" →
 * "category", "orders" → "order". Mass plurals and words ending -ss, -us or -is keep their s ("sales",
 * "news", "status", "analysis").
 */
export function singularOf(word: string): string {
  if (/(?:ch|sh|x|z|ss)es$/i.test(word)) return word.slice(0, -2);
  if (/(?:sales|news|ss|us|is)$/i.test(word)) return word;
  if (/[^aeiou]ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  return word.replace(/s$/i, '');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A head count without claiming roles the user did not state: "1 person", "3 people". */
export function people(n: number): string {
  return n === 1 ? '1 person' : `${n} people`;
}

/** Text to match literally inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SECOND_PERSON: Readonly<Record<string, string>> = { we: 'you', us: 'you', our: 'your', ours: 'yours', ourselves: 'yourselves', i: 'you', me: 'you', my: 'your', mine: 'yours', "we're": "you're", "we've": "you've", "i'm": "you're", "i've": "you've" };

/** The user's phrase in the document's voice: "the forecasts we run today" is "the forecasts you run today" there. */
export function inYourVoice(phrase: string): string {
  return phrase.replace(/\b(?:we're|we've|i'm|i've|we|us|our|ours|ourselves|my|mine|me)\b|\bI\b/gi, (w) => {
    const said = SECOND_PERSON[w.toLowerCase()]!;
    return w[0] === w[0]!.toUpperCase() && w !== 'I' ? capitalize(said) : said;
  });
}
