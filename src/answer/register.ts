/**
 * The document register: each governing document with its metadata and its status read from its
 * own text — valid, past its revision date, replaced by a newer document in the corpus, or with no
 * stated validity. The view a coordinator uses to see what is stale.
 */
import type { DocumentMetadata, Language } from "../domain";
import type { DocumentEntry } from "../index/store";

export type DocumentStatus = "valid" | "past-revision" | "replaced" | "no-date";

export interface RegisterEntry {
  docId: string;
  title: string;
  municipality: string | null;
  type: DocumentMetadata["type"];
  adoptedBy: string | null;
  adoptedOn: string | null;
  validUntil: string | null;
  revision: string | null;
  diarienummer: string | null;
  replaces: string | null;
  sourceUrl: string | null;
  status: DocumentStatus;
  /** Id of the document in the corpus that replaces this one, when there is one. */
  replacedBy: string | null;
  passages: number;
}

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\d]+/gu, " ").trim();

/** Whether `newer` says it replaces `older`: its "ersätter" names older's diarienummer or title. */
function replacesDocument(newer: DocumentEntry, older: DocumentEntry): boolean {
  const replaces = newer.metadata.replaces;
  if (!replaces || newer.id === older.id) return false;
  const text = squash(replaces);
  const dnr = older.metadata.diarienummer;
  if (dnr && text.includes(squash(dnr))) return true;
  const title = squash(older.metadata.title);
  return title.length > 12 && text.includes(title);
}

export function replacedBy(entry: DocumentEntry, all: readonly DocumentEntry[]): DocumentEntry | null {
  return all.find((other) => replacesDocument(other, entry)) ?? null;
}

export function documentStatus(entry: DocumentEntry, all: readonly DocumentEntry[], today: string): { status: DocumentStatus; replacedBy: string | null } {
  const newer = replacedBy(entry, all);
  if (newer) return { status: "replaced", replacedBy: newer.id };
  const until = entry.metadata.validUntil;
  if (until && until.length === 10) return { status: until < today ? "past-revision" : "valid", replacedBy: null };
  return { status: entry.metadata.revision ? "valid" : "no-date", replacedBy: null };
}

export function documentRegister(all: readonly DocumentEntry[], today: string): RegisterEntry[] {
  return all
    .map((entry) => {
      const m = entry.metadata;
      return {
        docId: entry.id,
        title: m.title,
        municipality: m.municipality,
        type: m.type,
        adoptedBy: m.adoptedBy,
        adoptedOn: m.adoptedOn,
        validUntil: m.validUntil,
        revision: m.revision,
        diarienummer: m.diarienummer,
        replaces: m.replaces,
        sourceUrl: m.sourceUrl,
        passages: entry.chunkCount,
        ...documentStatus(entry, all, today),
      };
    })
    .sort((a, b) => (a.municipality ?? "").localeCompare(b.municipality ?? "", "sv") || a.title.localeCompare(b.title, "sv"));
}

const STATUS_LABELS: Record<Language, Record<DocumentStatus, string>> = {
  sv: { valid: "gäller", "past-revision": "passerat revideringsdatum", replaced: "ersatt", "no-date": "giltighet anges inte" },
  en: { valid: "valid", "past-revision": "past its revision date", replaced: "replaced", "no-date": "validity not stated" },
};

export function statusLabel(status: DocumentStatus, language: Language): string {
  return STATUS_LABELS[language][status];
}
