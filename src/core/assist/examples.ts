/**
 * Examples are not models. "Real-time predictions such as fraud checks and routing support chats":
 * what follows "such as" illustrates the work before it. A model the reply names only from such an
 * example, with no word in the quote that names a model, is a use the team already serves, not a
 * model with a lifecycle to plan; it is dropped, and the drop is said. ("like" is no opener: "we
 * would like to forecast demand" is a wish, not an example.)
 */
import { MODEL_HEADS } from '../reading/frames';
import type { ModelReading } from './answer';
import { normalise } from './grounding';

/** An example list open before the quote, in the same sentence: "such as", "for example", "e.g.", "including". */
const EXAMPLE_OPEN = /\b(?:such as|for example|for instance|e\.g\.|including)\s+(?:[^.!?;:]*?)$/;

function onlyAnExample(quote: string, description: string): boolean {
  const text = normalise(description);
  const at = text.indexOf(normalise(quote));
  if (at < 0) return false;
  const sentence = text.slice(0, at).split(/(?<!\b(?:e\.g|i\.e))[.!?]\s/).at(-1)!;
  return EXAMPLE_OPEN.test(sentence) && !quote.split(/[\s/-]+/).some((w) => MODEL_HEADS.test(w));
}

export function withoutExamples(m: ModelReading, description: string): { reading: ModelReading; notes: string[] } {
  const examples = m.models.filter((x) => onlyAnExample(x.quote, description));
  return {
    reading: examples.length ? { ...m, models: m.models.filter((x) => !examples.includes(x)) } : m,
    notes: examples.map((x) => `Dropped the model's model "${x.name}": "${x.quote}" is an example of work, not a model the description asks for.`),
  };
}
