import type { DocumentFormat } from "../../domain";

export interface LoadedPage {
  /** 1-based page number for PDF; null for formats without pages. */
  page: number | null;
  text: string;
}

export interface LoadedFile {
  format: DocumentFormat;
  /** PDF: one per page, in order. Other formats: exactly one, with page null. */
  pages: LoadedPage[];
  /** From the PDF Info dictionary or the DOCX core properties, when present. */
  properties: { title?: string; author?: string; created?: string };
  /** Human-readable notes on what was loaded imperfectly. */
  warnings: string[];
}

export interface LoadOptions {
  /** Larger files are refused before they are read. */
  maxBytes: number;
  /** Wall-clock limit for parsing one PDF or DOCX; defaults to 60 000 ms (as PARSE_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Most text taken from one file; defaults to MAX_TEXT_CHARS. */
  maxTextChars?: number;
}

/** What the extraction worker is asked to do (see extract-worker.mjs). */
export interface ExtractRequest {
  kind: "pdf" | "docx";
  data: Uint8Array;
  /** DOCX: the most its parts may unpack to, by the sizes the zip declares (default: no limit). */
  maxUnpackedBytes?: number;
}

export interface PdfExtraction {
  kind: "pdf";
  /** Raw text of each page as pdf-parse joins it: lines separated by "\n". */
  pages: string[];
  info: { title?: string; author?: string; created?: string };
  /** When no page has text: whether the first pages paint pictures (a scan). Null otherwise. */
  images: boolean | null;
  /** pdf.js' own warnings, e.g. "Indexing all PDF objects" when it rebuilt a broken file. */
  warnings: string[];
}

export interface DocxExtraction {
  kind: "docx";
  /** mammoth's HTML for the document body, footnotes and endnotes. */
  html: string;
  coreXml: string | null;
  /** The raw main part, only when mammoth's HTML holds no text. */
  documentXml: string | null;
  /** Only when mammoth's HTML holds no text: whether the package has pictures (embedded or linked). */
  pictures: boolean | null;
}

export type Extraction = PdfExtraction | DocxExtraction;

export type ExtractResponse =
  | { ok: true; result: Extraction }
  | { ok: false; error: ExtractError };

/** The parser's own error; `unpackedBytes` when a DOCX would unpack to more than allowed. */
export interface ExtractError {
  name: string;
  message: string;
  unpackedBytes?: number;
}
