/** The language layer as retrieval uses it: Swedish analysis, language detection, glossary, municipalities. */
import type { LanguageKit } from "../retrieve/kit";
import { analyze, analyzeTerms } from "./analyzer";
import { detectLanguage } from "./detect";
import { swedishWords } from "./dictionary";
import { expandQuery } from "./glossary";
import { findLocalBodies, findPublicBodies } from "./public-bodies";
import { broaderOf, synonymPhrasesFrom, synonymsOf } from "./synonyms";

/** Bump when analysis changes in a way that changes terms: indexes built before must be rebuilt. */
export const ANALYZER_VERSION = "sv-snowball-35";

export function createLanguageKit(): LanguageKit {
  const options = { vocabulary: swedishWords() };
  return {
    analyzer: { name: ANALYZER_VERSION, terms: (text) => analyzeTerms(text, options), analyze: (text) => analyze(text, options) },
    queryTerms: (text) => analyze(text, { ...options, question: true }),
    detectLanguage,
    expandEnglish: (text) => expandQuery(text).matches,
    synonyms: synonymsOf,
    broader: broaderOf,
    synonymPhrasesFrom,
    findMunicipalities: findLocalBodies,
    findPublicBodies,
  };
}
