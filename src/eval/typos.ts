/**
 * Questions as staff mistype them, for measuring how much a typo costs (`npm run eval -- --typos
 * SEED`): in each question, the longest lower-case word of seven letters or more gets one typo, two
 * neighbouring letters swapped, one left out or one doubled, at a place and of a kind drawn from a
 * seeded generator, so a seed always gives the same set. Capitalised words (names, places) and
 * shorter words are left alone; a question without a long word is kept as it is.
 */
import { seeded } from "../seeded";

const MIN_LENGTH = 7;

/** The word with one typo at an inner position (never the first two or last two letters). */
function misspell(word: string, random: () => number): string {
  const letters = [...word];
  const at = 2 + Math.floor(random() * (letters.length - 4));
  const kind = Math.floor(random() * 3);
  if (kind === 0) [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!];
  else if (kind === 1) letters.splice(at, 1);
  else letters.splice(at, 0, letters[at]!);
  return letters.join("");
}

/** Each question with one typo in its longest lower-case word, in order; the same seed, the same typos. */
export function withTypos(questions: readonly string[], seed: number): string[] {
  const random = seeded(seed);
  return questions.map((question) => {
    const words = question.match(/\p{Ll}[\p{L}]*/gu)?.filter((w) => [...w].length >= MIN_LENGTH && w === w.toLowerCase()) ?? [];
    if (!words.length) return question;
    const longest = words.reduce((a, b) => ([...b].length > [...a].length ? b : a));
    const typed = misspell(longest, random);
    return question.replace(new RegExp(`(?<!\\p{L})${longest}(?!\\p{L})`, "u"), typed);
  });
}
