/**
 * Counting words as people write them: "2", "two", "a dozen", "dozens of". Shared by the team
 * reader and the red flags that compare the user's numbers (pipelines, data sources).
 */

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100,
  'a dozen': 12, dozens: 24, hundreds: 200,
};

/** A regex source capturing one count (group 1), digits or words. */
export const COUNT = String.raw`(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a dozen|dozens|hundreds)`;

/** Reads a count written as digits or words; "dozens"/"hundreds" stand for "many". */
export function parseCount(word: string): number | null {
  const w = word.toLowerCase().trim();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}
