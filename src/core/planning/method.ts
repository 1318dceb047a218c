/**
 * How the team trains its model, in their names: the architecture they said they train ("our
 * current model is a Temporal Fusion Transformer") and the libraries they train with ("XGBoost or
 * LightGBM"). The training step says them, so the document is about their model, not a model.
 */
import type { Reading } from '../reading/reading';
import { joinList } from '../words';

/** Training libraries: the team trains *with* them. */
const LIBRARIES = /^(?:xgboost|lightgbm|catboost|scikit-learn|sklearn|pytorch|tensorflow|keras|jax|ranklib|prophet|statsmodels|spark ml(?:lib)?)$/i;
/** A name that is a model of its own ("DBN click model") or where training runs ("AI Platform"), not an architecture. */
const NOT_ARCHITECTURE = /\b(?:models?|classifiers?|platforms?|cloud|services?|systems?|engines?|pipelines?|stack)$/i;
/** A proper name: some word is capitalised past its first letter or after the first word ("Temporal Fusion Transformer", "YOLOv8"). */
const PROPER = /(?:^|\s)[A-Z][A-Za-z0-9-]*(?:\s|$)|[a-z][A-Z]/;

export interface TrainingMethod {
  architecture: string | null;
  libraries: string | null;
}

export function trainingMethod(reading: Reading): TrainingMethod {
  const trained = reading.models.filter((m) => m.trained === 'here').map((m) => m.name.trim());
  const libraries = trained.filter((n) => LIBRARIES.test(n));
  // Two names ("fine-tune Llama on GPT-4's outputs") leave which one is trained open: neither is said.
  const named = trained.filter((n) => !LIBRARIES.test(n) && !NOT_ARCHITECTURE.test(n) && PROPER.test(n));
  return { architecture: named.length === 1 ? named[0]! : null, libraries: libraries.length ? joinList(libraries, 'or') : null };
}
