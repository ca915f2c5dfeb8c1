/**
 * Turns cleaned page text into blocks: headings, paragraphs, list items and table rows.
 *
 * Governing documents reach us as PDF text, DOCX converted to Markdown-like text, or plain text
 * exported by someone else. What they share: blank lines between paragraphs, list items on lines
 * of their own with a marker, and headings as short lines without closing punctuation
 * ("2. Mål", "i) Påverkan och omvärldsbevakning", "Uppföljning").
 */
import type { DocumentFormat } from "../domain";
import { stopwords } from "../language/stopwords";
import { CLOSING_PUNCTUATION, cleanLine, LIST_MARKER } from "./clean";

export interface RawBlock {
  kind: "heading" | "paragraph" | "item" | "row";
  text: string;
  page: number | null;
  level?: number;
}

const PHOTO_CREDIT = /^(foto|fotograf|photo|bild|illustration|omslagsfoto|omslagsbild)\s*[:：]/i;
const BULLET = /^([-–—•▪●◦·*])\s+/;
const NUMBERED_ITEM = /^(\d{1,2})[.)]\s+\S/;
const LETTERED_ITEM = /^([a-hA-H]|[ivx]{1,5})\)\s+\S/;
/**
 * "2 Syfte", "3.1 Hemtjänst", "1 kap. Allmänna bestämmelser": a title after its number starts with a
 * capital, or is a statute's chapter. "3 år", "2 ggr/år" alone on a line are cells of a table.
 */
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\p{Lu}|kap\.)/u;
/** A list marker (also "B)") at the start of a line, then the tab of a hanging indent. */
const MARKER_INDENT = new RegExp(`^(${LIST_MARKER}|[A-H]\\))[ \t]*\t[ \t]*`);
const ROMAN_HEADING = /^([ivx]{1,5}|[a-h])\)\s+\p{Lu}/u;
const MARKDOWN_HEADING = /^(#{1,6})\s+(.+?)\s*#*$/;
const TABLE_SEPARATOR = /^\|?\s*:?-{2,}/;

/**
 * Removes Markdown inline syntax that is presentation, not text: emphasis, links, code, tags, and
 * footnote reference marks ("SoL[^7]." in Markdown, "SoL[footnoteRef:7]." in some Word exports).
 */
export function stripInlineMarkup(line: string): string {
  return line
    .replace(/\[footnoteRef:\d+\]|\[\^\d+\](?!:)/g, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, " ")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\*+/g, "")
    .replace(/(^|\s)_{1,2}(\S[^_]*\S|\S)_{1,2}(?=\s|$|[.,;:!?])/g, "$1$2");
}

function cells(line: string, separator: RegExp): string[] {
  return line
    .split(separator)
    .map((cell) => cleanLine(stripInlineMarkup(cell)))
    .filter(Boolean);
}

function isTableRow(line: string): boolean {
  return line.startsWith("|") && line.lastIndexOf("|") > 0;
}

function itemText(line: string): string {
  const bullet = BULLET.exec(line);
  return bullet ? `- ${line.slice(bullet[0].length)}` : line;
}

function isItemStart(line: string): boolean {
  return BULLET.test(line) || NUMBERED_ITEM.test(line) || LETTERED_ITEM.test(line);
}

/**
 * Longest line read as a heading. A numbered title may run longer ("7. Kommunens yttersta ansvar
 * och ansvarsfördelning mellan folkbokföringskommun, bosättningskommun och vistelsekommun"): its
 * number already marks it, and long compounds make few words many letters.
 */
const HEADING_CHARS = 90;
const NUMBERED_HEADING_CHARS = 130;

/** An e-mail or web address alone on a line: a letter's contact details, never a title. */
const ADDRESS_LINE = /^(\S+@[\p{L}\d-]+(\.[\p{L}\d-]+)+|(https?:\/\/|www\.)\S+)$/iu;

/** A short line standing alone, without closing punctuation, starting like a title. */
function looksLikeHeading(line: string): boolean {
  const numbered = NUMBERED_HEADING.test(line);
  if (line.length > (numbered ? NUMBERED_HEADING_CHARS : HEADING_CHARS) || CLOSING_PUNCTUATION.test(line)) return false;
  if (ADDRESS_LINE.test(line)) return false;
  if (line.split(" ").length > 14) return false;
  return numbered || ROMAN_HEADING.test(line) || /^[\p{Lu}§]/u.test(line);
}

