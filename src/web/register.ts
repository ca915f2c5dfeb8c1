/**
 * The document register: what `GET /api/documents` returns and the page lists. Plain metadata of
 * each indexed document plus whether it is past its revision date; never the server's file paths.
 */
import path from "node:path";
import type { DocumentFormat, DocumentType } from "../domain";
import type { DocumentEntry } from "../index/store";

export type DocumentStatus = "current" | "past-revision" | "undated";

export interface RegisterEntry {
  id: string;
  file: string;
  title: string;
  municipality: string | null;
  type: DocumentType | null;
  adoptedBy: string | null;
  adoptedOn: string | null;
  validUntil: string | null;
  revision: string | null;
  diarienummer: string | null;
  replaces: string | null;
  owner: string | null;
  sourceUrl: string | null;
  format: DocumentFormat;
  passages: number;
  status: DocumentStatus;
}

/** A year or year-month is read as its last day: "2020" is still valid on 2020-06-01. */
function lastDay(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-31`;
  return date;
}

export function documentStatus(validUntil: string | null, today: string): DocumentStatus {
  if (!validUntil) return "undated";
  return lastDay(validUntil) < today ? "past-revision" : "current";
}

/** Sorted by municipality, then title, as a register is read. `today` is an ISO date. */
export function documentRegister(documents: DocumentEntry[], today: string): RegisterEntry[] {
  return documents
    .map((doc) => {
      const m = doc.metadata;
      return {
        id: doc.id,
        file: path.basename(doc.source),
        title: m.title,
        municipality: m.municipality,
        type: m.type,
        adoptedBy: m.adoptedBy,
        adoptedOn: m.adoptedOn,
        validUntil: m.validUntil,
        revision: m.revision,
        diarienummer: m.diarienummer,
        replaces: m.replaces,
        owner: m.owner,
        sourceUrl: m.sourceUrl,
        format: doc.format,
        passages: doc.chunkCount,
        status: documentStatus(m.validUntil, today),
      };
    })
    .sort((a, b) => (a.municipality ?? "").localeCompare(b.municipality ?? "", "sv") || a.title.localeCompare(b.title, "sv"));
}

/** The municipalities (and other public bodies) the register has documents from, in its order. */
export function registerMunicipalities(register: RegisterEntry[]): string[] {
  return [...new Set(register.map((d) => d.municipality).filter((m): m is string => Boolean(m)))];
}
