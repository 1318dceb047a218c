/**
 * The one place that loads the NLP library: wink-nlp with its English "lite web" model, a
 * statistical tagger (Universal Dependencies part-of-speech tags, lemmas, negation scope,
 * sentence boundaries) small enough to bundle and fast enough to run on every keystroke-sized
 * answer. Loaded on first use, so activation and `lint` never pay for it unless they read prose.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

export function nlp(): Nlp {
  // Only the tokenizer-level pipes: no entity recognition or sentiment, which this reader never uses.
  instance ??= winkNLP(model, ['sbd', 'negation', 'pos']);
  return instance;
}
