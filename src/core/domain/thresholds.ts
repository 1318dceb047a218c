/**
 * The scoping method's numbers, shared by the interview (which pushes back) and the linter (which
 * reports, and lets `.zenml-scope.json` change them): the domain owns them, the linter configures them.
 */
export const DEFAULT_THRESHOLDS = {
  stepsMin: 3,
  stepsMax: 7,
  linesMin: 80,
  linesMax: 150,
  openQuestionsMax: 3,
  /** The seed's "no more than 2-3 active pipelines per engineer": above 3 is the smell. */
  pipelinesPerEngineer: 3,
  /** The seed: start an MVP with the 2-3 most important sources. */
  mvpDataSourcesMax: 3,
} as const;
