/**
 * DAG layout time: architecture → graph → dagre layout (→ SVG) for a 10-pipeline,
 * 70-step scope, the size the README quotes. The webview redraws after every answer:
 * cold (every group laid out, as when the panel opens) and after an answer that changed one
 * pipeline (the untouched groups reused) bound the latency the DAG adds to each one.
 */
import type { Figure } from './index';
import type { Architecture } from '../src/core/model/architecture';
import { buildGraph, layoutGraph, toSvg } from '../src/core/dag';
import { fraudArchitecture, largeArchitecture } from '../test/unit/dag/architectures';

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median time of `fn` over `runs`; `setup(i)` runs untimed right before each call (5 warm-up calls first). */
function time<T>(runs: number, setup: (i: number) => T, fn: (x: T) => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const x = setup(i);
    const t0 = performance.now();
    fn(x);
    if (i >= 5) samples.push(performance.now() - t0);
  }
  return median(samples);
}

/**
 * `a` with the produced artifact of every step in its first `changed` pipelines marked by
 * `run`: new input to the layout there, so none of those groups is reused.
 */
function marked(a: Architecture, run: number, changed = a.pipelines.length): Architecture {
  return {
    ...a,
    pipelines: a.pipelines.map((p, i) => (i < changed ? { ...p, steps: p.steps.map((s) => ({ ...s, produces: `${s.produces} (run ${run})` })) } : p)),
  };
}

const draw = (a: Architecture) => layoutGraph(buildGraph(a));

export async function run(): Promise<Figure[]> {
  const large = largeArchitecture(10, 70);
  const small = fraudArchitecture();
  const runs = 50;
  // Cold: every group new, as when the panel opens. After an answer: the previous drawing is
  // laid out first, then only the first pipeline changes.
  const cold = (a: Architecture) => (i: number) => marked(a, i);
  const afterAnswer = (i: number) => {
    draw(marked(large, -i - 1));
    return marked(marked(large, -i - 1), i, 1);
  };
  return [
    { name: `DAG layout, 10 pipelines / 70 steps, cold (median of ${runs})`, value: time(runs, cold(large), draw), unit: 'ms' },
    { name: `DAG redraw, 10 / 70, after an answer that changes one pipeline`, value: time(runs, afterAnswer, draw), unit: 'ms' },
    { name: `DAG layout + SVG, 10 pipelines / 70 steps, cold (median of ${runs})`, value: time(runs, cold(large), (a) => toSvg(draw(a))), unit: 'ms' },
    { name: `DAG layout, fraud example: 4 pipelines / 13 steps, cold (median of ${runs})`, value: time(runs, cold(small), draw), unit: 'ms' },
    { name: 'exported SVG, 10 pipelines / 70 steps', value: Buffer.byteLength(toSvg(draw(large))) / 1024, unit: 'KB' },
  ];
}
