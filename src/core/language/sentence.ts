/**
 * The sentence around a position, by its punctuation alone: cut at a full stop or a line break. For
 * readers that look at a phrase's neighbours without tagging the text (a line of a list is a sentence).
 */
export function sentenceAt(text: string, at: number): { text: string; start: number } {
  const start = Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
  const end = text.slice(at).search(/[.\n]/);
  return { text: text.slice(start, end < 0 ? undefined : at + end), start };
}

/**
 * Whether the sentence a position is in ends with a question mark; with `clause`, the clause only:
 * "We're not training from scratch: Whisper, or a vendor?" asks about what follows the colon.
 */
export function endsInQuestion(text: string, at: number, clause = false): boolean {
  const end = text.slice(at, at + 400).search(clause ? /[.!?\n:;]/ : /[.!?\n]/);
  return end >= 0 && text[at + end] === '?';
}
