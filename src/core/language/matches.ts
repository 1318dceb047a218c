/**
 * `text.matchAll(re)` without the copy of the pattern `matchAll` makes on every call: the reader
 * runs about a hundred patterns over each clause of a description, and those copies cost more
 * than the matching itself. Same matches, same order, just as lazy.
 *
 * The pattern must be global, and the loop over the matches must not match the same pattern
 * again: the pattern's own position is the cursor (reset when the loop ends, however it ends).
 */
export function* matches(text: string, re: RegExp): Generator<RegExpExecArray> {
  if (!re.global) throw new TypeError(`matches() needs a global pattern: ${re}`);
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // An empty match would be found again at the same place: step over it, as matchAll does.
      if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode);
      yield m;
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** One character on, or one code point in a unicode pattern (a surrogate pair is one). */
function nextIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
