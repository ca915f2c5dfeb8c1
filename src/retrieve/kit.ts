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
  /** Glossary matches in an English question: "follow up" → ["uppföljning", "följa upp"], with offsets. */
  expandEnglish(text: string): { english: string; swedish: string[]; start: number; end: number }[];
  findMunicipalities(text: string): (MunicipalityMention & { kind?: string })[];
}
