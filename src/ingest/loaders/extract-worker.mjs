/**
 * Runs the third-party parsers (pdf.js via pdf-parse, mammoth, JSZip) on untrusted bytes inside a
 * worker thread, so a file that hangs them or exhausts memory costs one worker, not the ingest.
 * Everything that interprets their output lives in TypeScript on the calling side; see isolate.ts.
 *
 * Plain JavaScript on purpose: the worker starts with an empty execArgv and loads these packages
 * natively. Under tsx every module goes through tsx's loader, which adds about a second per worker
 * for pdf.js's 2 MB of source, and vitest cannot transform TypeScript inside a worker at all.
 * The message shapes are declared in types.ts (`ExtractRequest`, `ExtractResponse`).
 */
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import JSZip from "jszip";
import mammoth from "mammoth";
import { PDFParse, VerbosityLevel } from "pdf-parse";

/**
 * pdf.js needs Adobe's CMaps for CJK fonts with predefined encodings (without them Chinese and
 * Japanese come out empty or as symbols) and the standard font data for unembedded fonts. They ship
 * with pdfjs-dist, which pdf-parse depends on, so resolve it from pdf-parse rather than assume hoisting.
 */
function pdfjsAssetDir() {
  const fromHere = createRequire(import.meta.url);
  const fromPdfParse = createRequire(fromHere.resolve("pdf-parse"));
  return path.dirname(fromPdfParse.resolve("pdfjs-dist/package.json"));
}

/** Pages looked at to tell a scan (pictures) from blank pages when a PDF has no text at all. */
const IMAGE_CHECK_PAGES = 5;

/**
 * Whether any of the first pages paints a picture. Only asked when no page has text: a scan needs
 * OCR, a blank or drawing-only page does not, and the coordinator should hear which.
 */
async function paintsImages(parser, assets) {
  const { OPS } = await import(pathToFileURL(path.join(assets, "legacy/build/pdf.mjs")).href);
  const imageOps = new Set(Object.entries(OPS).filter(([name]) => /Image/.test(name)).map(([, op]) => op));
  const doc = await parser.load();
  for (let n = 1; n <= Math.min(doc.numPages, IMAGE_CHECK_PAGES); n++) {
    const page = await doc.getPage(n);
    const { fnArray } = await page.getOperatorList();
    if (fnArray.some((op) => imageOps.has(op))) return true;
  }
  return false;
}

function isoDate(date) {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

async function pdfInfo(parser) {
  try {
    const result = await parser.getInfo();
    const info = result.info ?? {};
    const dates = result.getDateNode();
    return {
      title: typeof info.Title === "string" ? info.Title : undefined,
      author: typeof info.Author === "string" ? info.Author : undefined,
      created: isoDate(dates.CreationDate) ?? isoDate(dates.XmpCreateDate),
    };
  } catch {
    // A damaged Info dictionary must not cost the text.
    return {};
  }
}

const MAX_WARNINGS = 50;

/**
 * pdf.js reports what it repaired (a rebuilt cross-reference table, an unreadable stream) only as
 * console warnings. Collect them instead of printing them: ingest output stays clean, and the
 * caller can tell a damaged file from a scanned one. This thread parses one file and ends.
 */
function collectWarnings() {
  const warnings = new Set();
  console.warn = (...args) => {
    if (warnings.size < MAX_WARNINGS) warnings.add(args.join(" ").replace(/^Warning: /, ""));
  };
  return warnings;
}

async function extractPdf(data) {
  const assets = pdfjsAssetDir();
  const warnings = collectWarnings();
  const parser = new PDFParse({
    data,
    verbosity: VerbosityLevel.WARNINGS,
    cMapUrl: path.join(assets, "cmaps") + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(assets, "standard_fonts") + path.sep,
    // Text extraction never needs eval (only PDF functions for rendering use it); untrusted input.
    isEvalSupported: false,
  });
  try {
    const text = await parser.getText();
    const pages = text.pages.map((page) => page.text);
    const images = pages.every((page) => page.trim() === "") ? await paintsImages(parser, assets) : null;
    return { kind: "pdf", pages, images, info: await pdfInfo(parser), warnings: [...warnings] };
  } finally {
    await parser.destroy();
  }
}

/** mammoth inlines every image as base64 in the HTML; we drop images, so do not build them. */
const skipImages = mammoth.images.imgElement(async () => ({}));

const styleMap = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** Embedded pictures live under word/media/; linked ones are image relationships of the main part. */
async function hasPictures(zip) {
  if (Object.keys(zip.files).some((name) => name.startsWith("word/media/"))) return true;
  const rels = (await zip.file("word/_rels/document.xml.rels")?.async("string")) ?? "";
  return /relationships\/image"/.test(rels);
}

/**
 * A zip bomb — a small DOCX whose XML unpacks to gigabytes — is refused by the sizes the zip's
 * directory declares, before anything is unpacked. (JSZip checks each part's real size against
 * the declared one as it unpacks, so a lying directory fails there instead.)
 */
function checkUnpackedSize(zip, maxUnpackedBytes) {
  let total = 0;
  for (const entry of Object.values(zip.files)) total += entry._data?.uncompressedSize ?? 0;
  if (total > maxUnpackedBytes) {
    const error = new Error(`unpacks to ${total} bytes`);
    error.name = "UnpackedTooLarge";
    error.unpackedBytes = total;
    throw error;
  }
}

async function extractDocx(data, maxUnpackedBytes = Infinity) {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const zip = await JSZip.loadAsync(buffer);
  checkUnpackedSize(zip, maxUnpackedBytes);
  const coreXml = (await zip.file("docProps/core.xml")?.async("string")) ?? null;
  // Never fetch linked pictures (TargetMode="External"): ingest must not reach out to the network.
  const { value: html } = await mammoth.convertToHtml(
    { buffer },
    { externalFileAccess: false, convertImage: skipImages, styleMap },
  );
  const hasText = html.replace(/<[^>]*>/g, "").trim() !== "";
  // Only read the raw part when mammoth found nothing: the caller falls back to it (Strict OOXML).
  const documentXml = hasText ? null : ((await zip.file("word/document.xml")?.async("string")) ?? null);
  return { kind: "docx", html, coreXml, documentXml, pictures: hasText ? null : await hasPictures(zip) };
}

async function extract({ kind, data, maxUnpackedBytes }) {
  if (kind === "pdf") return extractPdf(data);
  if (kind === "docx") return extractDocx(data, maxUnpackedBytes);
  throw new Error(`unknown extraction kind ${kind}`);
}

if (parentPort) {
  try {
    parentPort.postMessage({ ok: true, result: await extract(workerData) });
  } catch (error) {
    const name = error instanceof Error ? error.name : "Error";
    const message = error instanceof Error ? error.message : String(error);
    parentPort.postMessage({ ok: false, error: { name, message, unpackedBytes: error?.unpackedBytes } });
  }
}
