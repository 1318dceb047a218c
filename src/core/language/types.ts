/** The language layer's output: what every reader of prose (the description reader, the lint rules) sees. */

/** Universal Dependencies part-of-speech tags, as the tagger gives them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** The characters as written; hyphenated words are one token ("fine-tuned", "gradient-boosted"). */
  text: string;
  lower: string;
  /** Dictionary form ("retrained" → "retrain", "claims" → "claim"); lower case. */
  lemma: string;
  pos: Pos;
  /** Inside the scope of a negation ("we do not retrain the model": retrain, the, model). */
  negated: boolean;
  /** The tagger reads it as part of a person's name ("Nadia", "Dr. Raman"). */
  person?: true;
  /** Offsets into the text that was parsed. */
  start: number;
  end: number;
}

export interface Clause {
  tokens: Token[];
  /** The clause's words as written. */
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  tokens: Token[];
  clauses: Clause[];
  text: string;
  start: number;
  end: number;
}

/** A run of words that names one thing: "a gradient-boosted model", "the claims app", "our Airflow". */
export interface NounPhrase {
  tokens: Token[];
  /** Without the leading article or possessive: "gradient-boosted model". */
  text: string;
  /** The last noun: what the phrase is ("model", "app"). */
  head: Token;
  /** "our X", "their X": the team's own system. */
  owned: boolean;
  start: number;
  end: number;
}
