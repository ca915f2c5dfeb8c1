/**
 * Structure-aware chunking. A chunk is a contiguous span of the normalised text, short enough to
 * quote, that never splits a sentence, keeps a list with its lead-in sentence, and starts with its
 * section heading when it is the first chunk of that section.
 */
import type { Chunk } from "../domain";
import type { Block, NormalisedText } from "./normalise";
import { sentenceSpans, type Span } from "./sentences";

export interface ChunkOptions {
  /** Chunks grow by whole units up to this many characters. */
  target: number;
  /** A single unit longer than this is split at sentence or item boundaries. */
  max: number;
}

export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { target: 550, max: 800 };

/**
 * A paragraph shorter than this share of the target joins the passage before it even past the
 * target (up to max): a closing line such as "Lagändringarna föreslås träda i kraft den 1 juli
 * 2024." is an afterthought of the paragraph above and, as a passage of its own, has none of the
 * words of its subject.
 */
const AFTERTHOUGHT_SHARE = 0.25;

interface Heading {
  level: number;
  text: string;
}

/**
 * Heading levels: explicit ones from numbering or Markdown. A plain heading sits below the
 * numbered ones, and beside the Markdown heading before it when that one is deeper: a Word export
 * marks some titles "## Syfte" and leaves the next ones plain, and a contact line read as a title
 * after "### Kontakt" must not hold the "### Lagen om tilläggsskatt" after it.
 */
export function headingLevels(blocks: Block[]): Map<Block, number> {
  const levels = new Map<Block, number>();
  const explicit = blocks.some((b) => b.kind === "heading" && b.level === 1);
  const plain = explicit ? 2 : 1;
  let substantialSeen = false;
  let markdownLevel = 0;
  for (const block of blocks) {
    if (block.kind !== "heading") {
      if (block.text.length > 150) substantialSeen = true;
      continue;
    }
    if (levels.size === 0 && !substantialSeen) levels.set(block, 0);
    else levels.set(block, block.level ?? Math.max(plain, markdownLevel));
    if (block.level !== undefined) markdownLevel = /^\d/.test(block.text) ? 0 : block.level;
  }
  return levels;
}

/** Groups blocks that belong together: a lead-in with its list, a table's rows, a paragraph. */
function units(blocks: Block[]): Block[][] {
  const out: Block[][] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    const lastBlock = last?.at(-1);
    const joinsList = block.kind === "item" && lastBlock && (lastBlock.kind === "item" || lastBlock.kind === "paragraph");
    const joinsTable = block.kind === "row" && lastBlock?.kind === "row";
    if (last && (joinsList || joinsTable) && lastBlock?.kind !== "heading") last.push(block);
    else out.push([block]);
  }
  return out;
}

/** Consecutive spans joined while the joined span stays within `target` characters. */
function mergeUpTo(spans: readonly Span[], target: number): Span[] {
  const out: Span[] = [];
  for (const { start, end } of spans) {
    const current = out.at(-1);
    if (current && end - current.start <= target) current.end = end;
    else out.push({ start, end });
  }
  return out;
}

/** Splits an over-long unit at item boundaries (lists) or sentence boundaries (prose). */
function pieces(unit: Block[], text: string, options: ChunkOptions): Span[] {
  const start = unit[0]!.start;
  const end = unit.at(-1)!.end;
  if (end - start <= options.max) return [{ start, end }];
  return mergeUpTo(unit.length > 1 ? unit : sentenceSpans(text, start, end), options.target);
}

export function chunkDocument(docId: string, normalised: NormalisedText, options = DEFAULT_CHUNK_OPTIONS): Chunk[] {
  const { text, blocks } = normalised;
  const levels = headingLevels(blocks);
  const chunks: Chunk[] = [];
  const stack: Heading[] = [];
  let sectionStart: number | null = null;
  let current: Span | null = null;

  const section = () => stack.filter((h) => h.level > 0).map((h) => h.text);
  const emit = () => {
    if (!current) return;
    chunks.push({ docId, section: section(), page: pageAt(blocks, current.start), start: current.start, end: current.end, text: text.slice(current.start, current.end) });
    current = null;
  };

  for (const unit of units(blocks)) {
    const first = unit[0]!;
    if (first.kind === "heading") {
      emit();
      const level = levels.get(first) ?? 1;
      while (stack.length && stack.at(-1)!.level >= level) stack.pop();
      stack.push({ level, text: first.text });
      sectionStart ??= first.start;
      continue;
    }
    for (const piece of pieces(unit, text, options)) {
      const start: number = sectionStart ?? piece.start;
      sectionStart = null;
      const afterthought = piece.end - piece.start < options.target * AFTERTHOUGHT_SHARE;
      if (current && piece.end - current.start <= (afterthought ? options.max : options.target)) {
        current.end = piece.end;
      } else {
        emit();
        current = { start, end: piece.end };
      }
    }
  }
  emit();
  return chunks.length ? chunks : headingsOnly(docId, blocks, text, options);
}

/**
 * A document that is nothing but headings (a title page, a one-line notice) would otherwise have no
 * passages and could never be found or quoted: its headings become the passages.
 */
function headingsOnly(docId: string, blocks: Block[], text: string, options: ChunkOptions): Chunk[] {
  return mergeUpTo(blocks, options.target).map(({ start, end }) => ({ docId, section: [], page: pageAt(blocks, start), start, end, text: text.slice(start, end) }));
}

/** The page of the block holding `offset`. */
function pageAt(blocks: readonly Block[], offset: number): number | null {
  return blocks.find((b) => b.end > offset)?.page ?? null;
}