function headingLevel(line: string): number | undefined {
  const numbered = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s/.exec(line);
  if (numbered?.[1]) return numbered[1].split(".").length;
  if (ROMAN_HEADING.test(line)) return 2;
  return undefined;
}

function splitGroups(text: string): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const rawLine of text.split("\n")) {
    // Tabs separate table cells; at the ends of a line, or after a list marker ("•\tanalysera
    // …", a hanging indent), they are only indentation.
    const line = rawLine.trim().replace(MARKER_INDENT, "$1 ").replace(/\t/g, "\u0000");
    if (!line.replace(/\u0000/g, "").trim()) {
      if (current.length) groups.push(current);
      current = [];
      continue;
    }
    if (PHOTO_CREDIT.test(cleanLine(line))) continue;
    current.push(line);
  }
  if (current.length) groups.push(current);
  return groups;
}

/**
 * "Beslutad av: …", or without the space after the colon ("Ikraftträdande:1 januari 2024") when
 * the label has no digits, so "SFS 2023:000" stays a value, not a field "SFS 2023".
 */
const FIELD_LINE = /^\p{Lu}(?:[\p{L}\d /.-]{1,40}:(\s|$)|[\p{L} /.-]{1,40}:(?=\S))/u;

/** A header field line, once inline markup is gone: "Beslutsunderlag: Prop. 2023/24:32". */
export function isFieldLine(line: string): boolean {
  return FIELD_LINE.test(line);
}

/**
 * A header table: "Beslutad av: …" / "Gäller till: …" on consecutive lines, or tab-separated
 * cells, one field per line in the result. A line that is neither continues the field above it
 * (a long value wrapped).
 */
function fieldRows(lines: string[], page: number | null): RawBlock[] | null {
  const isCells = (line: string) => line.includes("\u0000");
  // "**Beslutad av**: …" in Markdown is a field line as much as "Beslutad av: …".
  const isField = (line: string) => isFieldLine(stripInlineMarkup(line));
  const isRowish = (line: string) => isCells(line) || isField(line);
  const first = lines.findIndex(isRowish);
  if (first < 0 || lines.filter(isRowish).length < 2) return null;
  const rows: string[] = [];
  for (const line of lines.slice(first)) {
    if (isCells(line)) rows.push(...cells(line, /\u0000/));
    else if (isField(line) || !rows.length) rows.push(cleanLine(stripInlineMarkup(line)));
    else rows[rows.length - 1] = `${rows.at(-1)} ${cleanLine(stripInlineMarkup(line))}`;
  }
  const lead = cleanLine(stripInlineMarkup(lines.slice(0, first).join(" ")));
  const blocks: RawBlock[] = lead ? [{ kind: "paragraph", text: lead, page }] : [];
  return rows.length ? [...blocks, { kind: "row", text: rows.join("\n"), page }] : null;
}

/** Longest unnumbered line read as a title standing on its paragraph; a paragraph's lines are longer. */
const TITLE_ABOVE_MAX = 60;

/**
 * A title on the line right above its paragraph, in text whose lines are paragraphs (Word saved
 * as plain text, Markdown): "1. God man och förvaltare" / "Bestämmelserna om …", "Samtycke" /
 * "I Botkyrka kommun är det viktigt …". It is a heading: without it, the passages after it kept
 * the section before (a table of contents, whose passages count half in search). An unnumbered
 * one must be shorter than the paragraph line and end in a word that says something, so a
 * hard-wrapped sentence ("Enligt beslut i" / "Kommunfullmäktige …") stays text. PDF text is
 * wrapped and reaches here with its paragraphs' lines joined, so this is not asked of it.
 */
function titleAbove(lines: readonly string[]): string | undefined {
  const [first, next] = lines;
  if (!first || !next || BULLET.test(first) || !looksLikeHeading(first) || !/^\p{Lu}/u.test(next) || isItemStart(next)) return undefined;
  if (!NUMBERED_HEADING.test(first)) {
    const last = first.toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean).at(-1);
    if (first.length > TITLE_ABOVE_MAX || next.length <= TITLE_ABOVE_MAX || !last || stopwords("sv").has(last) || stopwords("en").has(last)) return undefined;
  }
  return cleanLine(stripInlineMarkup(first));
}

