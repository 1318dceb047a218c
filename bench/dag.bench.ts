/**
 * DAG layout time: architecture → graph → dagre layout (→ SVG) for a 10-pipeline,
 * 70-step scope, the size the README quotes. The webview redraws after every answer,
 * so this is the latency the DAG adds to each one.
 */
import type { Figure } from './index';
import { buildGraph, layoutGraph, toSvg } from '../src/core/dag';
import { fraudArchitecture, largeArchitecture } from '../test/unit/dag/architectures';

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function time(runs: number, fn: () => unknown): number {
  for (let i = 0; i < 5; i++) fn(); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

export async function run(): Promise<Figure[]> {
  const large = largeArchitecture(10, 70);
  const small = fraudArchitecture();
  const runs = 50;
  const largeLayout = layoutGraph(buildGraph(large));
  return [
    { name: `DAG layout, 10 pipelines / 70 steps (median of ${runs})`, value: time(runs, () => layoutGraph(buildGraph(large))), unit: 'ms' },
    { name: `DAG layout + SVG, 10 pipelines / 70 steps (median of ${runs})`, value: time(runs, () => toSvg(layoutGraph(buildGraph(large)))), unit: 'ms' },
    { name: `DAG layout, fraud example: 4 pipelines / 13 steps (median of ${runs})`, value: time(runs, () => layoutGraph(buildGraph(small))), unit: 'ms' },
    { name: 'exported SVG, 10 pipelines / 70 steps', value: Buffer.byteLength(toSvg(largeLayout)) / 1024, unit: 'KB' },
  ];
}
