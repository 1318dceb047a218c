/** Content that never belongs in an architecture document (seed: "Things to NEVER include"). */
import type { Rule } from '../../types';
import { codeInDoc } from './code-in-doc';
import { costEstimate } from './cost-estimate';
import { stackSetup } from './stack-setup';
import { timeEstimate } from './time-estimate';
import { weekRoadmap } from './week-roadmap';

export const FORBIDDEN_RULES: Rule[] = [timeEstimate, costEstimate, weekRoadmap, codeInDoc, stackSetup];