/** Blocks of one paragraph group (lines between blank lines). */
function groupBlocks(lines: string[], page: number | null, markdown: boolean): RawBlock[] {
  const fields = fieldRows(lines, page);
  if (fields) return fields;
  const title = markdown && !MARKDOWN_HEADING.test(lines[0] ?? "") ? titleAbove(lines) : undefined;
  if (title) return [{ kind: "heading", text: title, page, level: headingLevel(title) }, ...groupBlocks(lines.slice(1), page, markdown)];
  const blocks: RawBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    const text = cleanLine(stripInlineMarkup(paragraph.join(" ")));
    if (text) blocks.push({ kind: "paragraph", text, page });
    paragraph = [];
  };
  for (const [i, line] of lines.entries()) {
    const heading = markdown ? MARKDOWN_HEADING.exec(line) : null;
    // A numbered title on top of its paragraph, right after a sentence of the paragraph before
    // ("… för varje påbörjad kalendermånad." / "4.4 Servicehus" / "Den som bor på servicehus …").
    const numberedTitle = markdown && i > 0 && NUMBERED_HEADING.test(line) && /[.!?]$/.test(lines[i - 1]!) ? titleAbove(lines.slice(i)) : undefined;
    if (heading?.[1] && heading[2]) {
      flush();
      blocks.push({ kind: "heading", text: cleanLine(stripInlineMarkup(heading[2])), page, level: heading[1].length });
    } else if (numberedTitle) {
      flush();
      blocks.push({ kind: "heading", text: numberedTitle, page, level: headingLevel(numberedTitle) });
    } else if (isTableRow(line)) {
      flush();
      if (TABLE_SEPARATOR.test(line.replace(/^\|/, "").trim()) && !/[\p{L}\d]/u.test(line)) continue;
      const row = cells(line.replace(/\u0000/g, " ").replace(/^\||\|$/g, ""), /\|/);
      if (row.length) blocks.push({ kind: "row", text: row.join("\n"), page });
    } else if (line.includes("\u0000")) {
      flush();
      const row = cells(line, /\u0000/);
      if (row.length) blocks.push({ kind: "row", text: row.join("\n"), page });
    } else if (isItemStart(line)) {
      flush();
      blocks.push({ kind: "item", text: cleanLine(stripInlineMarkup(itemText(line))), page });
    } else if (blocks.at(-1)?.kind === "item" && !paragraph.length && !/[.:;!?]$/.test(blocks.at(-1)!.text)) {
      // A wrapped list item (PDF line breaks) continues the item above.
      const last = blocks.at(-1)!;
      last.text = cleanLine(`${last.text} ${stripInlineMarkup(line)}`);
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

type Marker = "bullet" | "number" | "letter";

function marker(block: RawBlock | undefined): Marker | null {
  if (block?.kind !== "item") return null;
  if (NUMBERED_ITEM.test(block.text)) return "number";
  if (LETTERED_ITEM.test(block.text)) return "letter";
  return "bullet";
}

/** A paragraph cut by a page break mid-sentence continues in the next one; join them again. */
function joinBrokenParagraphs(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (last?.kind === "paragraph" && block.kind === "paragraph" && !/[.!?:;…]$/.test(last.text) && /^\p{Ll}/u.test(block.text)) {
      last.text = `${last.text} ${block.text}`;
    } else {
      out.push(block);
    }
  }
  return out;
}

/** Decides which single-line blocks are headings, now that their neighbours are known. */
function markHeadings(blocks: RawBlock[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    if (block.kind === "item") {
      // "2. Mål" or "i) Påverkan" standing alone between prose is a numbered heading, not a list
      // item, even right after a bullet list.
      const own = marker(block);
      const alone = marker(blocks[i - 1]) !== own && marker(next) !== own;
      const numbered = NUMBERED_ITEM.test(block.text) || ROMAN_HEADING.test(block.text);
      if (alone && numbered && looksLikeHeading(block.text)) {
        block.kind = "heading";
        block.level = headingLevel(block.text);
      }
      continue;
    }
    if (block.kind !== "paragraph" || !looksLikeHeading(block.text)) continue;
    // A short line directly followed by a list is the list's lead-in, not a heading.
    if (next?.kind === "item") continue;
    block.kind = "heading";
    block.level = headingLevel(block.text);
  }
}

export interface PageText {
  page: number | null;
  text: string;
}

export function parseBlocks(pages: PageText[], format: DocumentFormat): RawBlock[] {
  const markdown = format !== "pdf";
  const blocks = joinBrokenParagraphs(
    pages.flatMap(({ text, page }) => splitGroups(text).flatMap((group) => groupBlocks(group, page, markdown))),
  );
  markHeadings(blocks);
  return blocks;
}
