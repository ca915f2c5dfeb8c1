/**
 * The document register: each governing document with its metadata and a status read from its own
 * text — in force, past its revision date, replaced by a newer document in the corpus, or with no
 * end date stated. The view a coordinator uses to see what is stale (`/styrdok documents`,
 * `GET /api/documents`). It never includes the server's file paths.
 */
import path from "node:path";
import type { DocumentFormat, DocumentMetadata } from "../domain";
import type { DocumentEntry } from "../index/store";

export type DocumentStatus = "current" | "past-revision" | "replaced" | "undated";

/** A document's metadata (without the evidence spans) and what the register adds to it. */
export interface RegisterEntry extends Omit<DocumentMetadata, "evidence"> {
  id: string;
  file: string;
  format: DocumentFormat;
  passages: number;
  status: DocumentStatus;
  /** Id of the document in the corpus that replaces this one. */
  replacedBy: string | null;
}

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\d]+/gu, " ").trim();

interface Replacements {
  /** The documents that say what they replace ("ersätter …"), in register order, that text squashed. */
  replacing: { doc: DocumentEntry; replaces: string }[];
  found: Map<DocumentEntry, DocumentEntry | null>;
}

/**
 * Per document list (an index's manifest is one array for its lifetime), so a question's warnings
 * cost one pass over the documents that replace something, and each answer is worked out once.
 */
const replacementsOf = new WeakMap<readonly DocumentEntry[], Replacements>();

/** The first document whose "ersätter" names older's diarienummer or (a long enough) title. */
function findReplacement(replacing: Replacements["replacing"], older: DocumentEntry): DocumentEntry | null {
  const dnr = older.metadata.diarienummer ? squash(older.metadata.diarienummer) : null;
  const title = squash(older.metadata.title);
  const names = (text: string) => (dnr !== null && text.includes(dnr)) || (title.length > 12 && text.includes(title));
  return replacing.find((r) => r.doc.id !== older.id && names(r.replaces))?.doc ?? null;
}

export function replacedBy(entry: DocumentEntry, all: readonly DocumentEntry[]): DocumentEntry | null {
  let known = replacementsOf.get(all);
  if (!known) {
    const replacing = all.filter((d) => d.metadata.replaces).map((doc) => ({ doc, replaces: squash(doc.metadata.replaces!) }));
    replacementsOf.set(all, (known = { replacing, found: new Map() }));
  }
  let newer = known.found.get(entry);
  if (newer === undefined) known.found.set(entry, (newer = findReplacement(known.replacing, entry)));
  return newer;
}

/** A year or year-month is read as its last day: "2020" is still valid on 2020-06-01. */
function lastDay(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-31`;
  return date;
}

/** Past its revision date once `today` (ISO) is after the last day the document is valid. */
export function isPastRevision(validUntil: string | null, today: string): boolean {
  return Boolean(validUntil) && lastDay(validUntil!) < today;
}

export function documentStatus(entry: DocumentEntry, all: readonly DocumentEntry[], today: string): DocumentStatus {
  if (replacedBy(entry, all)) return "replaced";
  const { validUntil, revision } = entry.metadata;
  if (validUntil) return isPastRevision(validUntil, today) ? "past-revision" : "current";
  // "Tillsvidare", "omprövas varje mandatperiod": in force, with no end date to pass.
  return revision ? "current" : "undated";
}

/** Sorted by municipality, then title, as a register is read. `today` is an ISO date. */
export function documentRegister(all: readonly DocumentEntry[], today: string): RegisterEntry[] {
  return all
    .map((doc): RegisterEntry => {
      const { evidence: _evidence, ...metadata } = doc.metadata;
      return {
        id: doc.id,
        file: path.basename(doc.source),
        ...metadata,
        format: doc.format,
        passages: doc.chunkCount,
        status: documentStatus(doc, all, today),
        replacedBy: replacedBy(doc, all)?.id ?? null,
      };
    })
    .sort((a, b) => (a.municipality ?? "").localeCompare(b.municipality ?? "", "sv") || a.title.localeCompare(b.title, "sv"));
}

/** The municipalities (and other public bodies) the register has documents from, in its order. */
export function registerMunicipalities(register: RegisterEntry[]): string[] {
  return [...new Set(register.map((d) => d.municipality).filter((m): m is string => Boolean(m)))];
}
