/**
 * Turns mammoth's HTML into the Markdown-like plain text the normaliser expects:
 * `#`…`######` headings, paragraphs separated by a blank line, `- ` and `1. ` list items (nested
 * lists indented under their parent), tables as `| cell | cell |` rows (see docx-table.ts),
 * footnotes and endnotes as `[1] text` paragraphs at the end (where mammoth puts them), images
 * dropped, no tags or entities left.
 */
import { renderTable } from "./docx-table";
import { BLOCK_TAGS, childElements, type Element, inline, isElement, type Node, oneLine, parseHtml, pieces } from "./mammoth-html";

/** mammoth's ids for note bodies ("footnote-1") and for the references to them ("footnote-ref-1"). */
const NOTE_ID = /^(?:foot|end)note-/;
const NOTE_REFERENCE_ID = /^(?:foot|end)note-ref-/;

type Labels = ReadonlyMap<string, string>;

function renderList(list: Element, indent: string): string[] {
  return childElements(list, "li").flatMap((item, index) => {
    const marker = list.tag === "ol" ? `${index + 1}.` : "-";
    const nested = childElements(item, "ul", "ol");
    const own = item.children.filter((child) => !isElement(child) || !nested.includes(child));
    const text = pieces(own).join(" ").replace(/\n/g, " ");
    const childIndent = indent + " ".repeat(marker.length + 1);
    return [
      ...(text === "" ? [] : [`${indent}${marker} ${text}`]),
      ...nested.flatMap((sublist) => renderList(sublist, childIndent)),
    ];
  });
}

function isNoteList(list: Element): boolean {
  const items = list.children.filter(isElement);
  return items.length > 0 && items.every((item) => item.tag === "li" && NOTE_ID.test(item.attrs.id ?? ""));
}

/** The labels mammoth printed at the references ("[1]"), keyed by the id of the note body. */
function noteLabels(root: Element): Labels {
  const labels = new Map<string, string>();
  const visit = (node: Node): void => {
    if (!isElement(node)) return;
    const href = node.attrs.href ?? "";
    if (node.tag === "a" && href.startsWith("#") && NOTE_REFERENCE_ID.test(node.attrs.id ?? "")) {
      labels.set(href.slice(1), oneLine(inline(node)));
    }
    node.children.forEach(visit);
  };
  visit(root);
  return labels;
}

function renderNotes(list: Element, labels: Labels): string[] {
  return list.children.filter(isElement).flatMap((item, index) => {
    const text = pieces(item.children).join(" ");
    const label = labels.get(item.attrs.id ?? "") ?? `[${index + 1}]`;
    return text === "" ? [] : [`${label} ${text}`];
  });
}

function renderBlocks(nodes: Node[], labels: Labels): string[] {
  const blocks: string[] = [];
  let pending = "";
  const flush = (): void => {
    if (pending.trim() !== "") blocks.push(pending.trim());
    pending = "";
  };
  for (const node of nodes) {
    if (!isElement(node) || !BLOCK_TAGS.has(node.tag)) {
      pending += inline(node);
      continue;
    }
    flush();
    blocks.push(...renderBlock(node, labels));
  }
  flush();
  return blocks.filter((block) => block !== "");
}

function renderBlock(element: Element, labels: Labels): string[] {
  const heading = /^h([1-6])$/.exec(element.tag);
  if (heading) {
    const text = oneLine(inline(element));
    return text === "" ? [] : [`${"#".repeat(Number(heading[1]))} ${text}`];
  }
  if (element.tag === "p") return [inline(element).trim()];
  if (element.tag === "table") return renderTable(element, (cell) => renderBlocks(cell.children, labels));
  if (element.tag === "ol" && isNoteList(element)) return renderNotes(element, labels);
  if (element.tag === "ul" || element.tag === "ol") return [renderList(element, "").join("\n")];
  return renderBlocks(element.children, labels);
}

export function htmlToText(html: string): string {
  const root = parseHtml(html);
  return renderBlocks(root.children, noteLabels(root)).join("\n\n");
}
