/**
 * Decides what a file is from its bytes, not its name: coordinators rename files, and downloads
 * save error pages as ".pdf". The extension only decides between plain text and Markdown.
 */
import path from "node:path";
import type { DocumentFormat } from "../../domain";
import { legacyWord, unsupported, zipNotWord } from "./failures";

export const TEXT_EXTENSIONS: Readonly<Record<string, DocumentFormat>> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
};

export interface Detected {
  format: DocumentFormat;
  warnings: string[];
}

const PDF_MAGIC = "%PDF-";
/** Many generators put a few bytes before the header; readers accept it within the first 1 KB. */
const PDF_MAGIC_WINDOW = 1024;
/** Local file header, and the end-of-directory record that starts an empty archive. */
const ZIP_MAGICS = ["PK\u0003\u0004", "PK\u0005\u0006"];
const OLE2_MAGIC = "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1";
const RTF_MAGIC = "{\\rtf";
const WORD_MAIN_PART = "word/document.xml";
/** OLE2 containers that are not Word: a generic message fits them better than the .doc advice. */
const OTHER_OLE2_EXTENSIONS = new Set([".xls", ".xlt", ".ppt", ".pps", ".pot", ".msg", ".msi"]);

function latin1(data: Uint8Array, start: number, end: number): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1", start, end);
}

function startsWith(data: Uint8Array, magic: string): boolean {
  return latin1(data, 0, magic.length) === magic;
}

export function isPdf(data: Uint8Array): boolean {
  return latin1(data, 0, PDF_MAGIC_WINDOW).includes(PDF_MAGIC);
}

/** Entry names are stored uncompressed in a zip, so the main part's name can be found as bytes. */
function isWordZip(data: Uint8Array): boolean {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(WORD_MAIN_PART, 0, "latin1");
}

function looksLikeMarkup(data: Uint8Array): boolean {
  return /^\s*<(?:!doctype|html|\?xml)/i.test(latin1(data, 0, 256).replace(/^\u00ef\u00bb\u00bf/, ""));
}

export function extensionOf(fileName: string): string {
  return path.extname(fileName).toLowerCase();
}

function misnamed(ext: string, actual: string): string[] {
  return ext === "" ? [] : [`named ${ext} but it is ${actual}; loaded as ${actual}`];
}

export function detectFormat(data: Uint8Array, fileName: string): Detected {
  const ext = extensionOf(fileName);
  if (isPdf(data)) return { format: "pdf", warnings: ext === ".pdf" ? [] : misnamed(ext, "a PDF") };
  if (ZIP_MAGICS.some((magic) => startsWith(data, magic))) {
    if (!isWordZip(data)) throw zipNotWord();
    return { format: "docx", warnings: ext === ".docx" ? [] : misnamed(ext, "a Word document") };
  }
  if (startsWith(data, OLE2_MAGIC)) throw OTHER_OLE2_EXTENSIONS.has(ext) ? unsupported() : legacyWord();
  if (startsWith(data, RTF_MAGIC)) throw unsupported();
  const textFormat = TEXT_EXTENSIONS[ext];
  if (textFormat) return { format: textFormat, warnings: [] };
  // A ".pdf" or ".docx" holding plain text is loaded as text; one holding a web page is not.
  if ((ext === ".pdf" || ext === ".docx") && !looksLikeMarkup(data)) {
    return { format: "text", warnings: misnamed(ext, "plain text") };
  }
  throw unsupported();
}
