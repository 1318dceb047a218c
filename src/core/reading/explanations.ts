/**
 * How the team shows why the model decided, when they name it: class activation maps, SHAP values,
 * saliency maps, reason codes. Each batch then computes them beside its predictions, so a
 * questioned prediction can be looked into later with the version that made it.
 */
const METHODS = /\b(?:(?:class activation|saliency|attention|heat)\s*maps?|grad-?cam(?:\+\+)?|shap(?:\s+values?)?|lime(?=\s+explanations?)|integrated gradients|feature attributions?|reason codes?|counterfactual explanations?|feature importances?(?=\s+(?:per|for each|for every)\s+(?:prediction|decision|case|record)))\b/i;
/** Said as something the team has or wants, not something it rejects. */
const DENIED = /\b(?:no|not|without|don't|do not|never)\b[^.;]{0,30}$/i;

/** The explanation method the description names, in its words ("class activation maps"), or null. */
export function findExplanations(text: string): string | null {
  const m = METHODS.exec(text);
  if (!m || DENIED.test(text.slice(0, m.index))) return null;
  const said = m[0];
  return /^shap$/i.test(said) ? 'SHAP values' : /^[A-Z]/.test(said) && !/^(?:SHAP|LIME|Grad)/i.test(said) ? said.toLowerCase() : said;
}
