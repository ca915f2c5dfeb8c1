/**
 * The domain: governing documents (styrdokument), the passages cut from them, and the answers built
 * from those passages. Everything here is plain data, serialisable as JSON.
 */
export type Language = "sv" | "en";

export type DocumentFormat = "pdf" | "docx" | "text" | "markdown";

/** Kinds of governing document, as Swedish municipalities name them. */
export type DocumentType =
  | "strategi"
  | "program"
  | "policy"
  | "riktlinje"
  | "inriktning"
  | "plan"
  | "handlingsplan"
  | "reglemente"
  | "föreskrift"
  | "direktiv"
  | "proposition"
  | "beslut"
  | "övrigt";

/** Where in the normalised text a fact is stated, so an answer can cite it. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface DocumentMetadata {
  title: string;
  /** The municipality or other public body (region, agency) that issued the document. */
  municipality: string | null;
  type: DocumentType | null;
  adoptedBy: string | null;
  /** ISO date (YYYY-MM-DD) the document was adopted, when stated. */
  adoptedOn: string | null;
  /** ISO date after which the document lapses or must be revised, when stated. */
  validUntil: string | null;
  /** Revision rule in words when there is no date ("varje mandatperiod", "tillsvidare"). */
  revision: string | null;
  diarienummer: string | null;
  replaces: string | null;
  owner: string | null;
  sourceUrl: string | null;
  evidence: Partial<Record<MetadataField, Evidence>>;
}

export type MetadataField = Exclude<keyof DocumentMetadata, "evidence">;

/** A page break in the normalised text: `page` starts at character `start`. */
export interface PageStart {
  page: number;
  start: number;
}

export interface GoverningDocument {
  /** Stable id derived from the file name, unique within the corpus. */
  id: string;
  /** Path relative to the corpus directory, with forward slashes. */
  path: string;
  /** sha256 of the file's bytes. */
  hash: string;
  bytes: number;
  format: DocumentFormat;
  metadata: DocumentMetadata;
  /** The normalised text every chunk offset and every quote refers to. */
  text: string;
  pages: PageStart[];
  warnings: string[];
}

/** A passage cut from a document: short enough to quote, with where it came from. */
export interface Chunk {
  docId: string;
  /** Heading path, outermost first. */
  section: string[];
  page: number | null;
  start: number;
  end: number;
  text: string;
}

export interface Citation {
  n: number;
  docId: string;
  title: string;
  municipality: string | null;
  section: string;
  page: number | null;
  /** Always a verbatim span of the document's normalised text. */
  quote: string;
  sourceUrl?: string | null;
}

export interface RankedPassage {
  docId: string;
  title: string;
  municipality: string | null;
  section: string;
  page: number | null;
  text: string;
  score: number;
}

export interface Answer {
  id?: string;
  question: string;
  language: Language;
  abstained: boolean;
  answer: string;
  citations: Citation[];
  passages: RankedPassage[];
  warnings: string[];
}
