/** The reader: free text → Reading (frames over the language layer, plus the lexicon), and Phase 1's follow-up. See docs/notes/understanding.md. */
export { readDescription, lexiconUnderstanding, emptyReading } from './read';
export { mergeReadings, mergeComponents } from './merge';
export { missingCategories, coveredCategories, followUpQuestion, MIN_CATEGORIES } from './followUp';
export { describeSignal, type ReadinessSignal } from './readiness';
export { modelNameFor, MODEL_NAME_MAX } from './project';
