/**
 * File loaders: bytes in, per-page raw text out. What a file is comes from its content (see
 * detect.ts); PDF and DOCX parsing runs in a worker thread with a time and memory limit (see
 * isolate.ts); failures are StyrdokErrors whose messages a coordinator can act on.
 */
import { open } from "node:fs/promises";
import path from "node:path";
import { detectFormat } from "./detect";
import { docxFailure, interpretDocx } from "./docx";
import { tooLarge } from "./failures";
import { DEFAULT_TIMEOUT_MS, ExtractionFailed, extractIsolated } from "./isolate";
import { interpretPdf, pdfFailure } from "./pdf";
import { loadText } from "./text";
import type { LoadedFile, LoadOptions } from "./types";

export type { LoadedFile, LoadedPage, LoadOptions } from "./types";

export const SUPPORTED_EXTENSIONS: readonly string[] = [".pdf", ".docx", ".txt", ".md", ".markdown"];

async function extract(kind: "pdf" | "docx", data: Uint8Array, options: LoadOptions): Promise<LoadedFile> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    const extraction = await extractIsolated({ kind, data }, { timeoutMs });
    return extraction.kind === "pdf" ? interpretPdf(extraction) : interpretDocx(extraction);
  } catch (error) {
    if (!(error instanceof ExtractionFailed)) throw error;
    throw kind === "pdf" ? pdfFailure(error.failure) : docxFailure(error.failure);
  }
}

export async function loadBuffer(data: Buffer, fileName: string, options: LoadOptions): Promise<LoadedFile> {
  if (data.byteLength > options.maxBytes) throw tooLarge(data.byteLength, options.maxBytes);
  const detected = detectFormat(data, fileName);
  const loaded =
    detected.format === "pdf" || detected.format === "docx"
      ? await extract(detected.format, data, options)
      : loadText(data, detected.format);
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
