import { documentCatalogue } from "../index/catalogue";
import type { LoadedIndex } from "../index/store";
import type { LanguageKit } from "./kit";

const documentTermsCache = new WeakMap<LoadedIndex, Map<string, ReadonlySet<string>>>();

/**
 * Terms that name a document as a whole: its title, kind, issuer, reference number and year. A
 * question names its document with them ("the 2016 data protection directive") and the passage
 * that answers it rarely repeats them, so for coverage a passage, and a sentence quoted from it,
 * has its document's terms too (see DOCUMENT_TERM_CREDIT).
 */
export function documentTerms(index: LoadedIndex, kit: LanguageKit, docId: string): ReadonlySet<string> {
  let byDoc = documentTermsCache.get(index);
  if (!byDoc) documentTermsCache.set(index, (byDoc = new Map()));
  let terms = byDoc.get(docId);
  if (!terms) {
    const m = documentCatalogue(index).byId.get(docId)?.metadata;
    const text = m ? [m.title, m.type ?? "", m.municipality ?? "", m.diarienummer ?? "", m.adoptedOn?.slice(0, 4) ?? ""].join(" \n ") : "";
    byDoc.set(docId, (terms = new Set(kit.analyzer.terms(text))));
  }
  return terms;
}
