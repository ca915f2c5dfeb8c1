/**
 * Reads the HTML mammoth writes into a small tree. mammoth emits a regular subset of HTML
 * (double-quoted attributes, only &amp; &lt; &gt; &quot; escaped, <br /> and <img /> self-closed),
 * so a tokenizer is enough; no HTML parser needed.
 */
import { decodeEntities } from "./docx-xml";

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
}
export type Node = Element | string;

const VOID_TAGS = new Set(["br", "img", "hr"]);
export const BLOCK_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "tr", "td", "th"]);
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=]+)(?:="([^"]*)")?/g;
/** The back-link ("↑") mammoth puts at the end of each footnote and endnote. */
const NOTE_BACK_LINK = /^#(?:foot|end)note-ref-/;

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [, name, value] of source.matchAll(ATTRIBUTE)) {
    if (name !== undefined) attrs[name] = decodeEntities(value ?? "");
  }
  return attrs;
}

export function parseHtml(html: string): Element {
  const root: Element = { tag: "#root", attrs: {}, children: [] };
  const stack: Element[] = [root];
  for (const [, closing, tagName, attrSource, selfClosing, text] of html.matchAll(TOKEN)) {
    const parent = stack[stack.length - 1] ?? root;
    if (text !== undefined) {
      parent.children.push(decodeEntities(text));
      continue;
    }
    const tag = (tagName ?? "").toLowerCase();
    if (closing) {
      const open = stack.map((element) => element.tag).lastIndexOf(tag);
      if (open > 0) stack.length = open;
      continue;
    }
    const element: Element = { tag, attrs: attributes(attrSource ?? ""), children: [] };
    parent.children.push(element);
    if (!selfClosing && !VOID_TAGS.has(tag)) stack.push(element);
  }
  return root;
}

export function isElement(node: Node): node is Element {
  return typeof node !== "string";
}

export function childElements(element: Element, ...tags: string[]): Element[] {
  return element.children.filter((child): child is Element => isElement(child) && tags.includes(child.tag));
}

/** Text of inline content: images dropped, line breaks kept, note back-links removed. */
export function inline(node: Node): string {
  if (!isElement(node)) return node;
  if (node.tag === "br") return "\n";
  if (node.tag === "img") return "";
  if (node.tag === "a" && NOTE_BACK_LINK.test(node.attrs.href ?? "")) return "";
  return node.children.map(inline).join("");
}

/** Text of every block inside `nodes`, one piece per block: for table cells and list items. */
export function pieces(nodes: Node[]): string[] {
  const out: string[] = [];
  let pending = "";
  const flush = (): void => {
    if (pending.trim() !== "") out.push(pending.trim());
    pending = "";
  };
  for (const node of nodes) {
    if (isElement(node) && BLOCK_TAGS.has(node.tag)) {
      flush();
      out.push(...pieces(node.children));
    } else pending += inline(node);
  }
  flush();
  return out;
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
