/**
 * PDF text comes as visual lines: running headers and footers on every page, page numbers,
 * words hyphenated at line ends, and no blank lines between paragraphs. This module undoes that,
 * page by page, and hands the block parser text with blank lines between paragraphs.
 */
import { CLOSING_PUNCTUATION, cleanLine, endingIn, LIST_MARKER } from "./clean";

interface PageInput {
  page: number | null;
  text: string;
}

/**
 * A page's number alone on a line: "3", "Sida 3 av 12", "- 3 -", "3 (12)", and the "Sid 1 (1)" of
 * Swedish letter templates, which a one-page letter carries with no running header to give it away.
 */
const PAGE_NUMBER = [
  /^(sida|sid\.?|page|s\.)?\s*\d{1,4}\s*((av|of|\/)\s*\d{1,4})?$/i,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^(sida|sid\.?|page|s\.)?\s*\d{1,4}\s*\(\d{1,4}\)$/i,
  /^\(\d{1,4}\)$/,
];
const EDGE_LINES = 3;
/** Words after which a line-end hyphen is a suspended compound ("kommun- och landsting"), not a break. */
const SUSPENDED = new Set(["och", "eller", "samt", "respektive", "resp.", "till", "som", "and", "or"]);
const LIST_START = new RegExp(`^(${LIST_MARKER})\\s+`);

function signature(line: string): string {
  return line.toLowerCase().replace(/\d+/g, "#");
}

/** Lines that recur at the top or bottom of many pages: running headers and footers. */
function runningLines(pages: string[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map(signature));
    for (const sig of edges) counts.set(sig, (counts.get(sig) ?? 0) + 1);
  }
  const running = new Set<string>();
  if (pages.length < 2) return running;
  for (const [sig, count] of counts) {
    if (count >= 2 && count >= pages.length * 0.5 && sig.length > 0) running.add(sig);
  }
  return running;
}

function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.some((pattern) => pattern.test(line));
}

/** Joins one line onto the paragraph so far, undoing line-end hyphenation where it is one. */
function joinLine(paragraph: string, line: string): string {
  if (!paragraph) return line;
  const hyphenated = /\p{L}-$/u.test(paragraph) && /^\p{Ll}/u.test(line);
  if (hyphenated) {
    const nextWord = line.split(" ")[0] ?? "";
    if (!SUSPENDED.has(nextWord)) return paragraph.slice(0, -1) + line;
  }
  return `${paragraph} ${line}`;
}

function typicalLength(lines: string[]): number {
  const lengths = lines.map((l) => l.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 80;
}

/** The end of a sentence or of a lead-in, and of a sentence only. */
const SENTENCE_END = endingIn(".!?:;");
const FULL_STOP = endingIn(".!?");

/** Rebuilds paragraphs from visual lines: a short line that ends a sentence ends a paragraph. */
function paragraphs(lines: string[]): string {
  const width = typicalLength(lines);
  const out: string[] = [];
  let paragraph = "";
  const flush = () => {
    if (paragraph) out.push(paragraph);
    paragraph = "";
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const short = line.length < width * 0.7;
    const endsSentence = SENTENCE_END.test(line);
    const headingLike = short && !CLOSING_PUNCTUATION.test(line) && next !== undefined && /^[\p{Lu}\d]/u.test(next);
    const title = headingLike && line.length < width * 0.6;
    // A title after a sentence that ran to the line's end ("… övergångsbestämmelser." / "Övriga
    // frågor" / "Utredaren är …") starts a block of its own, as after a short line.
    if (LIST_START.test(line) || (title && FULL_STOP.test(paragraph) && /^\p{Lu}/u.test(line))) flush();
    paragraph = joinLine(paragraph, line);
    if ((short && endsSentence) || title || (next && LIST_START.test(next))) {
      flush();
    }
  }
  flush();
  return out.join("\n\n");
}

export function cleanPdfPages(pages: PageInput[]): PageInput[] {
  const lines = pages.map((p) => p.text.split("\n").map(cleanLine).filter(Boolean));
  const running = runningLines(lines);
  return pages.map((p, i) => {
    const kept = (lines[i] ?? []).filter((line) => !isPageNumber(line) && !running.has(signature(line)));
    return { page: p.page, text: paragraphs(kept) };
  });
}
