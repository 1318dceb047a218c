/** The DAG's legend: a key only for what the diagram draws, so an absent kind is never explained. */
import type { Layout } from '../../src/core/dag';

interface Key {
  swatch: string;
  label: string;
  drawn: (layout: Layout) => boolean;
}

const KEYS: readonly Key[] = [
  { swatch: 'mvp', label: 'MVP', drawn: (l) => l.clusters.some((c) => c.mvp) },
  { swatch: 'handoff', label: 'model hand-off', drawn: (l) => l.edges.some((e) => e.kind === 'handoff') },
  { swatch: 'dataset', label: 'dataset hand-off', drawn: (l) => l.edges.some((e) => e.kind === 'dataset') },
  { swatch: 'outside', label: 'not a pipeline', drawn: (l) => l.clusters.some((c) => c.kind === 'not-a-pipeline') },
  { swatch: 'deferred', label: 'deferred', drawn: (l) => l.clusters.some((c) => c.kind === 'deferred') },
];

export function Legend({ layout }: { layout: Layout }) {
  const keys = KEYS.filter((k) => k.drawn(layout));
  if (keys.length === 0) return null;
  return (
    <ul class="dag-legend" aria-label="Legend">
      {keys.map((k) => (
        <li key={k.swatch}>
          <span class={`swatch ${k.swatch}`} /> {k.label}
        </li>
      ))}
    </ul>
  );
}
