/**
 * File loaders: bytes in, per-page raw text out. What a file is comes from its content (see
 * detect.ts); PDF and DOCX parsing runs in a worker thread with a time and memory limit (see
 * isolate.ts); failures are StyrdokErrors whose messages a coordinator can act on.
 */
import { open } from "node:fs/promises";
import path from "node:path";
import { detectFormat } from "./detect";
import { docxFailure, interpretDocx } from "./docx";
import { tooLarge, tooMuchText, unpacksTooLarge } from "./failures";
import { DEFAULT_TIMEOUT_MS, ExtractionFailed, extractIsolated } from "./isolate";
import { interpretPdf, pdfFailure } from "./pdf";
import { loadText } from "./text";
import type { LoadedFile, LoadOptions } from "./types";

export type { LoadedFile, LoadedPage, LoadOptions } from "./types";

export const SUPPORTED_EXTENSIONS: readonly string[] = [".pdf", ".docx", ".txt", ".md", ".markdown"];

/**
 * The most text taken from one file: some 3,000 pages, about half a minute of indexing. Whatever
 * the file's size, normalising, chunking and embedding more would hold up the whole ingest.
 */
export const MAX_TEXT_CHARS = 10_000_000;
/** WordprocessingML spends a few to some twenty bytes of XML per character of text. */
const UNPACKED_BYTES_PER_CHAR = 25;

async function extract(kind: "pdf" | "docx", data: Uint8Array, options: LoadOptions, maxTextChars: number): Promise<LoadedFile> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxUnpackedBytes = maxTextChars * UNPACKED_BYTES_PER_CHAR;
  try {
    const extraction = await extractIsolated({ kind, data, maxUnpackedBytes }, { timeoutMs });
    return extraction.kind === "pdf" ? interpretPdf(extraction) : interpretDocx(extraction);
  } catch (error) {
    if (!(error instanceof ExtractionFailed)) throw error;
    const { unpackedBytes } = error.failure;
    if (unpackedBytes !== undefined) throw unpacksTooLarge(unpackedBytes, maxUnpackedBytes);
    throw kind === "pdf" ? pdfFailure(error.failure) : docxFailure(error.failure);
  }
}

export async function loadBuffer(data: Buffer, fileName: string, options: LoadOptions): Promise<LoadedFile> {
  if (data.byteLength > options.maxBytes) throw tooLarge(data.byteLength, options.maxBytes);
  const maxTextChars = options.maxTextChars ?? MAX_TEXT_CHARS;
  const detected = detectFormat(data, fileName);
  const loaded =
    detected.format === "pdf" || detected.format === "docx"
      ? await extract(detected.format, data, options, maxTextChars)
      : loadText(data, detected.format);
  const chars = loaded.pages.reduce((sum, page) => sum + page.text.length, 0);
  if (chars > maxTextChars) throw tooMuchText(chars, maxTextChars);
  return { ...loaded, warnings: [...detected.warnings, ...loaded.warnings] };
}

/** Checks the size before reading, so a huge file costs a stat, not its bytes in memory. */
export async function loadFile(filePath: string, options: LoadOptions): Promise<LoadedFile> {
  const handle = await open(filePath, "r");
  try {
    const { size } = await handle.stat();
    if (size > options.maxBytes) throw tooLarge(size, options.maxBytes);
    const data = await handle.readFile();
    return await loadBuffer(data, path.basename(filePath), options);
  } finally {
    await handle.close();
  }
}
