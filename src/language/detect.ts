/**
 * Language of a short question: Swedish or English. Evidence, per word, outside the names of public
 * bodies (English questions name Swedish places and agencies: "who follows up international work in
 * Växjö?", "what does Försäkringskassan require?"):
 *   - function words found in only one language's stop word list ("och", "vad" / "the", "what"),
 *     including the ASCII spelling of Swedish ones ("nar" for "när");
 *   - content words known to only one side: the Swedish compound lexicon ("förvaltningarna") or the
 *     English keys of the glossary ("strategy", "funding");
 *   - the letters å, ä, ö.
 * Ties, and questions with no evidence at all, count as Swedish: the documents and most staff are.
 */
import type { Language } from "../domain";
import { isLexiconWord } from "./compounds";
import { isGlossaryWord } from "./glossary";
import { foldDiacritics } from "./normalize";
import { findPublicBodies } from "./public-bodies";
import { stopwords } from "./stopwords";
import { tokenize } from "./tokenize";

const SWEDISH_LETTERS = /[åäö]/;

interface FunctionWords {
  swedish: ReadonlySet<string>;
  english: ReadonlySet<string>;
}

let functionWords: FunctionWords | null = null;

/** Stop words of one language that are not (in any spelling) stop words of the other. */
function loadFunctionWords(): FunctionWords {
  if (functionWords) return functionWords;
  const sv = stopwords("sv");
  const en = stopwords("en");
  const swedish = new Set([...sv, ...[...sv].map(foldDiacritics)].filter((w) => !en.has(w)));
  const english = new Set([...en].filter((w) => !sv.has(w) && !swedish.has(w)));
  functionWords = { swedish, english };
  return functionWords;
}

function wordScore(word: string): number {
  const { swedish, english } = loadFunctionWords();
  if (swedish.has(word)) return 1;
  if (english.has(word)) return -1;
  const swedishWord = isLexiconWord(word);
  const englishWord = isGlossaryWord(word);
  let score = SWEDISH_LETTERS.test(word) ? 1 : 0;
  if (swedishWord && !englishWord) score += 1;
  if (englishWord && !swedishWord) score -= 1;
  return score;
}

/** "sv" or "en" for a question; "sv" when the evidence is even. */
export function detectLanguage(text: string): Language {
  const names = findPublicBodies(text);
  const inName = (offset: number) => names.some((m) => offset >= m.start && offset < m.end);
  let score = 0;
  for (const token of tokenize(text)) {
    if (token.kind === "word" && !inName(token.start)) score += wordScore(token.norm);
  }
  return score < 0 ? "en" : "sv";
}
