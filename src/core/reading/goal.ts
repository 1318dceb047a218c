/**
 * The user's main goal, mapped to the rows of the seed's MVP patterns table. What the user says
 * they want wins ("the main thing is to automate training"); otherwise the goal follows from
 * the work they describe (training → automate training; serving without training → deploy
 * predictions; only data work → data quality).
 */
import type { Reading } from './reading';
import type { ComponentKind } from './lexicon';
import { sentencesOf } from './segments';

export type Goal = Reading['goal'];

const STATED: readonly { goal: Exclude<Goal, 'unknown'>; pattern: RegExp }[] = [
  { goal: 'retrain-on-drift', pattern: /\bre-?train\w*\b[^.;\n]{0,60}?\bdrift|\bdrift\w*\b[^.;\n]{0,60}?\bre-?train/i },
  { goal: 'deploy-predictions', pattern: /\b(?:deploy|serve|ship|productioni[sz]e|expose|get)\w*\s+(?:[\w'-]+\s+){0,3}?(?:model|predictions?|scores?)\s+(?:into|in|to)\s+production\b|\b(?:deploy|serve|expose)\w*\s+(?:the|our|my|this|that)\s+(?:\w+\s+)?model\b|\bget (?:the |our )?model (?:into|in|to) production\b/i },
  { goal: 'data-quality', pattern: /\bdata quality\b|\b(?:data|inputs?) (?:is|are) (?:a (?:total |complete )?mess|messy|dirty|garbage|unreliable|inconsistent)\b|\b(?:clean(?:er)?|trustworthy|reliable|validated) (?:training )?data\b/i },
  { goal: 'automate-training', pattern: /\bautomat\w*\s+(?:[\w'-]+\s+){0,3}?(?:re-?)?train\w*|\b(?:reproducible|repeatable|scheduled) (?:re-?)?training\b|\btraining pipeline\b|\bstop (?:re-?)?training (?:it |models? )?(?:by hand|manually)|\b(?:re-?)?train\w* (?:\w+ )?(?:by hand|manually) (?:every|each)/i },
];

/** Counts stated-goal phrases in one segment. */
export function statedGoals(text: string): Goal[] {
  return STATED.filter((s) => s.pattern.test(text)).map((s) => s.goal);
}

/** A wish for work, opening its clause: "We want …", "now we need …"; not a relative clause ("the pages we want features for"). */
/** Who wishes: the team, or the people it works for ("customer success wants …", "the planners need …"). */
const WISHERS = String.raw`(?:we|i|(?:the\s+|our\s+)?(?:[a-z]+\s+)?(?:team|success|sales|marketing|ops|operations|finance|managers|business|planners|analysts|leadership|support|product|clinicians|doctors|merchants))`;
// A notes line labelled as a wish ("- want: stop running the notebook by hand") wishes too.
const WISH = new RegExp(String.raw`^\s*(?:[-*•]\s*)?(?:wants?|wishes|goals?|needs?)\s*:|(?:^|[,:;]\s*|\b(?:and|but|so|now|also|then|really)\s+)${WISHERS}\s+(?:really\s+)?(?:want|wants|need|needs|would like|'d like|hope|aim)\b|\b(?:the|our|my) (?:main )?goal is\b`, 'i');
const TRAINING_WORDS = /\b(?:re-?)?train\w*|\bfine-?tun\w*/i;
/** The prediction run itself: "this weekly scoring run", "the forecast-and-optimize run", "the nightly batch job", "inference". */
const PREDICTION_RUN = /\b(?:inference|serving|(?:scoring|prediction|predictions|forecasts?|forecast-and-[\w-]+|batch)\s+(?:[\w-]+\s+)?(?:runs?|jobs?))\b/i;

/** A run named by pointing back ("that Sunday run", "the same job"): it is the work the sentence before describes. */
const RUN_POINTED_AT = /\b(?:that|this|the same|those|these)\s+(?:[\w-]+\s+){0,2}?(?:runs?|jobs?|process|routine)\b/i;
const PREDICTION_WORDS = /\b(?:scor(?:e|es|ed|ing)|predict\w*|forecast\w*|inference)\b/i;
/** Predictions asked for by name ("wants a churn risk score per account"), not a measure of them ("a better F1 score"). */
const WANTS_PREDICTIONS = /\b(?:wants?|needs?|would like|'d like)\s*:?\s+(?:an?\s+|the\s+|our\s+)?(?:(?!f1\b|accuracy\b|evaluation\b|test\b|better\b|higher\b)[\w-]+\s+){0,3}?(?:scores?|predictions?|forecasts?|recommendations?|estimates?)\b/i;

/**
 * Predictions wanted as a delivery, per item, somewhere or on a schedule ("a score per account in
 * Salesforce every Monday"); "we want personalised recommendations" wishes for the task, not a run.
 */
const DELIVERY = /\b(?:per|for (?:each|every)|every|each|daily|weekly|nightly|hourly|monthly)\b|\bin [A-Z]/;

/** What a wish asks of the run: "… to be reproducible, easier to operate, and cheaper". */
const TO_BE = /\bto\s+(?:be(?:come)?|stay)\s+([^.;!?]+)/i;
/** Where the wished quality ends: a clause with a subject of its own ("…, and we want to know …"), or a reason ("so that …"). */
const CLAUSE_END = /,?\s+(?:(?:and|but|while|so|because|since)\s+(?:we|i|they|it|the|our)\b|so that\b|because\b|since\b)|\s*[(:—–-]\s/i;

export interface Wish {
  goal: Goal;
  /** What the team wants of that run, in their words ("reproducible and easier to operate"), when they said. */
  quality: string | null;
}

/** The sentences that wish for work ("we want to organise how we evaluate and tune the detector"). */
export function wishSentences(text: string): string[] {
  return sentencesOf(text).filter((s) => WISH.test(s));
}

/**
 * The goal a wish names by the work it is about: "we want this weekly scoring run to be
 * reproducible" is about the predictions, "we'd like retraining to be one command" about training;
 * "we want that Sunday run to be reproducible" about whatever the sentence before runs. A wish that
 * names both ("move training and inference onto Vertex") picks neither, nor does a wish for the
 * task itself ("we want to predict churn"), which names no run.
 */
export function findWish(text: string): Wish {
  const sentences = sentencesOf(text);
  for (const [i, whole] of sentences.entries()) {
    const wish = WISH.exec(whole);
    if (!wish) continue;
    // The wish is its own clause: "I trained a model last quarter; customer success wants a score…" wishes for the score.
    const sentence = whole.slice(Math.max(0, whole.lastIndexOf(';', wish.index) + 1));
    const said = RUN_POINTED_AT.test(sentence) && !TRAINING_WORDS.test(sentence) && !PREDICTION_RUN.test(sentence) ? `${sentences[i - 1] ?? ''} ${sentence}` : sentence;
    const delivered = WANTS_PREDICTIONS.test(said) && DELIVERY.test(said);
    const [trains, predicts] = [TRAINING_WORDS.test(said), PREDICTION_RUN.test(said) || delivered || (said !== sentence && PREDICTION_WORDS.test(said))];
    if (trains === predicts) {
      if (trains) return { goal: 'unknown', quality: null };
      continue;
    }
    const quality = TO_BE.exec(sentence)?.[1]?.split(CLAUSE_END)[0]!.trim().replace(/^(?:more|much more)\s+/i, '') ?? null;
    return { goal: trains ? 'automate-training' : 'deploy-predictions', quality };
  }
  return { goal: 'unknown', quality: null };
}

/**
 * The goal from the stated phrases (most mentioned, table order on ties), else the work a wish is
 * about, else from the kinds of work. Data work alone reads as data quality only when no model is
 * mentioned at all.
 */
export function pickGoal(stated: readonly Goal[], kinds: ReadonlySet<ComponentKind>, mentionsModel: boolean, wished: Goal = 'unknown'): Goal {
  let best: Goal = 'unknown';
  let bestCount = 0;
  for (const { goal } of STATED) {
    const count = stated.filter((g) => g === goal).length;
    if (count > bestCount) [best, bestCount] = [goal, count];
  }
  if (best !== 'unknown') return best;
  if (wished !== 'unknown') return wished;
  const trains = kinds.has('training') || kinds.has('tuning');
  if (trains && kinds.has('monitoring') && kinds.has('retraining-trigger')) return 'retrain-on-drift';
  if (trains) return 'automate-training';
  if (kinds.has('batch-inference') || kinds.has('online-inference')) return 'deploy-predictions';
  if (!mentionsModel && (kinds.has('ingestion') || kinds.has('processing') || kinds.has('labeling'))) return 'data-quality';
  return 'unknown';
}
