/**
 * Sources the user lists under a label that says they are the inputs ("Inputs:", "Data sources:",
 * "What data we have:"), one per item, named by the item's words before its first aside: the user
 * has already said what each one is, whatever nouns it uses ("NOAA gridded weather (daily)").
 */
import type { DataSource } from './reading';

/** A label naming what follows as the data the work starts from. */
const INPUTS_LABEL = /^(?:(?:our|the|main|key)\s+)?(?:inputs?|input data|data inputs?|(?:input |training |raw )?data sources?|sources(?: of data)?|data(?: we (?:have|use))?|what (?:data )?we have|where the data comes from)$/i;
/** An item that says the data is not there: asked about, or not had yet. */
const NOT_THERE = /^[^.:;]{0,40}\?|\bnot (?:yet|available|there|collected)\b|\b(?:don'?t|do not) have\b/i;
/** A form's question for the data, on a line of its own. */
const DATA_QUESTION = /^(?:#+\s*)?(?:\d{1,2}[.)]\s*)?(?:what data (?:do you|do we|does the team|does your team|is there to) (?:have|use)|what data is available|(?:data|inputs) available|available data)\s*\??$/i;
/** Bullet or number opening a list item. */
const ITEM = /^\s*(?:[-*•·]|\d{1,2}[.)])\s+(.+?)\s*$/;
/** Where an item's name ends and what the user says about it begins. */
const ASIDE = /\s+\(|,\s+|\s+[—–-]\s+|:\s+|;\s+/;
const MAX_NAME_WORDS = 7;
const MAX_DETAIL_WORDS = 14;
/** The longest line an inline list of inputs fits on ("Inputs: till receipts, footfall counters and local weather."). */
const MAX_LABEL_LINE = 300;

export function listedInputs(text: string): DataSource[] {
  const lines = text.split('\n');
  const out: DataSource[] = [];
  lines.forEach((line, i) => {
    // A label opens a short line; a long one is prose, and no label is searched in it.
    if (line.length > MAX_LABEL_LINE) return;
    // A form's question asks for them too: "3. What data do you have?", with the list on the lines after it.
    if (DATA_QUESTION.test(line.trim())) {
      for (const source of itemsAfter(lines, i + 1).map(sourceOf)) if (source && !out.some((s) => s.name.toLowerCase() === source.name.toLowerCase())) out.push(source);
      return;
    }
    const label = /^(?:#+\s*|[-*•]\s*)?\**([^:*]{2,40}?)\**\s*:\**\s*(.*)$/.exec(line.trim());
    if (!label || !INPUTS_LABEL.test(label[1]!.trim())) return;
    // "Inputs: store sales, weather and holidays." on one line, or a list on the lines after the label.
    const inline = label[2]!.trim();
    const items = inline ? inline.replace(/\.$/, '').split(/,\s+(?:and\s+)?|\s+and\s+|;\s+/) : itemsAfter(lines, i + 1);
    const sources = items.map(sourceOf);
    // A sentence after the label ("input: live feeds via SRT into MediaLive, ~70 matches a weekend") is prose, not a list of names.
    if (inline && sources.some((s) => s === null || s.detail !== null)) return;
    for (const source of sources) if (source && !out.some((s) => s.name.toLowerCase() === source.name.toLowerCase())) out.push(source);
  });
  return out;
}

function itemsAfter(lines: readonly string[], from: number): string[] {
  const items: string[] = [];
  for (let i = from; i < lines.length; i++) {
    const m = ITEM.exec(lines[i]!);
    if (!m) {
      if (lines[i]!.trim() === '' && items.length === 0) continue;
      break;
    }
    items.push(m[1]!);
  }
  return items;
}

function sourceOf(item: string): DataSource | null {
  // "Weather? Not yet, but …": data they do not have is no source.
  if (NOT_THERE.test(item)) return null;
  const cut = ASIDE.exec(item);
  const name = (cut ? item.slice(0, cut.index) : item).replace(/^(?:our|the|their|a|an)\s+/i, '').replace(/[.;:]+$/, '').trim();
  const words = name.split(/\s+/);
  if (!/\p{L}/u.test(name) || words.length > MAX_NAME_WORDS) return null;
  const rest = cut ? item.slice(cut.index).replace(/^\s*[(,—–:;-]\s*/, '').replace(/\)\s*\.?$/, '').trim() : '';
  const detail = rest && rest.split(/\s+/).length <= MAX_DETAIL_WORDS && !/[()]/.test(rest) ? rest : null;
  return { name, detail };
}
