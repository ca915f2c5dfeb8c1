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
    return { kind: "pdf", pages, info: await pdfInfo(parser), warnings: [...warnings] };
  } finally {
    await parser.destroy();
  }
}

/** mammoth inlines every image as base64 in the HTML; we drop images, so do not build them. */
const skipImages = mammoth.images.imgElement(async () => ({}));

const styleMap = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

async function extractDocx(data) {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const zip = await JSZip.loadAsync(buffer);
  const coreXml = (await zip.file("docProps/core.xml")?.async("string")) ?? null;
  // Never fetch linked pictures (TargetMode="External"): ingest must not reach out to the network.
  const { value: html } = await mammoth.convertToHtml(
    { buffer },
    { externalFileAccess: false, convertImage: skipImages, styleMap },
  );
  const hasText = html.replace(/<[^>]*>/g, "").trim() !== "";
  // Only read the raw part when mammoth found nothing: the caller falls back to it (Strict OOXML).
  const documentXml = hasText ? null : ((await zip.file("word/document.xml")?.async("string")) ?? null);
  return { kind: "docx", html, coreXml, documentXml };
}

async function extract({ kind, data }) {
  if (kind === "pdf") return extractPdf(data);
  if (kind === "docx") return extractDocx(data);
  throw new Error(`unknown extraction kind ${kind}`);
}

if (parentPort) {
  try {
    parentPort.postMessage({ ok: true, result: await extract(workerData) });
  } catch (error) {
    const name = error instanceof Error ? error.name : "Error";
    const message = error instanceof Error ? error.message : String(error);
    parentPort.postMessage({ ok: false, error: { name, message } });
  }
}
