/**
 * Citation checks on a model's answer. Every `[n]` must name a passage the model was given; any
 * other number is removed. The passages cited are renumbered 1, 2, … in the order the text first
 * cites them, so the text's markers and the Answer's citations agree. Markers are written `[1][2]`
 * whatever form the model used (`[1, 2]`, `[1-2]`).
 */

export interface CheckedText {
  /** The text with valid markers only, renumbered. */
  text: string;
  /** Passage numbers (1-based, as given to the model) in the order first cited; the i-th is now [i+1]. */
  cited: number[];
  /** Numbers the model cited that name no passage it was given. */
  removed: number[];
}

const MARKER = /\[\s*(\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*)\s*\]/g;
const MAX_RANGE = 10;

function numbersIn(marker: string): number[] {
  const numbers: number[] = [];
  for (const part of marker.split(/\s*[,;]\s*/)) {
    const [from, to] = part.split(/\s*[–-]\s*/).map(Number) as [number, number | undefined];
    if (to === undefined || to < from || to - from > MAX_RANGE) numbers.push(from, ...(to === undefined ? [] : [to]));
    else for (let n = from; n <= to; n++) numbers.push(n);
  }
  return numbers;
}

/** Removes the gaps a dropped marker leaves: "text [9]." → "text." */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+([.,;:!?)])/g, "$1")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/[ \t]+\n/g, "\n")
    .trim();
}

export function checkCitations(text: string, passagesGiven: number): CheckedText {
  const cited: number[] = [];
  const removed = new Set<number>();
  const checked = text.replace(MARKER, (_match, inner: string) => {
    const valid = [...new Set(numbersIn(inner))].filter((n) => {
      const ok = Number.isInteger(n) && n >= 1 && n <= passagesGiven;
      if (!ok) removed.add(n);
      return ok;
    });
    for (const n of valid) if (!cited.includes(n)) cited.push(n);
    return valid.map((n) => `[${cited.indexOf(n) + 1}]`).join("");
  });
  return { text: tidy(checked), cited, removed: [...removed] };
}
