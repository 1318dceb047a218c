import type { Rule } from '../../types';
import { reportRemovals, scan } from './removal';

const COMPONENT = String.raw`(?:stack|orchestrator|artifact[- ]store|container[- ]registry|secret|integration|service[- ]connector|step[- ]operator|experiment[- ]tracker|model[- ]deployer|deployer|image[- ]builder|alerter|annotator|data[- ]validator|feature[- ]store|model[- ]registry|code[- ]repository)`;

/** Commands and how-to sentences that set up an environment rather than describe a system. */
const SETUP = new RegExp(
  [
    String.raw`\bzenml\s+${COMPONENT}s?\s+(?:register|create|install|update|set|connect|share|copy|deploy)\b`,
    String.raw`\bzenml\s+(?:init|login|connect|integration\s+install)\b`,
    String.raw`\b(?:pip|pip3)\s+install\b`,
    String.raw`\buv\s+(?:pip\s+install|add)\b`,
    String.raw`\bpoetry\s+add\b`,
    String.raw`\bdocker\s+(?:build|push|run|compose)\b`,
    String.raw`\b(?:write|create|add|build|update|edit|extend)\s+(?:a\s+|the\s+|this\s+|our\s+|your\s+)?(?:custom\s+)?Dockerfile\b`,
    String.raw`\bDockerSettings\b`,
    String.raw`\bdocker\s+settings\b`,
    String.raw`\bparent_image\b`,
    String.raw`\bkubectl\s+[a-z]`,
    String.raw`\bhelm\s+(?:install|upgrade)\b`,
    String.raw`\bterraform\s+(?:apply|init|plan)\b`,
    String.raw`\b(?:configure|set\s+up|setup|register|create)\s+(?:the|a|an|your)\s+(?:\w+\s+){0,2}?${COMPONENT}\s+(?:by|with|using|via)\s+(?:running|executing|the\s+command)\b`,
    String.raw`\bregister\s+(?:the|a|your|a\s+new)\s+(?:\w+\s+)?stack\b`,
    String.raw`\bcreate\s+(?:the|a|an)\s+(?:\w+\s+)?secret\s+(?:for|with|named|called)\b`,
  ].join('|'),
  'gi',
);

export const stackSetup: Rule = {
  slug: 'stack-setup',
  category: 'forbidden',
  defaultSeverity: 'error',
  docs: {
    checks:
      'Stack and environment setup instructions: `zenml stack register`, `zenml orchestrator register`, `zenml secret create`, ' +
      '"configure the orchestrator by running …", Dockerfile or Docker settings, `pip install zenml`, kubectl/helm/terraform commands.',
    why:
      'The architecture document says what to build, not how to set up the environment. Setup commands belong to the implementation ' +
      'phase, go stale as soon as the stack changes, and pull the reader from "is this the right decomposition?" to "which flag was that?". ' +
      'What the orchestrator must provide (GPUs, schedules, Kubernetes) belongs in the Orchestrator requirements field, in prose.',
    example: '- **Orchestrator requirements**: Kubernetes. Run `zenml orchestrator register k8s --flavor=kubernetes` and `zenml stack register prod -o k8s -a gcs`.',
    fix: 'Removes the sentence, aside or line with the instruction.',
    source: 'Seed 000/001, "Things to NEVER include": implementation code, Docker settings, `zenml stack register`, stack setup and operational instructions.',
  },
  check(ctx) {
    reportRemovals(
      ctx,
      scan(ctx.doc, SETUP),
      'Stack and setup instructions belong to the implementation phase: this document says what to build, not how to set up the environment, ' +
        'and commands go stale as soon as the stack changes. State what the orchestrator must provide under "Orchestrator requirements" instead.',
      'Remove the setup instruction',
    );
  },
};
