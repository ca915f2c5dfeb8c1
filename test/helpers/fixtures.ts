/**
 * Generated documents for tests: small, deterministic (fixed dates, no randomness), built from
 * what the test says rather than kept as binary files. Shared by the loader tests and any test
 * that needs a real PDF or DOCX.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateSync } from "node:zlib";
import JSZip from "jszip";
import PDFDocument from "pdfkit";

const FIXED_DATE = new Date("2024-03-01T10:00:00Z");

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

function newPdf(options: { userPassword?: string; title?: string } = {}): PDFKit.PDFDocument {
  return new PDFDocument({
    autoFirstPage: false,
    info: { CreationDate: FIXED_DATE, ...(options.title && { Title: options.title }) },
    // RC4 encryption (PDF 1.4) keys derive from the file ID, which derives from the info: deterministic.
    ...(options.userPassword && { userPassword: options.userPassword, pdfVersion: "1.4" as const }),
  });
}

/** One page per string, in standard Helvetica (WinAnsi: å ä ö and é are fine). */
export async function makePdf(
  pages: string[],
  options: { userPassword?: string; title?: string } = {},
): Promise<Buffer> {
  const doc = newPdf(options);
  for (const text of pages) {
    doc.addPage({ size: "A4", margin: 56 });
    doc.font("Helvetica").fontSize(11).text(text);
  }
  return collect(doc);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A grey `size`×`size` PNG with a darker band: a stand-in for a scanned page. */
export function makePng(size = 64): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Array.from({ length: size }, (_, y) => Buffer.from([0, ...Array<number>(size).fill(y % 8 < 2 ? 60 : 200)]));
  return Buffer.concat([
    Buffer.from("89504e470d0a1a0a", "hex"),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(Buffer.concat(rows))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A page that is one picture and no text, as a scan without OCR looks to a text extractor. */
export async function makeImageOnlyPdf(): Promise<Buffer> {
  const doc = newPdf();
  doc.addPage({ size: "A4" });
  doc.image(makePng(), 56, 56, { width: 480 });
  return collect(doc);
}

/** A page with drawn shapes and neither text nor pictures. */
export async function makeBlankPdf(): Promise<Buffer> {
  const doc = newPdf();
  doc.addPage({ size: "A4" });
  doc.rect(72, 72, 300, 200).fill("#336699");
  doc.circle(300, 500, 80).fill("#cc3333");
  return collect(doc);
}

export type DocxBlock =
  | { heading: 1 | 2 | 3; text: string }
  | { paragraph: string }
  | { bullets: string[] }
  | { numbered: string[] }
  | { table: string[][] };

export interface DocxOptions {
  title?: string;
  author?: string;
  /** ISO 29500 Strict namespaces instead of the transitional ones Word writes by default. */
  strict?: boolean;
  /** A picture in the package (word/media/), as a scanned page pasted into Word has. */
  picture?: boolean;
}

const NS = {
  transitional: {
    w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  },
  strict: {
    w: "http://purl.oclc.org/ooxml/wordprocessingml/main",
    rel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  },
};
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CORE_PROPERTIES_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
const BULLET_LIST = 1;
const NUMBERED_LIST = 2;

function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function paragraph(text: string, properties = ""): string {
  const pPr = properties ? `<w:pPr>${properties}</w:pPr>` : "";
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${xml(text)}</w:t></w:r></w:p>`;
}

function listItems(items: string[], numId: number): string {
  const numbering = `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`;
  return items.map((item) => paragraph(item, numbering)).join("");
}

function table(rows: string[][]): string {
  const cells = (row: string[]): string => row.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join("");
  return `<w:tbl>${rows.map((row) => `<w:tr>${cells(row)}</w:tr>`).join("")}</w:tbl>`;
}

function blockXml(block: DocxBlock): string {
  if ("heading" in block) return paragraph(block.text, `<w:pStyle w:val="Heading${block.heading}"/>`);
  if ("paragraph" in block) return paragraph(block.paragraph);
  if ("bullets" in block) return listItems(block.bullets, BULLET_LIST);
  if ("numbered" in block) return listItems(block.numbered, NUMBERED_LIST);
  return table(block.table);
}

function documentXml(blocks: DocxBlock[], w: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${w}"><w:body>${blocks.map(blockXml).join("")}<w:sectPr/></w:body></w:document>`;
}

function stylesXml(w: string): string {
  const style = (level: number): string =>
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/></w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${w}">${[1, 2, 3].map(style).join("")}</w:styles>`;
}

function numberingXml(w: string): string {
  const level = (format: string, text: string): string =>
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${w}">
<w:abstractNum w:abstractNumId="0">${level("bullet", "•")}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${level("decimal", "%1.")}</w:abstractNum>
<w:num w:numId="${BULLET_LIST}"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="${NUMBERED_LIST}"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;
}

function coreXml(options: DocxOptions): string {
  const title = options.title === undefined ? "" : `<dc:title>${xml(options.title)}</dc:title>`;
  const author = options.author === undefined ? "" : `<dc:creator>${xml(options.author)}</dc:creator>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${title}${author}<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_DATE.toISOString()}</dcterms:created></cp:coreProperties>`;
}

function contentTypes(): string {
  const main = "application/vnd.openxmlformats-officedocument.wordprocessingml";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="${main}.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="${main}.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="${main}.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`;
}

function relationships(entries: [id: string, type: string, target: string][]): string {
  const rels = entries.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PACKAGE_RELS}">${rels.join("")}</Relationships>`;
}

/** A minimal WordprocessingML package, handwritten: headings, paragraphs, lists, tables, core.xml. */
export async function makeDocx(blocks: DocxBlock[], options: DocxOptions = {}): Promise<Buffer> {
  const ns = options.strict ? NS.strict : NS.transitional;
  const zip = new JSZip();
  const add = (name: string, content: string): void => {
    zip.file(name, content, { date: FIXED_DATE, createFolders: false });
  };
  add("[Content_Types].xml", contentTypes());
  add("_rels/.rels", relationships([
    ["rId1", `${ns.rel}/officeDocument`, "word/document.xml"],
    ["rId2", CORE_PROPERTIES_REL, "docProps/core.xml"],
  ]));
  add("word/_rels/document.xml.rels", relationships([
    ["rId1", `${ns.rel}/styles`, "styles.xml"],
    ["rId2", `${ns.rel}/numbering`, "numbering.xml"],
  ]));
  add("word/document.xml", documentXml(blocks, ns.w));
  add("word/styles.xml", stylesXml(ns.w));
  add("word/numbering.xml", numberingXml(ns.w));
  add("docProps/core.xml", coreXml(options));
  if (options.picture) zip.file("word/media/image1.png", makePng(), { date: FIXED_DATE, createFolders: false });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The first `keep` share of a file, as an interrupted download or copy leaves it. */
export function truncated(data: Buffer, keep = 0.5): Buffer {
  return data.subarray(0, Math.floor(data.length * keep));
}

/** The signature of an OLE2 compound file (Word 97–2003 .doc, .xls, .ppt) and an empty header. */
export function legacyOfficeHeader(): Buffer {
  return Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]);
}

/** A temporary folder for files a test writes; remove it with the returned cleanup. */
export async function tempFolder(): Promise<{ dir: string; write: (name: string, data: Buffer) => Promise<string>; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "styrdok-test-"));
  return {
    dir,
    write: async (name, data) => {
      const file = path.join(dir, name);
      await writeFile(file, data);
      return file;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * A PDF written by hand around one page whose content stream is `content`, deflated. With a huge
 * content (many megabytes of text operators that compress to almost nothing) the text extractor
 * works for a very long time: a decompression bomb for the parser's time limit.
 */
export function makeRawPdf(content: Buffer): Buffer {
  const stream = deflateSync(content, { level: 9 });
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    null,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n")];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  const push = (part: Buffer) => {
    parts.push(part);
    length += part.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    if (body !== null) return push(Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`));
    push(Buffer.from(`${i + 1} 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`));
    push(stream);
    push(Buffer.from("\nendstream\nendobj\n"));
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, "0000000000 65535 f \n", ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
  push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** `megabytes` of "show this text" operators: a few KB deflated. */
export function textOperatorFlood(megabytes: number): Buffer {
  const line = Buffer.from("BT /F1 10 Tf 40 800 Td (Kommunstyrelsen ansvarar) Tj ET\n");
  const out = Buffer.alloc(Math.ceil((megabytes * 1024 * 1024) / line.length) * line.length);
  for (let at = 0; at < out.length; at += line.length) line.copy(out, at);
  return out;
}

/**
 * A DOCX whose main part unpacks to `megabytes` of text (a zip bomb within a bound a test can
 * afford). With `lie`, the zip's directory declares the part 1 KB, as crafted bombs do.
 */
export async function makeZipBomb(megabytes: number, options: { lie?: boolean } = {}): Promise<Buffer> {
  const docx = await makeDocx([{ paragraph: "Inledning." }]);
  const zip = await JSZip.loadAsync(docx);
  const run = `<w:p><w:r><w:t>${"a".repeat(4000)}</w:t></w:r></w:p>`;
  const body = run.repeat(Math.ceil((megabytes * 1024 * 1024) / run.length));
  const w = NS.transitional.w;
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${w}"><w:body>${body}</w:body></w:document>`, {
    date: FIXED_DATE,
    createFolders: false,
  });
  const bomb = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
  return options.lie ? understateSize(bomb, "word/document.xml", 1024) : bomb;
}

/** Rewrites the uncompressed size a zip declares for one entry, in its local header and its directory entry. */
function understateSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const nameBytes = Buffer.from(name);
  for (const [signature, sizeAt, nameLengthAt, nameAt] of [[0x04034b50, 22, 26, 30], [0x02014b50, 24, 28, 46]] as const) {
    for (let at = 0; at + nameAt < out.length; at++) {
      if (out.readUInt32LE(at) !== signature) continue;
      const length = out.readUInt16LE(at + nameLengthAt);
      if (out.subarray(at + nameAt, at + nameAt + length).equals(nameBytes)) out.writeUInt32LE(size, at + sizeAt);
    }
  }
  return out;
}
