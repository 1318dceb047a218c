/** The language layer: sentences, clauses, tagged tokens, negation and noun phrases, from compromise. */
export { isNegator, parseText, MAX_TEXT } from './parse';
export { nounPhrases } from './phrases';
export { isModifierParticiple } from './repair';
export type { Clause, NounPhrase, Pos, Sentence, Token } from './types';
export { isDenied } from './denied';
