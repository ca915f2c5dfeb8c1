/**
 * What retrieval needs from the language layer, gathered in one object so the engine, the ingest
 * pipeline and tests receive it as a dependency.
 */
import type { Language } from "../domain";
import type { MunicipalityMention } from "../ingest/metadata";
import type { TextAnalyzer } from "../index/text-analyzer";

export interface QueryTerm {
  term: string;
  position: number;
  /** Where the word stands in the analysed text. */
  start: number;
  end: number;
  kind: "word" | "part" | "number" | "id";
}

export interface LanguageKit {
  analyzer: TextAnalyzer;
  /** Terms of a question with positions (for phrase matching); same analysis as documents. */
  queryTerms(text: string): QueryTerm[];
  detectLanguage(text: string): Language;
  /**
   * Glossary matches in an English question: "follow up" → ["uppföljning", "följa upp"], with
   * offsets; `general` marks everyday words ("quick", "reason") as opposed to public-administration terms.
   */
  expandEnglish(text: string): { english: string; swedish: string[]; general: boolean; start: number; end: number; particle?: { start: number; end: number } }[];
  /**
   * Other ways to say analysed Swedish words, given joined by spaces ("snabb", "fatt beslut"), as
   * analysed word sequences ("snabb" → ["skyndsamt"], ["omgaend"]). `written` is the question's
   * word as typed (lower case), which tells "får" from "fara" where their terms are one.
   * `context` is the question and the word's token position in it: a member that is a phrase of
   * the word and stop words ("efter hand") counts only where the question has the phrase.
   */
  synonyms(words: string, written?: string, context?: { text: string; position: number }): readonly string[][];
  /** Broader terms for analysed Swedish words ("kusin" → ["anhorig"]), chosen as `synonyms` chooses. */
  broader(words: string, written?: string, context?: { text: string; position: number }): readonly string[][];
  /**
   * Synonym-set members of two words or more that start with the analysed word ("fatt" →
   * ["fatt", "beslut"]), with how far each word may stand from the one before (token positions).
   */
  synonymPhrasesFrom(term: string): readonly { words: readonly string[]; gaps: readonly number[] }[];
  /** Municipalities and regions named in a text (the bodies documents are scoped by). */
  findMunicipalities(text: string): MunicipalityMention[];
  /** Every public body named: municipalities, regions, agencies, the government and its ministries. */
  findPublicBodies(text: string): MunicipalityMention[];
}
