/**
 * Stop words of both languages, from data/stopwords-sv.txt and data/stopwords-en.txt (Snowball lists
 * plus a small marked extension). Question words are stop words for search, but they are exported
 * separately too, because the question side uses them to tell a "who" question from a "when" one.
 */
import type { Language } from "../domain";
import { dataRows } from "./data";
import { foldDiacritics } from "./normalize";
import type { Token } from "./tokenize";

interface StopwordList {
  words: ReadonlySet<string>;
  questionWords: ReadonlySet<string>;
}

const lists = new Map<Language, StopwordList>();

function load(language: Language): StopwordList {
  const cached = lists.get(language);
  if (cached) return cached;
  const rows = dataRows(`stopwords-${language}.txt`);
  const list = {
    words: new Set(rows.map((row) => row[0]!)),
    questionWords: new Set(rows.filter((row) => row[1] === "question").map((row) => row[0]!)),
  };
  lists.set(language, list);
  return list;
}

/** The stop words of one language, lower-case, as listed (with å ä ö). */
export function stopwords(language: Language): ReadonlySet<string> {
  return load(language).words;
}

/** Question words of one language: "vem", "vad", "hur" …; "who", "what", "which" … */
export function questionWords(language: Language): ReadonlySet<string> {
  return load(language).questionWords;
}

let searchStopwords: ReadonlySet<string> | null = null;

/**
 * What the analyzer drops: both languages, since questions come in either and the documents are
 * Swedish, plus the ASCII spelling of every entry ("nar" for "när"). The few collisions with
 * Swedish content words ("by", "most", "far" from "får") cost less than English noise in queries.
 */
export function isSearchStopword(word: string): boolean {
  if (!searchStopwords) {
    const all = [...stopwords("sv"), ...stopwords("en")];
    searchStopwords = new Set([...all, ...all.map(foldDiacritics)]);
  }
  return searchStopwords.has(word);
}

/**
 * Short words that are informal Swedish when typed in lower case on their own ("ska va klar",
 * "va gäller?": vara, vad; "mål o riktlinjer", "vad e taxan", "å andra": och, är, att) but an
 * abbreviation or a name in capitals or in a compound ("VA-plan": vatten och avlopp; "E-hälsa").
 * Only the lower-case, unhyphenated form is dropped.
 */
const INFORMAL_LOWER_CASE: ReadonlySet<string> = new Set(["va", "o", "e", "å"]);

export function isInformalWord(token: Token, next: Token | undefined): boolean {
  return INFORMAL_LOWER_CASE.has(token.text) && !next?.joined;
}
