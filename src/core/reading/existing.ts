/**
 * Work the user already has running (the seed: "respect existing work"): a notebook or scripts
 * that train the model or build the index, or a batch job that scores. The architecture builds
 * around it: the step that takes it over says so, and the MVP is done when the pipeline
 * reproduces what it does today.
 */
import type { ExistingWork, Reading } from './reading';
import { sentencesOf } from './segments';
import { isDenied } from '../language/denied';

export type { ExistingWork };

/** Where the work lives: a notebook (Colab and Jupyter are notebooks), scripts, a job, or a serverless function (an Azure Function, a Lambda). */
const WHERE = /\b(notebooks?|colab|jupyter|scripts?|(?:batch|cron|scoring|inference) jobs?|crons?|crontabs?|(?:azure|cloud|lambda|serverless) functions?|lambdas?)\b/i;
/** Said as something that exists and works, not as a plan ("we'd write a notebook"); "we score … in a job" and "a model trained in a notebook" are today's work. */
const EXISTS = /\b(?:we(?:'ve| have)?\s+(?:got|have)|i have|already|exists?|works?|working|today|right now|currently|(?:the|our) current (?:setup|process|pipeline|system|approach|way)|we (?:score|run|predict|re-?train))\b|\b(?:trained|built|written|developed|fitted)\s+(?:[\w-]+\s+){0,7}?in\s+(?:an?\s+|our\s+|the\s+|some\s+)?(?:[\w-]+\s+)?(?:notebooks?|scripts?)\b/i;
/** Only a job counts as scoring: a notebook that scores a test set is still training. */
const SCORES = /\b(?:scor(?:e|es|ing)|predict\w*|inference)\b/i;
const TRAINS = /\b(?:models?|(?:re-?)?train\w*|fine-?tun\w*|lora|fit(?:s|ting)?\s+(?:the\s+|a\s+|our\s+)?(?:[\w-]+\s+)?models?)\b/i;
const INDEXES = /\b(?:embed\w*|chunk\w*|index\w*|pars(?:es|ing))\b/i;

const METHODS: readonly [RegExp, string][] = [
  [/\blightgbm\b/i, 'LightGBM'],
  [/\bxgboost\b/i, 'XGBoost'],
  [/\bcatboost\b/i, 'CatBoost'],
  [/\brandom forest\b/i, 'random forest'],
  [/\blogistic regression\b/i, 'logistic regression'],
  [/\blora\b/i, 'LoRA'],
  [/\bprophet\b/i, 'Prophet'],
  [/\byolo\w*\b/i, 'YOLO'],
];

/** The first sentence that names running work and what it does: the reader's `existing`. */
export function existingWork(text: string): ExistingWork | null {
  for (const sentence of sentencesOf(text)) {
    const where = WHERE.exec(sentence)?.[1]?.toLowerCase();
    if (!where || !EXISTS.test(sentence)) continue;
    const fn = /(?:functions?|lambdas?)$/.test(where);
    const job = fn || /jobs?$|^crons?$|^crontabs?$/.test(where);
    // "… and I'm not going to host GPU models": work the sentence denies is none the running work does.
    const said = (re: RegExp) => [...sentence.matchAll(new RegExp(re.source, 'gi'))].some((m) => !isDenied(sentence, m.index, m.index + m[0].length));
    const does = said(INDEXES) ? 'indexing' : job && said(SCORES) ? 'scoring' : said(TRAINS) ? 'training' : null;
    if (!does) continue;
    const method = METHODS.find(([re]) => re.test(sentence))?.[1] ?? null;
    return { where: fn ? 'function' : job ? 'job' : /^(?:notebook|colab|jupyter)/.test(where) ? 'notebook' : 'scripts', does, method };
  }
  return null;
}

/** The running work the reading names, unless the user is still exploring or has no prototype: then it is not working yet. */
export function runningWork(reading: Reading): ExistingWork | null {
  return reading.readinessSignals.some((s) => s === 'still-in-eda' || s === 'no-prototype') ? null : reading.existing;
}

/** How prose names it: "notebook", "scripts", "scoring job", "scoring function". */
export function existingName(e: ExistingWork): string {
  return e.where === 'job' || e.where === 'function' ? `${e.does === 'scoring' ? 'scoring' : 'batch'} ${e.where}` : e.where;
}

/** "Our forecasting models range from…", "our ranking model scores…": the team's models at work today, in the present tense. */
const OURS_NOW = /\bour\s+(?:[\w-]+\s+){0,3}?models?\s+(?:is|are|range|ranges|runs?|uses?|scores?|predicts?|includes?|covers?)\b/i;
/** "Each night we score every loan with our default model": the team's own scoring, with their model, today. */
const SCORED_WITH_OURS = /\bwe\s+(?:currently\s+|already\s+|still\s+)?(?:score|rank|predict|forecast|classify|flag|rate)\s+[^.;]*?\b(?:with|using|through)\s+our\s+(?:[\w-]+\s+){0,3}?models?\b/i;

export function saysModelsInUse(text: string): boolean {
  return OURS_NOW.test(text) || SCORED_WITH_OURS.test(text);
}
