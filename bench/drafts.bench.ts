/**
 * How much the drafts are about their own system: the share of draft sentences that occur word
 * for word in five or more drafts of different descriptions (template text), and how many drafts
 * with two or more pipelines land in the method's 80-150 lines. Run on the real-system cases in
 * ../shared/cases when they are there, else on the repository's own description fixtures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftInterview } from '../src/core/interview/autopilot';
import type { Figure } from './index';

const CASES = join(__dirname, '../../shared/cases');
const FIXTURES = join(__dirname, '../test/fixtures/descriptions');
/** A sentence shared by this many drafts reads as template. */
const SHARED_BY = 5;

/** A field label with its value on the lines below ("**Key artifacts**:"): the template's structure, like a heading. */
const BARE_LABEL = /^\s*-\s+\*\*[^*]+\*\*(?:\s+\([^)]*\))?:\s*$/;

/** Sentences of a markdown document: prose lines and list items, split at sentence ends; headings and bare labels dropped. */
export function sentencesOf(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#') && !BARE_LABEL.test(line))
    .flatMap((line) => line.replace(/^\s*(?:[-*]|\d+\.)\s+/, '').split(/(?<=[.?!])\s+(?=[A-Z`])/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function descriptions(): { from: string; texts: string[] } {
  const dir = existsSync(CASES) ? CASES : FIXTURES;
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\s*# source:.*\n/i, ''));
  return { from: dir === CASES ? 'shared/cases' : 'fixtures', texts };
}

export async function run(): Promise<Figure[]> {
  const { from, texts } = descriptions();
  const drafts = texts.flatMap((t) => {
    const r = draftInterview(t);
    return r.ok && r.draft.architecture.pipelines.length ? [r.draft] : [];
  });
  const counts = new Map<string, number>();
  for (const d of drafts) for (const s of new Set(sentencesOf(d.markdown))) counts.set(s, (counts.get(s) ?? 0) + 1);
  const all = drafts.flatMap((d) => sentencesOf(d.markdown));
  const shared = all.filter((s) => (counts.get(s) ?? 0) >= SHARED_BY).length;
  const multi = drafts.filter((d) => d.architecture.pipelines.length >= 2);
  const inRange = multi.filter((d) => {
    const lines = d.markdown.trimEnd().split('\n').length;
    return lines >= 80 && lines <= 150;
  });
  return [
    { name: `draft sentences shared by ${SHARED_BY}+ of ${drafts.length} drafts (${from})`, value: (100 * shared) / Math.max(all.length, 1), unit: '%' },
    { name: `drafts with 2+ pipelines at 80-150 lines (${from})`, value: inRange.length, unit: '', note: `of ${multi.length}` },
  ];
}
