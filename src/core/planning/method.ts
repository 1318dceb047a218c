/**
 * How the team trains its model, in their names: the architecture they said they train ("our
 * current model is a Temporal Fusion Transformer") and the libraries they train with ("XGBoost or
 * LightGBM"). The training step says them, so the document is about their model, not a model.
 */
import type { Reading } from '../reading/reading';
import { joinList } from '../words';
import { findTools } from '../reading/tools';
import { PRETRAINED_FAMILIES } from '../reading/frames';

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

/** Work a model does, in the clause a tool is named in: "runs cluster analysis with DBSCAN". */
const MODEL_WORK = /\b(?:analysis|analyses|clustering|cluster|detect\w*|classif\w*|regression|algorithm|scor(?:e|es|ing)|predict\w*|forecast\w*|rank(?:s|ing)?|anomal\w*|outliers?)\b/i;

/**
 * The method a model nobody trains here is configured with, when a clause names the tool that does
 * its work ("runs cluster analysis with DBSCAN to find the servers"): its configurations are that
 * method's settings. A catalogue product (a warehouse, an orchestrator) is where work runs, not how.
 */
export function configuredMethod(reading: Reading): string | null {
  const tool = reading.systems.find((s) => s.role === 'tool' && MODEL_WORK.test(s.quote) && PROPER.test(s.name) && findTools(s.name).length === 0);
  return tool?.name ?? null;
}

function familyOf(name: string): string | null {
  const m = /^(?:an?\s+|our\s+|the\s+)?(\S+)\s+models?$/i.exec(name);
  return m && PRETRAINED_FAMILIES.test(m[1]!) ? m[1]! : null;
}

export function trainingMethod(reading: Reading): TrainingMethod {
  // "a YOLOv8 model" is YOLOv8: a released family named with "model" says which architecture is trained.
  const trained = reading.models.filter((m) => m.trained === 'here').map((m) => familyOf(m.name.trim()) ?? m.name.trim());
  const libraries = trained.filter((n) => LIBRARIES.test(n));
  // Two names ("fine-tune Llama on GPT-4's outputs") leave which one is trained open: neither is said.
  const named = trained.filter((n) => !LIBRARIES.test(n) && !NOT_ARCHITECTURE.test(n) && PROPER.test(n));
  return { architecture: named.length === 1 ? named[0]! : null, libraries: libraries.length ? joinList(libraries, 'or') : null };
}
