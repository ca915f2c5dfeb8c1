/**
 * Direct reads of WordprocessingML parts, for what mammoth does not give us: the core properties,
 * and the text of documents mammoth returns empty. Matching is by local name, so the transitional
 * (w: = schemas.openxmlformats.org) and ISO 29500 Strict (purl.oclc.org/ooxml) namespaces, and any
 * prefix a generator chose, all work.
 */
import type { LoadedFile } from "./types";

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The five XML entities and numeric references; HTML from mammoth uses the same subset. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith("#x") || ref.startsWith("#X")) return safeCodePoint(parseInt(ref.slice(2), 16), whole);
    if (ref.startsWith("#")) return safeCodePoint(parseInt(ref.slice(1), 10), whole);
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** A prefix is optional: <w:t>, <t>, <ns0:t>. */
const P = "(?:[\\w.-]+:)?";

/**
 * Text boxes are written twice: as DrawingML inside mc:Choice and as VML inside mc:Fallback for
 * older readers. Keeping only the Choice side keeps their text once.
 */
const FALLBACK = new RegExp(`<${P}Fallback\\b[\\s\\S]*?</${P}Fallback>`, "g");
/** A run's tab is a bare <w:tab/>; tab stops in paragraph properties carry attributes. */
const TEXT_TOKEN = new RegExp(
  `<${P}t(?:\\s[^>]*)?>([^<]*)</${P}t>|<${P}(tab)\\s*/>|<${P}(?:br|cr)\\b[^>]*/>|</${P}(p)>`,
  "g",
);

/** Paragraphs of w:t text (w:delText and w:instrText are other elements and stay out). */
export function documentXmlText(xml: string): string {
  const paragraphs: string[] = [];
  let current = "";
  for (const match of xml.replace(FALLBACK, "").matchAll(TEXT_TOKEN)) {
    const [, text, tab, paragraphEnd] = match;
    if (text !== undefined) current += decodeEntities(text);
    else if (tab !== undefined) current += "\t";
    else if (paragraphEnd === undefined) current += "\n";
    else {
      if (current.trim() !== "") paragraphs.push(current.trim());
      current = "";
    }
  }
  if (current.trim() !== "") paragraphs.push(current.trim());
  return paragraphs.join("\n\n");
}

function element(xml: string, localName: string): string | undefined {
  const pattern = new RegExp(`<${P}${localName}(?:\\s[^>]*)?>([\\s\\S]*?)</${P}${localName}>`);
  const value = pattern.exec(xml)?.[1];
  const text = value === undefined ? "" : decodeEntities(value).trim();
  return text === "" ? undefined : text;
}

function isoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** docProps/core.xml: dc:title, dc:creator, dcterms:created. */
export function coreProperties(xml: string): LoadedFile["properties"] {
  const title = element(xml, "title");
  const author = element(xml, "creator");
  const created = isoDate(element(xml, "created"));
  return { ...(title && { title }), ...(author && { author }), ...(created && { created }) };
}
