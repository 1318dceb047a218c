/**
 * compromise (the language layer's tagger) beside wink-nlp (English lite web model, the tagger it
 * replaced), on the same inputs in the same run:
 * - speed: cold load in a fresh node process; median time to tag one of the 24 real-system
 *   descriptions (/work/shared/cases, or $ZENML_SCOPE_CASES) into sentences and parts of speech;
 *   100 KB and 1 MB of the same text, to show the time stays linear;
 * - size: an esbuild bundle (bundle + minify, platform node) of just the library and its model, raw and gzip;
 * - accuracy: coarse part of speech on the hand-made gold set in nlp-gold.ts, and sentence counts
 *   against a hand count for five descriptions.
 * The third column is the language layer itself (`parseText`: compromise plus the repairs in
 * src/core/language/repair.ts, the clauses and negation scope). It reads at most MAX_TEXT
 * (12,000) characters of its input, so on 100 KB and 1 MB it times those first 12,000 only, and
 * its cost per 1,000 characters is taken over what it read. Run alone (`npx tsx bench/nlp.bench.ts`)
 * it prints one table; `npm run bench nlp` prints the same figures in the bench list. wink-nlp is
 * a devDependency for this comparison only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import nlpCompromise from 'compromise';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { MAX_TEXT, parseText } from '../src/core/language';
import type { Figure } from './index';
import { GOLD, SENTENCE_COUNTS, type Coarse, type Kind } from './nlp-gold';

const ROOT = join(__dirname, '..');
const CASES = process.env.ZENML_SCOPE_CASES ?? '/work/shared/cases';
const WINK_PIPES = "['sbd', 'negation', 'pos']"; // the pipes a reader of prose needs: sentences, negation, tags
let winkInstance: ReturnType<typeof winkNLP> | null = null;
/** wink-nlp as the layer used it before the switch to compromise: created once, with only those pipes. */
function wink(): ReturnType<typeof winkNLP> {
  winkInstance ??= winkNLP(winkModel, ['sbd', 'negation', 'pos']);
  return winkInstance;
}

