/**
 * A setting the team calls a trade-off ("the window size is a trade-off: a small window adds noise,
 * a large one delays detection"): a setting worth tuning, with what each side costs in their words.
 * A version that changes it is judged on both sides, not on one score.
 */
import { matches } from '../language/matches';
import { SENTENCE_SPAN } from './segments';

export interface TradeOff {
  /** The setting, when named ("window size"); null for "a trade-off between speed and recall". */
  setting: string | null;
  /** What each side costs, in their words ("a small window adds noise, a large one delays detection"). */
  said: string;
}

/** "the window size is a trade-off", "choosing the threshold is a trade-off": the setting is the subject. */
const SETTING = /\b(?:the\s+|our\s+|its\s+|their\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:is|are|becomes|involves)\s+(?:a|an)\s+(?:real\s+|hard\s+|delicate\s+)?trade-?off\b(?:\s*[:;—–-]\s*|,\s*)?(.*)$/i;
/** "there is a trade-off between speed and recall". */
const BETWEEN = /\btrade-?off\s+between\s+([^.;]+)/i;
/** Subjects that name no setting: "it is a trade-off", "this is a trade-off". */
const NO_SETTING = /^(?:it|this|that|there|which|everything|all)$/i;

export function findTradeOff(text: string): TradeOff | null {
  for (const m of matches(text, SENTENCE_SPAN)) {
    const sentence = m[0].trim().replace(/[.!?]+$/, '');
    const named = SETTING.exec(sentence);
    if (named && !NO_SETTING.test(named[1]!.trim())) {
      const setting = named[1]!.replace(/^(?:so|and|but|then)\s+/i, '').replace(/^(?:choosing|picking|setting)\s+(?:the\s+)?/i, '').trim();
      return { setting, said: named[2]!.trim() || sentence };
    }
    const between = BETWEEN.exec(sentence);
    if (between) return { setting: null, said: `a trade-off between ${between[1]!.trim()}` };
  }
  return null;
}
