/**
 * Data-source names for prose. The reader keeps the user's phrases ("pull card transactions",
 * "Impressions and clicks come in"); the document lists sources as items, and the linter counts
 * those items (split on commas and "and"), so each name must be one clean item.
 */

const LEAD = /^(?:(?:we|they|i|you)\s+)?(?:pull(?:s|ed|ing)?|extract\w*|collect\w*|fetch\w*|scrap\w*|sync\w*|import\w*|load\w*|read\w*|grab\w*|export\w*|ingest\w*|consum\w*|receiv\w*|gets?|from|via|through|out of|off|call(?:s|ing)?|the|a|an|our|their|some|all|new|raw)\s+/i;
const TAIL = /\s+(?:come in|comes in|coming in|come from|comes from|arrive|arrives|land|lands|get dumped|are dumped|is dumped|drop|drops|lives? in|sits? in|is stored in|are stored in)(?:\s+.*)?$/i;

function clean(phrase: string): string {
  let name = phrase.trim().replace(TAIL, '');
  for (let prev = ''; prev !== name; ) [prev, name] = [name, name.replace(LEAD, '')];
  return name.replace(/\s*[,;]\s*/g, ' ').replace(/\s+(?:and|plus|\+)\s+/gi, ' & ').trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "pull card transactions" → "card transactions"; duplicates and names inside other names dropped. */
export function sourceNames(phrases: readonly string[]): string[] {
  const names = new Map<string, string>();
  for (const phrase of phrases) {
    const name = clean(phrase);
    if (name && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  }
  // "API" next to "vendor API" is the same source named twice.
  const keys = [...names.keys()];
  return [...names.entries()]
    .filter(([key]) => !keys.some((other) => other !== key && new RegExp(`\\b${escape(key)}\\b`).test(other)))
    .map(([, name]) => name);
}
