/**
 * A general Swedish word list for compound splitting: the words of the hunspell Swedish spelling
 * dictionary (see hunspell.ts). Only lower-case words of five letters or more are kept — proper
 * names and short words ("temper", "ras") would split more than they join — each also in its
 * å/ä/ö-less spelling, since questions are often typed that way ("hogskolepoang").
 */
import { splitCompound, undouble } from "./compounds";
import { hunspellSwedish, parseDic, plainSpellings } from "./hunspell";

const MIN_LENGTH = 5;

interface Dictionary {
  listed: ReadonlySet<string>;
  /** The listed words and their spellings without å/ä/ö. */
  words: Set<string>;
}

let dictionary: Dictionary | undefined;

/** Words of a hunspell .dic file: one "word/FLAGS" a line after the count on the first. */
export function dictionaryWords(dic: string): Set<string> {
  return wordsOf(parseDic(dic)).words;
}

function wordsOf(flags: ReadonlyMap<string, string>): Dictionary {
  const listed = new Set<string>();
  for (const word of flags.keys()) if (word.length >= MIN_LENGTH) listed.add(word);
  const words = new Set(listed);
  // Folding keeps a word's length, so the plain spellings of long words are the long ones.
  for (const plain of plainSpellings(flags).keys()) if (plain.length >= MIN_LENGTH) words.add(plain);
  return { listed, words };
}

function loadDictionary(): Dictionary {
  dictionary ??= wordsOf(hunspellSwedish().flags);
  return dictionary;
}

/** The dictionary's words, also without å/ä/ö, read once. */
export function swedishWords(): ReadonlySet<string> {
  return loadDictionary().words;
}

/** Whether the dictionary lists the lower-case word (five letters or more) as it is written. */
export function isDictionaryWord(word: string): boolean {
  return loadDictionary().listed.has(word);
}

/**
 * Endings Snowball's classic rules leave on a word: the neuter definite and its genitive
 * ("förbudet", "förbudets"), the plural definite of nouns in -e ("ärendena"), an adjective's or
 * a supine's "-t" ("eventuellt", "förbättrat"), and "-n" after a vowel other than "e", -el or -er
 * ("byrån", "regeln").
 */
const LEFT_ENDINGS = ["ets", "et", "nas", "na", "t", "ns", "n"];
/**
 * What a word ends in before a definite "-n": a vowel ("byrån") or -el, -er ("regeln"); not "e",
 * since Snowball removes "-en" itself.
 */
const BEFORE_N = /(?:[aiouyåäö]|el|er)$/;

/**
 * The dictionary word an inflected form is made of, where Snowball leaves the two apart and the
 * lexicon does not know the word: "förbudet" → "förbud", "eventuellt" → "eventuell", "kriteriet"
 * → "kriterie", "svetsjobbet" → "svetsjobb" (a compound of dictionary words), "sjukskrivit" →
 * "sjukskriva". Null when the form is itself a dictionary word ("planet", "paket") or no ending
 * leaves one.
 */
export function dictionaryBaseForm(word: string): string | null {
  const { words } = loadDictionary();
  if (word.length < 7 || words.has(word)) return null;
  // The supine of a strong verb keeps its vowel ("skrivit", "sjukskrivit", "kommit"); Snowball
  // leaves its "-it", so it met neither the infinitive nor the verb's nouns ("sjukskriven").
  if (word.endsWith("it")) {
    const infinitive = `${word.slice(0, -2)}a`;
    if (words.has(infinitive) || splitCompound(infinitive, words).length) return infinitive;
  }
  // The neuter of an adjective ending in a vowel, and a supine of a verb in one, add "-tt"
  // ("rökfritt", "förstått"); Snowball leaves "-t" of it. Words the dictionary lists are read by
  // its own rules first (inflection.ts); this reaches the compounds it does not list.
  if (/[aeiouyåäö]tt$/.test(word)) {
    const base = word.slice(0, -2);
    if (words.has(base) || splitCompound(base, words).length) return base;
  }
  for (const ending of LEFT_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    if (ending.startsWith("na") ? !base.endsWith("e") : ending.startsWith("n") && !BEFORE_N.test(base)) continue;
    if (words.has(base)) return base;
    if (words.has(undouble(base))) return undouble(base);
    // A compound of dictionary words in the definite ("svetsjobbet", "avslutsdatumet"); not for
    // "-t", which ends too many words of their own.
    if (ending !== "t" && splitCompound(base, words).length) return base;
  }
  return null;
}
