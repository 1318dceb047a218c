/**
 * A decision the team makes from the model's output with an optimizer ("then an optimization step
 * picks the discount per item", "a solver assigns the nurses to shifts"): the model predicts, the
 * optimizer decides. It runs in the same batch, right after the predictions it decides from.
 */
export interface Decision {
  /** The user's clause: "an optimization step picks the discount per item". */
  said: string;
  /** The step that makes the decision, named by the user's verb and object: "pick_discount", "assign_nurses". */
  step: string;
}

const OPTIMIZER = String.raw`(?:optimi[sz]ation(?:\s+(?:step|stage|layer|model|engine))?|optimi[sz]er|solver|(?:linear|integer|mixed[- ]integer)\s+program(?:ming)?)`;
const CHOOSES = String.raw`(?:picks?|chooses?|selects?|sets?|decides?|allocates?|assigns?|finds?|determines?)`;
// "The optimiser picks up stale numbers": a verb with its particle ("pick up", "set up", "find out") chooses nothing.
const CLAUSE = new RegExp(String.raw`\b(?:(?:then|and)\s+)?(?:an?\s+|the\s+|our\s+)?${OPTIMIZER}\s+(?:then\s+)?(${CHOOSES})(?!\s+(?:up|out|off)\b)\s+(?:the\s+|a\s+|an\s+|each\s+|every\s+)?([a-z][\w-]*)[^.;,\n]*`, 'i');

export function findDecision(text: string): Decision | null {
  const m = CLAUSE.exec(text);
  if (!m) return null;
  const said = m[0].replace(/^(?:then|and)\s+/i, '').trim();
  const verb = m[1]!.toLowerCase().replace(/(?<=[^s])s$|(?<=ss)es$/, '');
  return { said, step: `${verb}_${m[2]!.toLowerCase().replace(/-/g, '_')}` };
}
