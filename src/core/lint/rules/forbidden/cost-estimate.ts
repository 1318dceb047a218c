import { costOfADomain, readSystemOutput } from '../../../domain/systemOutput';
import type { Rule } from '../../types';
import type { ProseLine } from './lines';
import { reportRemovals, scan, sentenceTest, type Match } from './removal';

/** "$400", "€1.2k", "3,000 USD", "USD 500", optionally "/month" or "per GPU-hour". */
const MONEY = new RegExp(
  String.raw`(?:~\s*)?(?:[$€£]\s?\d[\d,]*(?:\.\d+)?\s?[kKmM]?\b|\b\d[\d,]*(?:\.\d+)?\s?[kKmM]?\s?(?:USD|EUR|GBP|dollars?|euros?)\b|\b(?:USD|EUR|GBP)\s?\d[\d,]*(?:\.\d+)?[kKmM]?\b)` +
    String.raw`(?:\s?(?:\/|per|a)\s?(?:month|mo|year|yr|day|hour|hr|run|GPU[- ]hour|node[- ]hour)\b)?`,
  'g',
);
const RATE = /(?:\/|per|a)\s?(?:month|mo|year|yr|day|hour|hr|run|GPU[- ]hour|node[- ]hour)\b/;
/** A bare amount per period ("about 300 per month"): money only when the sentence spends it. */
const AMOUNT_PER_PERIOD = /\b\d[\d,]*(?:\.\d+)?\s?[kK]?\s?(?:\/|per|a)\s?(?:month|year|day|hour|GPU[- ]hour)\b/g;

/**
 * Money is only a cost estimate when it prices the system: infrastructure words or a rate.
 * "Flags transactions over $10k" or "a missed fraud costs the bank ~$200" are domain facts.
 */
const INFRA =
  /\b(?:cloud|compute|gpus?|cpus?|tpus?|instances?|clusters?|nodes?|infra(?:structure)?|hosting|servers?|aws|gcp|azure|vertex|sagemaker|ec2|storage|budget|cloud bill|billing|pricing|invoice|training runs?|inference costs?|serving costs?|endpoints?|a100s?|h100s?|v100s?|t4s?)\b/i;

/** Cost talk that estimates even without a currency sign. */
const ESTIMATE_PHRASE = new RegExp(
  [
    String.raw`\b(?:cost|price|pricing|spend|budget)\s+(?:estimates?|estimations?|projections?|forecasts?)\b`,
    String.raw`\bestimated\s+(?:monthly\s+|annual\s+|yearly\s+|cloud\s+|compute\s+|gpu\s+|infra(?:structure)?\s+)?(?:costs?|spend|bill)\b`,
    String.raw`\bGPU[- ]hours?\s+(?:costs?|pricing|at\s+\d)`,
    String.raw`\bcosts?\s+(?:per|\/)\s*GPU[- ]hour\b`,
    String.raw`\b(?:cloud|compute|GPU|infra(?:structure)?|AWS|GCP|Azure|training|inference|serving|storage|hosting)\s+(?:costs?|spend|bill)\s+(?:of|around|about|roughly|approximately|under|below|at|will be|should be|would be|is|are|comes? to)\s*(?:about|around|roughly|~)?\s*(?:~\s*)?(?:\d|a few|several|hundreds|thousands)`,
  ].join('|'),
  'gi',
);

/** A rate with a spending verb prices the system too ("will cost about $400 a month")… */
const SPENDING = /\b(?:cost|costs|costing|run us|pay)\b/i;
/** …unless it is the business problem being quantified ("fraud costs us $2M a year"). */
const BUSINESS = /\b(?:loss|losses|lose|losing|fraud|revenue|saves?|savings|chargebacks?)\b/i;

/**
 * Compute itself, unambiguous even where the system's own output is a price: "pricing", "budget"
 * and "billing" then name the domain ("the pricing model", "the host's budget").
 */
const COMPUTE =
  /\b(?:cloud|compute|gpus?|cpus?|tpus?|instances?|clusters?|nodes?|infra(?:structure)?|hosting|servers?|aws|gcp|azure|vertex|sagemaker|ec2|storage|training runs?|inference costs?|serving costs?|a100s?|h100s?|v100s?|t4s?)\b/i;

// The label counts as context: "Budget: ~$2k/month".
const aboutInfrastructure = sentenceTest((sentence) => INFRA.test(sentence), { withLabel: true });
const aboutCompute = sentenceTest((sentence) => COMPUTE.test(sentence), { withLabel: true });
const spendsMoney = sentenceTest((sentence) => SPENDING.test(sentence) && !BUSINESS.test(sentence));

/** Where the system's own output is money, a figure prices the system only beside compute words. */
function pricesTheSystem(outputIsMoney: boolean) {
  return (p: ProseLine, m: RegExpExecArray): boolean => {
    const end = m.index + m[0].length;
    if (outputIsMoney) return aboutCompute(p, m.index, end);
    return aboutInfrastructure(p, m.index, end) || (RATE.test(m[0]) && spendsMoney(p, m.index, end));
  };
}

export const costEstimate: Rule = {
  slug: 'cost-estimate',
  category: 'forbidden',
  defaultSeverity: 'error',
  docs: {
    checks:
      'Cloud, compute and GPU cost figures: "~$400/month on GPUs", "USD 2,000 per month", "GPU-hour costs", "estimated cloud cost". ' +
      'Money that belongs to the domain ("transactions over $10k", "the cost of false negatives", cost-sensitive learning) is fine, and where the system\'s own output is a price (a fare, a premium, a nightly rate) only figures beside compute words are estimates.',
    why:
      'Cloud costs depend on data volume, instance types, region, pricing tier and negotiated discounts, none of which the scoping ' +
      "stage knows. A wrong figure in an architecture document can drive real budget decisions; the cloud provider's pricing calculator " +
      'is the place for it once resource needs are known.',
    example: '- **Orchestrator requirements**: Vertex AI with one A100 for training, roughly ~$400/month on GPUs.',
    fix: 'Removes the sentence, aside or line that holds the cost figure.',
    source: 'Seed 000/001, "Things to NEVER include": cost estimates.',
  },
  check(ctx) {
    const outputIsMoney = readSystemOutput(ctx.doc).money;
    const accept = pricesTheSystem(outputIsMoney);
    const matches: Match[] = [
      ...scan(ctx.doc, MONEY, accept),
      ...scan(ctx.doc, AMOUNT_PER_PERIOD, (p, m) => (outputIsMoney ? aboutCompute(p, m.index, m.index + m[0].length) : spendsMoney(p, m.index, m.index + m[0].length))),
      // "price estimates" are the product of a pricing system, not an estimate of its cost.
      // So is "the fuel cost estimate" such a system makes, whatever words are near it, and "repair cost
      // estimation" named as work of any system: a domain's cost is what is estimated, not the system's.
      ...scan(ctx.doc, ESTIMATE_PHRASE, (p, m) => !costOfADomain(p.text.slice(0, m.index)) && (!outputIsMoney || aboutCompute(p, m.index, m.index + m[0].length))),
    ].sort(
      (a, b) => a.line - b.line || a.start - b.start,
    );
    reportRemovals(
      ctx,
      matches,
      'Cost estimates depend on data volume, instance types, region, pricing tier and discounts, none of which are known while scoping; ' +
        "a wrong figure can drive real budget decisions. Leave costs to the cloud provider's pricing calculator once resource needs are known.",
      'Remove the cost estimate',
    );
  },
};
