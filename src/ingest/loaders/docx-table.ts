/**
 * Word tables as Markdown rows (`| cell | cell |`). Two kinds of table need care:
 * - spans: Markdown cannot span cells, so a colspan is padded with empty cells to its right and a
 *   rowspan leaves empty cells below it; every cell stays in its column;
 * - layout tables: court rulings and templates put whole sections of prose in one cell. A row with
 *   such a cell is rendered as ordinary blocks (paragraphs, headings, lists), not squeezed into a
 *   single table line, so paragraph boundaries survive for the chunker.
 * Nested tables inside a data cell are flattened into the cell's text.
 */
import { childElements, type Element, isElement, oneLine, pieces } from "./mammoth-html";

/** A cell with at least this many paragraphs and characters is layout, not data. */
const LAYOUT_CELL_MIN_BLOCKS = 2;
const LAYOUT_CELL_MIN_CHARS = 400;

export type RenderBlocks = (element: Element) => string[];

function tableRows(table: Element): Element[] {
  return table.children.filter(isElement).flatMap((child) => {
    if (child.tag === "tr") return [child];
    return child.tag === "table" ? [] : tableRows(child); // thead, tbody
  });
}

function cellsOf(row: Element): Element[] {
  return childElements(row, "td", "th");
}

function cellText(cell: Element): string {
  return oneLine(pieces(cell.children).join(" ")).replace(/\|/g, "\\|");
}

function span(cell: Element, attribute: "colspan" | "rowspan"): number {
  return Math.max(1, Number.parseInt(cell.attrs[attribute] ?? "1", 10) || 1);
}

/** Fills the columns that a rowspan from a row above still covers, at the current position. */
function fillCovered(covered: Map<number, number>, cells: string[]): void {
  for (let left = covered.get(cells.length) ?? 0; left > 0; left = covered.get(cells.length) ?? 0) {
    covered.set(cells.length, left - 1);
    cells.push("");
  }
}

function gridRows(rows: Element[]): string[][] {
  const covered = new Map<number, number>();
  return rows.map((row) => {
    const cells: string[] = [];
    for (const cell of cellsOf(row)) {
      fillCovered(covered, cells);
      const rowspan = span(cell, "rowspan");
      for (let i = 0; i < span(cell, "colspan"); i++) {
        if (rowspan > 1) covered.set(cells.length, rowspan - 1);
        cells.push(i === 0 ? cellText(cell) : "");
      }
    }
    fillCovered(covered, cells);
    return cells;
  });
}

/** Columns empty in every row are spacing from the grid (gridSpan), not content. */
function withoutEmptyColumns(rows: string[][]): string[][] {
  const width = Math.max(...rows.map((cells) => cells.length));
  const used = Array.from({ length: width }, (_, column) => rows.some((cells) => (cells[column] ?? "") !== ""));
  return rows.map((cells) => cells.filter((_, column) => used[column]));
}

function markdownRows(rows: string[][], header: boolean): string {
  const kept = withoutEmptyColumns(rows);
  const lines = kept.map((cells) => `| ${cells.join(" | ")} |`);
  if (header) lines.splice(1, 0, `| ${(kept[0] ?? []).map(() => "---").join(" | ")} |`);
  return lines.join("\n");
}

function isLayoutRow(row: Element): boolean {
  return cellsOf(row).some((cell) => {
    const blocks = pieces(cell.children);
    return blocks.length >= LAYOUT_CELL_MIN_BLOCKS && blocks.join(" ").length >= LAYOUT_CELL_MIN_CHARS;
  });
}

export function renderTable(table: Element, renderBlocks: RenderBlocks): string[] {
  const rows = tableRows(table);
  const grid = gridRows(rows);
  const blocks: string[] = [];
  let group: string[][] = [];
  let header = rows[0] !== undefined && cellsOf(rows[0]).every((cell) => cell.tag === "th");
  const flush = (): void => {
    const nonEmpty = group.filter((cells) => cells.some((cell) => cell !== ""));
    if (nonEmpty.length > 0) blocks.push(markdownRows(nonEmpty, header));
    group = [];
    header = false;
  };
  rows.forEach((row, index) => {
    if (!isLayoutRow(row)) {
      group.push(grid[index] ?? []);
      return;
    }
    flush();
    for (const cell of cellsOf(row)) blocks.push(...renderBlocks(cell));
  });
  flush();
  return blocks;
}
