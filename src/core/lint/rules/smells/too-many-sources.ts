/**
 * too-many-sources: the MVP lists more data sources than `mvpDataSourcesMax` (default 3).
 * Written as a nested list, each bullet is one source; written inline, the prose is split
 * on `,` `;` and "and" outside parentheses. Either way, an item that states a count
 * ("40 supplier feeds") counts that many.
 */
import { parseCount, tooManySourcesMessage } from '../../../domain/redFlags';
import type { Rule } from '../../types';
import { fieldOrHeading, isMvp, pipelineViews, quoteName } from './pipelineText';

const NOTHING = /^(?:none|n\/a|not decided yet|tbd|-|—)$/i;
const COUNTED = /^(?:about\s+|around\s+|over\s+|~\s*)?(\d{1,4}|[a-z]+)\s+\S/i;

/** The items of a list written as prose, ignoring separators inside parentheses. */
export function splitSources(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  const flush = () => {
    const item = current.trim().replace(/^(?:and|or)\s+/i, '').replace(/[.\s]+$/, '');
    if (item && !NOTHING.test(item)) items.push(item);
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth === 0 && (c === ',' || c === ';')) {
      flush();
      continue;
    }
    if (depth === 0 && /\s/.test(c) && /^\s(?:and|plus)\s/i.test(text.slice(i, i + 6))) {
      flush();
      i += text.slice(i + 1).search(/\s/) + 1;
      continue;
    }
    current += c;
  }
  flush();
  return items;
}

function sourceCount(items: readonly string[]): number {
  return items.reduce((sum, item) => {
    const m = COUNTED.exec(item);
    const n = m ? parseCount(m[1]!) : null;
    return sum + (n !== null && n > 1 ? n : 1);
  }, 0);
}

export const tooManySources: Rule = {
  slug: 'too-many-sources',
  category: 'smell',
  defaultSeverity: 'warning',
  docs: {
    checks: 'The MVP pipeline lists more than `mvpDataSourcesMax` (default 3) data sources.',
    why: "Adding 50 data sources to the first version means 50 potential failure points before you've validated the pipeline works for even one. Start with the 2-3 most important ones, get that working end-to-end, then add sources incrementally: the right abstraction for the rest shows once you understand the pattern.",
    example: '- **Data sources**: Postgres orders, Shopify API, Google Analytics, Zendesk tickets, Mailchimp events',
    fix: 'None: which sources matter most is the team\'s call; move the rest to Deferred / Future Work.',
    source: 'seed 000/001, "We need to handle 50 different data sources" and "How to push back"',
  },
  check({ doc, config, report }) {
    const max = config.thresholds.mvpDataSourcesMax;
    for (const view of pipelineViews(doc)) {
      if (!isMvp(view.p)) continue;
      const listed = view.p.dataSources;
      const items = listed.length === 1 ? splitSources(listed[0]!) : listed;
      const count = sourceCount(items);
      if (count <= max) continue;
      report({
        message: `The MVP ${quoteName(view.p)} lists ${count} data sources. ${tooManySourcesMessage(String(count))}`,
        range: fieldOrHeading(view, 'dataSources'),
      });
    }
  },
};
