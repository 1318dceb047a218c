/** The template's shape (seed: Phase 5 "Document structure", Phases 3-4 for steps and the MVP). */
import type { Rule } from '../../types';
import { docLength } from './doc-length';
import { mvpMarker } from './mvp-marker';
import { openQuestions } from './open-questions';
import { pipelineField } from './pipeline-field';
import { requiredSection } from './required-section';
import { sectionOrder } from './section-order';
import { stepCount } from './step-count';
import { title } from './title';

export const STRUCTURE_RULES: Rule[] = [title, requiredSection, sectionOrder, docLength, pipelineField, mvpMarker, stepCount, openQuestions];
