/**
 * A model said to be one more: "a second model on the vibration data, probably a classifier on spectral
 * features", "separate model, same team. Weekly kg forecast per glasshouse". "Second" and "separate"
 * say the description has more than one model, whatever else it calls the first. The model is named by
 * the data it is made on ("vibration classifier"), else by the output the next sentence opens on.
 */
import { parseText } from '../language';
import { SENTENCE_SPAN } from './segments';
import { matches } from '../language/matches';

/** "a second model", "the separate forecaster", "separate model," with its article dropped in notes. */
/** "A second uplift model": the words between say what the model is for, and name it. */
const ANOTHER = /(?:\b(?:a|an|the|one)\s+|(?:^|[.;:(]\s*|,\s+))(?:second|separate|additional|third)\s*,?\s+(?:(?:smaller|bigger|simpler|lighter|small|simple|light)\s+)?(?:(?!(?:on|for|from|of|to|and|or)\b)([a-z][\w-]*)\s+)?(model|classifier|detector|forecaster|regressor|ranker|scorer)\b/i;
/** What the model is made on: "on the vibration data", "over the spectra", "from the call notes". */
const MADE_ON = /^\s+(?:\w+\s+){0,2}?(?:on|over|from|using|for)\s+(?:the\s+|our\s+)?((?:[\w-]+\s+){0,2}[\w-]+)/i;
/** Words that end what the model is made on: "the vibration data where we have it". */
const ENDS_PHRASE = /^(?:where|which|that|who|when|we|and|or|to|in|at|with|by|as|if|but|so|probably|maybe|per|each|every)$/i;
const DATA_WORDS = /\s+(?:data|dataset|datasets|features|logs?|records|signals|readings|files|feeds?|tables?)$/i;
const MODEL_NOUN = /\b(classifier|detector|forecaster|regressor|ranker|scorer)\b/i;
/** An output a following sentence opens on: "Weekly kg forecast per glasshouse …". */
const OUTPUT_HEAD = /^(?:forecasts?|predictions?|scores?|estimates?|classifications?|rankings?|flags?|alerts?|risks?)$/i;

export interface AnotherModel {
  name: string;
  said: string;
}

export function anotherModels(text: string): AnotherModel[] {
  const sentences = [...matches(text, SENTENCE_SPAN)].map((m) => m[0].trim()).filter(Boolean);
  const found: AnotherModel[] = [];
  sentences.forEach((sentence, i) => {
    const m = ANOTHER.exec(sentence);
    if (!m) return;
    const after = sentence.slice(m.index + m[0].length);
    const head = (MODEL_NOUN.exec(after)?.[1] ?? (m[2]!.toLowerCase() === 'model' ? 'model' : m[2]!)).toLowerCase();
    if (m[1]) {
      found.push({ name: `${m[1].toLowerCase()} ${m[2]!.toLowerCase()}`, said: sentence.slice(0, 240) });
      return;
    }
    const on = madeOn(after);
    if (on) {
      found.push({ name: `${on} ${head}`, said: sentence.slice(0, 240) });
      return;
    }
    // The output may follow an aside: "separate model, same team (i.e. me + you). Weekly kg forecast per glasshouse."
    const next = [i + 1, i + 2].find((j) => outputOpening(sentences[j]));
    if (next !== undefined) found.push({ name: outputOpening(sentences[next])!, said: `${sentence} ${sentences[next]}`.slice(0, 240) });
  });
  return found;
}

/** The nouns of what the model is made on, less the kind of data and how often: "the nightly spectra" → "spectra". */
function madeOn(after: string): string | null {
  const words = (MADE_ON.exec(after)?.[1] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const end = words.findIndex((w) => ENDS_PHRASE.test(w));
  const kept = (end < 0 ? words : words.slice(0, end)).filter((w) => !CADENCE.test(w)).join(' ').replace(DATA_WORDS, '');
  return /^[a-z][a-z-]+(?:\s[a-z][a-z-]+)?$/.test(kept) && !/^(?:it|them|this|that|now|later|the|a|an)$/.test(kept) ? kept : null;
}

const CADENCE = /^(?:hourly|daily|nightly|weekly|monthly|quarterly|yearly|annual|new|latest|raw|historical|historic|past)$/;

/** "Weekly kg forecast per glasshouse per variety": the nouns in front of the output noun, less how often. */
function outputOpening(sentence: string | undefined): string | null {
  if (!sentence) return null;
  const tokens = parseText(sentence)[0]?.tokens ?? [];
  const words: string[] = [];
  for (const t of tokens) {
    // With no subject before it, "forecast" after a noun is the output noun, whatever the tagger says.
    if (!(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || (words.length > 0 && OUTPUT_HEAD.test(t.lower)))) break;
    words.push(t.lower);
    if (OUTPUT_HEAD.test(t.lower)) break;
  }
  const naming = words.filter((w) => !CADENCE.test(w));
  return naming.length >= 2 && OUTPUT_HEAD.test(naming.at(-1)!) ? `${naming.join(' ')} model` : null;
}
