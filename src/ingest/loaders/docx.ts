/**
 * DOCX: mammoth's structure (headings, lists, tables, notes) rendered as Markdown-like text, plus
 * the core properties. When mammoth finds no text at all, the raw main part is read instead, so a
 * package mammoth cannot interpret (unusual namespaces, ISO 29500 Strict in older releases) still
 * yields its words.
 */
import { htmlToText } from "./docx-html";
import { coreProperties, documentXmlText } from "./docx-xml";
import { damaged, emptyDocx } from "./failures";
import type { StyrdokError } from "../../errors";
import type { DocxExtraction, LoadedFile } from "./types";

const STRUCTURE_LOST = "Word structure could not be read; text taken without headings, lists or tables";

/** JSZip and mammoth throw plain Errors ("End of central directory not found", "Corrupted zip …"). */
export function docxFailure(error: { name: string; message: string }): StyrdokError {
  return damaged(error.message, error);
}

export function interpretDocx(extraction: DocxExtraction): LoadedFile {
  const properties = extraction.coreXml === null ? {} : coreProperties(extraction.coreXml);
  const text = htmlToText(extraction.html);
  if (text !== "") return { format: "docx", pages: [{ page: null, text }], properties, warnings: [] };
  const raw = extraction.documentXml === null ? "" : documentXmlText(extraction.documentXml);
  if (raw === "") throw emptyDocx(extraction.pictures ?? false);
  return { format: "docx", pages: [{ page: null, text: raw }], properties, warnings: [STRUCTURE_LOST] };
}
