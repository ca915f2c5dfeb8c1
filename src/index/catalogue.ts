/**
 * Lookups over a loaded index's documents, built once per index generation rather than once per
 * question: a question that names a municipality, or an answer that cites a document, then costs
 * the same with 10 documents or 10,000.
 */
import { PassageFilter } from "./filter";
import type { DocumentEntry, LoadedIndex } from "./store";

export interface DocumentCatalogue {
  byId: ReadonlyMap<string, DocumentEntry>;
  /** Municipalities (and other public bodies) with documents, in Swedish alphabetical order. */
  municipalities: readonly string[];
  /** Ids of each municipality's documents. */
  idsByMunicipality: ReadonlyMap<string, readonly string[]>;
}

const catalogues = new WeakMap<LoadedIndex, DocumentCatalogue>();

export function documentCatalogue(index: LoadedIndex): DocumentCatalogue {
  let catalogue = catalogues.get(index);
  if (catalogue) return catalogue;
  const byId = new Map<string, DocumentEntry>();
  const idsByMunicipality = new Map<string, string[]>();
  for (const doc of index.manifest.documents) {
    byId.set(doc.id, doc);
    const municipality = doc.metadata.municipality;
    if (!municipality) continue;
    const ids = idsByMunicipality.get(municipality);
    if (ids) ids.push(doc.id);
    else idsByMunicipality.set(municipality, [doc.id]);
  }
  const municipalities = [...idsByMunicipality.keys()].sort((a, b) => a.localeCompare(b, "sv"));
  catalogue = { byId, municipalities, idsByMunicipality };
  catalogues.set(index, catalogue);
  return catalogue;
}

/** The passages of the given documents (ids unknown to the index are ignored). */
export function passagesOf(index: LoadedIndex, documentIds: Iterable<string>): PassageFilter {
  const { byId } = documentCatalogue(index);
  const ranges = [];
  for (const id of documentIds) {
    const doc = byId.get(id);
    if (doc) ranges.push({ start: doc.firstChunk, end: doc.firstChunk + doc.chunkCount });
  }
  return PassageFilter.fromRanges(ranges);
}
