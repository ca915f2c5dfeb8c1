/** The language layer as retrieval uses it: Swedish analysis, language detection, glossary, municipalities. */
import type { LanguageKit } from "../retrieve/kit";
import { analyze, analyzeTerms } from "./analyzer";
import { detectLanguage } from "./detect";
import { expandQuery } from "./glossary";
import { findMunicipalities } from "./municipalities";
import { findPublicBodies } from "./public-bodies";
import { synonymPhrasesFrom, synonymsOf } from "./synonyms";

/** Bump when analysis changes in a way that changes terms: indexes built before must be rebuilt. */
export const ANALYZER_VERSION = "sv-snowball-2";

export function createLanguageKit(): LanguageKit {
  return {
    analyzer: { name: ANALYZER_VERSION, terms: (text) => analyzeTerms(text), analyze: (text) => analyze(text) },
    queryTerms: (text) => analyze(text),
    detectLanguage,
    expandEnglish: (text) => expandQuery(text).matches,
    synonyms: synonymsOf,
    synonymPhrasesFrom,
    findMunicipalities,
    findPublicBodies,
  };
}
