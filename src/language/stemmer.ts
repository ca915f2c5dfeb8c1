/**
 * Stemmers.
 *
 * stemSwedish implements the Snowball Swedish stemmer as published at
 * https://snowballstem.org/algorithms/swedish/stemmer.html (the classic algorithm of M. Porter's
 * Snowball project: R1, main suffixes with the s-ending rule, consonant pairs, other suffixes).
 * Snowball 3.0 later added an "-et" rule with exception lists; we keep the classic, widely used form.
 *
 * stemEnglish is deliberately light (plural -s/-es/-ies, -ing, -ed, final -e). It only has to make a
 * question's words meet the English keys of the glossary, and both sides go through the same
 * function, so consistency matters more than linguistic accuracy. Porter2 would conflate more
 * aggressively ("policy"/"police" → "polic", "general"/"generate" → "gener"), which hurts phrase keys.
 */

const SV_VOWELS = new Set("aeiouyäåö");
const SV_S_ENDING = new Set("bcdfghjklmnoprtvy");

/** Longest first, so the first suffix that fits is the longest, as Snowball's `among` requires. */
const SV_MAIN_SUFFIXES = [
  "a", "arna", "erna", "heterna", "orna", "ad", "e", "ade", "ande", "arne", "are", "aste", "en",
  "anden", "aren", "heten", "ern", "ar", "er", "heter", "or", "as", "arnas", "ernas", "ornas", "es",
  "ades", "andes", "ens", "arens", "hetens", "erns", "at", "andet", "het", "ast", "s",
].sort((a, b) => b.length - a.length);
const SV_CONSONANT_PAIRS = new Set(["dd", "gd", "nn", "dt", "gt", "kt", "tt"]);
const SV_OTHER_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ["fullt", "full"], ["löst", "lös"], ["lost", "los"], ["lig", ""], ["els", ""], ["ig", ""],
];

/** Start of R1: after the first non-vowel that follows a vowel, but at least 3 letters in. */
function swedishR1(word: string): number {
  if (word.length < 3) return word.length;
  for (let i = 1; i < word.length; i++) {
    if (SV_VOWELS.has(word[i - 1]!) && !SV_VOWELS.has(word[i]!)) return Math.max(i + 1, 3);
  }
  return word.length;
}

function removeMainSuffix(word: string, r1: number): string {
  for (const suffix of SV_MAIN_SUFFIXES) {
    if (word.length - suffix.length < r1 || !word.endsWith(suffix)) continue;
    if (suffix !== "s") return word.slice(0, -1 * suffix.length);
    // "s" is only an ending after a letter that can carry it (not after a vowel like å, ä, ö, a, e).
    const before = word[word.length - 2];
    return before !== undefined && SV_S_ENDING.has(before) ? word.slice(0, -1) : word;
  }
  return word;
}

function undoubleConsonant(word: string, r1: number): string {
  if (word.length - 2 < r1) return word;
  return SV_CONSONANT_PAIRS.has(word.slice(-2)) ? word.slice(0, -1) : word;
}

function removeOtherSuffix(word: string, r1: number): string {
  for (const [suffix, replacement] of SV_OTHER_SUFFIXES) {
    if (word.length - suffix.length >= r1 && word.endsWith(suffix)) {
      return word.slice(0, word.length - suffix.length) + replacement;
    }
  }
  return word;
}

/** Snowball Swedish stem of a lower-case word: "nämnderna" → "nämnd", "strategier" → "strategi". */
export function stemSwedish(word: string): string {
  const r1 = swedishR1(word);
  if (r1 >= word.length) return word;
  return removeOtherSuffix(undoubleConsonant(removeMainSuffix(word, r1), r1), r1);
}

const EN_VOWEL = /[aeiouy]/;
// Doubled before -ing/-ed ("planned", "running"); not l, s, z, which are doubled in the stem itself.
const EN_DOUBLE_FINAL = /([bdfgkmnprt])\1$/;

/**
 * Whether the base of an English word ends in -e, as far as the word shows it: "care", "cares" →
 * "e"; "car", "cars", "planned" → "none"; "caring", "cared" → "unknown" (care or car?). The light
 * stem drops the -e, so it alone cannot tell "care" from "car" or "site" from "sit".
 */
export type FinalE = "e" | "none" | "unknown";

/** Light English stem of a lower-case word, with what the word shows of a final -e. */
export function englishStem(word: string): { stem: string; finalE: FinalE } {
  if (word.length <= 3) return { stem: word, finalE: word.endsWith("e") ? "e" : "none" };
  let w = word;
  if (w.endsWith("'s") || w.endsWith("’s")) w = w.slice(0, -2);
  if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (/(?:ss|us|is)$/.test(w)) return { stem: w, finalE: "none" }; // "process", "status", "analysis": not plurals
  else if (/(?:sses|shes|ches|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s")) w = w.slice(0, -1);
  // "-es" is a plural of a word in -e ("cares") or of one without ("buses", "churches").
  const plural = w !== word && word.endsWith("es");
  const verb = stripVerbEnding(w, "ing") ?? stripVerbEnding(w, "ed");
  let finalE: FinalE = verb ? (verb.undoubled ? "none" : "unknown") : "none";
  if (verb) w = verb.stem;
  if (w.endsWith("e")) {
    finalE = "e";
    if (w.length > 3) w = w.slice(0, -1);
  }
  return { stem: w, finalE: plural && !verb ? "unknown" : finalE };
}

/** Light English stem of a lower-case word: "follows", "followed", "following" → "follow". */
export function stemEnglish(word: string): string {
  return englishStem(word).stem;
}

/** Removes -ing/-ed when a plausible stem (3+ letters with a vowel) remains; "planned" → "plan". */
function stripVerbEnding(word: string, ending: string): { stem: string; undoubled: boolean } | null {
  if (!word.endsWith(ending)) return null;
  const stem = word.slice(0, -ending.length);
  if (stem.length < 3 || !EN_VOWEL.test(stem)) return null;
  return EN_DOUBLE_FINAL.test(stem) ? { stem: stem.slice(0, -1), undoubled: true } : { stem, undoubled: false };
}

/** Derivations back to a base word: -ied → -y, -ally → -al, -ily → -y, -ly, -est, -er, British -lled. */
const EN_BASE_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/ied$/, "y"],
  [/ically$/, "ic"],
  [/ally$/, "al"],
  [/ily$/, "y"],
  [/ly$/, ""],
  [/(?:est|er)$/, ""],
  [/lled$/, "l"],
  [/lling$/, "l"],
];

/**
 * Other stems an English word may have when its own stem is not known: the base of an adverb,
 * comparative, -ied form or British doubled "l" ("internationally" → international, "copied" →
 * copy, "greenest" → green, "labelled" → label). For looking a word up when its own stem is not
 * found: each reading is only a guess ("order" → "ord").
 */
export function englishBaseStems(word: string): string[] {
  const own = stemEnglish(word);
  return [...new Set(englishBaseWords(word).map(stemEnglish))].filter((stem) => stem !== own);
}

/** The base words behind englishBaseStems: "copied" → copy, "internationally" → international. */
export function englishBaseWords(word: string): string[] {
  const bases = new Set<string>();
  for (const [ending, replacement] of EN_BASE_RULES) {
    if (!ending.test(word)) continue;
    const base = word.replace(ending, replacement);
    if (base.length < 3 || !EN_VOWEL.test(base)) continue;
    bases.add(base);
    if (EN_DOUBLE_FINAL.test(base)) bases.add(base.slice(0, -1));
  }
  return [...bases];
}
