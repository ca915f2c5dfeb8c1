/**
 * Normalisation: raw loader text (per page) → one clean text plus its block structure.
 *
 * Every offset downstream (chunks, quotes, metadata evidence) points into the text built here, so
 * the text is assembled exactly once, block by block, and never edited afterwards.
 */
import type { DocumentFormat, PageStart } from "../domain";
import { cleanPdfPages } from "./pdf-artefacts";
import { parseBlocks, type RawBlock } from "./blocks";


export type BlockKind = "heading" | "paragraph" | "item" | "row";

export interface Block {
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
  page: number | null;
  /** Heading depth (1 = chapter); 0 for the document title. */
  level?: number;
}

export interface NormalisedText {
  text: string;
  blocks: Block[];
  pages: PageStart[];
  /** Front matter of Markdown files (title, url, …), kept out of the text. */
  frontMatter: Record<string, string>;
}

export interface PageInput {
  page: number | null;
  text: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

function readFrontMatter(text: string): { body: string; fields: Record<string, string> } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text, fields: {} };
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? "").split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv?.[1] && kv[2]) fields[kv[1].toLowerCase()] = kv[2].replace(/^["']|["']$/g, "").trim();
  }
  return { body: text.slice(match[0].length), fields };
}

/**
 * Bullets set in Word's Symbol and Wingdings fonts reach PDF text as private-use characters
 * (U+F0B7 for "•", U+F0A7 "▪", U+F0D8 "➢", U+F076 "❖", U+F0FC "✓"). At the start of a line they
 * become "•", so the line is read as a list item and not run into the paragraph above it.
 */
const SYMBOL_FONT_BULLET = /^([ \t]*)[\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uF0E8\uF06C\uF0A8](?=[ \t])/gm;

function withPlainBullets(text: string): string {
  return text.replace(SYMBOL_FONT_BULLET, "$1•");
}

export function normalise(pages: PageInput[], format: DocumentFormat): NormalisedText {
  let frontMatter: Record<string, string> = {};
  let inputs = pages.map((p) => ({ page: p.page, text: withPlainBullets(p.text.replace(/\r\n?/g, "\n")) }));
  if (format === "markdown" && inputs[0]) {
    const { body, fields } = readFrontMatter(inputs[0].text);
    frontMatter = fields;
    inputs[0] = { page: inputs[0].page, text: body };
  }
  if (format === "pdf") inputs = cleanPdfPages(inputs);

  return assemble(parseBlocks(inputs, format), frontMatter);
}

/** Joins blocks into the normalised text: blank line between blocks, one newline inside a list. */
function assemble(raw: RawBlock[], frontMatter: Record<string, string>): NormalisedText {
  let text = "";
  const blocks: Block[] = [];
  const pages: PageStart[] = [];
  let previous: RawBlock | undefined;
  for (const block of raw) {
    if (!block.text) continue;
    if (text) {
      const tight = previous && previous.kind === block.kind && (block.kind === "item" || block.kind === "row");
      text += tight ? "\n" : "\n\n";
    }
    if (block.page !== null && pages.at(-1)?.page !== block.page) pages.push({ page: block.page, start: text.length });
    const start = text.length;
    text += block.text;
    blocks.push({ kind: block.kind, text: block.text, start, end: text.length, page: block.page, level: block.level });
    previous = block;
  }
  return { text, blocks, pages, frontMatter };
}
