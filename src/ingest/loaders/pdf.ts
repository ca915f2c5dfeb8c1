/**
 * PDF: one LoadedPage per page with pdf-parse's raw text (lines joined by "\n"). Headers, footers
 * and hyphenation are left for the normaliser. The parsing itself runs in the extraction worker.
 */
import type { StyrdokError } from "../../errors";
import { blankPdf, damaged, encrypted, garbled, scanned } from "./failures";
import { looksGarbled } from "./garbled";
import type { LoadedFile, PdfExtraction } from "./types";

/** A page counts as garbled on its own when most of its letters are. */
const PAGE_GARBLED_SHARE = 0.5;
const MAX_LISTED_PAGES = 10;
/**
 * pdf.js warnings that mean it had to repair the file's structure, as opposed to font warnings
 * ("CFF stem hints are in wrong order") that healthy files produce all the time.
 */
const STRUCTURE_REPAIRED = /Indexing all PDF objects|indexObjects|XRef|Invalid stream|getAllPageDicts|checkLastPage|circular reference/i;
const REPAIRED_WARNING = "the file is damaged; its text was recovered but some may be missing — export it again if so";

/**
 * pdf.js opens PDFs that are encrypted with an empty user password (permissions only) by itself;
 * it raises PasswordException only when a real password is needed.
 */
export function pdfFailure(error: { name: string; message: string }): StyrdokError {
  if (error.name === "PasswordException") return encrypted();
  return damaged(error.message, error);
}

function pageList(pages: number[]): string {
  if (pages.length > MAX_LISTED_PAGES) return "";
  return `: ${pages.length === 1 ? "page" : "pages"} ${pages.join(", ")}`;
}

function emptyPagesWarning(texts: string[]): string[] {
  const empty = texts.flatMap((text, i) => (text === "" ? [i + 1] : []));
  if (empty.length === 0) return [];
  const verb = empty.length === 1 ? "has" : "have";
  return [
    `${empty.length} of ${texts.length} pages ${verb} no text layer (scanned?)${pageList(empty)} — run OCR`,
  ];
}

function garbledPagesWarning(texts: string[]): string[] {
  const pages = texts.flatMap((text, i) => (looksGarbled(text, PAGE_GARBLED_SHARE) ? [i + 1] : []));
  if (pages.length === 0) return [];
  return [`text looks garbled (custom font encoding) on ${pages.length} of ${texts.length} pages${pageList(pages)}`];
}

function cleanProperty(value: string | undefined): string | undefined {
  const trimmed = value?.replace(/\u0000/g, "").trim();
  return trimmed ? trimmed : undefined;
}

function properties(info: PdfExtraction["info"]): LoadedFile["properties"] {
  const title = cleanProperty(info.title);
  const author = cleanProperty(info.author);
  const created = cleanProperty(info.created);
  return { ...(title && { title }), ...(author && { author }), ...(created && { created }) };
}

export function interpretPdf(extraction: PdfExtraction): LoadedFile {
  // A page of only whitespace has no text layer as far as anyone reading it is concerned.
  const texts = extraction.pages.map((text) => (text.trim() === "" ? "" : text));
  const repaired = extraction.warnings.some((warning) => STRUCTURE_REPAIRED.test(warning));
  // A broken file that yields nothing is damaged, not scanned; blank pages are not a scan either:
  // OCR would help neither.
  if (texts.every((text) => text === "")) {
    if (repaired) throw damaged("no text could be recovered");
    throw extraction.images === false ? blankPdf() : scanned();
  }
  if (looksGarbled(texts.join("\n"))) throw garbled();
  return {
    format: "pdf",
    pages: texts.map((text, i) => ({ page: i + 1, text })),
    properties: properties(extraction.info),
    warnings: [...(repaired ? [REPAIRED_WARNING] : []), ...emptyPagesWarning(texts), ...garbledPagesWarning(texts)],
  };
}