/** The descriptions as the tool sees them: the `# source:` line dropped. */
function descriptions(): Map<string, string> {
  const files = readdirSync(CASES).filter((f) => f.endsWith('.txt')).sort();
  return new Map(files.map((f) => [f, readFileSync(join(CASES, f), 'utf8').replace(/^# source:.*\n/, '').trim()]));
}

// ── The three taggers, each giving sentences of (word, coarse tag) ─────────────────────────────

interface Tagged {
  sentences: number;
  words: { text: string; tag: Coarse }[];
}

const UD: Record<string, Coarse> = { VERB: 'VERB', AUX: 'VERB', NOUN: 'NOUN', PROPN: 'PROPN', ADJ: 'ADJ' };

function winkTag(text: string): Tagged {
  const n = wink();
  const doc = n.readDoc(text);
  const words = doc.tokens().out(n.its.value) as string[];
  const pos = doc.tokens().out(n.its.pos as ItsFunction<string>) as string[];
  return { sentences: doc.sentences().length(), words: words.map((w, i) => ({ text: w, tag: UD[pos[i]!] ?? 'other' })) };
}

/** compromise's tags are a set along its tag tree (#ProperNoun is a #Noun, #Pronoun is a #Noun, #Auxiliary a #Verb). */
function compromiseCoarse(tags: Set<string> | undefined): Coarse {
  if (!tags) return 'other';
  if (tags.has('ProperNoun')) return 'PROPN';
  if (tags.has('Pronoun')) return 'other';
  if (tags.has('Verb')) return 'VERB';
  if (tags.has('Noun')) return 'NOUN';
  if (tags.has('Adjective')) return 'ADJ';
  return 'other';
}

function compromiseTag(text: string): Tagged {
  const doc = nlpCompromise(text).document;
  return { sentences: doc.length, words: doc.flat().map((t) => ({ text: t.text, tag: compromiseCoarse(t.tags) })) };
}

function layerTag(text: string): Tagged {
  const sentences = parseText(text);
  return { sentences: sentences.length, words: sentences.flatMap((s) => s.tokens.map((t) => ({ text: t.text, tag: UD[t.pos] ?? 'other' }))) };
}

/** Just what the benchmark times: sentence boundaries and one tag per word, nothing mapped (the layer: its whole output). */
const RAW = {
  wink: (text: string) => {
    const n = wink();
    const doc = n.readDoc(text);
    return [doc.sentences().length(), doc.tokens().out(n.its.pos as ItsFunction<string>)];
  },
  compromise: (text: string) => {
    const doc = nlpCompromise(text).document;
    return [doc.length, doc.flat().map((t) => t.tags)];
  },
  layer: (text: string) => parseText(text),
};
type Lib = keyof typeof RAW;
const LIBS: Lib[] = ['wink', 'compromise', 'layer'];

// ── Speed ──────────────────────────────────────────────────────────────────────────────────

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function timeOnce(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** require + create the tagger, then the first (lazily initialising) call, in a fresh node process. */
function coldLoad(lib: 'wink' | 'compromise', processes = 5): { load: number; first: number } {
  const load =
    lib === 'wink'
      ? `const w = require('wink-nlp'); const m = require('wink-eng-lite-web-model'); const n = w(m, ${WINK_PIPES});`
      : `const nlp = require('compromise');`;
  const first = lib === 'wink' ? `n.readDoc(s).tokens().out(n.its.pos);` : `nlp(s).document;`;
  const script = `const { performance: p } = require('node:perf_hooks'); const s = 'The model scores each claim.';
    const t0 = p.now(); ${load} const t1 = p.now(); ${first} const t2 = p.now(); console.log(JSON.stringify([t1 - t0, t2 - t1]));`;
  const runs = Array.from({ length: processes }, () => JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' })) as [number, number]);
  return { load: median(runs.map((r) => r[0])), first: median(runs.map((r) => r[1])) };
}

/** Every description tagged `rounds` times by each library, interleaved; median per library over all samples. */
function perDescription(texts: string[], rounds: number): Record<Lib, number> {
  const samples: Record<Lib, number[]> = { wink: [], compromise: [], layer: [] };
  for (let r = 0; r < rounds + 3; r++) {
    for (const text of texts) {
      for (const lib of LIBS) {
        const t = timeOnce(() => RAW[lib](text));
        if (r >= 3) samples[lib].push(t);
      }
    }
  }
  return { wink: median(samples.wink), compromise: median(samples.compromise), layer: median(samples.layer) };
}

/** The descriptions repeated, cut at a paragraph end to at most `chars` characters. */
function corpus(texts: string[], chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; ; i++) {
    const t = texts[i % texts.length]!;
    if (length + t.length + 2 > chars) break;
    parts.push(t);
    length += t.length + 2;
  }
  return parts.join('\n\n');
}

function bulk(text: string, runs: number): Record<Lib, number> {
  const out = {} as Record<Lib, number>;
  for (const lib of LIBS) {
    out[lib] = median(
      Array.from({ length: runs }, () => {
        gc();
        return timeOnce(() => RAW[lib](text));
      }),
    );
  }
  return out;
}

// ── Size ───────────────────────────────────────────────────────────────────────────────────

async function bundleSize(entry: string): Promise<{ raw: number; gzip: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'nlp-bench-'));
  try {
    const outfile = join(dir, 'out.js');
    await build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'js' }, bundle: true, minify: true, platform: 'node', format: 'cjs', outfile, logLevel: 'silent' });
    const code = readFileSync(outfile);
    return { raw: statSync(outfile).size / 1024, gzip: gzipSync(code, { level: 9 }).length / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ── Accuracy ───────────────────────────────────────────────────────────────────────────────

const KINDS: Kind[] = ['verb', 'initial', 'product', 'participle', 'context'];

interface Score {
  right: number;
  total: number;
  byKind: Record<Kind, [right: number, total: number]>;
  /** Target words not found among the tagger's tokens (a tokenisation difference): counted wrong. */
  missing: number;
  errors: string[];
}

function accuracy(tag: (text: string) => Tagged): Score {
  const score: Score = { right: 0, total: 0, byKind: Object.fromEntries(KINDS.map((k) => [k, [0, 0]])) as Score['byKind'], missing: 0, errors: [] };
  for (const sentence of GOLD) {
    const words = tag(sentence.text).words;
    for (const target of sentence.targets) {
      const found = words.filter((w) => w.text === target.word)[target.nth ?? 0];
      const ok = !!found && target.tags.includes(found.tag);
      if (!found) score.missing++;
      if (!ok) score.errors.push(`${target.word}=${found?.tag ?? 'missing'} (want ${target.tags.join('|')})`);
      score.total++;
      score.byKind[target.kind][1]++;
      if (ok) {
        score.right++;
        score.byKind[target.kind][0]++;
      }
    }
  }
  return score;
}

function sentenceAgreement(texts: Map<string, string>, tag: (text: string) => Tagged): { exact: number; off: number; counts: number[] } {
  const counts = Object.keys(SENTENCE_COUNTS).map((f) => tag(texts.get(f) ?? '').sentences);
  const gold = Object.values(SENTENCE_COUNTS);
  return { exact: counts.filter((c, i) => c === gold[i]).length, off: counts.reduce((n, c, i) => n + Math.abs(c - gold[i]!), 0), counts };
}

// ── Everything, once ───────────────────────────────────────────────────────────────────────

interface Row {
  name: string;
  unit: Figure['unit'];
  values: Partial<Record<Lib, number>>;
  /** What the table shows instead of the bare number, e.g. "90.8% (128/141)". */
  shown?: Partial<Record<Lib, string>>;
}

/** A full collection between timed runs, so one library's garbage is not collected on another's clock. */
const gc: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

async function measure(): Promise<Row[]> {
  const texts = descriptions();
  const list = [...texts.values()];
  if (list.length !== 24) throw new Error(`expected 24 descriptions in ${CASES}, found ${list.length}`);
  const words = Math.round(list.reduce((n, t) => n + t.split(/\s+/).length, 0) / list.length);
  const avgChars = list.reduce((n, t) => n + t.length, 0) / list.length;
  const kb100 = corpus(list, 100_000);
  const mb1 = corpus(list, 1_000_000);

  const cold = { wink: coldLoad('wink'), compromise: coldLoad('compromise') };
  const rounds = 20;
  gc();
  const one = perDescription(list, rounds);
  const hundred = bulk(kb100, 5);
  const mega = bulk(mb1, 3);
  const size = {
    wink: await bundleSize(`export { default as winkNLP } from 'wink-nlp'; export { default as model } from 'wink-eng-lite-web-model';`),
    compromise: await bundleSize(`export { default } from 'compromise';`),
    compromiseTwo: await bundleSize(`export { default } from 'compromise/two';`),
  };
  const scores = { wink: accuracy(winkTag), compromise: accuracy(compromiseTag), layer: accuracy(layerTag) };
  const sents = { wink: sentenceAgreement(texts, winkTag), compromise: sentenceAgreement(texts, compromiseTag), layer: sentenceAgreement(texts, layerTag) };
  if (process.env.NLP_BENCH_ERRORS) {
    for (const lib of LIBS) console.log(`${lib} wrong: ${scores[lib].errors.join(', ')}\n${lib} sentences: ${sents[lib].counts.join(' ')} (hand: ${Object.values(SENTENCE_COUNTS).join(' ')})`);
  }

  const each = <T>(f: (l: Lib) => T) => Object.fromEntries(LIBS.map((l) => [l, f(l)])) as Record<Lib, T>;
  const percent = (rt: [number, number]) => (100 * rt[0]) / rt[1];
  const pct = (rt: [number, number]) => `${percent(rt).toFixed(1)}% (${rt[0]}/${rt[1]})`;
  /** The layer reads at most MAX_TEXT characters: its cost per 1,000 is over what it read. */
  const perK = (ms: number, chars: number, l: Lib = 'wink') => ms / ((l === 'layer' ? Math.min(chars, MAX_TEXT) : chars) / 1000);
  const kindName: Record<Kind, string> = {
    verb: 'verbs that look like nouns',
    initial: 'sentence-initial plural nouns',
    product: 'product names mid-sentence',
    participle: 'participles as modifiers (ADJ or VERB)',
    context: 'the words around them',
  };
  return [
    { name: 'cold load: require + create (fresh node, median of 5)', unit: 'ms', values: { wink: cold.wink.load, compromise: cold.compromise.load } },
    { name: '  then the first short sentence', unit: 'ms', values: { wink: cold.wink.first, compromise: cold.compromise.first } },
    { name: `tag one description (~${words} words; median, 24 × ${rounds} runs)`, unit: 'ms', values: one },
    { name: 'tag 100 KB (median of 5; parseText reads 12,000 chars)', unit: 'ms', values: hundred },
    { name: 'tag 1 MB (median of 3; parseText reads 12,000 chars)', unit: 'ms', values: mega },
    {
      name: '  ms per 1,000 chars: description / 100 KB / 1 MB',
      unit: 'ms',
      values: each((l) => perK(mega[l], mb1.length, l)),
      shown: each((l) => [perK(one[l], avgChars, l), perK(hundred[l], kb100.length, l), perK(mega[l], mb1.length, l)].map((x) => x.toFixed(3)).join(' / ')),
    },
    { name: 'bundle: library + model, esbuild minified', unit: 'KB', values: { wink: size.wink.raw, compromise: size.compromise.raw } },
    { name: '  gzip -9', unit: 'KB', values: { wink: size.wink.gzip, compromise: size.compromise.gzip } },
    {
      name: '  compromise/two (tagger only), minified / gzip',
      unit: 'KB',
      values: { compromise: size.compromiseTwo.raw },
      shown: { compromise: `${size.compromiseTwo.raw.toFixed(1)} / ${size.compromiseTwo.gzip.toFixed(1)} KB` },
    },
    {
      name: `gold: coarse POS, ${GOLD.length} sentences, ${scores.wink.total} words`,
      unit: '%',
      values: each((l) => percent([scores[l].right, scores[l].total])),
      shown: each((l) => pct([scores[l].right, scores[l].total])),
    },
    ...KINDS.map((k): Row => ({ name: `  ${kindName[k]}`, unit: '%', values: each((l) => percent(scores[l].byKind[k])), shown: each((l) => pct(scores[l].byKind[k])) })),
    {
      name: 'sentences: descriptions whose count = hand count (of 5)',
      unit: '',
      values: each((l) => sents[l].exact),
      shown: each((l) => `${sents[l].exact}/5 (off by ${sents[l].off})`),
    },
  ];
}

const HEADS: Record<Lib, string> = { wink: 'wink-nlp', compromise: 'compromise', layer: 'parseText' };

function cell(r: Row, l: Lib): string {
  const shown = r.shown?.[l];
  if (shown !== undefined) return shown;
  const v = r.values[l];
  if (v === undefined) return '—';
  return `${v < 10 ? v.toFixed(2) : v.toFixed(1)}${r.unit ? ` ${r.unit}` : ''}`;
}

export async function run(): Promise<Figure[]> {
  // The bench list takes one number per line: wink-nlp's, with compromise's and the layer's in the note.
  return (await measure()).map((r) => {
    const lib = LIBS.find((l) => r.values[l] !== undefined)!;
    const others = LIBS.filter((l) => l !== lib && r.values[l] !== undefined).map((l) => `${HEADS[l]} ${cell(r, l)}`);
    return {
      name: `${lib === 'wink' || r.name.includes(HEADS[lib]) ? '' : `${HEADS[lib]}: `}${r.name.trim()}`,
      value: r.values[lib]!,
      unit: r.unit,
      ...(others.length || r.shown?.[lib] ? { note: [...(r.shown?.[lib] ? [`${HEADS[lib]} ${r.shown[lib]}`] : []), ...others].join('; ') } : {}),
    };
  });
}

async function main(): Promise<void> {
  const rows = await measure();
  const w = [58, 20, 24, 24];
  console.log(`compromise ${pkg('compromise')} (the layer's tagger) vs wink-nlp ${pkg('wink-nlp')} + wink-eng-lite-web-model ${pkg('wink-eng-lite-web-model')}; node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`parseText = the language layer: compromise plus its repairs, clauses and negation (src/core/language), reading at most ${MAX_TEXT.toLocaleString('en')} chars`);
  console.log(['', HEADS.wink, HEADS.compromise, HEADS.layer].map((h, i) => (i ? h.padStart(w[i]!) : h.padEnd(w[0]!))).join(''));
  for (const r of rows) console.log(r.name.padEnd(w[0]!) + LIBS.map((l, i) => cell(r, l).padStart(w[i + 1]!)).join(''));
}

function pkg(name: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
