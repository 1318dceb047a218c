/**
 * Grounding: an item the model read must quote the description. Quotes are compared with case,
 * whitespace, typographic quotes/dashes and surrounding punctuation normalised; an item whose quote
 * does not occur is dropped, and the drop is said, so a hallucinated component never reaches the board.
 */
import type { ModelReading } from './answer';

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.,;:!?…-]+|[\s"'.,;:!?…-]+$/g, '');
}

export function quoted(quote: string, description: string): boolean {
  const q = normalise(quote);
  return q.length > 0 && normalise(description).includes(q);
}

type Quoted = { quote: string };

/** The reading with every unquoted item dropped, and a note per drop. */
export function groundReading(reading: ModelReading, description: string): { reading: ModelReading; notes: string[] } {
  const notes: string[] = [];
  const keep = <T extends Quoted>(items: readonly T[], what: string, label: (item: T) => string): T[] =>
    items.filter((item) => {
      if (quoted(item.quote, description)) return true;
      notes.push(`Dropped the model's ${what} "${label(item)}": its quote "${item.quote}" is not in the description.`);
      return false;
    });
  const team = reading.team.quote !== null && !quoted(reading.team.quote, description);
  if (team) notes.push(`Dropped the model's team reading: its quote "${reading.team.quote}" is not in the description.`);
  const latency = reading.latency !== null && !quoted(reading.latency.quote, description);
  if (latency) notes.push(`Dropped the model's latency budget: its quote "${reading.latency!.quote}" is not in the description.`);
  return {
    reading: {
      ...reading,
      components: keep(reading.components, 'component', (c) => c.name),
      sources: keep(reading.sources, 'data source', (s) => s.name),
      systems: keep(reading.systems, 'system', (s) => s.name),
      models: keep(reading.models, 'model', (m) => m.name),
      tools: keep(reading.tools, 'tool', (t) => t.name),
      readinessSignals: keep(reading.readinessSignals, 'readiness signal', (r) => r.signal),
      unplaced: keep(reading.unplaced, 'unplaced clause', (u) => u.quote),
      team: team ? { engineers: null, roles: [], quote: null } : reading.team,
      latency: latency ? null : reading.latency,
    },
    notes,
  };
}
