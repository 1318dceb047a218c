/**
 * A wish to get new model versions into the serving the team runs ("how new model versions reach
 * production", "the release of each new ranking model to be automated", "rolled out to the
 * endpoint"): the release work the seed's promotion hands off to. A release mentioned in passing
 * ("the model grew with every release") is no wish.
 */
import { matches } from '../language/matches';
import { SENTENCE_SPAN } from './segments';

const RELEASE = /\b(?:releas(?:e|es|ed|ing)|roll(?:s|ed|ing)? (?:\w+ )?out|rollouts?|ship(?:s|ped|ping)? (?:it |them )?to|deploy(?:s|ed|ing|ment)? (?:of|to)|reach(?:es)? production|go(?:es)? live|pushed to (?:production|serving))\b/i;
const VERSIONS = /\b(?:models?|versions?|parameters|weights|rankers?|classifiers?|detectors?|bandits?)\b/i;
const WISH = /\b(?:want|wants|need|needs|would like|'d like|should|automat\w*|organi[sz]e|set up|structure|how)\b/i;

/** A component that is the release itself ("Ranking model release", "roll out new versions"). */
export function namesRelease(text: string): boolean {
  return RELEASE.test(text) && VERSIONS.test(text);
}

export function findRelease(text: string): string | null {
  for (const m of matches(text, SENTENCE_SPAN)) {
    const sentence = m[0].trim();
    if (RELEASE.test(sentence) && VERSIONS.test(sentence) && WISH.test(sentence)) return sentence;
  }
  return null;
}
