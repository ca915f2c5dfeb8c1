/**
 * Sentence boundaries in Swedish governing documents. A full stop ends a sentence unless it closes
 * a known abbreviation ("t.ex.", "bl.a.") or sits inside a number or identifier ("KS/2012:935", "2.1").
 */
import { dataFileLines } from "../data-file";

const ABBREVIATIONS = new Set(dataFileLines(new URL("./data/abbreviations.txt", import.meta.url)).map((line) => line.trim().toLowerCase()));

export interface Span {
  start: number;
  end: number;
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  const wordStart = text.lastIndexOf(" ", dot) + 1;
  const word = text.slice(wordStart, dot + 1).toLowerCase().replace(/^[("”“'‘]+/, "");
  return ABBREVIATIONS.has(word) || /^\p{L}\.$/u.test(word);
}

/**
 * Sentence spans inside text[start, end), trimmed of surrounding whitespace. Line breaks between
 * list items and table cells also end a "sentence", so a list reads as one quotable line per item.
 */
export function sentenceSpans(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  let from = start;
  const push = (to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    from = to;
  };
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      push(i);
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== ";") continue;
    let j = i + 1;
    while (j < end && /["”’)\]]/.test(text[j]!)) j++;
    if (j < end && text[j] !== " ") continue;
    let k = j;
    while (k < end && text[k] === " ") k++;
    if (k < end && !/[\p{Lu}\d"”“(–-]/u.test(text[k]!)) continue;
    if (ch === "." && endsWithAbbreviation(text, i)) continue;
    push(j);
  }
  push(end);
  return spans;
}
