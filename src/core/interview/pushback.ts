/**
 * Push-back: the red flags (seed's "Red Flags and Architecture Smells", shared with the linter
 * through domain/redFlags) and the four ways users arrive, turned into notices with the
 * concrete cost. The engine shows each rule at most once per interview.
 */
import { findRedFlags, parseCount, RED_FLAGS, type RedFlagSlug } from '../domain/redFlags';
import type { Notice } from './questions';
import type { ClassifiedComponent } from '../planning/proposals';
import type { Reading } from '../reading/reading';
import { ARRIVAL } from './catalogue';
import { joinList } from '../words';

const EVIDENCE_MAX = 90;

function quote(evidence: string): string {
  const e = evidence.replace(/\s+/g, ' ').trim();
  return e.length > EVIDENCE_MAX ? `${e.slice(0, EVIDENCE_MAX - 1).trimEnd()}…` : e;
}

function redFlagNotice(rule: string, evidence: string, message: string): Notice {
  const flag = RED_FLAGS.find((f) => f.slug === rule);
  const advice = flag && !message.includes(flag.advice) ? ` ${flag.advice}` : '';
  return { rule, tone: 'pushback', message: `You wrote “${quote(evidence)}”. ${message}${advice}` };
}

/**
 * Red flags in one free-text answer. The phrase table reads the text itself (its detectors put
 * the user's own numbers in the message); flags only a refined reading found use the table's words.
 */
export function redFlagNotices(text: string, reading: Reading): Notice[] {
  const found = findRedFlags(text);
  const notices = found.map((f) => redFlagNotice(f.rule, f.evidence, f.message));
  for (const flag of reading.redFlags) {
    if (notices.some((n) => n.rule === flag.rule)) continue;
    const known = RED_FLAGS.find((f) => f.slug === (flag.rule as RedFlagSlug));
    if (known) notices.push(redFlagNotice(flag.rule, flag.evidence, known.message));
  }
  return notices;
}

const PIPELINE_COUNT = /\b(\d{1,3}|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a dozen|dozens)\s+(?:[a-z-]+\s+){0,2}?pipelines\b/gi;
const PREMATURE_AT = 5;
/** The user asks for the pipelines themselves: "lay out the pipelines", "design our pipelines", "which pipelines we need". */
const ASKS_FOR_PIPELINES = /\b(?:lay(?:ing)? out|design(?:ing)?|draw(?:ing)? up|plan(?:ning)?|sketch(?:ing)?|architect(?:ing)?|set(?:ting)? up|build(?:ing)?|which|what)\s+(?:(?:the|our|all|some|a few|those)\s+)?(?:[a-z-]+\s+)?pipelines\b/i;
/** Foggy whatever else is said: "we want to do MLOps", "not sure where to start". */
const FOGGY = /\b(?:do|doing|start(?:ing)? with|get into|set up|introduce|adopt|build out)\s+(?:some\s+|proper\s+)?mlops\b|\bnot sure where to (?:start|begin)\b|\bno idea where to (?:start|begin)\b/i;
/** An MLOps or ML-platform ambition: foggy only when nothing specific (a goal, a component) comes with it. */
const PLATFORM_TALK = /\b(?:ml\s?ops|ml platform|machine[- ]learning platform)\b/i;

/** The user's own word for the ambition, so the redirect never quotes something they did not say. */
function foggyTerm(text: string): string | null {
  const said = PLATFORM_TALK.exec(text)?.[0];
  if (!said) return null;
  return /ops/i.test(said) ? 'MLOps' : /machine/i.test(said) ? 'machine learning platform' : 'ML platform';
}

/** The arrival patterns the red-flag table does not cover: kitchen sink, premature architecture, foggy scope. */
export function arrivalNotices(text: string, reading: Reading, components: readonly ClassifiedComponent[]): Notice[] {
  const notices: Notice[] = [];
  const outside = components.filter((c) => c.recommended === 'not-a-pipeline');
  if (outside.length >= 2) {
    notices.push({ rule: 'kitchen-sink', tone: 'pushback', message: ARRIVAL['kitchen-sink'](joinList(outside.map((c) => c.name.toLowerCase()))) });
  }
  let most = 0;
  for (const m of text.matchAll(PIPELINE_COUNT)) most = Math.max(most, parseCount(m[1]!) ?? 0);
  if (most >= PREMATURE_AT) {
    notices.push({ rule: 'premature-architecture', tone: 'pushback', message: ARRIVAL['premature-architecture'](most) });
  } else if (reading.readinessSignals.length > 0 && ASKS_FOR_PIPELINES.test(text)) {
    notices.push({ rule: 'premature-architecture', tone: 'redirect', message: ARRIVAL['premature-before-approach']() });
  }
  // Text with nothing recognisable and no such talk gets the follow-up question only, not this redirect.
  const vague = reading.goal === 'unknown' && components.length === 0;
  if (FOGGY.test(text) || (vague && PLATFORM_TALK.test(text))) {
    notices.push({ rule: 'foggy-scope', tone: 'redirect', message: ARRIVAL['foggy-scope'](foggyTerm(text)) });
  }
  return notices;
}

/** Adds notices whose rule has not been raised yet; returns what is new. */
export function once(raised: Set<string>, notices: readonly Notice[]): Notice[] {
  const fresh: Notice[] = [];
  for (const n of notices) {
    if (raised.has(n.rule)) continue;
    raised.add(n.rule);
    fresh.push(n);
  }
  return fresh;
}
