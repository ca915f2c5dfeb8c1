/** Warnings about the documents an answer rests on: past their revision date, or replaced. */
import type { Language } from "../domain";
import type { DocumentEntry } from "../index/store";
import { isPastRevision, replacedBy } from "./register";

const PAST_REVISION: Record<Language, (title: string, date: string) => string> = {
  sv: (title, date) => `${title} skulle revideras senast ${date}; kontrollera att den fortfarande gäller.`,
  en: (title, date) => `${title} was due for revision by ${date}; check that it still applies.`,
};

const REPLACED: Record<Language, (title: string, by: string) => string> = {
  sv: (title, by) => `${title} har ersatts av ${by}.`,
  en: (title, by) => `${title} has been replaced by ${by}.`,
};

export function documentWarnings(docs: DocumentEntry[], all: readonly DocumentEntry[], language: Language, today: string): string[] {
  const warnings = new Set<string>();
  for (const doc of docs) {
    const newer = replacedBy(doc, all);
    if (newer) warnings.add(REPLACED[language](doc.metadata.title, newer.metadata.title));
    const until = doc.metadata.validUntil;
    if (until && isPastRevision(until, today)) warnings.add(PAST_REVISION[language](doc.metadata.title, until));
  }
  return [...warnings];
}
